"""Pledges of aid: who gives what to whom, when, and which stated sums are not one donor's pledge
(totals of many, running totals, parts of a package, earlier aid, needs and costs)."""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from pledges.intake.drafts import Draft, Drafts
from pledges.intake.items import NEW_KINDS, Item, counted, items, kind_of, named_items
from pledges.intake.numbers import (
    FIGURES,
    MONTH_WORD,
    NUMBER,
    WEEKDAY_WORD,
    WORDS,
    Money,
    When,
    amount_text,
    dates,
    money,
    number,
    read_currency,
)
from pledges.intake.places import DEMONYMS, Actor, actors, in_sentence, short_name
from pledges.intake.reading import (
    AT_EVENT,
    CALL_WITH,
    CARRY_SUBJECT,
    DATELINE,
    LEAD_PHRASE,
    MET_WITH,
    NEGATED,
    OTHER_TIME,
    QUALIFIED,
    RELATIVE_DAY,
    TARGET_STATES,
    TIMESTAMP,
    WITH_A_FURTHER_SUM,
    Context,
    acting_party,
    clip,
    inside_quotation,
    not_yet_decided,
    opening_party,
    opens_with_headline,
    own_government,
    relative_date,
    reported_actor,
    starts_a_period,
)

# A recipient's verb of receiving: "the border service gets A$8.7 million".
RECEIVES = (
    r"gets|receives|(?<=\bis )getting|(?<=\bare )getting|(?<=\balso )receive|"
    r"(?:will|is to|are to)\s+receive"
)


PLEDGE_VERB = re.compile(
    r"\b(?:(?:will|would|to|has|have|had|is|are|was|were|also|already|could|shall|been|be)\s+)*"
    r"(?:pledge[sd]?|pledging|promis(?:e[sd]?|ing)|commit(?:s|ted|ting)?|give[sn]?|gave|"
    r"giving|provid(?:e[sd]?|ing)|suppl(?:y|ies|ied|ying)|sen(?:d|ds|ding|t)|deliver(?:s|ed|ing)?|"
    r"donat(?:e[sd]?|ing)|allocat(?:e[sd]?|ing)|grant(?:s|ed|ing)?|extend(?:s|ed|ing)?|"
    r"offer(?:s|ed|ing)?|approv(?:e[sd]?|ing)|announc(?:e[sd]?|ing)|unveil(?:s|ed|ing)?|"
    r"earmark(?:s|ed|ing)?|contribut(?:e[sd]?|ing)|ship(?:s|ped|ping)?|transfer(?:s|red|ring)?|"
    r"disburs(?:e[sd]?|ing)|authori[sz](?:e[sd]?|ing)|order(?:s|ed)?|deploy(?:s|ed|ing)?|"
    r"lend(?:s|ing)?|lent|set aside|make available|made available|mobili[sz](?:e[sd]?|ing)|"
    r"rush(?:es|ed|ing)?|dispatch(?:es|ed|ing)?|hand(?:s|ed|ing)?(?: over)?|released?|be sent|"
    r"equip(?:s|ped|ping)?|brought|brings|pass(?:es|ed|ing)? on|"
    rf"{RECEIVES}|"  # "the border service gets A$8.7m"
    r"(?:will|would|is to|are to)\s+get(?=[^.;]{0,80}\bfrom\s)|"  # "Ukraine will get ... from"
    # "Ukraine will keep getting ammunition from us"
    r"(?:will|would)\s+(?:keep|continue)\s+(?:getting|receiving|to get|to receive)(?=[^.;]{0,80}\bfrom\s)|"
    r"agreed(?=\s+by\s)|"  # "the first €500m was agreed by EU ministers"
    # "On March 3 she added up to 4,500 M72 rocket launchers": more given (not "she added that")
    r"added(?=\s+(?:up to\s+|another\s+|a further\s+|some\s+|about\s+)?(?:\d|[$€£¥]|(?:two|three|four|five|six|seven|eight|nine|ten)\b))|"
    # "Oslo followed on Monday with up to 2,000 M72 anti-tank weapons"
    r"follow(?:s|ed)\s+(?:suit\s+)?(?:on\s+\w+\s+|days later\s+|soon after\s+)?with(?=\s+(?:up to\s+|about\s+|some\s+|another\s+|a further\s+)?(?:[$€£¥]|\d|[A-Z]{1,3}\$))|"
    # "Washington will fund a further $4.5 billion of Ukraine's budget": funding a sum
    r"(?:fund|financ|guarante)(?:e?s|e?d|ing|e)?(?=\s+(?:a further\s+|another\s+|an extra\s+|an additional\s+|"
    r"up to\s+|about\s+|some\s+)?(?:[$€£¥]|\d|[A-Z]{1,3}\$))|"
    # "They will fund our transport operation ... with six million euros"
    rf"(?:will|to)\s+fund(?=[^.;]{{0,160}}?\bwith\s+(?:about\s+|some\s+)?(?:[$€£¥]|\d|(?i:{WORDS})\s+(?:million|billion)))|"
    # "Folded into it is about $45 billion in emergency assistance for Ukraine"
    r"(?:folded|tucked|bundled|included)\s+(?:into|in)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:bill|law|package|measure))"
    r"\s+(?:is|are|was|were)(?=\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?(?:[$€£¥]|\d|[A-Z]{1,3}\$))|"
    # "put 15 million euros toward air defence for Ukraine"
    r"put(?=\s+(?:about\s+|some\s+|another\s+|a further\s+)?(?:[$€£¥]|\d|[A-Z]{1,3}\$)[^.;]{0,30}?\b(?:toward|towards|into)\b)|"
    # "The package: £50m of air defence, made up of ...": a package put as a label
    r"(?<=package):\s+(?:about\s+|some\s+)?(?:[$€£¥]|[A-Z]{1,3}\$)?(?=\d)|"
    # "humanitarian funding for Ukraine would rise by a further SEK 500m"
    r"(?:rise|rises|rose|increase[sd]?|grow|grows|grew)\s+by(?=\s+(?:a further\s+|another\s+|an extra\s+|an additional\s+)(?:[$€£¥]|\d|[A-Z]{1,3}[\s$]))|"
    # "decided on SEK 50 million in support to Moldova"
    r"decid(?:e[sd]?|ing)\s+(?:on|upon)(?=\s+(?:a\s+|an\s+|further\s+|additional\s+)?(?:[A-Z]{3}\s|[$€£¥]|\d|[A-Z]{1,3}\$))|"
    r"allow(?:s|ed|ing)?\s+(?:\w+\s+){0,2}to\s+(?:receive|buy|acquire|get|have)|"
    r"be delivered|be provided|be supplied|be given|"
    # "The EUR 18 billion package for 2023, signed into law on December 14": a package's law
    r"(?<=, )signed into law|"
    # "eight Senator armoured vehicles that will go to Ukraine"
    r"(?:will|would)\s+go\s+to(?=\s+(?:the\s+)?Ukrain)|"
    # "the Netherlands will fund the refurbishment of another 45"
    r"(?:will|would|to)\s+(?:pay\s+for|fund|finance)(?=\s+the\s+(?:refurbishment|repair|overhaul|purchase|modernis|moderniz)\w*\s+of\b)|"
    # "Biden signed the $40 billion package", "signed off on a fresh military aid package"
    r"sign(?:s|ed|ing)?(?:\s+off\s+on|\s+off|\s+into\s+law)?(?=\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?)?"
    rf"(?:(?:[$€£¥]|[A-Z]{{1,3}}\$|{FIGURES}\s*(?:bn|billion|million|m)\b|EUR\s|USD\s)"
    r"|(?:aid|assistance|support)\s+(?:package|bill)\b))|"
    # "added 100 Carl Gustaf systems", "adds a further A$25 million"; not "added that"
    rf"add(?:s|ed|ing)?(?=\s+(?:{FIGURES}\s|(?i:{WORDS})\s|[$€£¥]|[A-Z]{{1,3}}\$|"
    r"(?:a|an)\s+(?:further|extra|additional|new)\b|another\b|further\b|more\b|extra\b)))\b",
    re.IGNORECASE,
)


ADMIT_VERB = re.compile(
    r"\b(?:accept|admit|take in|welcome|host|resettle)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:ukrainians|refugees|people|evacuees|those)\b",
    re.IGNORECASE,
)


# "will consider what further support it can offer", "asked for", "the weapons it is sending":
# a verb that reports no pledge of the clause's own.
HEDGED = re.compile(
    r"\b(?:consider\w*|weigh\w*|discuss\w*|examin\w+ whether[^.;]{0,60}|whether|what|if|ask\w*|urg\w*|call\w* (?:on|for)|"
    r"should|ought to|argu\w+|press\w* for|push\w* for|identify\w*|look\w* for|seek\w*|explor\w*|"
    r"still has to|has yet to|have yet to|must still|yet to|(?:is|was|are|were)\s+expected(?:\s+to)?|(?:finalis|finaliz|draw\w* up|prepar)\w*\s+plans?(?:\s+to)?|"
    r"appeal\w*|request\w*|demand\w*|plead\w*|how many|how much|propos(?:al|als|ed|es|e)\b(?:\s+to)?|"
    r"(?:further\s+)?options\s+to|would like to see)\b[^.;]{0,40}$"
    # "more detail would be released once the equipment had reached Ukraine": news, not aid
    r"|\b(?:details?|information|figures)\s+(?:(?:would|will|is to|are to|could)\s+(?:be\s+)?)?$",
    re.IGNORECASE,
)


# "would answer a request from Kyiv by shipping ...": a request met, not one still open.
ANSWERED = re.compile(
    r"\b(?:answer\w*|respond\w*|in response to|at|following|granting|meeting)\s+(?:a|an|the|its|their|"
    r"\w+['’]s)\s+(?:\w+\s+)?requests?\b",
    re.IGNORECASE,
)


# Words saying a pledge is not the one just told: "a further", "on top of", "a day earlier".
ANOTHER = re.compile(
    # not "Of the new funds, NOK 500 million ...": a part of the new sum
    r"(?<!\bof the )\b(?:new|another|second|further|additional|on top of|in addition to|separate|earlier|"
    r"the day before|previous)\b(?!\s+(?:funds|money|funding)\s*,)",
    re.IGNORECASE,
)


# "had for weeks resisted calls from Kyiv, from allies ... to send heavier weapons": a pledge
# someone asked for or refused, told as the story so far.
RESISTED = re.compile(
    r"\b(?:resist\w*|reluctan\w*|refus\w*|oppos\w*|calls?\s+(?:from|by|for|on)|avoid\w*|"
    r"hesitat\w*|stopp\w* short of|shi\w+ away from|balk\w* at|slow to|failed to|limits?[\"”’]?(?:\s+to)?)[^.;]{0,90}$"
    # "Canada will keep providing the equipment Ukraine needs": aid kept up, no new pledge
    r"|\b(?:keep|keeps|continue|continues|go on)\s+(?:to\s+)?$",
    re.IGNORECASE,
)


# "give the federal states ...": a government's spending at home, not aid to another party.
DOMESTIC = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:the\s+|its\s+(?:own\s+)?)?(?:federal states|states|regions|provinces|"
    r"municipalities|local authorities|local councils|households|farmers|Länder|Laender|cantons|"
    r"own (?:armed forces|army|"
    r"military))\b",
    re.IGNORECASE,
)


# "had until now limited itself to medical supplies": what a donor did before, not a pledge.
BEFORE_NOW = re.compile(
    r"\b(?:until now|until then|up to now|previously|had so far|normally|usually|typically)\b"
    # "Earlier transfers from the stocks ... have included Stinger air defence systems"
    r"|^\W*(?:Earlier|Previous|Past)\s+(?:(?:transfers|deliveries|shipments|donations|packages)\b|$)"
    # "Since January the UK has supplied more than 5,000 NLAWs": a tally of items
    r"|^\W*Since\s+[A-Z]?\w+(?:\s+\d+)?,?\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s+$",
    re.I,
)


RELATIVE = re.compile(
    # not "the ministry said it would send": what it said, not a relative clause
    r"\b(?:the|of)\s+(?:(?!(?:said|says|announced|confirmed|added)\b)\w+\s+){0,3}(?:it|they|that|which)\s+$"
    # (not "the Prime Minister announced that Britain will donate": what was announced)
    r"|\b(?:the|a|an|its|their)\s+[\w-]+(?:\s+[\w-]+){0,2}(?<!\bsaid)(?<!\bsays)(?<!\bannounced)"
    r"(?<!\bconfirmed)(?<!\bstated)(?<!\bdeclared)\s+(?:that|which)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:equipment|weapons|aid|support|help|arms|supplies)\s+(?:that\s+)?(?:we|it|they|you)\s+(?:\w+\s+){0,2}$"
    # "the budgets governments have set aside for them": a clause about the budgets
    r"|\b(?:budgets?|money|funds|sums?)\s+(?:\w+\s+){1,2}(?:have|has|had)\s+$",
    re.IGNORECASE,
)


# "the four IRIS-T SLM systems that Berlin has promised Kyiv": counted items a party named in
# the relative clause has promised, a pledge told in passing.
COUNTED_PROMISE = re.compile(
    rf"\b(?i:the|its|their)\s+(?:{FIGURES}|(?i:{WORDS}))\s+(?:[\w-]+\s+){{1,4}}(?:that|which)\s+"
    r"(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:promised|pledged|committed)$"
    # "the new untied financial loan of €150 million (about $170 million) that the chancellor
    # announced": a sum a party named in the relative clause announced
    r"|(?:[$€£¥]|[A-Z]{1,3}\$)\s?\d[\d.,]*\s*(?:bn|billion|million|m)?(?:\s*\([^)]*\))?\s+(?:that|which)\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]+|chancellor|prime minister|president|government)(?:\s+[A-Z][\w-]+)?\s+"
    r"(?:has\s+|had\s+)?(?:announced|promised|pledged|committed)$"
)


NOUN_FORMS = {"grant", "grants", "supply", "supplies", "offer", "offers", "order", "orders",
              "transfer", "transfers", "ship", "ships", "pledge", "pledges", "promise",
              "promises", "deliveries", "loan", "gift", "donation", "commitment", "hand",
              "hands", "lending", "lend", "release", "rush"}  # fmt: skip


DETERMINERS = re.compile(
    r"(?:\w['’]s|\b(?:a|an|the|in|of|and|its|their|his|her|new|for|with|further|additional|fresh|"
    r"million|billion|bn|m|emergency|military|humanitarian|financial|\w+(?:al|ary|ic|ive))|\d|[,(])\s*$",
    re.IGNORECASE,
)


AID_WORDS = re.compile(
    r"\b(?:aid|assistance|support|equipment|weapons|arms|supplies|funding|funds|package|help|"
    r"loans?|grants?|relief|ammunition|missiles|shipments?|donations?|contributions?|"
    r"budget support|financing|guarantees?|lending|money|cash|material|materiel|goods|humanitarian)\b",
    re.IGNORECASE,
)


CATEGORIES = [
    ("military", r"military|weapons?|arms\b|defen[cs]e|security assistance|lethal|ammunition|"
                 r"missiles?|anti-tank|anti-aircraft|armou?r|drones|howitzers|artillery|"
                 r"javelin|stinger|troops|army|armed forces"),
    ("financial", r"loans?|budget support|financial|financing|lending|macro-financial|credit|"
                  r"guarantees?|balance of payments|economic support|bonds|debt"),
    ("humanitarian", r"humanitarian|refugees?|relief|medical|medicines?|food|shelter|"
                     r"emergency|civilians|displaced|seeking refuge|hospitals?|aid agencies"),
]  # fmt: skip


STATUS = re.compile(r"\b(?:approv\w+|authori[sz]\w+|order\w*|sign\w+ off)\b", re.IGNORECASE)


AGGREGATE_SUBJECT = re.compile(
    r"\b(?:donors|donor countries|countries|nations|allies|partners|participants|governments|"
    r"the international community|member states|the conference|the summit|pledging conference|"
    rf"donor conference|fundraiser|telethon|(?<!put )together(?!{WITH_A_FURTHER_SUM}|\s+with\s*$)|combined|jointly|collectively|altogether|"
    r"lenders|creditors|institutions|campaign|appeals?|(?<!council of )ministers|leaders|shareholders|"
    r"members of the (?:group|coalition|alliance|contact group)|"
    # not "the four M777 howitzers": items counted, not parties
    r"in all|between them|raised|the (?:two|three|four|five|six|seven|eight|nine|ten)(?!\s+(?:million|billion)|"
    r"\s+(?:[\w-]+\s+)?(?:\S*\d\S*|howitzers|tanks|guns|launchers|missiles|helicopters|vehicles|drones|aircraft|"
    r"jets|systems)\b))\b",
    re.IGNORECASE,
)


# "told the conference", "at Thursday's donors' conference": the collective word is where the
# donor spoke, not who gave.
ADDRESSED = re.compile(
    r"\b(?:told|addressed|at|to|during|before|in|on|from|used|attended|hosted|chaired|joined)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|"
    r"this\s+|that\s+)?(?:[\w'’-]+\s+){0,2}$"
    # "At a meeting of NATO defence ministers in Brussels, Ben Wallace promised"
    r"|\b(?:meeting|gathering|session|summit|conference)s?\s+of\s+(?:[\w'’-]+\s+){0,3}$"
    # "during a video call with U.S. President Joe Biden and other allied leaders, he added"
    rf"|{CALL_WITH}[^,;!?]{{0,80}}$",
    re.IGNORECASE,
)


# The collective word names the donor itself: "European Union governments", "NATO allies".
OWN_MEMBERS = re.compile(
    r"^\s*(?:governments|member states|members|countries|ministers|leaders|allies)\b"
)


RUNNING_TOTAL = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|tak(?:e|es|ing)|took|push(?:es|ed|ing)?|lift(?:s|ed|ing)?|"
    r"doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|increas(?:e|es|ed|ing))\s+"
    r"(?:[\w.'’-]+\s+){0,5}?(?:total|tally|overall|sum|contribution|commitment|support|aid|assistance|loans|"
    r"amount|funding|spending|figure|value)"
    r"(?:[^.;]|\.(?=\s*\d)){0,90}?\b(?:to|past|above|beyond)\s+(?:more than\s+|over\s+|about\s+)?$"
    # "Ottawa's loan offer ..., which stood at C$120 million in January, was lifted to": its new level
    r"|\b(?:was|were|has been|had been|is being)\s+(?:lifted|raised|increased|upped)\s+to\s+$"
    # "Emergency financing mobilized by the World Bank for Ukraine since the invasion approaches
    # $13 billion": a sum since a starting point
    r"|\bsince\b[^.;]{0,60}?\b(?:approaches|nears|tops|exceeds|passes|reaches|stands at)\s+(?:about\s+|some\s+)?$"
    r"|\b(?:total|overall|cumulative|all)\b[^.;]{0,60}?\b(?:since|so far|to date|this year|now (?:stands|amounts))\b[^.;]{0,40}?$"
    r"|\b(?:so far|to date|in total since)\b[^.;]{0,40}$"
    # "the equipment Warsaw has sent since the invasion at about", "military aid since February
    # was now worth about"
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:sent|given|provided|delivered|committed)\s+since\b[^.;]{0,60}$"
    r"|\b(?:aid|support|assistance|help)\s+(?:to\s+\w+\s+)?since\b[^.;]{0,80}$"
    # "Japan's biggest contribution to Ukraine remains the $600 million": a standing tally
    r"|\b(?:contribution|support|aid|assistance)\b[^.;]{0,40}?\bremains\s+(?:the\s+)?$"
    # "US security assistance to Ukraine since the invasion has reached"
    r"|\b(?:total|support|aid|assistance|contribution|commitment|funding)\b[^.;]{0,80}?"
    r"\b(?:has reached|had reached|reached|reaches|would reach|will reach|stands at|stood at|amounts to|totals|"
    r"comes to|came to|adds up to|passes|passed|tops|topped|exceeds|exceeded|surpasses)\s+"
    r"(?:(?:roughly|about|around|nearly|almost|some|over|more than|well over)\s+)?$"
    # "so the fund has now put $60 million into the response": all it has given
    r"|\bso\s+(?:[\w'’-]+\s+){0,3}?(?:has|have)\s+now\s+(?:[\w-]+\s+){1,2}$"
    # "Dutch humanitarian support for Ukraine since the start of the war rises to"
    r"|\b(?:total|tally|support|aid|assistance|contribution|commitment|funding)\b[^.;]{0,80}?"
    r"\b(?:rises|rose|risen|grows|grew|climbs|climbed|increases|increased)\s+to\s+$"
    r"|(?<!receive a )(?<!worth a )(?<!send a )(?<!provide a )\btotal(?:ling|ing)?\s+(?:of\s+)?(?:\w+\s+){0,4}?(?:to|at|of)\s+$"
    r"|\b(?:now\s+)?(?:stands?|stood)\s+at\s+$|\bnow\s+(?:totals|amounts to|exceeds)\s+$"
    # "Our total support ... is now over €640 million", "Military assistance alone is"
    r"|\btotal\b[^.;]{0,120}?\bis now\s+(?:over\s+|about\s+|around\s+|more than\s+|nearly\s+)?$"
    r"|\b(?:assistance|aid|support|help)\s+alone\s+(?:is|was|comes to|amounts to)\s+(?:over\s+|about\s+|more than\s+)?$"
    # "Add them up and the total is close to $111 billion"; "the latest tally puts ... at"
    r"|\bthe\s+(?:\w+\s+)?total\s+(?:is|was|comes to|came to)\s+(?:close to\s+|about\s+|around\s+|nearly\s+)?$"
    r"|\btally\s+puts\b[^.;]{0,120}?\bat\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$"
    # "Tokyo's budget support ... would be doubled to $600 million"
    r"|\b(?:doubled|tripled|quadrupled)\s+to\s+(?:about\s+|some\s+)?$"
    # "Congress passed roughly $54 billion in Ukraine-related funding": what a law allows in all
    r"|\bCongress\s+(?:has\s+|had\s+)?(?:passed|appropriated)\s+(?:about\s+|some\s+|roughly\s+|more than\s+)?$"
    # "the Kiel Institute counts about 93 billion euros in ... commitments": a tracker's tally
    r"|\b(?:Institute|tracker|researchers|analysts)\b[^.;]{0,40}?\bcounts?\s+(?:about\s+|some\s+|more than\s+|roughly\s+)?$"
    # "Kiel counts about €93 billion in ... commitments from all governments"
    r"|\b[A-Z][\w-]+\s+counts\s+(?:about\s+|some\s+|more than\s+|roughly\s+|nearly\s+)?$"
    # "our military commitments since the invasion are well over C$1 billion"
    r"|\b(?:commitments|contributions|support|aid|assistance)\b[^.;]{0,60}?\bsince\b[^.;]{0,40}?"
    r"\b(?:are|is|were|was)\s+(?:now\s+)?(?:well\s+)?(?:over\s+|above\s+|more than\s+|about\s+|nearly\s+)?$"
    # "aid sent through the mechanism now totals 74,000 tonnes worth more than €450m"
    r"|\bnow\s+(?:totals|amounts to|exceeds)\s+[^.;]{0,40}?\bworth\s+(?:more than\s+|about\s+|some\s+|over\s+)?$",
    re.IGNORECASE,
)


# "Sweden's largest support package to Ukraine so far - SEK 3 billion": a rank, not a total.
LARGEST_SO_FAR = re.compile(
    r"\b(?:largest|biggest|greatest|most generous)\b[^.;]{0,60}?\b(?:so far|to date|yet)\b(?:\W+worth)?\W*$",
    re.IGNORECASE,
)


# "Sunday's 20 take Australia's Bushmaster commitment to 60 vehicles": a running count of items.
RUNNING_COUNT = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|rais(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:total|tally|commitment|contribution|number|count|fleet)\s+(?:of\s+(?:[\w-]+\s+){1,3})?"
    r"to\s+(?:about\s+|some\s+|more than\s+)?\d",
    re.IGNORECASE,
)


# "Kyiv needs about $5 billion a month", "will cost the state 30 billion zlotys": a sum that is a
# need, a cost, a loss or trade, no one's aid.
BACKGROUND = re.compile(
    r"\b(?:needs?|needed|requires?|required|sought|seeks?|seeking|cost|costs|costing|damages?|losses|lost|loses|"
    r"deficit|shortfall|funding gap|revenues?|GDP|output|economy|imports|exports|trade|traded|prices?|"
    r"exported|imported|bought|purchased|sold|earned|earnings|income|profits?|priced|costing|budgeted|"
    r"cash flow|benefits?|allowances?|salar(?:y|ies)|wages?|"
    r"(?:is|are|was|were|be)\s+worth|(?:bans?|sanctions|embargo(?:es)?|tariffs?|measures)\s+worth|fortunes?|wealth|\bput\b(?![^.;]{0,30}\b(?:package|aid|contribution|assistance)\b)[^.;]{0,30}\bat|"
    r"(?:defen[cs]e|military|national|state|annual|federal|own)\s+budget|budget for|special fund|"
    r"(?:a|an|its|the)\s+(?:\w+\s+)?budget (?:\w+\s+){0,3}?of|(?:a|an|its|the)\s+(?:original|total|overall)\s+envelope\s+(?:\w+\s+){0,3}?of|"
    r"salaries|pensions|reserves|bills?|ceiling|valued\s+(?:the\s+)?goods|cut\s+to|"
    r"suspend\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:payments?|funding|funds|aid|disbursements?)\b|"
    r"(?:fell|dropped|slipped|climbed)\s+to|fetch(?:es|ing|ed)?\b[^.;]{0,30}|writ(?:ten|es|ing)\s+down|write-?downs?|"
    r"export (?:deals?|contracts?|licen[cs]es)|arms (?:sales|deals)|"
    # "cleared Ukraine to buy $165 million worth of ammunition": a sale, not a gift
    r"cleared\s+(?:\w+\s+){0,2}to\s+(?:buy|purchase)|"
    # "the White House asked Congress for another $37.7 billion": a request, not yet given
    r"ask(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?for(?=\s+(?:another\s+|a further\s+|an additional\s+|an extra\s+)?\S*$)|"
    # "the request could exceed $30 billion": what may be asked
    r"the\s+request\s+(?:could|would|might|may|will)\b|"
    # "urged lawmakers to pass quickly the $33 billion": asked of a legislature, not yet given
    r"urg(?:ed|es|ing)?\s+(?:[\w-]+\s+){1,2}?to\s+(?:approve|pass)\b)"
    r"\b(?:[^.;](?!\b(?:to|for)\s+(?:help|support|aid)))"
    r"{0,50}$",
    re.IGNORECASE,
)


# "It comes days after", "came after": what the news follows.
CAME_AFTER = r"c(?:omes?|ame)\s+(?:days\s+|weeks\s+)?after"
# "come on top of up to C$620 million in loans": earlier aid the new pledge adds to.
# ", which on 1 June announced": a relative clause on the party just named, up to the sum.
RELATIVE_WHICH = re.compile(r",\s+which\s+[^,;.]*$")
# "on top of the £100 million we committed in February, and of our offer to guarantee up to
# $500 million of lending": the second of the earlier sums
SECOND_EARLIER = re.compile(
    r"\b(?:on top of|in addition to)\b[^.;]{0,160}?,\s+and\s+(?:of\s+)?(?:the|its|our|their|his|her)\s+[^.;,]{0,60}$"
)
EARLIER = re.compile(
    rf"\b(?:on top of|in addition to|add(?:s|ed|ing)? to|besides|build(?:s|ing)?\s+on(?!(?:\s+[\w'’-]+){{0,3}}\s+with\s)|{CAME_AFTER}|"
    # not "the Pentagon followed with a $1.1 billion package": a pledge of its own
    r"follow(?:s|ed|ing)?(?!\s+(?:on\s+\w+\s+|suit\s+)?with\b)|"
    # "Romania had already handed Chisinau €10m": given before the news the text reports
    r"had\s+already\s+(?:handed|given|sent|paid|provided|disbursed|transferred|delivered))\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
    # "It follows five earlier programmes since 2014, worth more than EUR 5 billion in total"
    r"|(?<!than )(?<!than the )\b(?:earlier|previous|past|prior)\s+(?:[\w-]+\s+){0,2}?(?:programmes|programs|packages|loans|operations|tranches|pledges)\b"
    r"[^.;]{0,30}?\b(?:worth|totall?ing)\s+(?:more than\s+|about\s+|some\s+|over\s+)?$"
    # "The €5 billion is itself the second slice of the up to €9 billion": the whole before
    r"|\b(?:slice|tranche|instal(?:l)?ment|portion|stage|part)\s+of\s+the\s+(?:up\s+to\s+)?$"
    # "the second stage of up to 9 billion euros" ("up to" read as the sum's qualifier)
    r"|\b(?:slice|portion|stage)\s+of\s+$"
    # "in addition to the humanitarian aid of CHF 80 million approved in March"
    r"|\b(?:on\s+top\s+of|in\s+addition\s+to)\s+(?:the|its|our|their)\s+(?:[\w'’-]+\s+){1,3}?of\s+$"
    # "This operation is the second part of an MFA package of up to €9 billion": the whole before
    r"|\b(?:second|third|next|final|last)\s+(?:part|stage|slice|tranche)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?package\s+of\s+(?:up\s+to\s+)?$"
    # "once its latest $4.5 billion grant was paid out, budget support would reach $13 billion"
    r"|\bonce\s+(?:its|the|their)\s+(?:latest|last|previous)\s+$"
    # "lifts British military assistance to £2.3bn, up from £1.3bn": what it was before
    r"|\b(?:up|rising|risen|rose)\s+from\s+(?:about\s+|around\s+|some\s+)?$"
    # "raised its aid tenfold, to CHF 80m (about $86m), from the CHF 8m it set aside"
    r"|\bto\s+[^.;]{0,40}?\d[^.;]{0,40}?\bfrom\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)


# "The shipment follows the Government's announcement on February 28 that it would provide
# US$10 million", "In January, the Commission had also announced that it would double ... with
# an additional 120 million euros": a sum announced before the news the text reports.
ANNOUNCED_BEFORE = re.compile(
    rf"\b(?:follow(?:s|ed|ing)?|{CAME_AFTER})\s+(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:announcement|decision|pledge|promise)\b[^.;]{0,100}$"
    r"|\bhad\s+(?:also\s+|already\s+)?(?:announced|pledged|promised)\b[^.;]{0,120}$"
    # "The new instrument replaces this year's ad hoc loans, under which Brussels disbursed"
    r"|\b(?:replaces?|replaced)\b[^.;]{0,40}?\bunder which\b[^.;]{0,60}$"
    # "the first €1 billion of the €9 billion envelope announced in May": the whole, told for
    # its part
    r"|[$€£¥]\s?\d[\d.,]*\s*(?:bn|billion|million|m)?\s+of\s+the\s+$",
    re.IGNORECASE,
)
# "Before Thursday's decision, Estonia had already handed Kyiv ...": aid given before the news.
# "Quick facts: Earlier this year, Canada provided Ukraine with up to $620 million": aid of a
# time before the news, which it does not date.
BEFORE_THE_NEWS = re.compile(
    r"\W*(?:Before|Prior to|Until)\s+(?:[\w'’-]+\s+){0,2}?(?:decision|announcement|package|pledge)\b"
    r"|(?:\W*[A-Z][\w ]{0,20}:)?\W*(?:Earlier this year|Last year|Previously|Before the (?:war|invasion)),"
    # "Q: John, two weeks ago you announced a $400 million drawdown"
    r"|(?:\W*[A-Z][\w ]{0,20}:)?\W*(?:[A-Z]\w+,\s+)?(?:a|one|two|three|four|a few|several)\s+(?:days|weeks|months)\s+ago\b",
    re.IGNORECASE,
)
PART_OF = re.compile(
    r"\b(?:including|includes|include|included|of which|of this|of that|of the total|out of|"
    r"part of|within|among|comprises|combines|consists|made up of|split|breaks down|"
    r"consisting of|earmarked|set aside|will go|goes|allocated|(?:be|was|were) spent|be used|"
    # "Of the new funds, NOK 500 million will be channelled through UN agencies"
    r"(?<![\w,] )Of the (?:new |additional |fresh )?(?:funds|money|sum|amount|funding|contribution)(?=\s*,))\b",
    re.IGNORECASE,
)


TRANSIT = re.compile(r"\b(?:left|bound|headed|destined|flown|flew|sailed) for\s+(?:the\s+)?$")


NOTES = {
    "aggregate": "A sum of several donors' aid, not one donor's pledge: not to be recorded as one.",
    "running_total": "A running total of aid given so far, not a new pledge: not to be recorded "
    "as one.",
    "part_of_package": "A part of a sum stated above, or that sum stated again: recording it "
    "would count the same money twice.",
    "earlier": "Earlier aid that the new pledge comes on top of, mentioned for context: not a new "
    "pledge.",
}


def drop_headline_repeats(drafts: Drafts, paragraph_texts: list[str]) -> None:
    """A headline ("... as Berlin clears 2,700 Strela missiles for Ukraine") tells in brief a
    pledge the body tells in full: its draft goes where the body states the same."""
    if not opens_with_headline(paragraph_texts):
        return  # the first paragraph is a sentence of the body, not a headline

    def same(a: Draft, b: Draft) -> bool:
        if (
            a.fields["donor_code"] != b.fields["donor_code"]
            or a.fields["donor"] != b.fields["donor"]
        ):
            return False
        if not a.fields.get("amount") and not quantities_of(a):
            return True  # "US unveils new arms package": no sum or count of its own
        if a.fields.get("amount"):
            return a.fields.get("amount") == b.fields.get("amount")
        # "U.S. adds four HIMARS in new package": a count the body's package holds
        return bool(set(quantities_of(a)) & set(quantities_of(b)))

    def told_as_no_pledge(a: Draft) -> bool:
        # "EBRD lines up €372mn ..." where the body's €372mn is the sum of two donors'
        return bool(a.fields.get("amount")) and any(
            o.paragraph > 1 and o.not_a_record and o.fields.get("amount") == a.fields["amount"]
            for o in drafts.pledges
        )

    drafts.pledges = [
        d for d in drafts.pledges
        if d.paragraph != 1 or not (told_as_no_pledge(d)
                                    or any(o.paragraph > 1 and same(d, o) for o in drafts.pledges))
    ]  # fmt: skip


def quantities_of(draft_: Draft) -> list[int]:
    return [i["quantity"] for i in draft_.fields.get("items", []) if i.get("quantity")]


# "The Minister of Defence announced the contribution on Thursday 11 August": the pledge told.
ANNOUNCED_IT = re.compile(
    r"\b(?:announced|unveiled|presented|confirmed)\s+(?:the|this|its|his|her)\s+(?:new\s+)?"
    r"(?:contribution|package|aid|support|decision|grant|funding|donation)\s+(?:on|at|in)\b"
)


def date_told_after(context: Context, number_: int, sentence: str, stated) -> None:
    """ "1. IMF: US$1.4 billion. Emergency financing ..., approved on March 9.": a sentence that
    names no party (or announces the pledge just told) and states no sum of its own dates the
    pledge just told in its paragraph."""
    last = context.last_pledge
    if not stated or not stated[0].on or not _undated_here(last, number_):
        return
    if not _dates_the_pledge_told(sentence):
        return
    when = stated[0]
    last.fields.update(announced_on=when.on.isoformat(), announced_precision=when.precision,
                       announced_as=when.words.strip())  # fmt: skip
    last.notes.append(
        "The date is stated in the sentence after the sum, which names no other party."
    )
    if when.note:
        last.notes.append(when.note)
    if when.precision == "derived" and "derived_date" not in last.flags:
        last.flags.append("derived_date")


def _dates_the_pledge_told(sentence: str) -> bool:
    """Whether a sentence with a date tells no news of its own: no sum, no other time, and no
    other party, unless it announces the pledge told ("announced the contribution on ...")."""
    if money(sentence) or OTHER_TIME.search(sentence):
        return False
    return not actors(sentence) or bool(ANNOUNCED_IT.search(sentence))


def _undated_here(draft_: Draft | None, number_: int) -> bool:
    """Whether `draft_` is a pledge of paragraph `number_` that states no date."""
    return draft_ is not None and draft_.paragraph == number_ and not draft_.fields["announced_on"]


def _cue(text: str):
    """The clause's pledge verb: not negated, hedged, a noun or in a relative clause; a verb of
    giving rather than one of getting before it ("Greece will receive 40 Marder ... and in
    return pass on 40 BMP-1")."""
    cues = [match for match in PLEDGE_VERB.finditer(text) if not _not_a_cue(text, match)]
    giving = [match for match in cues if _a_verb_of_giving(text, match)]
    return (giving or cues or [None])[0] if len(cues) > 1 else (cues or [None])[0]


def _a_verb_of_giving(text: str, match: re.Match) -> bool:
    """Whether the verb gives: true unless it gets, says who told ("..., the federal government
    announced on Wednesday.") or tells earlier aid ("adding to the €40 million Berlin gave")."""
    return not (
        _a_verb_of_getting(match)
        or ATTRIBUTION_AT_END.match(text, match.end())
        or ADDING_TO.search(text, 0, match.start())
    )


# "..., adding to the €40 million Berlin gave the agency in the spring": earlier aid's verb.
ADDING_TO = re.compile(r"\b(?:adding to|on top of|in addition to)\b[^.;,]*$", re.IGNORECASE)
# "..., the federal government announced on Wednesday.": who told it, not a gift of its own.
ATTRIBUTION_AT_END = re.compile(
    r"(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday))?"
    r"(?:\W*$|,\s+adding\b)"
)


def _a_verb_of_getting(match: re.Match) -> bool:
    """ "will receive", "gets"; not "will allow Ukraine to receive" (a giving)."""
    words = match.group(0)
    return re.search(rf"(?:{RECEIVES}|receive|get)$", words) is not None and not re.search(
        r"(?i:\ballow)", words
    )


# Words after a pledge verb that make it no verb of giving.
NOT_GIVING_AFTER = (
    r"\s+(?:no|nothing)\b",  # "gave no details"
    # "the money and housing set aside for them are being stretched": a subject
    r"\s+(?:for|to)\s+\w+\s+(?:are|is|were|was)\b",
    r"\s+(?:arm|rates?|capacity|programmes?|programs?|limits?|facility)\b",  # "the EU's lending arm": a noun
    r"\s+(?:lines?|routes?|lanes?|costs?|companies|firms|containers?)\b",  # "shipping lines": a noun
    r"\s+forward\b",  # "the bill would be brought forward": no gift
    r"\s+out\s+of\b",  # "101 civilians had been brought out of the plant's bunkers": people moved
    r"\s+(?:candidate\s+)?status\b",  # "to grant candidate status to Ukraine": a standing
    r"\s+(?:on\s+\w+\s+)?would,?\s+if\b",  # "the bill released on Tuesday would, if enacted"
    r"\s+(?:troops|soldiers|men|reservists|recruits|conscripts)\b",  # "kit for mobilised troops"
    # "offered to step up production of artillery pieces": making more, not giving
    r"\s+to\s+(?:step up|increase|boost|ramp up|expand|raise)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:production|output|manufacturing)\b",
    # "announced a fresh round of economic penalties": sanctions, not aid
    r"\s+(?:an?\s+|the\s+)?(?:fresh\s+|new\s+|further\s+)?(?:round|wave|package|set|raft)\s+of\s+"
    r"(?:[\w-]+\s+)?(?:penalties|sanctions|measures|restrictions)\b",
)


# "Russian oil", "Iran's drones": goods of a state under sanctions, shipped in trade.
SANCTIONED_GOODS = re.compile(
    rf"\b(?:{'|'.join(word for code in TARGET_STATES for word in DEMONYMS[code])}|"
    rf"{'|'.join(short_name(code) for code in TARGET_STATES)}(?:'s|’s))\s+(?:[\w-]+\s+)?"
    r"(?:oil|gas|coal|crude|fuel|grain|goods|products|exports|cargoes)\s+$"
)


def _not_a_cue(text: str, match: re.Match) -> bool:
    """Whether a pledge verb found in the clause gives nothing: negated, a noun, in a relative
    clause, the verb of what is announced, or a gerund."""
    before, after = text[: match.start()], text[match.end() :]
    if NEGATED.search(before) or _noun(text, match):
        return True
    if RELATIVE.search(before) and not COUNTED_PROMISE.search(before + match.group(0)):
        return True
    if any(re.match(pattern, after) for pattern in NOT_GIVING_AFTER):
        return True
    return (
        _trade_or_standing(before)
        or _an_adjective(match)
        or _of_what_is_announced(match)
        or _a_gerund(match)
    )


def _trade_or_standing(before: str) -> bool:
    """Whether the verb tells goods traded ("the price of Russian oil shipped to third
    countries"), a standing granted ("Moldova's candidate status, granted in June"), crimes
    ("the atrocities committed in the town") or supplies cut off."""
    return bool(
        SANCTIONED_GOODS.search(before)
        or re.search(r"\b(?:atrocities|crimes|abuses|violations|murders|killings)\s+$", before)
        or re.search(r"\bcut\s+off\s+$", before)  # "Gazprom cut off supplies to GasTerra"
        # "a statement released by his ministry": a text published, not a gift
        or re.search(r"\b(?:statement|report|document|video|list|figures|data)\s+$", before)
        or before.endswith("-")  # "well-supplied artillery": an adjective
        or re.search(r"\b(?:status|membership|asylum|protection|access|permission),?\s+$", before)
    )


def _of_what_is_announced(match: re.Match) -> bool:
    """ "announced that Spain would deliver": the verb of what is announced."""
    return bool(
        re.match(r"(?i:announc|unveil|confirm)\w*$", match.group(0).split()[-1])
        and re.match(r"\s+that\b", match.string[match.end() :])
    )


def _a_gerund(match: re.Match) -> bool:
    """ "in providing military aid": a gerund, not a pledge."""
    return match.group(0).lower().endswith("ing") and bool(
        re.search(r"\b(?:in|of|for|after|before|such as|like)\s+$", match.string[: match.start()])
    )


def _an_adjective(match: re.Match) -> bool:
    """ "to move donated equipment between hubs": a participle before goods, not a gift; nor
    "Money announced in Bavaria does nothing ...": one after the noun its clause opens with."""
    text = match.string
    if re.fullmatch(r"\w+ed", match.group(0)) and re.search(
        r"^\W*(?:the\s+)?(?:money|aid|sums?|funds?|funding|pledges?|promises?|weapons|equipment)\s+$",
        text[: match.start()], re.I,
    ):  # fmt: skip
        return True
    return bool(
        re.fullmatch(r"(?i:donated|supplied|delivered|pledged|promised)", match.group(0))
        and re.match(r"\s+(?:equipment|goods|items|weapons|arms|supplies|aid|vehicles|materiel)\b",
                     text[match.end() :])
        and re.search(r"\b(?:move|moving|carry|carrying|transport\w*|distribut\w*|stor\w*|sort\w*|"
                      r"of|for|with|the|all)\s+$", text[: match.start()])
    )  # fmt: skip


def _noun(text: str, match: re.Match) -> bool:
    """ "$134m in grants", "medical supplies": the word a verb can be, used as a noun."""
    words = match.group(0).split()
    return (
        len(words) == 1
        and words[0].lower() in NOUN_FORMS
        and (match.start() == 0 or bool(DETERMINERS.search(text[: match.start()]))
             # "the weekend's rush of European weapons promises": nouns after a noun
             or bool(re.search(r"\b(?:weapons|arms|aid|money|equipment)\s+$", text[: match.start()])))
    )  # fmt: skip


@dataclass
class _Clause:
    """A clause read for a pledge: where it stands, its pledge verb, and the parties, sums and
    items it names."""

    text: str
    sentence: str  # the sentence it is part of
    paragraph: str
    number: int  # the paragraph's number
    offset: int  # where the clause starts in its sentence
    cue: re.Match | None  # the pledge verb
    admits: re.Match | None  # "has taken in 40,000 refugees"
    found: list[Actor]  # the parties it names
    amounts: list[Money]  # the sums it states, not counts of people
    listed: list[Item]  # the items it gives
    on_top: re.Match | None  # "on top of", "in addition to": earlier aid told for context


def pledge(drafts, context, number_, paragraph, sentence, text, people_spans):
    """The pledge a clause states, drafted into `drafts` with its sums that are not one donor's
    pledge flagged, or its items added to the pledge they belong to; `context` keeps the pledge
    for the clauses after."""
    clause = _clause(context, number_, paragraph, sentence, text, people_spans)
    if _a_sale_told(drafts, clause, context):
        return
    _note_breakdown(clause, context)
    if _value_of_the_gift_just_told(clause, context):
        _value_the_gift(drafts, clause, context)
        return
    if _tells_no_pledge(clause):
        return
    earlier = _earlier_sum_just_told(drafts, clause)
    if earlier:
        _add_items(earlier, clause.listed, number_, text)
        return
    donor, carried = _donor(text, clause.found, clause.cue, context, number_)
    sums = _pledge_sums(drafts, clause, donor, context)
    if _no_own_pledge(clause, donor, sums, context):
        return
    if donor is None:
        if _continues_last_pledge(clause, context):
            _add_items(context.last_pledge, clause.listed, number_, text)
        return
    _draft_pledge(drafts, clause, donor, carried, sums, context)


# "WHERE IT GOES: The December package shows why ...": a pledge named again, its parts to follow.
NAMED_AGAIN = re.compile(
    r"\W*(?:[A-Z][A-Z ]+:\s*)?(?:The|This|That)\s+(?:[\w-]+\s+)?(?:package|bill|law|measure|funding|money)\b"
    r"(?![^.;]*\b(?:follows|comes after|came after)\b)"
)


# "it is a commercial sale: Kyiv pays for the guns", "will be paid for by Kyiv rather than
# donated": what the text just told is sold to Ukraine, not given.
# "a commercial sale", "a commercial contract": sold, not given.
COMMERCIAL = r"commercial\s+(?:sale|deal|contract)"
SOLD = re.compile(
    rf"\b(?:is|was)\s+a\s+{COMMERCIAL}\b|\b(?:Kyiv|Ukraine)\s+(?:pays|will pay|paid)\s+for\b"
    r"|\bpaid\s+for\s+by\s+(?:Kyiv|Ukraine)\b|\brather\s+than\s+donated\b"
    # "In June it [Kyiv] signed a contract with Poland's state-owned PGZ for 54 Krab howitzers"
    r"|\bsigned\s+(?:a\s+|\w+\s+){0,2}contracts?\s+with\b"
    # "Kyiv has also bought directly from Canadian firms, ... under contracts worth C$30 million"
    r"|\b(?:Kyiv|Ukraine)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:bought|purchased)\b"
)


def _a_sale_told(drafts, c: _Clause, context) -> bool:
    """Whether the clause says the pledge just drafted in its paragraph is a sale: that draft is
    withdrawn, and the clause drafts nothing."""
    if not SOLD.search(c.text):
        return False
    last = context.last_pledge
    # not "..., and in June Kyiv signed a contract for a further 54 Krab howitzers": another buy
    further = re.search(r"\b(?:a\s+further|another|additional)\s+\d", c.text)
    if last is not None and last.paragraph == c.number and last in drafts.pledges and not further:
        drafts.pledges.remove(last)
        context.last_pledge = None
    return True


def _note_breakdown(c: _Clause, context) -> None:
    """Keep the pledge a clause without sums names again, whose parts the next sums may be."""
    last = context.last_pledge
    inside = INSIDE.search(c.text)
    if (
        not c.amounts
        and (NAMED_AGAIN.match(c.text) or inside)
        and last
        and last.fields.get("amount")
    ):
        split = bool(inside or SPLIT.search(c.text))  # "The new funding is split four ways."
        context.breakdown = (c.number, Decimal(last.fields["amount"]), split)


# "walked us through what is actually inside": the parts of the pledge just told come next.
INSIDE = re.compile(r"\bwhat(?:['’]s| is)\s+(?:actually\s+)?(?:inside|in it)\b", re.IGNORECASE)
SPLIT = re.compile(r"\b(?:split|divided|breaks down|broken down|shared out)\b", re.IGNORECASE)


# "The gift, approved by the cabinet on Wednesday, is worth 36.6 million crowns": the value of a
# gift of items just told.
GIFT_VALUED = re.compile(
    r"(?:^\W*|,\s+but\s+)The\s+(?:gift|donation|package|shipment|consignment|delivery)\b[^.;]{0,80}?\b"
    # "but the shipment has been reported to be worth about €8.3 million"
    r"(?:is|was|(?:has|had)\s+been\s+(?:reported|said|estimated)\s+to\s+be)\s+(?:worth|valued at)\s+"
    r"(?:about\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)


def _value_of_the_gift_just_told(c: _Clause, context) -> bool:
    """Whether the clause states the value of the pledge just told, which has none."""
    last = context.last_pledge
    if not c.amounts or not last or last.fields["amount"] or last.paragraph < c.number - 1:
        return False
    return bool(GIFT_VALUED.search(c.text[: c.amounts[0].start]))


def _value_the_gift(drafts, c: _Clause, context) -> None:
    """The gift just told, drafted again where its value is stated, with its items (each quoted
    where its paragraph states it): one pledge, its sum traced to the words that state it."""
    last = context.last_pledge
    donor, carried = _donor(c.text, c.found, c.cue, context, c.number)
    if donor is None or donor.name != last.fields["donor"]:
        return
    before = len(drafts.pledges)
    _draft_pledge(drafts, c, donor, carried, c.amounts[:1], context)
    if len(drafts.pledges) > before:
        valued = drafts.pledges[before]
        valued.fields["items"] = last.fields["items"] + valued.fields["items"]
        if last.fields["items"]:
            valued.notes.append(f"Its items are told in paragraph {last.paragraph}.")
        drafts.pledges.remove(last)


def _clause(context, number_, paragraph, sentence, text, people_spans) -> _Clause:
    """The clause `text` of `sentence` read for a pledge; `people_spans` are where the sentence
    counts people, drafted as figures."""
    offset = sentence.find(text)
    amounts = [m for m in money(text)
               if not any(a <= m.start + offset < b for a, b in people_spans)]  # fmt: skip
    on_top = re.search(r"\b(?:on top of|in addition to)\b", text, re.I)
    return _Clause(
        text, sentence, paragraph, number_, offset, _cue(text),
        _admits(text, offset, people_spans), actors(text), amounts,
        _items_given(text, sentence, context, on_top), on_top,
    )  # fmt: skip


def _admits(text, offset, people_spans) -> re.Match | None:
    """The clause's verb of taking people in, unless they are only planned for or counted as a
    figure."""
    admits = ADMIT_VERB.search(text)
    if not admits or re.search(r"\b(?:prepar\w+|plann\w+|being drawn up|consider\w*)\b", text):
        return None  # "a plan for hosting refugees was being prepared"
    if any(admits.start() <= a - offset < admits.end() for a, _ in people_spans):
        return None  # "has admitted around 250 evacuees": a count of people, drafted as a figure
    if re.match(
        r"\S+\s+(?:(?:more|fewer)\s+(?:[\w-]+\s+){0,3}?than\b|(?:very\s+|relatively\s+)?few\b)",
        text[admits.start() :],
    ):
        # "hosting more Ukrainian refugees than any other country": a ranking; "which
        # traditionally accepts very few refugees": a habit
        return None
    if re.match(r"\S+(?:\s+in)?\s+(?:all\s+)?(?:those|all)\b", admits.group(0), re.I):
        return None  # "Germany would take in those fleeing the war": an open welcome, no pledge
    return admits


def _items_given(text, sentence, context, on_top) -> list[Item]:
    """The items the clause gives: not those of earlier aid told for context, nor those a donor
    holds; the items told before where it counts "six more"."""
    listed = items(text)
    # "The German guns come on top of the five PzH 2000s the Netherlands promised": items of
    # earlier aid, told for context; drafted only where the text dates that aid ("on top of a
    # decision taken a day earlier to send ...").
    if on_top and not (
        RELATIVE_DAY.search(text, on_top.end()) or dates(text[on_top.end() :], context.published)
    ):
        listed = [item for item in listed if item.start < on_top.start()]
    if not listed:
        listed = _counted_anew(text, sentence)
    # "it had 76 Caesars in service": what a donor holds, not what it gives
    return [item for item in listed if not re.match(
        r"\s+(?:in service|in stock|in (?:its|the) (?:inventory|arsenal|fleet|stocks))\b", text[item.end :])
        and not _received(text, item)]  # fmt: skip


def _received(text, item: Item) -> bool:
    """ "Greece will receive 40 Marder ... and in return pass on 40 BMP-1", "and receives 15
    Leopard tanks in return": what the giver gets, not what it gives."""
    if not re.search(r"\bin (?:return|exchange)\b", text):
        return False  # "Kyiv is getting two Harpoon coastal defence systems": the aid itself
    verbs = list(PLEDGE_VERB.finditer(text, 0, item.start))
    return bool(verbs) and _a_verb_of_getting(verbs[-1])


def _counted_anew(text, sentence) -> list[Item]:
    """ "on top of the 12 Caesars already handed over, France would deliver six more": the items
    told before, counted anew."""
    more = re.search(rf"\b(?P<n>{NUMBER})\s+more\b(?!\s+[a-z]+s\b)", text)
    prior = re.search(r"\b(?:on top of|in addition to)\b", sentence, re.I)
    if not (more and prior and number(more.group("n"))):
        return []
    told = items(sentence[prior.end() : sentence.find(text) + more.start()])
    if not told:
        return []
    return [Item(told[0].name, int(number(more.group("n"))), told[0].unit,
                 told[0].item_type, more.start(), more.end(), more.group(0))]  # fmt: skip


def _tells_no_pledge(c: _Clause) -> bool:
    """Whether the clause tells no pledge: it has no pledge verb, sum or items, its verb gives
    nothing, or, without a sum, it tells what is not a pledge."""
    if not (c.cue or c.admits or c.amounts or c.listed) or _a_bare_word_for_aid(c):
        return True
    if not c.cue and re.search(r"\b(?:could|can|may|must|would)(?:\s+not|n['’]t)\s+be\b|\bcannot\s+be\b",
                               c.text):  # fmt: skip
        return True  # "the 12,400 rounds in question could not be re-exported": refused
    if _gives_nothing(c):
        return True
    return not c.amounts and _no_pledge_without_sum(c)


def _a_bare_word_for_aid(c: _Clause) -> bool:
    """ "Apart from the trust-fund grants, ...": a noun for aid with no sum, no item and no people
    taken in told with it, no pledge."""
    return not (c.amounts or c.listed or c.admits) and c.cue.group(0).lower() in NOUN_FORMS


def _gives_nothing(c: _Clause) -> bool:
    """Whether the clause's verb gives nothing, it clears a sale ("approved the export of 100
    PzH 2000 howitzers to Ukraine") or it tells a gift made before ("to refill Pentagon
    inventories after Washington shipped some 1,400 Stingers")."""
    if SALE_CLEARED.search(c.text):
        return True
    if not c.cue:
        return False
    return _verb_gives_nothing(c) or bool(
        re.search(
            r"\bafter\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+$", c.text[: c.cue.start()]
        )
        and re.fullmatch(
            r"shipped|sent|delivered|gave|handed over|supplied|provided|committed|pledged",
            c.cue.group(0),
        )
    )


SALE_CLEARED = re.compile(
    r"\b(?:approv\w+|clear\w*|licens\w+|authori[sz]\w+)\s+the\s+(?:sale|export)\s+of\b"
    # "has also approved a possible $165 million sale of non-standard ammunition to Ukraine"
    r"|\b(?:approv\w+|clear\w*|authori[sz]\w+)\s+a\s+(?:possible\s+|proposed\s+|potential\s+)?"
    r"(?:[$€£]\s?[\d.,]+\s*(?:bn|billion|million|m)?\s+)?(?:foreign military\s+)?sale\s+of\b"
    # "Warsaw signed contracts worth $5.8 billion for 180 K2 tanks": a purchase of its own
    r"|\bsigned\s+(?:\w+\s+){0,2}contracts\s+worth\b"
    # "Kyiv also agreed in June to buy eight Zuzana 2 guns from Slovakia under a commercial contract"
    rf"|\bunder\s+a\s+{COMMERCIAL}\b"
    # "18 of the HIMARS launchers were ordered from industry in September": made to order
    # (not "a $400 million package ..., which means the equipment will be ordered from industry")
    r"|\b(?:were|was|are|is|been)\s+ordered\s+from\s+(?:industry|manufacturers?|the\s+manufacturer)\b",
    re.IGNORECASE,
)


# "a statement on the support the United Kingdom is giving Ukraine": the support as a topic
SUPPORT_AS_TOPIC = re.compile(
    r"\b(?:support|aid|help|assistance)\s+(?:that\s+)?(?:the\s+)?[A-Z][\w ]{0,30}\s+"
    r"(?:(?:is|are|has been|have been)\s+)?$"
)


def _verb_gives_nothing(c: _Clause) -> bool:
    """Whether the clause's pledge verb gives nothing: spending at home, negated, not yet given."""
    before = c.text[: c.cue.start()]
    if DOMESTIC.match(c.text[c.cue.end() :]):
        return True  # "agreed to give the federal states 2 billion euros": spending at home
    if NEGATED.search(before):
        return True
    if re.match(r"\W*(?:A:\s*)?Under\s+(?:a|an)\s+", c.sentence) and re.fullmatch(
        r"[a-z]+s(?:\s+over)?", c.cue.group(0)
    ):
        return (
            True  # "Under a presidential drawdown, the Pentagon hands over weapons": how it works
        )
    if any(check(c, before) for check in (_asked_of_parliament, _support_as_topic, _a_law_passed)):
        return True
    if re.search(r"\b(?:largest|biggest|greatest)\s+(?:[\w-]+\s+){0,2}?(?:package|contribution|donation|"
                 r"delivery|shipment|grant|sum|amount|commitment)\s+(?:that\s+|which\s+)?"
                 r"(?:[\w-]+\s+){1,2}(?:(?:has|have|had)\s+(?:ever\s+)?)?$", before):  # fmt: skip
        return True  # "the largest package Sweden has provided since the invasion": a rank
    if re.search(r"\b(?:keeps?|kept|prevents?|prevented|stops?|stopped|bars?|barred|prohibited|banned)\s+"
                 r"(?:\w+\s+){0,2}from\s+$", before):  # fmt: skip
        return True  # "its rules still keep it from sending weapons"
    # "the budget committee still has to release the money": not yet given
    return bool(
        re.search(r"\b(?:still|yet)\s+$", before)
        and re.match(r"(?:has|have|had) to\b", c.cue.group(0))
    )


def _asked_of_parliament(c: _Clause, before: str) -> bool:
    """ "asked parliament to approve an additional 3 billion crowns": not yet given."""
    return bool(re.search(r"\b(?:ask|urg)(?:ed|es|s|ing)?\s+(?:parliament|lawmakers|congress|the legislature)\s+"
                          r"(?:to\s+)?$", before, re.I))  # fmt: skip


def _a_law_passed(c: _Clause, _before: str) -> bool:
    """ "approved a decree-law extending until 31 December 2023 the authorisation ... to transfer
    military means": a law that prolongs leave to give, with no sum of its own (not "approved a
    decree this morning authorising the shipment of military equipment", the first)."""
    return not money(c.text) and bool(
        re.match(r"\s+(?:a|the|an)\s+(?:new\s+)?(?:decree(?:-law)?|law|bill|resolution|regulation|ordinance)\s+"
                 r"(?:extending|renewing|prolonging)\b", c.text[c.cue.end() :], re.I)
    )  # fmt: skip


def _support_as_topic(c: _Clause, before: str) -> bool:
    """ "a statement on the support the United Kingdom is giving Ukraine": the support as the
    topic of what follows, with no sum of its own."""
    return bool(
        SUPPORT_AS_TOPIC.search(before)
        and not (money(c.text) or c.listed)
        and (
            re.search(r"\b(?:is|are|has been|have been)\s+$", before)
            or re.match(r"(?:is|are|has|have)\b", c.cue.group(0))
        )
    )


def _no_pledge_without_sum(c: _Clause) -> bool:
    """Whether a clause without a sum quotes someone's words, tells aid given before now, hedges
    or resists a pledge, or tells of earlier aid."""
    before = _before_verb(c)
    if _quoted_words(c) or BEFORE_NOW.search(before) or RUNNING_COUNT.search(c.text):
        return True
    if not c.cue:
        return False
    if (HEDGED.search(before) and not ANSWERED.search(before)) or RESISTED.search(before):
        return True
    # "came on top of weapons ... Canada has already sent since late February"
    return bool(c.on_top and c.on_top.start() < c.cue.start() and not c.listed)


def _quoted_words(c: _Clause) -> bool:
    """Whether a clause listing nothing opens a quotation, or has its verb inside one ("The
    pledges, she said, “will help us ... continue contributing”): a hope or a view, not a
    pledge the source reports."""
    if c.listed:
        return False
    if re.match(r"^\W*[“\"]", c.sentence) and c.offset < 3:
        return True
    return inside_quotation(c.sentence[: c.offset + c.cue.start()] if c.cue else "")


def _before_verb(c: _Clause) -> str:
    """The clause up to its pledge verb; all of it without one."""
    return c.text[: c.cue.start()] if c.cue else c.text


def _pledge_sums(drafts, c: _Clause, donor, context) -> list[Money]:
    """The clause's sums that are its donor's pledges; the others drafted flagged, but for needs
    and costs."""
    pledge_amounts, earlier = [], []
    for amount in c.amounts:
        flag = _not_a_pledge(c.text, amount, donor, c.found, context, earlier, c.number)
        context.sums.append((c.number, amount.amount, flag))
        earlier.append(amount)
        if flag == "background":
            continue  # a need, a cost or a loss: nothing to propose
        if flag:
            drafts.pledges.append(_flagged(amount, flag, donor, c.number, c.text, context))
        else:
            pledge_amounts.append(amount)
    return pledge_amounts


# "The Australian Army operates 54 M777 howitzers": what a force has, not what it gives.
OWN_INVENTORY = re.compile(
    r"\b(?:operates|has in service|have in service|owns|possesses)\s+(?:about\s+|some\s+)?\d"
)


def _no_own_pledge(c: _Clause, donor, sums, context) -> bool:
    """Whether the clause has no pledge of its own: without a verb, a pledge sum or people taken
    in, its items continue the pledge just told (and are added to it) or are no donor's counted
    items; or it speaks of no aid."""
    if not (c.cue or sums or c.admits):
        if _continues_last_pledge(c, context) and not ANOTHER.search(c.text):
            _add_items(context.last_pledge, c.listed, c.number, c.text)
            return True
        if not _counted_items(c, donor):
            return True  # a sentence with neither a pledge verb nor a sum nor counted items
    if _of_aid_told(c, sums, context):
        return True
    return not c.cue and not c.listed and not _about_aid(c, context)


def _of_aid_told(c: _Clause, sums, context) -> bool:
    """Whether the clause tells of aid told before: the items of earlier aid, or the pledge just
    told (its items added to it where the clause is a part of it)."""
    if _items_of_earlier_aid(c, sums, context):
        return True
    if not _the_pledge_told_before(c, sums):
        return False
    if context.last_pledge and PART_OF_IT.match(c.sentence[: c.offset] + c.text):
        _add_items(context.last_pledge, c.listed, c.number, c.text)
    return True


def _items_of_earlier_aid(c: _Clause, sums, context) -> bool:
    """Whether the clause's items come after a sum of earlier aid, and are its items: "follows
    the $99.5 million package Mr Albanese unveiled in July, which included 14 M113"."""
    if sums or not c.amounts or not c.listed or c.listed[0].start < c.amounts[0].start:
        return False
    flags = {value: flag for paragraph, value, flag in context.sums if paragraph == c.number}
    return all(flags.get(a.amount) == "earlier" for a in c.amounts)


def _the_pledge_told_before(c: _Clause, sums) -> bool:
    """Whether the clause, without a sum, speaks of the pledge told before: "part of last week's
    package is earmarked for organisations there", "Kallas announced the decision on social
    media" (neither with items), "Under the contracting half, Kyiv is getting ..." (its items
    that pledge's)."""
    if sums:
        return False
    if PART_OF_IT.match(c.sentence[: c.offset] + c.text) or THE_REST.match(c.text):
        # "Under the contracting half, Kyiv is getting two Harpoon systems", "..., while the
        # remainder is earmarked for NGOs buying medicines and generators"
        return True
    return not c.listed and bool(
        PART_OF_ONE_TOLD.search(c.text) or (c.cue and THE_ONE_TOLD.match(c.text, c.cue.end()))
    )


# "while the remainder is earmarked for ...": the rest of the sum just broken down
THE_REST = re.compile(
    r"\W*(?:(?:while|whereas|and|but)\s+)?the\s+(?:remainder|rest|balance)\s+(?:is|are|will|goes|go)\b"
)
# "Under the contracting half, ...", "Under the rest of the package, ...", "The package also
# covers ...": a part of the pledge just told, whose items follow.
PART_OF_IT = re.compile(
    r"\W*(?:Under|In|From|With)\s+the\s+(?:[\w-]+\s+)?(?:half|part|portion|share|rest|remainder)\b"
    # "The package also covers material deliveries: Switzerland will send 60 generators"
    # "The drawdown, the eleventh of its kind authorized ..., includes 18 howitzers"
    r"|\W*The\s+(?:new\s+|latest\s+)?(?:package|drawdown|tranche|funding|aid|contribution)\b"
    r"(?:,[^,]{0,100},)?\s+(?:also\s+)?(?:covers|includes|comprises|contains)\b"
)


# "part of last week's package", "some of the money": a share of a pledge told before.
PART_OF_ONE_TOLD = re.compile(
    r"\b(?:part|some|much|most|half|a share)\s+of\s+(?:the|this|that|its|last\s+\w+['’]s)\s+"
    r"(?:[\w-]+\s+)?(?:package|funding|money|aid|allocation|grant)\b",
    re.IGNORECASE,
)


THE_ONE_TOLD = re.compile(r"\s+(?:the|this|that)\s+(?:decision|package|news)\b", re.IGNORECASE)


def _continues_last_pledge(c: _Clause, context) -> bool:
    """Whether the clause lists items that continue the pledge just told (not "The Australian
    Army operates 54 M777 howitzers": its own, not given)."""
    return bool(
        c.listed
        and context.last_pledge
        and not OWN_INVENTORY.search(c.text)
        and _continues(c.text, c.found, context, c.number)
    )


def _counted_items(c: _Clause, donor) -> bool:
    """Whether the clause counts the items it lists, and names their donor (not the items a force
    has: "The Australian Army operates 54 M777 howitzers")."""
    return bool(
        c.listed
        and donor
        and any(counted(item) for item in c.listed)
        and not OWN_INVENTORY.search(c.text)
    )


def _about_aid(c: _Clause, context) -> bool:
    """Whether the clause or its paragraph speaks of aid, or follows a pledge just told."""
    last = context.last_pledge
    return bool(
        AID_WORDS.search(c.text)
        or AID_WORDS.search(c.paragraph)
        or (last and last.paragraph >= c.number - 1)
    )


def _draft_pledge(drafts, c: _Clause, donor, carried, sums, context) -> None:
    """The clause's pledge of `donor` drafted, unless it tells again a pledge told before (its
    items added to that one)."""
    c.listed = _given_items(c, sums)
    recipient = _new_pledge_recipient(c, donor, sums, context)
    if recipient is None:
        return
    amount = sums[0] if sums else None
    draft_ = _pledge_draft(c, donor, recipient, amount, carried, context)
    told = _pledge_told_before(drafts, draft_, c, amount, context)
    if told:
        _add_items(told, c.listed, c.number, c.text)
        return
    _propose(drafts, draft_, c, donor, recipient, sums, context)


def _given_items(c: _Clause, sums) -> list[Item]:
    """The clause's items; for a pledge verb with neither sum nor items, those named after it:
    "to receive Gepard anti-aircraft guns", "will give Ukraine Harpoon missiles"."""
    if c.listed or not c.cue or sums:
        return c.listed
    given_to = next(
        (a for a in c.found if a.start <= c.cue.end() + 1 and a.end > c.cue.end()), None
    )
    return named_items(c.text, given_to.end if given_to else c.cue.end())


def _new_pledge_recipient(c: _Clause, donor, sums, context) -> Actor | None:
    """Who the clause's new pledge goes to; None where the clause tells no new pledge of aid
    from one party to another."""
    if _no_new_pledge(c, sums):
        return None
    recipient = _recipient(c.text, c.found, donor, context)
    if recipient is None or recipient.key == donor.key:
        return None  # a country's own forces or budget: not aid from one party to another
    if recipient.key != _recipient_key(context) and re.search(
        r"\bin (?:return|exchange)\b", c.sentence[: c.offset] + c.text, re.I
    ):
        return None  # "In return the Bundeswehr will supply Slovenia with 35 trucks": a swap
    if _summary_or_told_again(c, donor, sums, context):
        return None
    return recipient


def _no_new_pledge(c: _Clause, sums) -> bool:
    """Whether the clause tells the story so far, has only sums flagged as no one donor's pledge,
    or states nothing given."""
    if not c.amounts and not c.listed and OTHER_TIME.search(c.text):
        return True  # "We were sending lethal aid before the invasion began": the story so far
    if c.amounts and not sums and not _gives_counted_items(c):
        return True  # the clause's sums are totals or parts, flagged above: nothing else to propose
    return not (sums or c.listed or c.admits or AID_WORDS.search(c.text))


def _gives_counted_items(c: _Clause) -> bool:
    """ "Ireland has shipped 350 tonnes of medicines, on top of the €20m ...": counted items a
    verb of giving gives, beside sums that are no pledge; not items ordered for oneself."""
    return bool(
        c.cue and "order" not in c.cue.group(0).lower() and any(counted(item) for item in c.listed)
    )


def _summary_or_told_again(c: _Clause, donor, sums, context) -> bool:
    """Whether the clause sums up the pledges that follow, or describes again the pledge just
    proposed."""
    summary = _collective(_before_verb(c))
    counted = c.cue and COUNTED_PROMISE.search(c.text[: c.cue.end()])  # not a count of donors
    if not sums and summary and not counted and not OWN_MEMBERS.match(c.text[donor.end :]):
        return True  # "Four Nordic countries have promised weapons": the summary of what follows
    return (
        _described_again(c, donor, sums, context)
        or _package_said_to_give(c, donor, sums, context)
        or _announced_again(c, donor, sums, context)
    )


def _announced_again(c: _Clause, donor, sums, context) -> bool:
    """ "Harjit Sajjan announced the money on Saturday", "the ambassador announced it": the
    pledge of the same donor just proposed, its announcement told, with no sum of its own."""
    last = context.last_pledge
    if sums or not c.cue or not last or last.paragraph < c.number - 1:
        return False
    if last.fields["donor"] == donor.name and re.search(
        r"\b(?:deliver|send|give|hand over|provide|supply)\s+the\s+\d", c.text[c.cue.end() :]
    ):
        return True  # "announced it would deliver the 1,000 anti-tank weapons": those told
    return last.fields["donor"] == donor.name and bool(re.match(
        # "announced it", not "announced it would hand over 20 M113s" (a clause of its own)
        r"\s+(?:it\b(?!\s+(?:would|will|is|was|had|has|could|plans?|intends?)\b)|(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:money|sum|funds?|funding|aid|grant|"
        r"package|contribution|donation|assistance)\b)", c.text[c.cue.end() :]))  # fmt: skip


def _package_said_to_give(c: _Clause, donor, sums, context) -> bool:
    """ "Blinken said the drawdown would give Ukraine wider air defence": what the package just
    proposed does, told with no sum or count of its own."""
    last = context.last_pledge
    if sums or not c.cue or not last or last.paragraph < c.number - 2:
        return False
    if last.fields["donor"] != donor.name or any(counted(item) for item in c.listed):
        return False
    return bool(re.search(
        r"\b(?:the|this|that|its)\s+(?:new\s+|latest\s+)?(?:drawdown|package|aid|assistance|money|"
        r"funding|tranche)\s+(?:would|will|should|could|is to|was to)?\s*$",
        c.text[: c.cue.start()], re.IGNORECASE,
    ))  # fmt: skip


def _described_again(c: _Clause, donor, sums, context) -> bool:
    """ "The package provides ...": the pledge of the same donor just proposed, described again
    in a clause with no sum, items or people of its own and no party named before its verb."""
    last = context.last_pledge
    if sums or c.listed or c.admits or not last:
        return False
    if last.paragraph < c.number - 1 or last.fields["donor"] != donor.name:
        return False
    return (
        bool(re.match(r"^\W*(?:the|this|that|it)\b", c.text, re.I))
        and not _party_before_verb(c)
        and not ANOTHER.search(c.text)
    )


def _party_before_verb(c: _Clause) -> bool:
    """Whether the clause names a party before its pledge verb (anywhere, without one)."""
    limit = c.cue.start() if c.cue else len(c.text)
    return any(a.start < limit for a in c.found)


def _pledge_draft(c: _Clause, donor, recipient, amount, carried, context) -> Draft:
    """The draft of the clause's pledge."""
    fields, readings, notes, flags = _pledge_fields(
        c.text, c.sentence, donor, recipient, amount, c.cue, c.admits, context, c.number
    )
    if carried:
        notes.append(f"The donor is not named in this sentence: {donor.name} is taken from the "
                     f"sentence before.")  # fmt: skip
    quote = clip(c.text[slice(*_pledge_quote(c.text, amount, c.cue, c.admits, c.listed))])
    return Draft("pledge", fields, c.number, quote, flags, readings, notes)


def _pledge_told_before(drafts, draft_, c: _Clause, amount, context) -> Draft | None:
    """The pledge told before that a clause listing items, with no sum and no people taken in,
    tells again: the package just told, or a sum told earlier."""
    if not c.listed or amount or c.admits:
        return None
    last = context.last_pledge
    if last and _adds_to_package(last, draft_, c, context):
        return last
    # "The Pentagon says the new package covers six more NASAMS": its items
    return _told_sum(drafts, draft_, c.text)


def _adds_to_package(last: Draft, draft_: Draft, c: _Clause, context) -> bool:
    """Whether the clause's items are those of `last`, the pledge of the same parties just told:
    it speaks of the package or shipment, not of another."""
    if not _same_parties(last, draft_) or _last_told(last, context) < c.number - 1:
        return False
    # "The firm has also bought two second-hand ambulances": more of the same gift
    more = re.search(r"\balso\b", c.text) and last.paragraph == c.number
    # "It provides additional ammunition for HIMARS; 36,000 rounds ...": the drawdown's items,
    # more ammunition in the package, not another package
    its_items = re.match(
        r"\W*It\s+(?:also\s+)?(?:provides|covers|comprises|includes|contains)\b", c.text
    )
    if not (more or its_items) and not re.search(
        r"\b(?:package|includes?|including|contains?|lists|shipment|aid|batch|"
        r"arrangement|deal|agreement|piece|portion|half|tranche)\b",
        c.text,
        re.I,
    ):
        return False
    # not a pledge this paragraph dates otherwise: "On Thursday ... he added to it"
    return (its_items or not _another(c.text)) and (
        _same_or_undated(last, draft_) or draft_.fields["announced_as"] not in c.paragraph
    )


def _propose(drafts, draft_, c: _Clause, donor, recipient, sums, context) -> None:
    """The pledge proposed, with those of the parties named with its donor and of the clause's
    further sums, and kept as the pledge just told."""
    _add_items(draft_, c.listed, c.number, c.text)
    drafts.pledges.append(draft_)
    joined = _joined_donors(c.text, c.found, donor, c.cue) if not sums else []
    if len(joined) >= 2 and re.search(
        r"\b(?:all|each|also|too|in recent (?:days|weeks))\b", c.text
    ):
        drafts.pledges.remove(draft_)  # "The US, Canada and the Netherlands have all promised ..."
        context.last_pledge = None
        return
    if joined and JOINTLY.search(c.text):
        _shared_counts(draft_)  # "Germany, Denmark and Norway are paying for 16 howitzers"
    for other in joined:
        drafts.pledges.append(_twin(draft_, other))
    context.last_pledge = draft_
    context.last_subject = (c.number, donor)
    _further_sums(drafts, draft_, c, donor, recipient, sums, context)


# Several donors paying together: what they pay for is counted for them all, not for each.
JOINTLY = re.compile(
    r"\b(?:paying for|pay for|funding|financing|jointly|together)\b", re.IGNORECASE
)


def _shared_counts(draft_: Draft) -> None:
    """The counts of a pledge several donors pay for together, left unstated for each donor,
    with a note saying why."""
    for item in draft_.fields.get("items", []):
        if item.get("quantity"):
            draft_.notes.append(
                f"The source counts {item['quantity']} {item['name']} for the donors together; "
                "no donor's own share is stated."
            )
            item["quantity"] = None


def _twin(draft_: Draft, other: Actor) -> Draft:
    """The same pledge of a party named with its donor: "Latvia and Lithuania shipped ..."."""
    fields = {**draft_.fields, "donor": other.name, "donor_code": other.code,
              "donor_kind": other.kind, "items": [dict(i) for i in draft_.fields.get("items", [])]}  # fmt: skip
    twin = Draft("pledge", fields, draft_.paragraph, draft_.quote, list(draft_.flags),
                 dict(draft_.readings), list(draft_.notes))  # fmt: skip
    twin.fields["description"] = _describe(twin.fields)
    return twin


def _further_sums(drafts, draft_, c: _Clause, donor, recipient, sums, context) -> None:
    """Further sums stated for the same donor in the clause are parts of its pledge, unless told
    as another: "approved on February 26 ... CZK 188 million, and a day later a second package
    worth CZK 400 million"."""
    for previous, extra in pairwise(sums):
        between = c.text[previous.end : extra.start]
        other = _other_giver(between, donor, recipient)
        if (
            other
            or _another(between)
            or _of_another_kind(between, c.text[previous.end :], c.text[extra.end :])
            or _to_another_agency(between, c.text[extra.end :])
            or _another_after_items(between, c.text[extra.end :])
        ):
            draft_ = _another_pledge(
                draft_, extra, between, c.text, context, c.number, other or donor
            )
            drafts.pledges.append(draft_)
            context.last_pledge = draft_
        else:
            drafts.pledges.append(
                _flagged(extra, "part_of_package", donor, c.number, c.text, context)
            )


# "another $800 million in weapons for Kyiv, including 72 155mm howitzers ..., as well as $500
# million in direct economic aid": a second pledge after the first one's items.
AS_WELL_AS_AFTER_ITEMS = re.compile(
    r"\bincluding\b[^;]*,\s+(?:as well as|and also|plus)\s+(?:another\s+|a further\s+|an additional\s+)?$"
)


def _another_after_items(before: str, after: str) -> bool:
    """Whether a sum after the items of the pledge before is another pledge ("..., as well as
    $500 million in direct economic aid"), not the worth of more of its items ("..., as well as
    $200 million worth of Javelin missiles")."""
    return bool(AS_WELL_AS_AFTER_ITEMS.search(before)) and not re.match(r"\s+worth\s+of\b", after)


def _to_another_agency(between: str, after: str) -> bool:
    """ "£12 million would go to the World Food Programme and £4 million to the International
    Organization for Migration": sums each given through an agency of its own, not parts."""
    return bool(
        re.search(r"\b(?:to|for|through)\s+(?:the\s+)?[A-Z][^,;]*?\s+and\s+$", between)
        and re.match(r"\s+(?:to|for|through)\s+(?:the\s+)?[A-Z]", after)
    )


def _other_giver(between: str, donor: Actor, recipient: Actor) -> Actor | None:
    """ "The United States committed $2.98 billion ..., Britain's prime minister brought a £54
    million drone package": another country named between two sums, giving the second."""
    return next((a for a in actors(between) if a.kind == "country" and a.key != donor.key
                 and a.code not in TARGET_STATES and a.key != recipient.key
                 and not re.search(r"\b(?:to|for|in|of|from|with|at)\s+(?:the\s+)?$", between[: a.start])), None)  # fmt: skip


def _of_another_kind(between: str, after_first: str, after: str) -> bool:
    """ "$21 million in defensive military assistance ..., as well as $30 million in emergency
    humanitarian assistance": a second sum for another kind of aid, a pledge of its own."""
    if not re.search(r"\bas\s+well\s+as\s+$", between):
        return False
    kinds = [_category(re.match(r"\s+(?:in|for)\s+[^,.;]{0,60}", words).group(0))[0]
             if re.match(r"\s+(?:in|for)\s", words) else None
             for words in (after_first, after)]  # fmt: skip
    return None not in kinds and kinds[0] != kinds[1]


def _another(text: str) -> bool:
    """Whether `text` tells of another pledge ("a second package"), not one told again ("that
    second batch")."""
    return any(
        not re.search(r"\b(?:that|this|the same|the)\s+$", text[: found.start()], re.I)
        # "four additional HIMARS": more of an item, counted in this package
        and not re.search(rf"(?:\b\d[\d,]*|\b(?:{WORDS}))\s+$", text[: found.start()], re.I)
        for found in ANOTHER.finditer(text)
    )


def _told_sum(drafts: Drafts, draft_: Draft, text: str) -> Draft | None:
    """The pledge with a sum, told earlier, whose items a later sentence lists ("the new package
    covers ...", "the British money would pay for ..."): items told of it, not a new pledge."""
    if _another(text) or not re.search(
        r"\b(?:package|money|sum|funds?|tranche|it covers|covers|would pay for|will pay for|"
        r"promised|pledged|the value)\b",
        text,
        re.I,
    ):
        return None
    if re.search(r"\b(?:promised|pledged)\s+(?:over|during|in|last|back in|earlier)\b", text):
        return None  # "the two NASAMS promised over the summer": a promise of another time
    return next((d for d in reversed(drafts.pledges) if not d.not_a_record and d.fields.get("amount")
                 and _same_parties(d, draft_) and _same_or_undated(d, draft_)), None)  # fmt: skip


def _earlier_sum_just_told(drafts: Drafts, c: _Clause) -> Draft | None:
    """ "The drawdown follows last Wednesday's $1.1 billion order ... That order covers 18 more
    HIMARS": the items of the earlier aid just mentioned for context, not a new pledge."""
    if (
        c.amounts
        or not c.listed
        or not re.match(
            r"\W*(?:that|this)\s+(?:earlier\s+)?(?:order|package|deal|contract|purchase)\b",
            c.text,
            re.I,
        )
    ):
        return None
    last = next((d for d in reversed(drafts.pledges) if d.fields.get("amount")), None)
    if last and "earlier" in last.flags and last.paragraph >= c.number - 1:
        return last
    return None


def _another_pledge(first: Draft, amount, between, text, context, number_, giver: Actor) -> Draft:
    """The second sum of a clause told as another pledge, of `giver` (the first's donor or the
    party named before the sum), dated from the first where the clause counts from it ("a day
    later")."""
    fields = {**first.fields, "amount": amount_text(amount.amount), "items": [],
              "donor": giver.name, "donor_code": giver.code, "donor_kind": giver.kind}  # fmt: skip
    notes, flags, readings = [], [f for f in first.flags if f != "read_currency"], {}
    fields["currency"] = _currency(amount.currency, giver, readings, flags, notes)
    base = first.fields["announced_on"]
    when = base and relative_date(
        between,
        context,
        When(datetime.date.fromisoformat(base), first.fields["announced_precision"],
             first.fields["announced_as"], 0, 0),
    )  # fmt: skip
    if when:
        fields.update(announced_on=when.on.isoformat(), announced_precision="derived",
                      announced_as=when.words)  # fmt: skip
        notes.append(when.note)
        flags = sorted(set(flags) | {"derived_date"})
    fields["description"] = _describe(fields)
    quote = clip(text[slice(*_pledge_quote(text, amount, None, None, []))])
    return Draft("pledge", fields, number_, quote, flags, readings, notes)


def _joined_donors(text, found, donor, cue) -> list[Actor]:
    """The parties named with the donor as one subject: "Latvia and Lithuania shipped"."""
    limit = cue.start() if cue else len(text)
    joined, end = [], donor.end
    for actor in found:
        if actor.start < end or actor.end > limit or actor.key == donor.key:
            continue
        if actor.code in TARGET_STATES or not re.fullmatch(
            r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[end : actor.start]
        ):
            break
        joined.append(actor)
        end = actor.end
    return joined


def _donor(text, found, cue, context, number_) -> tuple[Actor | None, bool]:
    """Who gives, and whether it is carried from the sentences before (not named in this one)."""
    first_sum = next(iter(money(text)), None)
    named = _giver_named_outright(text, found, cue, context, first_sum)
    if named:
        return named, False
    if _donors_thanked(text, cue):
        return None, False  # "UNHCR is grateful to the donors who have provided": none named
    limit = _where_given(text, cue, first_sum)
    before = [a for a in found if a.start < limit]
    subject = acting_party(text, before, context) if before else None
    if _received_from_nobody_named(text, found, context, subject):
        return _giver_in_the_lead(text, context)
    named = (
        _acting_giver(text, found, context, subject)
        or _giver_named_elsewhere(
            text, found, cue, context, first_sum, _acting_before(text, before, subject)
        )
        or _instruments_owner(text, found, first_sum)
    )
    if named:
        return named, False
    return _carried_giver(text, found, context, number_, limit, before)


def _giver_named_outright(text, found, cue, context, first_sum) -> Actor | None:
    """The giver named with the sum, or the party whose decision gives it, or the country a
    reported clause says will give ("Frederiksen, who announced that Denmark would give")."""
    return (
        _giver_named_with_the_sum(text, found, cue, context, first_sum)
        or _whose_decision(text, found, first_sum)
        or next((a for a in found if reported_actor(text, a, first_sum, cue)), None)
    )


def _whose_decision(text, found, first_sum) -> Actor | None:
    """ "France also backed the decision taken by the Council on 28 February to mobilise EUR 500
    million": the party whose decision gives the sum, not the one that backed it."""
    if first_sum is None:
        return None
    decision = re.search(
        r"\b(?:back\w*|support\w*|welcom\w*|endors\w*|hail\w*)\s+the\s+decision\s+(?:taken\s+|made\s+)?by\s+"
        r"(?:the\s+)?(?P<who>[^,;]{2,60}?)\s+(?:(?:on|in|last|this)\s+[^,;]{1,30}?\s+)?to\s+[a-z]+\s+$",
        text[: first_sum.start],
    )
    if not decision:
        return None
    return next((a for a in found
                 if decision.start("who") <= a.start < decision.end("who")), None)  # fmt: skip


def _donors_thanked(text, cue) -> bool:
    """Whether the clause thanks givers it does not name, who give in its relative clause."""
    thanked = DONORS_THANKED.search(text)
    return bool(thanked) and (cue is None or cue.start() >= thanked.end())


def _giver_in_the_lead(text, context) -> tuple[Actor | None, bool]:
    """ "...: from the European Peace Facility, Ukraine is to receive 500 million euros": the
    giver named in the words that lead into the clause, else the report's own."""
    lead = context.sentence[: max(0, context.sentence.find(text))]
    source = re.search(r"\bfrom\s+((?:the\s+)?[A-Z][^,;:]{0,60}),\s*$", lead)
    named = actors(source.group(1)) if source else []
    if len(named) == 1 and _may_give(named[0], context):
        return named[0], False
    return _the_reports_own(context)


# "grateful to the donors who have provided": givers thanked but not named.
DONORS_THANKED = re.compile(
    r"\b(?:grateful|thankful|thank\w*)\s+(?:to\s+)?(?:the|all|its|our|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:donors|partners|contributors|governments|countries)\s+(?:who|which|that)\b",
    re.IGNORECASE,
)
# "the manufacturer decided to donate": a giver the text does not name, none of the parties told.
UNNAMED_GIVER = re.compile(
    r"\bthe\s+(?:manufacturer|maker|company|firm|producer)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)


def _acting_before(text, before: list[Actor], subject: Actor | None) -> list[Actor]:
    """The parties named before the verb, but none where they only set the scene of the
    government acting: "At the G7 summit in Bavaria on Monday, the government said"."""
    scene = re.match(
        r"\W*(?:On|At|In|After|During)\s[^.;]{0,100}?,\s*(?:the|its)\s+government\b", text
    )
    return [] if scene and subject is None else before


def _giver_named_with_the_sum(text, found, cue, context, first_sum) -> Actor | None:
    """The giver named with the sum rather than as the clause's subject: thanked, in a relative
    clause on the sum or its giver, beside the sum, or the office that announced it."""
    return (
        _thanked(text, found, context)
        or _received_from(text, found, cue, first_sum)
        or _relative_clause_giver(text, found, first_sum)
        or _named_beside_sum(text, found, first_sum, context)
        or _office_announcing(text, cue, context)
        or _proposer_after(text, found, first_sum)
        or _approver_before(text, found, first_sum)
    )


def _approver_before(text, found, first_sum) -> Actor | None:
    """ "the President welcomed the final green light, given by the European Parliament and the
    Council on Wednesday, to the 18 billion euro ... package": the party that approved the sum,
    not the one that welcomed it."""
    if first_sum is None:
        return None
    # only where the clause's subject welcomes the approval, not "adopted the sanctions approved
    # by the EU and will give Ukraine 80 million francs"
    return next((a for a in found if a.end <= first_sum.start and re.search(
        r"\b(?:welcom|hail|prais|applaud)\w*\s+[^.;]{0,60}?\b(?:given|granted|approved|adopted|agreed)\s+by\s+(?:the\s+)?$",
        text[: a.start])), None)  # fmt: skip


def _proposer_after(text, found, first_sum) -> Actor | None:
    """ "kept blocking the 18 billion euro package that the European Commission proposed": the
    party a relative clause after the sum says put it forward."""
    if first_sum is None:
        return None
    return next((a for a in found if a.start > first_sum.end
                 and re.fullmatch(r"(?:\s+[\w-]+){0,3}?\s+(?:that|which)\s+(?:the\s+)?", text[first_sum.end : a.start])
                 and re.match(r"\s+(?:had\s+|has\s+)?(?:proposed|announced|pledged|promised|offered|unveiled)\b",
                              text[a.end :])), None)  # fmt: skip


def _instruments_owner(text, found, first_sum) -> Actor | None:
    """ "a further €5 billion in macro-financial assistance", "€500 million from the European
    Peace Facility": the Union, whose own instruments these are."""
    if first_sum is None:
        return None
    return next((a for a in found if a.words in INSTRUMENTS and re.fullmatch(
        r"\s+(?:(?:in|from|under|through)\s+(?:the\s+|its\s+)?)?", text[first_sum.end : a.start])), None)  # fmt: skip


INSTRUMENTS = {"macro-financial assistance", "European Peace Facility", "presidential drawdown"}


def _received_from(text, found, cue, first_sum) -> Actor | None:
    """ "UNHCR will also receive €15 million from Germany": the party a sum received comes from."""
    if cue is None or first_sum is None or not _a_verb_of_getting(cue):
        return None
    return next((a for a in found if a.start > first_sum.end
                 and re.fullmatch(r"\s+from\s+(?:the\s+)?", text[first_sum.end : a.start])), None)  # fmt: skip


def _office_announcing(text, cue, context) -> Actor | None:
    """ "the new loan of €150 million that the chancellor announced": the government of the
    office the relative clause names, the report's own where it has one."""
    office = cue and re.search(
        r"\b(?:that|which)\s+(the\s+(?:chancellor|prime minister|president|government))\s+"
        r"(?:has\s+|had\s+)?$",
        text[: cue.start()],
        re.IGNORECASE,
    )
    return (context.home or own_government(office.group(1), context)) if office else None


def _where_given(text, cue, first_sum) -> int:
    """Where the clause tells the giving: its pledge verb, else its first sum, else its end."""
    if cue:
        return cue.start()
    return first_sum.start if first_sum else len(text)


def _the_reports_own(context) -> tuple[Actor | None, bool]:
    """ "Kyiv's border service gets a separate A$8.7 million": the report's own country gives,
    carried from the text (none where that is the recipient)."""
    giver = context.speaker
    return (giver, True) if giver and giver.key != _recipient_key(context) else (None, False)


def _relative_clause_giver(text, found, first_sum) -> Actor | None:
    """ "London coordinated the step with Washington, which on 1 June announced a $700m package":
    the party a relative clause stating the sum stands for."""
    if first_sum is None:
        return None
    named = [a for a in found if a.end <= first_sum.start]
    if not named:
        return None
    last = named[-1]
    clause = RELATIVE_WHICH.match(text, last.end, first_sum.start)
    if clause and PLEDGE_VERB.search(clause.group(0)):
        return last
    return None


def _named_beside_sum(text, found, first_sum, context) -> Actor | None:
    """ "Smaller sums came from Sweden, about $9.5 million, and Austria, ...": the party the sum
    is set beside."""
    if first_sum is None:
        return None
    beside = next((a for a in found if re.fullmatch(
        r",\s+(?:about|some|roughly|nearly|around|almost)?\s*", text[a.end : first_sum.start])), None)  # fmt: skip
    beside = beside or _approved_by(text, found, first_sum)
    return beside if beside and _may_give(beside, context) else None


def _approved_by(text, found, first_sum) -> Actor | None:
    """ "follows a $723 million package ... approved by the World Bank on Monday": the party
    that approved the sum, on a day of its own."""
    if not ANOTHER_GIVERS_DATED.match(text, first_sum.end):
        return None
    return next((a for a in found if a.start > first_sum.end and re.search(
        r"\bby\s+(?:the\s+)?$", text[first_sum.end : a.start])), None)  # fmt: skip


def _recipient_key(context: Context) -> str | None:
    """The key of the country the text reports aid to, if it names one."""
    return context.recipient and context.recipient.key


def _may_give(actor: Actor, context: Context) -> bool:
    """Whether a party named may be a giver: neither a sanctioned state nor the country the text
    reports aid to."""
    return actor.code not in TARGET_STATES and actor.key != _recipient_key(context)


def _thanked(text, found, context) -> Actor | None:
    """ "WFP is also grateful to Canada, ...; to Japan (US$ 11 million)": the party thanked."""
    if not re.search(r"\b(?:grateful|thank\w*)\b", context.sentence, re.I):
        return None
    return next((a for a in found if a.code not in TARGET_STATES and re.search(
        r"\b(?:to|thanked|thanks)\s+(?:the\s+)?$", text[: a.start])), None)  # fmt: skip


def _acting_giver(text, found, context, subject: Actor | None) -> Actor | None:
    """The giver the clause names as acting: the party a recipient named as its subject receives
    from, else its subject, else the party its opening place names."""
    if _recipient_as_subject(text, found, context, subject):
        # "Ukraine will receive $500 million from the United States"
        giver = _sole_giver_from(text, found, context)
        if giver:
            return giver
    if subject:
        return subject
    # "In Canberra, ..." / "In Switzerland, ..."; "The Prime Minister met President Zelensky and
    # announced": the report's own government, the one met being no giver
    if opening_party(text) or not any(MET_WITH.search(text[: a.start]) for a in found):
        return opening_party(text)
    last = context.last_subject
    if re.match(r"\W*(?:He|She|They)\b", text) and last and last[0] >= context.number - 1:
        return last[1]  # "He met President Zelensky and announced", after "the Prime Minister"
    return own_government(text, context)


def _received_from_nobody_named(text, found, context, subject: Actor | None) -> bool:
    """Whether the recipient is the clause's subject and receives, from no giver it names."""
    return bool(
        subject
        and _recipient_as_subject(text, found, context, subject)
        and re.search(rf"\b(?:{RECEIVES})\b", text)
        and not any(_may_give(a, context) and _after_from(text, a) for a in found)
    )


def _recipient_as_subject(text, found, context, subject: Actor | None) -> bool:
    """Whether the country the text reports aid to is the clause's subject, or, with no subject,
    the party the clause opens with."""
    if subject is not None:
        return subject.key == _recipient_key(context)
    return bool(
        found
        and found[0].key == _recipient_key(context)
        # after a dateline, if any: "WASHINGTON - Ukraine will get ..."
        and re.fullmatch(r"(?:the\s+)?", DATELINE.sub("", text[: found[0].start]).lstrip())
    )


def _sole_giver_from(text, found, context) -> Actor | None:
    """The one party the clause names after "from", if it names one only."""
    givers = {a.key: a for a in found if _may_give(a, context) and _after_from(text, a)}
    return next(iter(givers.values())) if len(givers) == 1 else None


def _after_from(text, actor: Actor) -> bool:
    """Whether the party is named just after "from" (not "guns that Latvia bought second-hand
    from Austria": where the giver got them)."""
    return bool(
        re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, actor.start - 10) : actor.start])
    ) and not re.search(
        r"\b(?:bought|purchased|acquired|ordered|imported)\s+(?:[\w-]+\s+){0,2}from\s+(?:the\s+)?$",
        text[max(0, actor.start - 40) : actor.start],
    )


def _giver_named_elsewhere(text, found, cue, context, first_sum, before) -> Actor | None:
    """The giver the clause names other than as its subject: the party its sum comes from, the
    party whose the aid is, the agent of a passive verb, "the government", or the party the
    clause is attributed to."""
    source = _sum_source(text, found, context, first_sum)
    if source:
        return source
    owner = _owner(text, found, cue, context)
    if owner:
        return owner
    agent = _passive_agent(text, found, cue)
    if agent:
        return agent
    own = own_government(text, context)
    if own and not before:
        return own  # "At national level, the government approved ..."
    return _attributed_to(text, found, context)


def _sum_source(text, found, context, first_sum) -> Actor | None:
    """ "€1 billion from the European Commission", "$7.5 billion comes from Washington": the one
    party named after the sum, named after "from"."""
    if not first_sum:
        return None
    after = [a for a in found if a.start >= first_sum.end and a.key != _recipient_key(context)]
    source = [a for a in after if _after_from(text, a)]
    if len({a.key for a in after}) == 1 and source:
        return source[0]
    return None


def _owner(text, found, cue, context) -> Actor | None:
    """ "two planeloads of Spanish weapons": a demonym naming whose the aid is; in a clause with a
    pledge verb, only one told after "of" or "with"."""
    adjective = next((a for a in found if _names_owner(text, a, cue, context)
                      # not "at the meeting of G7 Finance Ministers": where it was told
                      and not re.search(r"\b(?:meeting|summit|gathering|session|conference)\s+of\s+(?:the\s+)?$",
                                        text[: a.start])), None)  # fmt: skip
    if adjective and (
        cue is None or re.search(r"\b(?:of|with)\s+(?:the\s+)?$", text[: adjective.start])
    ):
        return adjective
    return None


def _names_owner(text, actor: Actor, cue, context) -> bool:
    """Whether a party is named as whose a thing is: a demonym ("Spanish weapons"), or a name
    after "of" before a common noun; not one after "in the", "from a" and the like, nor a demonym
    before the pledge verb unless after "with" or "of"."""
    if not _may_give(actor, context):
        return False
    if re.search(r"\b(?:on|in|from|at|by)\s+(?:a|an|the)\s+$", text[: actor.start]):
        return False
    if actor.how != "demonym":
        return bool(
            re.match(r"\s+[a-z]", text[actor.end :])
            and re.search(r"\bof\s+(?:the\s+)?$", text[: actor.start])
        )
    return (
        cue is None
        or actor.start > cue.start()
        or bool(re.search(r"\b(?:with|of)\s+$", text[: actor.start]))
    )


def _passive_agent(text, found, cue) -> Actor | None:
    """The party after "by" a passive pledge verb, or a participle after the aid it gives: "by
    Japan's forces", not "by a NATO member"."""
    if cue is None:
        return None
    passive = re.search(r"\bby\s+(?:the\s+)?", text[cue.end() :])
    # "the €250 million package announced last month in Chisinau by Commission President ..."
    reduced = re.search(
        r"\b(?:package|loan|grant|aid|funding|assistance)\s+$", text[: cue.start()]
    ) and money(text[: cue.start()])
    if not passive or not (
        reduced or re.search(r"\bbe\s+\w+$|\b(?:was|were|is|are|been)\s+\w+$", cue.group(0))
    ):
        return None
    after = [a for a in found if a.start >= cue.end() + passive.end() - 5]
    # not "by a NATO member", nor "approved by ministers at their meeting in Luxembourg": a place
    if after and not re.search(r"\b(?:a|an|one|in|at)\s+(?:the\s+)?$", text[: after[0].start]):
        return after[0]
    return None


def _attributed_to(text, found, context) -> Actor | None:
    """ "A further $320 million will go to ..., the White House said": the party the clause is
    attributed to."""
    said = re.search(
        r",\s+(?P<who>[^,;]{2,60}?)\s+(?:said|says|announced|added|confirmed|stated)\b[^,;]*$", text
    )
    if not said:
        return None
    named = [a for a in found if said.start("who") <= a.start < said.end("who")
             and _may_give(a, context)]  # fmt: skip
    return named[0] if named else None


def _carried_giver(text, found, context, number_, limit, before) -> tuple[Actor | None, bool]:
    """A giver the clause does not name: the government whose release says "we", or the party
    the sentences just before were about; none where an unnamed firm gives."""
    if UNNAMED_GIVER.search(text[:limit]):
        return None, False  # "when the manufacturer decided to donate the aircraft": no state's
    speaker = _who_says_we(text, context, number_)
    if speaker and (re.search(r"\b[Ww]e\b", text[:limit]) or re.search(r"\bfrom\s+us\b", text)):
        # "that we pledged", "Ukraine will keep getting ammunition from us": the government
        # whose release or minister's words it is
        return speaker, True
    labelled = _paragraphs_label(context)
    if labelled:
        return labelled, True
    if _carries_subject(text, found, context, number_, before):
        return context.last_subject[1], True
    return _the_one_named_before(text, found, context)


def _paragraphs_label(context) -> Actor | None:
    """ "Saudi Arabia: On 14 October, the Kingdom announced a US$ 400 million aid package": the
    giver a list's entry names before a colon."""
    label = re.match(r"\W*([A-Z][\w.'’ -]{1,40}?):\s", context.paragraph)
    named = actors(label.group(1)) if label else []
    if len(named) == 1 and named[0].end == len(label.group(1)) and _may_give(named[0], context):
        return named[0]
    return None


def _the_one_named_before(text, found, context) -> tuple[Actor | None, bool]:
    """ "We had a call with the Dutch foreign ministry. They will fund ...": the one party that
    may give which the sentence before names, for a clause that opens with "They" or "It"."""
    # (not "during a video call with U.S. President Joe Biden ..., he added": the one met)
    if any(_may_give(a, context) and not MET_WITH_BEFORE.search(text[: a.start]) for a in found):
        return None, False
    # "A reminder of what Boris Johnson offered yesterday. Addressing Ukraine's parliament ..., he
    # promised £300m": the official the sentence before names
    official = bool(re.match(r"\W*(?:[A-Z][^,;]{0,80},\s*)*(?:he|she)\b", text, re.I))
    if not (re.match(r"\W*(?:They|It)\b", text) or official):
        return None, False
    named = _givers_named_before(context, official)
    return (next(iter(named.values())), True) if len(named) == 1 else (None, False)


# "a video call with U.S. President Joe Biden": a party met, before the one acting.
MET_WITH_BEFORE = re.compile(rf"{CALL_WITH}(?:[\w.'’-]+\s+){{0,4}}$")


def _givers_named_before(context, officials_only: bool) -> dict:
    """The parties that may give which the sentence before names (by an official of theirs)."""
    return {a.key: a for a in actors(context.previous_sentence or "") if _may_give(a, context)
            and (not officials_only or a.how == "official")}  # fmt: skip


def _who_says_we(text, context, number_) -> Actor | None:
    """Whose "we" it is: in a quotation, the party the paragraph is about (""We will deliver
    5,000 helmets," she said", after "In Berlin, Christine Lambrecht ..."); else the government
    whose release the text is."""
    we = re.search(r"\b[Ww]e\b", text)
    at = context.sentence.find(text) + (we.start() if we else 0)
    quoted = len(re.findall(r"[\"“”]", context.sentence[: max(at, 0)])) % 2 == 1
    last = context.last_subject
    if quoted and last and last[0] == number_ and last[1].code not in TARGET_STATES:
        return last[1]
    return context.speaker


def _carries_subject(text, found, context, number_, before) -> bool:
    """Whether the clause goes on about the party the sentence just before was about: it says so
    ("It also ...") or names no party before its verb, and names no other giver."""
    last = context.last_subject
    if not last or last[0] < number_ - 1:
        return False
    # "Four lorries ... reached Poland and were handed over": a place before the verb names no
    # party of its own
    if before and not CARRY_SUBJECT.search(text):
        return False
    recipient_key = _recipient_key(context)
    return all(
        a.key == recipient_key or _own_named_as_adjective(text, a, last[1])
        for a in found
        # "to be handed to the Ukrainians on the Polish side": places and objects name no giver;
        # "the Iranian-made drones Russia has been firing": nor do the states under sanctions
        if a.code not in TARGET_STATES and not _a_place_or_object(text, a)
    )


def _a_place_or_object(text, actor: Actor) -> bool:
    """Whether the party is named as a place or an object: "on the Polish side", "reached
    Poland"."""
    return bool(re.search(
        r"\b(?:to|on|in|into|at|for|from|of|with|near)\s+(?:the\s+)?$",
        text[max(0, actor.start - 12) : actor.start],
    ))  # fmt: skip


def _own_named_as_adjective(text, actor: Actor, party: Actor) -> bool:
    """ "drawn from Canadian Armed Forces stocks": `party`'s own, named as an adjective."""
    return actor.key == party.key and (
        actor.how == "demonym" or bool(re.match(r"\s+[a-z]", text[actor.end :]))
    )


def _continues(text, found, context, number_) -> bool:
    last = context.last_pledge
    return (_last_told(last, context) >= number_ - 1 or context.list_open) and (
        CARRY_SUBJECT.search(text) is not None
        or any(a.key == last.fields["donor_code"] or a.name == last.fields["donor"] for a in found)
        or not found
    )


def _last_told(last: Draft, context) -> int:
    """The last paragraph that told of the pledge `last`: its own, one that listed its items
    ("It also lists 50 ..."), or one that broke its sum into parts ("The money comes from two
    separate pots")."""
    items = [i.get("paragraph", 0) for i in last.fields.get("items", [])]
    parts = [paragraph for paragraph, _, flag in context.sums
             if flag == "part_of_package" and paragraph >= last.paragraph]  # fmt: skip
    return max([last.paragraph, *items, *parts])


def _recipient(text, found, donor, context) -> Actor | None:
    """The party the clause gives to: the first named after "to", "for", "supply" and the like,
    else the country the text reports aid to; None for trade with a sanctioned state."""
    for actor in found:
        before = text[max(0, actor.start - 14) : actor.start].lower()
        if (
            actor.code in TARGET_STATES
            and re.search(
                r"\bto\s+$|\b(?:give|gave|giving|send|sending|sent|supply|supplying|provide|providing)\s+$",
                before,
            )
            and actor.how != "demonym"
            # not "drones that Tehran has supplied to Moscow": a clause on the items
            and not re.search(
                r"\b(?:that|which)\s+[A-Z]\w+\s+(?:has|have|had)\s+\w+ed\s+to\s+$",
                text[: actor.start],
            )
        ):
            return (
                None  # "to ship luxury goods to Russia", "Iran is preparing to give Russia drones"
            )
        if _given_to(actor, before, donor) and not _buys_for_another(text, actor):
            return actor
    return context.recipient if context.recipient and context.recipient.key != donor.key else None


def _buys_for_another(text, actor: Actor) -> bool:
    """ "NZ$7.5m for Britain to buy weapons on Ukraine's behalf": the party that spends the
    money for the recipient, not the recipient; nor "a video call with U.S. President Joe
    Biden": a party met."""
    return bool(
        re.match(r"\s+to\s+(?:buy|purchase|procure|acquire)\b", text[actor.end :])
        or MET_WITH_BEFORE.search(text[: actor.start])
    )


def _given_to(actor: Actor, before: str, donor: Actor) -> bool:
    """Whether the words `before` the party name it as the one given to: "to Ukraine", "supply
    Kyiv"; not the donor, a sanctioned state, or a place on the way ("left for Poland")."""
    if actor.key == donor.key or actor.code in TARGET_STATES or TRANSIT.search(before):
        return False
    return bool(
        re.search(r"\b(to|for|help|supply|with|into)\s+(the\s+)?$", before)
        or re.search(
            r"(supply|supplies|supplied|give|gave|send|sent|provide|provided|offer|offered)\s+$",
            before,
        )
    )


def _category(text: str) -> tuple[str | None, bool]:
    for category, words in CATEGORIES:
        if re.search(rf"\b(?:{words})", text, re.IGNORECASE):
            read = category == "military" and not re.search(
                r"\b(?:military|defen[cs]e|security assistance|weapons?|arms)\b", text, re.I
            )
            return category, read
    return None, False


def _category_of_sum(text: str, amount) -> tuple[str | None, bool]:
    """The category the words right after the sum say ("$20 billion in military assistance and
    $8.8 billion in economic support"), else the clause's."""
    if amount:
        named = _category(re.split(r",|\band\b", text[amount.end : amount.end + 60])[0])
        if named[0]:
            return named
    return _category(text)


def _lethality(text: str) -> str | None:
    if re.search(r"\blethal and non-lethal\b|\bnon-lethal and lethal\b", text, re.I):
        return "both"
    if re.search(r"\bnon-lethal\b", text, re.I):
        return "non_lethal"
    if re.search(r"\blethal\b", text, re.I):
        return "lethal"
    return None


def _pledge_fields(text, sentence, donor, recipient, amount, cue, admits, context, number_):
    readings, notes, flags = {}, [], []
    category = _pledge_category(text, amount, admits, readings, notes)
    fields = {
        "donor": donor.name, "donor_code": donor.code, "donor_kind": donor.kind,
        "recipient": recipient.name, "recipient_code": recipient.code,
        "recipient_kind": recipient.kind,
        "category": category, "lethality": _lethality(text),
        "status": "approved" if cue and STATUS.search(cue.group(0)) else "announced",
        "amount": None, "currency": None,
        "announced_on": None, "announced_precision": "unknown", "announced_as": "",
    }  # fmt: skip
    if not any(a.key == recipient.key for a in actors(sentence)):
        notes.append(f"The recipient is not named in this sentence: {recipient.name} is the "
                     f"country the source reports aid to.")  # fmt: skip
    if amount:
        fields["amount"] = amount_text(amount.amount)
        fields["currency"] = _currency(amount.currency, donor, readings, flags, notes)
    at = amount.start if amount else (cue.start() if cue else None)
    _date_fields(fields, notes, flags, _when(text, sentence, donor, context, number_, at))
    fields["description"] = _describe(fields)
    return fields, readings, notes, flags


def _pledge_category(text, amount, admits, readings: dict, notes: list) -> str | None:
    """The pledge's category as the clause states or implies it (noted when read from the items),
    humanitarian for people taken in without a sum."""
    category, category_read = _category_of_sum(text, amount)
    if admits and not amount:
        category = "humanitarian"
    if category_read:
        readings["category"] = "read"
        notes.append("Military aid is read from the words “lethal” or the items, not stated.")
    return category


def _currency(written: str, party, readings: dict, flags: list, notes: list) -> str | None:
    """The currency of a sum, read for `party` where the text writes a bare "$" (the reading
    noted and flagged)."""
    currency, note = read_currency(written, party)
    if note:
        readings["currency"] = "read"
        flags.append("read_currency")
        notes.append(note)
    return currency


def _date_fields(fields: dict, notes: list, flags: list, when: When | None) -> None:
    """The pledge's date fields from `when`, with its note, and flagged when worked out."""
    if not when:
        return
    fields["announced_on"] = when.on.isoformat() if when.on else None
    fields["announced_precision"] = when.precision if when.on else "unknown"
    fields["announced_as"] = when.words.strip()
    if when.note:
        notes.append(when.note)
    if when.on and (when.precision == "derived" or when.note):
        flags.append("derived_date")


def _when(text, sentence, donor, context, number_, at=None):
    """The date of the pledge the clause states at `at` (its sum or verb)."""
    at = len(text) if at is None else at
    text, sentence = _up_to_another_sum(text, sentence, at)
    found = _right_after_the_verb(text, _stated_dates(text, sentence, context), at)
    if found:
        # "Monday's package comes on top of a decision taken a day earlier to send ...": the
        # stated date is where the count starts.
        relative = RELATIVE_DAY.search(text, found[0].end, at)
        if relative and relative.start() - found[0].end < 120:
            return relative_date(text[relative.start() :], context, found[0]) or found[0]
        return found[0]
    relative = _relative_day(text, sentence, context)
    if relative:
        return relative
    # "That changed on Friday. ... Macron said France was delivering": the sentence before.
    floating = context.floating_date
    if floating and floating[0] == number_:
        return floating[1]
    return _date_told_before(sentence, donor, context, number_)


def _relative_day(text: str, sentence: str, context):
    """A day the clause tells from another ("a day later"), or its sentence's lead does: "Later
    that day, in Washington, Joe Biden unveiled ..."."""
    lead = sentence[: max(0, sentence.find(text))]
    return relative_date(text, context) or (relative_date(lead, context) if lead else None)


def _up_to_another_sum(text: str, sentence: str, at: int) -> tuple[str, str]:
    """The clause and its sentence up to a sum after the pledge's, not one in brackets: in "$45
    billion ..., more than the $37.7 billion the White House had asked for last month", the date
    is the other's."""
    later = [m for m in money(text) if m.start > at
             and not re.search(r"\(\s*(?:about|roughly|around|some|or|approximately)?\s*$", text[: m.start])]  # fmt: skip
    if not later:
        return text, sentence
    cut = text[: later[0].start]
    return cut, sentence[: sentence.find(text) + len(cut)] if text in sentence else sentence


def _right_after_the_verb(text, found: list[When], at: int) -> list[When]:
    """ "Today's guns come on top of the missiles Wallace promised earlier this month": of the
    dates found, the one told right after the verb (at `at`) is the pledge's."""
    right_after = [w for w in found if text[w.start : w.end] == w.words and w.start >= at
                   and re.fullmatch(r"[\w-]+\s+", text[at : w.start])]  # fmt: skip
    return right_after or found


# The words that turn from a pledge to earlier aid: "..., on top of the 5,000 delivered in February".
EARLIER_AID = re.compile(r"\b(?:on top of|in addition to|besides|after|following)\b")


def _stated_dates(text, sentence, context) -> list[When]:
    """The dates the clause states; failing those, its sentence's when it names no other party,
    or the day the sentence says the pledge was told; not the start of a period ("since
    March")."""
    found, where = dates(text, context.published), text
    lead = sentence[: max(0, sentence.find(text))]
    # not "Two days after the killings in Bucha came to light on April 3, Britain pledged"
    in_lead = (
        dates(lead, context.published)
        if re.fullmatch(
            r"(?![^,;]*\b(?:after|before|since|following|until)\b)[^,;]{0,90},\s*", lead, re.I
        )
        else []
    )
    if in_lead and all(
        EARLIER_AID.search(text[: w.start]) or starts_a_period(text, w) for w in found
    ):
        # "Earlier in August, Tokyo committed"; "In March, the Government decided to send 5,000
        # more, on top of the 5,000 delivered at the end of February", "On September 15, the
        # President authorized the 21st drawdown ... since August 2021": the lead's date
        found, where = in_lead, lead
    if not found and len(_givers_named(sentence, context)) <= 1:
        found, where = dates(sentence, context.published), sentence
    if not found:
        found, where = _day_told(sentence, context), sentence
    found = [_that_weekday(w, where, context) for w in found]
    return _not_the_dateline(_of_the_pledge(found, where), where)


def _of_the_pledge(found: list[When], where: str) -> list[When]:
    """The dates that may be the pledge's: not "since March" (where a period starts) nor "valid
    until Dec. 31" (where one ends), and, where others remain, not one inside "..., which
    abstained ... in late February, announced in early March"."""
    found = [w for w in found if not starts_a_period(where, w) and not _ends_a_period(where, w)]
    told = [w for w in found if not re.search(r",\s+(?:who|which)\b[^,;]*$", where[: w.start])]
    return told or found


def _ends_a_period(text, when) -> bool:
    """Whether the date is where a period ends: "an emergency decree valid until Dec. 31"."""
    return bool(
        re.match(r"\W*(?:until|till|through)\b", when.words, re.I)
        or re.search(r"\b(?:until|till|through|expir\w+ on|runs? (?:until|to))\s+(?:the\s+)?$",
                     text[: when.start], re.I)
    )  # fmt: skip


def _not_the_dateline(found: list[When], where: str) -> list[When]:
    """ "WASHINGTON, Oct 5 (Wire) - ... announced on Tuesday": the day told, not the day filed,
    unless the dateline's is the only date."""
    dateline = DATELINE.match(where)
    told = [w for w in found if not dateline or w.start >= dateline.end()]
    return told or found


def _that_weekday(when, text, context):
    """ "that Sunday's announcement": the day stated before, when it is that weekday, not the
    last such weekday before publication."""
    base = context.last_any_date and context.last_any_date[1]
    if (
        not base
        or not base.on
        or not when.on
        or not re.search(r"\bthat\s+$", text[max(0, when.start - 8) : when.start], re.I)
        or base.on.strftime("%A").lower() not in when.words.lower()
    ):
        return when
    note = (
        f"“that {when.words.strip()}” is the {base.on:%A} stated before "
        f"({base.words.strip()}, {base.on:%-d %B %Y})."
    )
    return type(when)(base.on, "derived", when.words, when.start, when.end, note)


def _givers_named(sentence, context) -> set[str]:
    """The keys of the parties the sentence names, other than sanctioned states and the country
    the text reports aid to."""
    return {a.key for a in actors(sentence) if a.code not in TARGET_STATES
            # "most of it for a NATO trust fund": where the money goes, not who gives; "in close
            # coordination with the United States": a partner, not another giver
            and not re.search(r"\b(?:for|to|into|through|via|(?:coordination|cooperation) with)\s+(?:an?\s+|the\s+)?$",
                              sentence[max(0, a.start - 24) : a.start])} - {
        context.recipient and context.recipient.key
    }  # fmt: skip


def _day_told(sentence, context) -> list[When]:
    """The day the sentence says a pledge was told, or the day of its opening scene."""
    # "Denmark will give ..., Norway ..., Lloyd Austin said on Monday": the day of the report
    said = [w for w in dates(sentence, context.published) if re.search(
        r"\b(?:said|says|told \w+|announced|confirmed)\s+(?:on\s+)?$", sentence[: w.start])]  # fmt: skip
    if said:
        return said[:1]
    lead = LEAD_PHRASE.match(sentence)
    if not lead:
        return []
    # "Standing in Kyiv on June 16 alongside ..., the French president said": the scene's day
    return dates(lead.group(0), context.published)[:1]


def _date_told_before(sentence, donor, context, number_):
    """The date of a pledge its clause does not date: one stated before for the same party, the
    day of a live report's entry, or that of the gathering the pledge is made at."""
    # A date stated earlier in the paragraph, or in the one before, for the same party; not for
    # a pledge the clause places at another time ("Even before the invasion, Prague had agreed").
    if OTHER_TIME.search(sentence):
        return None  # "Last week the ministry announced ...": at another time, its day unknown
    last = context.last_date.get(donor.key)
    if last and last[0] >= number_ - 1:
        when = last[1]
        note = f"The date is given in paragraph {last[0]}, which reports the same announcement."
        return type(when)(when.on, when.precision, when.words, when.start, when.end,
                          " ".join(filter(None, [when.note, note])))  # fmt: skip
    same = _same_occasion(sentence, donor, context, number_)
    if same:
        return same
    # "10:20 — ... says the bloc will put another €500 million": a live report's entry of the day.
    stamp = TIMESTAMP.match(context.paragraph)
    if stamp and context.published:
        note = (f"An entry of a live report timed {stamp.group('time')}: the day of publication, "
                f"{context.published:%-d %B %Y}.")  # fmt: skip
        return When(context.published, "derived", stamp.group("time"), 0, 0, note)
    return _event_date(context) or _the_day_filed(sentence, donor, context)


def _the_day_filed(sentence, donor, context) -> When | None:
    """ "WASHINGTON, June 23, 2022 — ... Austin has authorized ... $450 million": a release's
    news, told as done by the day it was filed, is of that day; not another party's pledge it
    tells in passing ("Denmark has committed DKK 250 million", in the World Bank's release)."""
    filed = context.filed
    own = context.speaker
    if own and donor.key != own.key:
        return None
    if not filed or not re.search(r"\b(?:has|have)\s+(?:now\s+|today\s+)?\w+(?:ed|en)\b", sentence):
        return None
    note = f"The release is dated {filed.words.strip()} and tells this as done by then."
    return When(filed.on, "derived", filed.words, 0, 0, note)


def _same_occasion(sentence, donor, context, number_) -> When | None:
    """ "Berlin is also putting €5 million ...": the date of the same donor's pledge just told in
    this paragraph; "At the same time, ...": the occasion told before; "Romania's contribution
    on the same trip": the date told just before."""
    last = context.last_pledge
    if (re.search(r"\balso\b", sentence)
            and last and last.paragraph == number_
            and last.fields["donor"] == donor.name and last.fields["announced_on"]):  # fmt: skip
        note = f"The date is that of {donor.name}'s pledge told just before in this paragraph."
        return When(datetime.date.fromisoformat(last.fields["announced_on"]),
                    last.fields["announced_precision"], last.fields["announced_as"], 0, 0, note)  # fmt: skip
    if re.match(r"\W*(?:At the same time|On the same day|The same day)\b", context.paragraph):
        return _the_occasion_before(donor, context)
    return _that_occasion(sentence, context, number_)


def _the_occasion_before(donor, context) -> When | None:
    """ "At the same time, the Government is stepping up ... Norway will provide": the date of
    the donor's news last dated, else of the last pledge told."""
    own = context.last_date.get(donor.key)
    if own:
        note = f"The paragraph opens on the occasion paragraph {own[0]} dates ({own[1].words.strip()})."
        return type(own[1])(own[1].on, "derived", own[1].words, 0, 0, note)
    last = context.last_pledge
    if not (last and last.fields["announced_on"]):
        return None
    note = f"The paragraph opens on the occasion of the pledge told in paragraph {last.paragraph}."
    return When(datetime.date.fromisoformat(last.fields["announced_on"]), "derived",
                last.fields["announced_as"], 0, 0, note)  # fmt: skip


def _that_occasion(sentence, context, number_) -> When | None:
    """ "Romania's contribution on the same trip": the date told just before."""
    told = context.last_any_date
    if not (told and told[0] >= number_ - 1 and re.search(
            r"\b(?:on|during)\s+(?:the same|that|this)\s+(?:trip|visit|day|occasion|tour)\b", sentence, re.I)):  # fmt: skip
        return None
    when = told[1]
    note = f"That occasion is the one paragraph {told[0]} dates ({when.words.strip()})."
    return type(when)(when.on, "derived", when.words, when.start, when.end,
                      " ".join(filter(None, [when.note, note])))  # fmt: skip


def _event_date(context):
    """ "told the conference", "the Czech delegation": a pledge made at a gathering dated before."""
    if not context.event:
        return None
    paragraph_, when, noun, place = context.event
    # "The United Kingdom also used the occasion to announce ...": the gathering told before
    at = rf"\b(?:{noun}|{AT_EVENT}|(?:used|took) the occasion{'|' + re.escape(place) if place else ''})\b"
    if not re.search(at, context.previous_paragraph + context.paragraph, re.I):
        return None
    note = (f"The pledge is made at the {noun} that paragraph {paragraph_} dates "
            f"({when.words.strip()}).")  # fmt: skip
    return type(when)(when.on, "derived", when.words, when.start, when.end,
                      " ".join(filter(None, [when.note, note])))  # fmt: skip


def _describe(fields) -> str:
    kind = {"military": "Military aid", "humanitarian": "Humanitarian aid",
            "financial": "Financial support"}.get(fields["category"], "Aid")  # fmt: skip
    to = (
        f" to {in_sentence(fields['recipient'], fields['recipient_kind'])}"
        if fields["recipient"]
        else ""
    )
    return f"{kind} from {in_sentence(fields['donor'], fields['donor_kind'])}{to}."


def _pledge_quote(text, amount, cue, admits, listed) -> tuple[int, int]:
    if amount:
        start = amount.start
        prefix = re.search(r"(?:\b(?:an?|another|additional|further|extra|new)\s+)+$", text[:start])
        if prefix:
            start = prefix.start()
        tail = re.match(r"(?:\s+(?!(?:to|for|on|from|by|at|as|into|and|while)\b)[\w’'-]+){0,4}",
                        text[amount.end :])  # fmt: skip
        return start, amount.end + (tail.end() if tail else 0)
    match = cue or admits
    if match is None:
        return listed[0].start, listed[0].end
    start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
    if listed and listed[0].start < start and COUNTED_PROMISE.search(text[: match.end()]):
        # "the four IRIS-T SLM systems that Berlin has promised Kyiv", up to the clause's verb
        tail = re.match(r"(?:\s+(?!(?:are|is|was|were|will|would|have|has|had)\b|[a-z]+ed\b)"
                        r"[\w’'.-]*\w){0,7}", text[match.end() :])  # fmt: skip
        return listed[0].start, match.end() + tail.end()
    tail = re.match(r"(?:\s+[\w’',.-]*\w){0,7}", text[match.end() :])
    return start, match.end() + tail.end()


def _add_items(draft_: Draft, listed, number_, text) -> None:
    existing = {item["name"].lower(): item for item in draft_.fields.setdefault("items", [])}
    for item in listed:
        known = existing.get(item.name.lower())
        if known is not None:
            if known["quantity"] is None and item.quantity is not None:
                # "will send assault rifles ... – 2,500 assault rifles": the count stated later
                known.update(quantity=item.quantity, unit=item.unit, paragraph=number_,
                             quote=item.words)  # fmt: skip
            continue
        entry = {"name": item.name, "quantity": item.quantity, "unit": item.unit,
                 "item_type": item.item_type, "paragraph": number_, "quote": item.words}  # fmt: skip
        if item.item_type in NEW_KINDS:
            entry["item_type_name"], entry["item_type_lethal"] = NEW_KINDS[item.item_type]
        draft_.fields["items"].append(entry)
        existing[item.name.lower()] = entry


def _same_or_undated(a: Draft, b: Draft) -> bool:
    dated = {a.fields["announced_on"], b.fields["announced_on"]} - {None}
    return len(dated) <= 1


def _same_parties(a: Draft, b: Draft) -> bool:
    return (a.fields["donor"], a.fields["recipient"]) == (b.fields["donor"], b.fields["recipient"])


@dataclass
class _Sum:
    """A sum a clause states, with what the rules reading what it is look at."""

    text: str  # the clause
    amount: Money
    before: str  # the clause up to the sum, without a qualifier ("to about $3.8 billion")
    after: str  # the clause after the sum
    donor: Actor | None  # the clause's donor
    found: list[Actor]  # the parties the clause names
    context: Context
    earlier: list[Money]  # the clause's sums before this one
    number: int  # the paragraph's number


def _not_a_pledge(text, amount, donor, found, context, earlier, number_) -> str | None:
    """Why a sum is not one donor's pledge ("aggregate", "running_total", "part_of_package",
    "earlier", or "background" for a sum that is no one's aid), or None."""
    before = QUALIFIED.sub("", text[: amount.start])  # "to about $3.8 billion"
    if earlier and re.search(r"\bbetween\b[^.;]*\band\s+$", before):
        # "at between €500 billion and €600 billion": the second end of the same range
        return _flag_of(earlier[-1], context)
    told = _told_around_it(text, amount, context, earlier)
    if told:
        return told
    sum_ = _Sum(text, amount, before, text[amount.end :], donor, found, context, earlier, number_)
    # Tried in this order: the first reading that applies says what the sum is.
    for reading in (
        _by_its_wording,
        _no_ones_aid,
        _by_the_words_after,
        _by_the_words_before,
        _given_so_far,
        _a_donors_tally,
        _stated_again,
        _of_many_donors,
        _a_part_restated,
        _a_part_of_a_sum_before,
        _the_rest_of_a_breakdown,
    ):
        flag = reading(sum_)
        if flag:
            return flag
    return None


# "That package follows three others.": the sums of the next sentence are the earlier ones.
FOLLOWS_OTHERS = re.compile(
    r"\b(?:follows|comes after|came after|builds on)\s+(?:the\s+)?(?:two|three|four|five|several|\d+)\s+"
    r"(?:others|earlier ones|previous ones|(?:earlier|previous|other)\s+[\w-]+)\W*$",
    re.IGNORECASE,
)


def _told_around_it(text, amount, context, earlier) -> str | None:
    """A sum the sentences around it make earlier aid, a total or a claim: listed after earlier
    aid ("following transfers of $1.3 billion in June and $1.7 billion in July") or beside a
    total ("and that of the government to $1.5 billion"), after "That package follows three
    others." or in "It comes three weeks after ...", counted with all so far, or quoted from
    posts."""
    if earlier and _listed_after_earlier_aid(text, earlier[-1], amount, context):
        return "earlier"
    if earlier and _a_total_told_alike(text, earlier[-1], amount, context):
        return "running_total"
    if _earlier_ones_told(context):
        return "earlier"
    if _counting_it_all(context.sentence, text, amount):
        return "running_total"
    if _a_claim_quoted(context.sentence, text, amount):
        return "background"  # posts saying Washington "handed Ukraine $113 billion": a claim
    return None


def _earlier_ones_told(context) -> bool:
    """Whether the sentence tells earlier aid: after "That package follows three others.", or
    in "It comes three weeks after ..." or "Earlier deals include ..."."""
    return bool(
        FOLLOWS_OTHERS.search(context.previous_sentence or "")
        or COMES_AFTER.match(context.sentence)
        or EARLIER_ONES.match(context.sentence)
    )


def _counting_it_all(sentence: str, text: str, amount) -> bool:
    """ "Counting that decision, Tallinn has now provided about €250 million": all so far."""
    return bool(
        re.match(r"\W*Counting\s+(?:that|this|the|it)\b", sentence)
        and re.search(r"\b(?:has|have)\s+now\s+\w+\s+(?:about\s+|some\s+|over\s+)?$",
                      text[: amount.start])
    )  # fmt: skip


# "Earlier deals include a loan of up to €300mn ...": the sums of earlier ones.
EARLIER_ONES = re.compile(
    r"\W*(?:Earlier|Previous|Past)\s+(?:deals|loans|pledges|packages|grants|commitments|aid|"
    r"tranches|donations)\b"
)
# "Put together, Ukrenergo is getting roughly €372mn": a sum of the pledges just told.
PUT_TOGETHER = re.compile(r"\W*(?:Put together|Taken together|Together|Combined|All told|In all),")
# "It comes three weeks after ...", "The package came days after ...": what it follows.
COMES_AFTER = re.compile(
    r"\W*(?:It|This|That|The (?:package|announcement|aid|move|pledge))\s+(?:comes|came)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:after|on the heels of)\b"
)


def _a_claim_quoted(sentence: str, text: str, amount) -> bool:
    """Whether the sum is inside a quotation a sentence reports as a claim: "Posts circulating
    ... say Washington “handed Ukraine $113 billion in 2022”"."""
    at = sentence.find(text) + amount.start if text in sentence else -1
    before = sentence[: max(at, 0)]
    return (
        at >= 0
        and inside_quotation(before)
        and bool(
            re.search(
                r"\b(?:posts?|claims?|claimed|rumou?rs?|social media|viral|memes?|shared|circulating)\b",
                before,
                re.I,
            )
        )
    )


def _flag_of(stated: Money, context) -> str | None:
    """The flag the sum `stated` (one the text stated before) was drafted with."""
    return next((flag for _, value, flag in reversed(context.sums) if value == stated.amount), None)


def _a_total_told_alike(text, last, amount, context) -> bool:
    """Whether the sum follows a running total of the clause, told alike for another: "take its
    contribution to more than $1 billion, and that of the US government as a whole to over"."""
    flag = _flag_of(last, context)
    return flag == "running_total" and bool(re.fullmatch(
        r"[^.;]{0,40}?,?\s+and\s+(?:that|those)\s+of\b[^.;]{0,80}?\bto\s+"
        r"(?:over\s+|more than\s+|about\s+|nearly\s+|almost\s+)?", text[last.end : amount.start]))  # fmt: skip


def _listed_after_earlier_aid(text, last, amount, context) -> bool:
    """Whether the sum follows, in one list, a sum of the clause flagged as earlier aid."""
    flag = _flag_of(last, context)
    return flag == "earlier" and bool(
        re.fullmatch(
            r"(?:\s+(?:in|on|of)\s+[\w.]+(?:\s+\d+)?)?,?\s+(?:and\s+)?",
            text[last.end : amount.start],
        )
    )


def _worded_as_a_part(s: _Sum) -> bool:
    """ "the first €600 million was paid", "€1 billion of the package"; not "A second $400m
    package, announced on 23 November" (another package)."""
    if re.match(r"\s+of\s+(?:the|this|that|its)\s+(?:package|total|sum|amount|loan)\b", s.after):
        return True
    whole = re.match(
        r"\s+of\s+the\s+[A-Z]{0,3}[$€£¥][\d.,]+(?:\s*(?:million|billion|bn|m)\b)?", s.after
    )
    if whole and not re.match(
        r"\s+(?:sought|needed|requested|asked|raised|appealed)\b", s.after[whole.end() :]
    ):
        return True  # "$50 million of the $100 million had already been allocated"
    # "A second $400m package", "proposed a second €500 million for Ukraine", "a third €500m
    # tranche from the European Peace Facility"
    another = re.search(r"\b[Aa]\s+(?:second|third)\s+$", s.before) and re.match(
        r"\s+(?:(?:[\w-]+\s+)?(?:package|drawdown|tranche)\b|(?:for|to)\s+[A-Z])", s.after
    )
    return bool(
        re.search(r"\b(?:the\s+)?(?:first|second|third|final|remaining|last)\s+$", s.before, re.I)
        and not _agreed_as_its_own(s)
        and not another
    )


def _by_its_wording(s: _Sum) -> str | None:
    """A sum worded as a part ("the first €600 million"), as coming from several parties, as a
    rise from one sum to another, or as the sum before converted."""
    if _worded_as_a_part(s):
        return "part_of_package"  # "the first €600 million was paid", "€1 billion of the package"
    if re.search(
        r"\b(?:alone|itself|by themselves)\s+(?:was|were|is|are|would be|will be)\s+"
        r"(?:valued|put|priced|estimated)\s+at\s+$|\balone\s+(?:is|was)\s+worth\s+$",
        s.before,
        re.I,
    ):
        return "part_of_package"  # "The equipment alone was valued at 400 million kronor"
    if _valued_part(s):
        return "part_of_package"  # "$60.9 million package ... The carriers, valued at $12 million"
    if _from_several(s):
        return "aggregate"  # "$139 million came as guarantees from the Netherlands ... and Sweden"
    if re.match(r"\W*(?:That|This|These|Those)\s+$", s.before):
        return "part_of_package"  # "€2.5m ..., then a further €15m ... That €17.5m": told again
    if _a_rise(s):
        return "running_total"  # "lifted the sum from 400 million kroner to 1 billion kroner"
    if s.earlier and re.search(
        r"(?:,\s*|\(\s*)(?:or\s+)?(?:about\s+|roughly\s+|some\s+|around\s+)?$", s.before[-20:]
    ):
        return "background"  # "1 billion kroner, or about $142 million": the same sum converted
    return None


def _valued_part(s: _Sum) -> bool:
    """ "... 14 carriers and 20 Bushmasters in a new $60.9 million package. The carriers, valued
    at $12 million, ...": the worth of items of the package just told, by the same donor."""
    return bool(
        re.search(
            r"\b(?:(?:are|is|were|was)\s+)?(?:valued|priced|costed)\s+at\s+(?:about\s+|some\s+|around\s+)?$",
            s.before,
        )
        # the items of the package ("The M113 carriers"), not a new package of its own ("The
        # latest package, valued at C$20 million")
        and re.match(
            r"\W*The\s(?!(?:[\w-]+\s+){0,2}(?:package|tranche|aid|grant|loan|contribution)\b)",
            s.text,
        )
        and _larger_sum_before(s)
        and _of_the_last_donor(s)
    )


def _a_rise(s: _Sum) -> bool:
    """Whether the sum is one end of a rise "from" one sum "to" another: both are running
    totals."""
    if re.search(r"\bfrom\s+$", s.before):
        return bool(re.match(r"\s+to\s+(?:about\s+|some\s+)?\S*\d", s.after))
    return bool(re.search(r"\bfrom\s+\S*\d[^.;]{0,30}?\s+to\s+(?:about\s+|some\s+)?$", s.before))


def _agreed_as_its_own(s: _Sum) -> bool:
    """Whether "the first" sum is an earlier pledge agreed on its own ("The first €500m was
    agreed by EU ministers on 27 February"), not a part of one being paid out."""
    return bool(
        re.match(
            r"\s+(?:was|were|had been)\s+(?:agreed|approved|pledged|promised|announced|committed)\b",
            s.after,
        )
    )


def _from_several(s: _Sum) -> bool:
    """Whether the sum comes "from" two or more parties named after it; not "from its
    Emergency Grant Aid to UNHCR's operations in Moldova" (its own fund, to others)."""
    source = re.match(
        r"\s+(?:\w+\s+){0,4}?from\b(.*?)(?:\s(?:to|for)\s|$)",
        s.after,
    )
    givers = [a for a in actors(source.group(1)) if _may_give(a, s.context)] if source else []
    return len({a.key for a in givers}) >= 2


def _no_ones_aid(s: _Sum) -> str | None:
    """A sum that is no one's aid (in a condition, a share of output, spending at home, history),
    or that of many pledges."""
    if re.match(r"\W*If\b", s.context.sentence) or re.match(
        r"\s+(?:output|economy|GDP|a year in output)\b|\s+is\s+(?:\w+\s+)?[\d.]+\s*(?:%|per\s*cent)",
        s.after,
    ):
        return (
            "background"  # "If each committed ...", "its €3.6 trillion output", "is 0.01 per cent"
        )
    if re.match(
        r"\s+(?:\w+\s+){0,3}?for\s+(?:their|the)\s+(?:reception|housing|accommodation|schooling)\b",
        s.after,
    ):
        return "background"  # "€1 billion this year for their reception": spending at home
    if re.search(r"\b(?:19\d\d|200\d|201[0-3])\b", s.text):
        return "background"  # "Between 1948 and 1952 the United States spent about $13 billion"
    if re.search(
        r"\b(?:pledges|commitments|contributions|promises)\s+(?:worth|totalling|of)\s+$", s.before
    ) and not re.search(r"\b(?:made up of|consist\w* of|compris\w*)\s[^.;]{0,60}$", s.before):
        # not "a package made up of materiel and financial contributions worth SEK 3 billion"
        return "aggregate"  # "had gathered pledges worth close to $2 billion"
    return None


# What the words just after a sum say it is, in the order they are tried.
AFTER_A_SUM = (
    # "a one-off €100 billion fund to modernise the German armed forces": spending at home
    (
        r"\s+(?:[\w-]+\s+){0,2}fund\s+to\s+(?:modernise|modernize|re-?equip|strengthen|upgrade)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:own\s+|national\s+|[A-Z]\w+\s+)?(?:armed forces|army|military|forces|Bundeswehr)\b",
        "background",
    ),
    # "600 million dollars which Japan has already committed": given before
    (
        r"\s+(?:[\w-]+\s+){0,3}?(?:which|that)\s+(?:[A-Z][\w.]*\s+){1,3}(?:has|have|had)\s+already\s+(?:committed|provided|given|pledged|sent|spent)\b",
        "earlier",
    ),
    # "€1 billion pledged by the Commission together with the EBRD": two givers' sum
    (
        r"\s+(?:[\w-]+\s+){0,2}(?:pledged|committed|provided)\s+by\s+[^.;]{0,60}?\btogether\s+with\b",
        "aggregate",
    ),
    # "€193 million allocated to people in need in the east of the country before this year"
    (
        r"\s+(?:[\w-]+\s+){0,3}(?:allocated|provided|given|spent)\b[^.;]{0,80}?\bbefore\s+this\s+year\b",
        "earlier",
    ),
    # "£1.7bn of UK export finance agreed last year": given before
    (
        # not "€1.6 billion in addition to loans approved last year", "more than it promised
        # last year": the sum is new
        r"\s+(?:(?!(?:to|than|beyond|what|besides|top)\b)[\w-]+\s+){0,5}?"
        r"(?:agreed|pledged|promised|committed|approved)\s+last\s+year\b",
        "earlier",
    ),
    # "a cap of $60 a barrel": a price
    (r"\s+(?:to\s+(?:US)?\$?\d+\s+)?(?:a|per)\s+barrel\b", "background"),
    # "493 million euros has not yet been assigned": the rest of a total, not yet given
    (
        r"\s+(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:assigned|allocated|earmarked|committed)\b",
        "part_of_package",
    ),
    # "(about $100 million at current exchange rates)": the sum in another currency
    (r"\s+at\s+(?:current|today['’]s)\s+exchange\s+rates?\b", "background"),
    # "up to 200 billion francs of Russian money": a target's wealth
    # ("roughly €300bn of the Russian central bank's reserves remain immobilised")
    (
        r"\s+of\s+(?:the\s+)?(?:Russian|Russia['’]s|Moscow['’]s)\s+(?:central\s+bank['’]s\s+)?(?:money|assets|funds|wealth|reserves)\b",
        "background",
    ),
    # "compared with the €1bn it has given Ukraine for weapons": all it has given
    (
        r"\s+(?:it|they|he|she|we)\s+(?:has|have|had)\s+(?:already\s+)?(?:given|provided|sent|committed|spent)\b",
        "running_total",
    ),
    # "paid out 2 billion euros, the first tranche of a 5 billion-euro loan": a payment of it
    (
        r",\s+the\s+(?:first|second|third|fourth|final|last)\s+(?:tranche|instal(?:l)?ment|part|payment)\s+of\b",
        "part_of_package",
    ),
    # "about US$26 million held by a company linked to Roman Abramovich": a target's money
    (r"\s+(?:held|frozen|seized)\s+(?:by|in)\b", "background"),
    # "Direct budget support, United States: $13bn committed; roughly $8.5bn disbursed": a ledger
    (
        r"\s+committed\s*(?:$|[;,]\s+(?:roughly\s+|about\s+|some\s+)?\S+\s+(?:disbursed|delivered|paid))",
        "running_total",
    ),
    # "$13bn committed; roughly $8.5bn disbursed": paid out so far
    (
        r"\s+(?:disbursed|delivered|paid out)\s*(?:$|[;,.]|\s+(?:so far|to date)\b)",
        "running_total",
    ),
    # "have spent some EUR 90 million on their accommodation": the cost of refugees at home
    (
        r"\s+on\s+(?:their|the|its)?\s*(?:accommodation|housing|education|social support|refugees)\b",
        "background",
    ),
    # "would use C$406m of that to buy a NASAMS system": a part of the sum just told
    (
        r"\s+of\s+(?:that|it|this|the\s+(?:package|money|sum|total))\s+(?:to|for|on)\b",
        "part_of_package",
    ),
    # "found €200bn for an energy price shield": spending at home
    (
        r"\s+for\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:price shield|price cap|subsidies)\b",
        "background",
    ),
    # "and to more than $2.4bn since Biden took office": a tally since a starting point
    (
        r"(?:\s+(?!biggest|largest|first|latest|most)[\w-]+){0,4}?\s+since\s+(?:the\s+(?:war|invasion|start|beginning|outbreak)\b|[A-Z][\w.]*\s+(?:took office|came to power)\b)",
        "running_total",
    ),
    # "€1.3 billion of loans the bank signed in Ukraine before the war": aid of before the war
    (
        r"\s+(?:[\w-]+\s+){1,8}?before\s+the\s+(?:war|invasion)\b(?!['’]s|\s+(?:ends|is over|began|enters|started))",
        "earlier",
    ),
    # "$11bn over five years to shore up food security around the world": not aid to one state
    (
        r"(?:(?!Ukrain)[^.;]){0,60}?\b(?:food security|hunger|famine)\s+(?:around the world|worldwide|globally)\b"
        r"|\s+(?:to|for)\s+(?:global|world)\s+food\s+security\b",
        "background",
    ),
    # "£4bn of trade", "€100 billion of investment"
    (r"\s+(?:of|in)\s+(?:\w+\s+)?(?:trade|exports|imports|goods|investment)\b", "background"),
    # "a €100m grant programme agreed years ago": a promise of long before
    (
        r"\s+(?:[\w-]+\s+){0,3}?(?:agreed|approved|signed|promised|pledged|announced)\s+(?:\w+\s+)?"
        r"(?:years|months|a year|long)\s+ago\b",
        "earlier",
    ),
    # "Generators worth more than €11 million, bought earlier, are already on their way"
    (
        r"\s*,?\s+(?:[A-Z][\w-]+\s+)?(?:bought|ordered|pledged|promised|announced|sent|delivered|"
        r"paid(?: for)?|gave|given)\s+(?:earlier|before|previously)\b",
        "earlier",
    ),
    # "£200m had already been handed over"
    (r"\s+(?:\w+\s+)?(?:had|has|have)\s+already\s+been\b", "running_total"),
    # "$300bn of Russian central bank reserves", "kroner cash flow"
    (
        r"\s+(?:of|in)\s+(?:\w+\s+){0,4}?(?:reserves|assets)\b|\s+(?:\w+\s+)?(?:cash flow|revenues?|surplus)\b",
        "background",
    ),
    # "€6.3 billion of Hungary's own EU funds frozen", "$5.4 million seized from Konstantin
    # Malofeyev": money held back, no one's aid
    (
        r"\s+(?:of\s+)?[^.;,]{0,40}?\b(?:frozen|withheld|immobili[sz]ed|seized|confiscated|forfeited)\b",
        "background",
    ),
    # "a $624.6 million contract modification awarded to Raytheon", "a $340 million Stinger order
    # placed last year on behalf of a foreign customer": industry's orders, no one's gift
    (
        r"\s+(?:[\w-]+\s+){0,2}?contract\s+(?:modification\s+)?awarded\s+to\b"
        r"|\s+(?:[\w-]+\s+){0,2}?order\s+placed\b[^.;]{0,30}?\bon behalf of\b",
        "background",
    ),
    # "to defer payments on roughly $20 billion of Ukrainian debt": a debt, no one's aid
    (r"\s+of\s+(?:[\w'’-]+\s+)?debt\b(?!\s+relief)", "background"),
    # "the $778 billion national defense budget": a budget, no one's aid
    (r"\s+(?:[\w-]+\s+){0,2}?(?:defen[cs]e|military)\s+budget\b", "background"),
    # "would raise more than €140 billion for hard-pressed European households": spending at home
    (
        r"\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+)?(?:European|domestic|hard-pressed)\s+(?:[\w-]+\s+)?"
        r"(?:households|consumers|businesses|companies)\b",
        "background",
    ),
    # "set aside C$76 million this autumn for a new sanctions enforcement bureau": its own office
    (
        r"\s+(?:[\w-]+\s+){0,3}?for\s+(?:a|an|its)\s+(?:new|own)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:bureau|office|unit|directorate|agency)\b",
        "background",
    ),
    # "a $1.7 trillion spending bill": a budget, no one's pledge
    (
        r"\s+(?:\w+\s+){0,2}?(?:spending|budget|omnibus|appropriations?|government funding)\s+(?:bill|package|law|act)\b",
        "background",
    ),
    # "the administration's $33 billion request": asked of Congress
    (r"\s+(?:\w+\s+)?request\b", "background"),
    # "set aside about €2 billion for oil infrastructure in landlocked member states": the EU's
    # spending on its own members
    (r"\s+(?:[\w-]+\s+){0,4}?for\s+[^.;]{0,60}?\bin\s+(?:[\w-]+\s+)?member states\b", "background"),
    # "a further $20 million could follow depending on conditions": not yet given
    (r"\s+(?:could|might|may)\s+(?:follow|come)\b", "background"),
    # "the $33 billion the White House asked for": asked, not given
    (
        r"\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}(?:had\s+)?(?:asked for|requested|sought)\b",
        "background",
    ),
    # "2,200 lei ($120) a month": a rate paid to each person
    (
        r"\)?(?:\s*\([^)]{0,30}\))?\s+(?:a|per|for each)\s+(?:month|year(?!\s+ago)|person|head|family|day|week|barrel|tonne|ton|litre|unit|share|"
        r"guest|refugee|household|child)\b"
        # "a £350 monthly thank-you payment"
        r"|\s+(?:monthly|weekly|daily)\b",
        "background",
    ),
    # "a one-off €100bn fund to re-equip the armed forces": spending on its own forces
    (
        r"\s+(?:[\w-]+\s+){0,2}?to\s+(?:re-?)?(?:equip|arm|moderni[sz]e)\s+(?:the|its)\s+(?:own\s+)?"
        r"(?:armed forces|army|military|Bundeswehr)\b",
        "background",
    ),
)


def _by_the_words_after(s: _Sum) -> str | None:
    """A sum the words just after it say is trade, reserves, a request, a rate or money already
    handed over."""
    for pattern, flag in AFTER_A_SUM:
        if re.match(pattern, s.after):
            return flag
    return None


# "no official or independent source comes anywhere near €10 billion": a claim denied.
# "when they are expected to approve a further €500m", "Congress is still working through the
# request Joe Biden sent last Thursday for $33bn": a pledge still to come or only asked for.
EXPECTED_TO_GIVE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:widely\s+|also\s+)?expected\s+to\s+(?:approve|agree|adopt|sign off on|sign off|"
    r"announce|unveil|pledge|give|provide|commit|release)\s+(?:(?:a|another|a further|an additional|up to|some|about)\s+)*$"
    r"|\brequest\s+(?:[\w'’-]+\s+){0,6}?for\s+(?:(?:up to|some|about|another|a further)\s+)?$"
    r"|\bcomes?\s+(?:anywhere\s+)?(?:near|close to)\s+$"
    # "fixes the cap at $60": a price; not "a loan with a cap of €5 billion"
    r"|\b(?:price\s+cap\s+(?:of|at)|cap\s+at)\s+(?:about\s+|some\s+)?$"
    # "At the current exchange rate, the whole package is worth close to 4.9 billion lei"
    # (the sum converted, not the grant's own "20 billion yen" it is converted from)
    r"|\bat\s+(?:the\s+)?(?:current|today['’]s)\s+exchange\s+rates?\b[^.;]{0,80}?"
    r"\b(?:worth|equivalent\s+to|equal\s+to|comes?\s+to|amounts?\s+to|is|are|was|were)\s+"
    r"(?:close\s+to\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$"
    # "only donations below $100,000 count": a threshold
    r"|\b(?:donations|gifts|contributions|payments)\s+(?:of\s+)?(?:below|under|above|over|more than|less than)\s+$",
    re.IGNORECASE,
)


def _not_given_yet(s: _Sum) -> bool:
    """Whether the sum is only expected, asked for or proposed."""
    return bool(EXPECTED_TO_GIVE.search(s.before)) or not_yet_decided(s.context)


def _by_the_words_before(s: _Sum) -> str | None:
    """A sum the words before it say is a need, a cost or a budget, earlier aid the pledge comes
    on top of, or a running total."""
    if _no_ones_aid_before(s) or _not_given_yet(s):
        return "background"  # a need, a cost, or a sum only asked for or proposed
    told = _of_the_pledge_just_told(s)
    if told:
        return told
    if _earlier_aid_before(s) or GIVEN_BEFORE.search(s.before):
        return "earlier"  # "Rome, which transferred €110 million ... at the end of February, will"
    if (RUNNING_TOTAL.search(s.before[-120:]) and not LARGEST_SO_FAR.search(s.before)) or (
        re.search(r"\bbring\w*\b", s.before) and re.search(r"\bto\s+$", s.before)
    ):
        return "running_total"
    return None


def _of_the_pledge_just_told(s: _Sum) -> str | None:
    """A sum of the pledge just told: one of its payments ("Payments have followed a stop-start
    rhythm: €2 billion ..."), or its value in another currency ("The loan, worth roughly $5
    billion with the euro close to parity")."""
    last = s.context.last_pledge
    if last is None:
        return None
    if PAYMENTS.match(s.context.sentence):
        return "part_of_package"
    return "background" if last.fields.get("amount") and PLEDGE_WORTH.match(s.before) else None


def _bought_or_signed_for_the_recipient(s: _Sum) -> bool:
    """ "would buy a NASAMS system ... for Ukraine, at a cost of C$406m", "signed a spending bill
    containing $13.6bn in emergency funding for Ukraine": given to the recipient (not "buy
    ammunition for the Bundeswehr", nor a bill's "$1.5 trillion to fund the government")."""
    recipient = s.context.recipient
    if GIFT_AT_A_COST.search(s.before):
        return (
            True  # "Canada would fund more than 20,000 rounds ... at a cost of up to $98 million"
        )
    bought = BOUGHT_FOR.search(s.before)
    if bought:
        return bool(recipient) and any(a.key == recipient.key for a in actors(bought.group(0)))
    return bool(SIGNED_BILL.search(s.before)) and bool(
        re.match(r"\s+(?:in|of)\s+(?:[\w-]+\s+){0,3}(?:aid|assistance|funding|support)\b", s.after)
    )


# "under a contract worth about $1 billion signed with Hanwha", "The 2022-23 Budget ... provides
# $48.6 billion for Defence": spending on one's own forces; or the source a sum is drawn from.
OWN_FORCES_SPENDING = re.compile(
    r"\bcontract\s+(?:worth|valued at|of)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$"
    r"|\bBudget\b[^.;]{0,60}?\bprovides\s+(?:about\s+|some\s+)?$"
    # "Both loans are drawn from the up to $1 billion in new loan resources": their source
    r"|\b(?:drawn|come|comes|came|paid)\s+(?:from|out\s+of)\s+(?:the\s+)?(?:up\s+to\s+)?$"
)


# "Washington's most recent package, announced last Thursday, is worth $400 million": its value.
PACKAGE_WORTH = re.compile(
    r"(?<!previous )(?<!earlier )(?<!last )(?<!prior )\bpackage\b[^.;]{0,60}?\b(?:is|was)\s+worth\s+"
    r"(?:about\s+|some\s+|around\s+|roughly\s+)?$"
)


def _a_fund_for_the_recipient(s: _Sum) -> bool:
    """ "a special fund of €100 million that Kyiv can draw on": a fund set up for the recipient,
    its gift (not "a special fund to modernise the armed forces")."""
    return bool(
        re.search(r"\bspecial fund\s+(?:of\s+)?(?:about\s+|some\s+)?$", s.before)
        and _recipient_named_after(s)
    )


def _given_all_the_same(s: _Sum) -> bool:
    """Whether the sum is aid though the words before it read as a cost or a worth: bought or
    signed for the recipient, a fund or a contract for it, a package's worth."""
    return bool(
        _bought_or_signed_for_the_recipient(s)
        or _a_fund_for_the_recipient(s)
        or PACKAGE_WORTH.search(s.before)
        # "signed a contract worth $182 million on Friday to provide Ukraine with two NASAMS"
        or (re.search(r"\bcontract\b", s.before[-40:]) and _recipient_named_after(s))
    )


def _recipient_named_after(s: _Sum) -> bool:
    """Whether the words after the sum name the country the text reports aid to ("Ukraine",
    "Kyiv", "Ukrainian")."""
    recipient = _recipient_key(s.context)
    return recipient is not None and any(a.key == recipient for a in actors(s.after[:120]))


def _no_ones_aid_before(s: _Sum) -> bool:
    """Whether the words before the sum make it a need, a cost, a budget or a target's wealth
    ("a villa in Sardinia ... valued at about €17 million")."""
    cue = _cue(s.before)
    if _given_all_the_same(s):
        # "would buy a NASAMS system ... for Ukraine, at a cost of C$406m": its gift; "Biden
        # signed a spending bill containing $13.6bn in emergency funding for Ukraine": given
        return False
    return bool(
        BACKGROUND.search(s.before[cue.end() if cue else 0 :])
        or re.match(r"\s+(?:this year's|next year's|its|the|an annual)\s+budget\b", s.after, re.I)
        or WEALTH.search(s.before)
        # "recommended suspending €7.5 billion of cohesion funding for Hungary": held back
        or re.search(r"\bsuspend\w*\s+$", s.before)
        # "The federal states are receiving 2 billion euros from the federal budget": at home
        or (
            re.search(r"\b(?:receiv\w+|gets?|getting)\s+$", s.before)
            and re.match(r"\s+from\s+the\s+(?:federal|state|national|central)\s+budget\b", s.after)
        )
        or LIMIT_RAISED.search(s.before)
        or OWN_FORCES_SPENDING.search(s.before)
    )


# "raised a budget line for military help to partner countries to 2 billion euros", "raise the
# ceiling of the European Peace Facility, ..., by €2bn": a budget's or a fund's limit.
LIMIT_RAISED = re.compile(
    r"\b(?:rais|increas|lift|boost)\w*\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:budget|ceiling|envelope)\b"
    r"[^.;]{0,80}?\bto\s+$"
    r"|\b(?:rais|increas|lift)\w*\s+the\s+(?:budget\s+)?ceiling\b[^.;]{0,200}?\bby\s+$",
    re.IGNORECASE,
)


SIGNED_BILL = re.compile(
    r"\bsigned\s+(?:into\s+law\s+)?(?:a|the)\s+(?:[\w-]+\s+){0,2}bill\s+(?:containing|that\s+(?:includes|contains)|"
    r"with|worth|including)\s+$"
)
# "would buy a NASAMS surface-to-air system from the United States for Ukraine, at a cost of":
# what a donor buys to give, and what it costs.
# "would fund more than 20,000 rounds ..., sourced from the United States at a cost of up to $98
# million": the cost of what the giver funds.
GIFT_AT_A_COST = re.compile(
    r"\b(?:would|will)\s+(?:fund|provide|give|donate|send|supply)\b(?:(?!\b(?:replac|buy|purchas|acquir|order)\w*)[^.;]){0,160}?"
    r"\bat\s+a\s+(?:total\s+)?cost\s+of\s+"
    r"(?:up to\s+|about\s+|around\s+|some\s+|roughly\s+|approximately\s+)?$"
)
BOUGHT_FOR = re.compile(
    r"\b(?:buy|purchase|procure)\w*\b[^.;]{0,100}?\bfor\s+(?:the\s+)?[A-Z][\w-]+\W{0,3}"
    r"(?:at\s+a\s+(?:total\s+)?cost\s+of|costing|worth)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$"
)
# "Payments have followed a stop-start rhythm: €2 billion reached Kyiv on October 18, ...": the
# instalments of the pledge just told.
# "The loan, worth roughly $5 billion", "The new Danish contribution, equivalent to roughly EUR
# 113 million": the pledge just told, its sum in another currency.
PLEDGE_WORTH = re.compile(
    r"\W*The\s+(?:new\s+)?(?:[A-Z]\w+\s+)?(?:loan|grant|package|contribution|donation|amount|sum|money),?\s+"
    r"(?:worth|equivalent to|equal to)\s+(?:roughly\s+|about\s+|some\s+|around\s+|approximately\s+)?$"
)
PAYMENTS = re.compile(
    r"\W*(?:The\s+)?(?:payments|disbursements|tranches|instal(?:l)?ments)\b[^.;:]{0,80}:",
    re.IGNORECASE,
)
# "a villa ... valued at", "Lady M, worth some", "immobilised Russian assets, estimated at": the
# wealth of a target of sanctions.
WEALTH = re.compile(
    r"\b(?:yachts?|villas?|homes?|propert(?:y|ies)|mansions?|estates?|jets?|stakes?)\b"
    r"[^.;]{0,80}?\b(?:valued at|worth)\s+$"
    # "Russian clients hold between 150 billion and 200 billion francs in Swiss banks"
    r"|\b(?:clients|customers|depositors|oligarchs|Russians|investors)\s+(?:[\w-]+\s+){0,2}?(?:hold|held|have|keep|kept)\s+"
    r"(?:between\s+\S+(?:\s+(?:million|billion|bn|m))?(?:\s+[a-z]+)?\s+and\s+)?$"
    # "135 jets stuck in Russia, with a book value of about $3.1 billion"
    r"|\b(?:stuck|grounded|seized|held|trapped)\s+in\s+[^.;]{0,40}?\bwith\s+a\s+(?:book|market)\s+value\s+of\s+$"
    # "immobilised Russian assets, estimated at around 300 billion euros"
    r"|\b(?:frozen|immobili[sz]ed|blocked)\s+(?:[\w-]+\s+){0,2}(?:assets|reserves|funds)\b[^.;]{0,40}?"
    r"\b(?:estimated at|valued at|worth|put at|totalling)\s+$"
)
# ", which transferred": money the donor gave before, told in a relative clause.
GIVEN_BEFORE = re.compile(
    r",\s+which\s+(?:had\s+)?(?:transferred|gave|sent|paid|provided|disbursed)\b[^,;]*$"
    # "The Dutch had earlier provided 140 million euros of such support"
    r"|\b(?:had|has|have)\s+(?:earlier|previously|already)\s+(?:provided|given|sent|paid|pledged|committed|disbursed|"
    r"contributed|made available)\s+(?:about\s+|some\s+|more than\s+|over\s+|around\s+)?$"
)


# "a $723 million package of loans and grants approved by the World Bank on Monday": a pledge
# of its own, by the giver and on the day named after it.
ANOTHER_GIVERS_DATED = re.compile(
    r"[^.;]{0,60}?\b(?:approved|announced|pledged|unveiled|agreed|committed)\s+by\s+(?:the\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}\s+(?:on|last)\s+[A-Z]"
)


def _earlier_aid_before(s: _Sum) -> bool:
    """Whether the words before the sum make it earlier aid the pledge comes on top of or
    follows ("Today's announcement follows the $1 billion announced on June 15"); not "build on
    an $800 million package announced on April 13", its own pledge."""
    if (ANNOUNCED_BEFORE.search(s.before[-160:]) and not _dated_of_its_own(s)) or (
        # "Last year, Germany pledged ..., and on Monday it pledged another ...": the first only
        BEFORE_THE_NEWS.match(s.context.sentence)
        and not re.search(
            r",\s+and\b|;", s.context.sentence[: max(0, s.context.sentence.find(s.text))] + s.before
        )
    ):
        return True
    if ANOTHER_GIVERS_DATED.match(s.after):
        return False  # "follows a $723 million package approved by the World Bank on Monday"
    if SECOND_EARLIER.search(s.context.sentence[: s.context.sentence.find(s.text)] + s.before):
        return True
    earlier = EARLIER.search(s.before[-60:])
    return bool(earlier) and bool(
        re.match(r"\W*follow", earlier.group(0), re.I)
        or not re.match(
            rf"\s+(?:[\w-]+\s+){{0,3}}?(?:announced|pledged)\s+(?:on|in)\s+{MONTH_WORD}", s.after
        )
    )


def _dated_of_its_own(s: _Sum) -> bool:
    """ "Kishida had pledged 100 million dollars in emergency humanitarian aid in March": an
    earlier pledge told with its own month or day, a record of its own."""
    # (or "the United States had announced another 725 million dollars in weapons and
    # ammunition on Friday": its own day)
    return bool(
        re.search(
            r"\bhad\s+(?:also\s+)?(?:pledged|promised|committed|announced)\s+"
            r"(?:(?:another|a\s+further|an\s+additional|a\s+new)\s+)?$",
            s.before,
        )
        and re.match(
            # the day of the announcement, not of what follows it ("that will arrive on Monday",
            # "and on Friday added another")
            r"\s+(?:(?!(?:that|which|who|will|would|due|to|but|added|arrive\w*|spent|released|"
            r"statement)\b)[\w-]+\s+){0,8}?"
            rf"(?<!and )(?:in|on)\s+(?:early\s+|mid-|late\s+)?(?:{MONTH_WORD}|{WEEKDAY_WORD})\b",
            s.after,
        )
    )


# "has provided an additional US$ 64 million ..., bringing its funding this year to ...": a new
# sum, not the total so far.
NEW_SUM = re.compile(r"\b(?:an additional|another|a further|a new|an extra)\s+$", re.IGNORECASE)


# "has provided", "have now committed", "had already donated": the verbs of a tally so far (the
# group is left open for more verbs).
HAS_GIVEN = (
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:(?:provided|given|sent|pledged) or\s+)?"
    r"(?:committed|provided|given|sent|pledged|spent|delivered|contributed|allocated|mobili[sz]ed|"
    r"raised|made available|extended|donated|handed over|supplied|transferred|shipped|approved"
)


# "Tallinn estimates its military aid to Ukraine at", "puts the value of military aid given to
# Ukraine since February at": what a party reckons it has given.
AID_VALUED = re.compile(
    r"\b(?:estimates?|estimated|puts?|put|values?|valued|reckons?)\s+(?:the\s+(?:total\s+)?value\s+of\s+)?"
    # not "put the value of the new aid package at 60 million euros": the new pledge's worth
    r"(?:its\s+|their\s+|the\s+)?(?!(?:[\w-]+\s+){0,2}?(?:new|latest|fresh|additional)\b)(?:[\w'’-]+\s+){0,2}"
    r"(?:aid|assistance|support|help|commitments|contributions|deliveries)\b(?!\s+package)[^.;]{0,100}?\bat\s+$"
    # "later told a German newspaper that it came to about $2 billion": the same tally, later
    r"|\bthat\s+(?:it|the total|the tally)\s+(?:came|had come|amounted)\s+to\s+$"
    # "Latvian residents, companies and charities have collected more than EUR 15 million of their
    # own": what many people gave
    r"|\b(?:residents|citizens|people|households|companies|firms|charities|businesses|donors)\b[^.;]{0,40}?\b(?:have|has|had)\s+"
    r"(?:collected|raised|donated|crowdfunded)\s+$"
    # "put the value of the weapons Warsaw has handed over since February at about $1.6bn"
    r"|\b(?:estimates?|estimated|puts?|put|values?|valued|reckons?)\s+the\s+(?:total\s+)?value\s+of\s+"
    r"[^.;]{0,80}?\b(?:has|have|had)\s+(?:\w+\s+){1,4}?(?:since|so far|to date)\b[^.;]{0,30}?\bat\s+$",
    re.IGNORECASE,
)


def _reckoned_so_far(s: _Sum) -> bool:
    """A sum told as what a party has already given or reckons it has given: "has already
    delivered", "Tallinn estimates its military aid to Ukraine at", "has provided more than"."""
    if re.search(
        r"\b(?:has|have)\s+already\s+(?:delivered|sent|given|provided|supplied|disbursed|paid out|spent)\b[^.;]{0,40}$"
        # "Switzerland had already made around 80 million francs available"
        r"|\b(?:has|have|had)\s+already\s+made\s+(?:about\s+|around\s+|some\s+)?$",
        s.before,
    ):
        return True  # "has already delivered more than 100 million euros' worth"
    if AID_VALUED.search(s.before):
        return True  # "Tallinn estimates its military aid to Ukraine at about 250 million euros"
    # "the United States has provided more than $1.5 billion in humanitarian aid"
    return bool(
        re.search(
            r"\b(?:has|have)\s+(?:now\s+)?(?:provided|given|sent|spent|delivered|donated|disbursed|contributed|committed|pledged)\s+$",
            s.before,
        )
        and re.search(r"\b(?:more than|over|in excess of)\s+$", s.text[: s.amount.start])
        and not re.match(r"[^.;]{0,30}?\b(?:new|fresh|additional|further|extra)\b", s.after)
    )


def _given_so_far(s: _Sum) -> str | None:
    """A sum a party has given so far: "has provided ... since February", "Since February 24,
    Washington has spent", "the £220 million ... the UK has pledged since"."""
    if (
        re.search(
            HAS_GIVEN + r"|paid out|paid|channell?ed)\b(?:[^.;]|\.\d)*$",
            s.before,
        )
        and not NEW_SUM.search(s.before)
        and re.search(
            r"^[^.;]{0,160}?\b(?:since\b|so far|to date|this year|by the end of\b|(?:over|in|during) the same period|"
            r"(?:over|in) the (?:past|last) (?:year|\w+ (?:months|years))|in total|altogether)\b",
            s.after,
        )
    ):
        return "running_total"
    if _reckoned_so_far(s):
        return "running_total"
    if re.match(
        r"\W*(?:Since|To date|So far|Thus far|In total|Altogether)\b", s.context.sentence
    ) and re.search(
        HAS_GIVEN + r")\b",
        s.before,
    ):
        return "running_total"  # "Since February 24, Washington has spent $123 million"
    if re.match(
        r"\s+(?:has|have|had)\s+been\s+(?:committed|provided|given|spent|disbursed|allocated|"
        r"mobili[sz]ed|channell?ed)\b",
        s.after,
    ) and re.search(
        r"\b(?:since|so far|to date)\b[^.;]*,\s+(?:while|and)\s+$",
        s.context.sentence[: s.context.sentence.find(s.text)],
    ):
        return "running_total"  # "had mobilised €19 billion since ..., while €2.5 billion had been committed"
    if re.match(
        r"[^.;]{0,40}?\b(?:that\s+|which\s+)?(?:the\s+)?[A-Z][\w.]*\s+(?:has|have)\s+(?:now\s+)?"
        r"(?:pledged|given|provided|committed|sent|spent|contributed)\s+since\b",
        s.after,
    ):
        return "running_total"  # "all of the £220 million in humanitarian aid the UK has pledged since"
    return None


def _a_donors_tally(s: _Sum) -> str | None:
    """A donor's total as a tracker or a comparison states it: "The Kiel Institute's tracker
    counts about 52 billion euros in American commitments", "Britain, at about 6 billion euros,
    has given more than", "the total ... so far"."""
    if re.search(r"\b(?:tracker|tally|database)\b[^.;]{0,30}\bcounts?\s+(?:about\s+|some\s+|roughly\s+)?$",
                 s.before) or (re.search(r",\s+at\s+(?:about\s+|some\s+|roughly\s+)?$", s.before)
                               and re.match(r",\s+(?:has|have)\s+given\b", s.after)):  # fmt: skip
        return "running_total"
    if re.search(r"\b(?:total|overall)\b[^.;]{0,40}$", s.before) and re.search(
        r"\b(?:since|so far|to date)\b", s.after[:60]
    ):
        return "running_total"
    return None


def _stated_again(s: _Sum) -> str | None:
    """A sum stated again ("the $19.8 billion") is what it was the first time."""
    again = next((flag for _, value, flag in s.context.sums if value == s.amount.amount), False)
    if again is not False and re.search(
        # "At $2.57 million, the winter grant looks modest": the sum named to size it again
        r"\b(?:the|this|that|its)\s+$|\b\w+['’]s\s+$|^\W*(?:At|With)\s+$",
        s.before,
        re.I,
    ):
        return again or "part_of_package"  # "background" stays background
    return None


# Groups of states that pledge nothing of their own: what they commit, their members give.
GROUPS_OF_STATES = {"G7", "NATO"}


def _of_many_donors(s: _Sum) -> str | None:
    """A sum of several donors: named together as one subject, named by a collective word
    ("donors", "the conference"), or asked of many ("a flash appeal"); not one said to be a
    donor's "own" ("with the Danish government committing €110m of its own")."""
    if re.match(r"\s+(?:\([^)]*\)\s+)?of (?:its|their|his|her) own\b", s.after):
        return None
    if s.donor is not None and s.donor.name in GROUPS_OF_STATES:
        return "aggregate"  # "the G7 committed a further $4.5bn": its members' together
    if _given_between_them(s):
        return "aggregate"  # "Dozens of firms match donations, and together they pledged"
    if MATCHED_DONATIONS.search(s.before):
        return None  # "pledged to match public donations ... pound for pound, up to £20 million"
    return "aggregate" if _told_as_many(s) else None


def _told_as_many(s: _Sum) -> bool:
    """Whether the words make the sum many donors': asked of many, named together, "from member
    states", "put together", "pledges added up to"."""
    return bool(
        _asked_of_many(s)
        or _many_as_subject(s)
        or FROM_MANY.match(s.after)
        or PUT_TOGETHER.match(s.context.sentence)
        or PLEDGES_ADDED_UP.search(s.before)
    )


# "The Government pledged to match public donations to the ... Appeal pound for pound, up to £20
# million": the government's own money, matching many people's.
MATCHED_DONATIONS = re.compile(
    r"\bmatch(?:es|ed|ing)?\b[^.;]{0,40}?\bdonations\b(?:(?!\b(?:raised|collected|which)\b)[^.;]){0,120}?$",
    re.IGNORECASE,
)
# "together with another €300 million from member states": money of many.
FROM_MANY = re.compile(
    r"\s+from\s+(?:the\s+|its\s+|EU\s+)?(?:member\s+states|partners|allies|donors|countries|governments)\b"
    r"(?!['’])"  # not "from its partners' fund": one fund
)
# "Pledges added up to just over 1 billion euros": what many pledged together.
PLEDGES_ADDED_UP = re.compile(
    r"\b(?:pledges|contributions|commitments|donations|offers)\s+(?:\w+\s+){0,3}?"
    r"(?:added up to|add up to|totall?ed|total|came to|come to|amounted to|amount to|reached|"
    r"(?:have|has|had)\s+(?:passed|topped|exceeded|surpassed))\s+"
    r"(?:just\s+|well\s+)?(?:over\s+|under\s+|more than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)


def _many_as_subject(s: _Sum) -> bool:
    """ "The UN and its partners ... $1.7 billion", "Latvia and Lithuania gave": the donor and
    others, or many parties named by a collective word, as the sum's subject."""
    collective = _collective_subject(s)
    if collective and re.search(r"(?:\band|,)\s+(?:its|their)\s+$", s.before[: collective.start()]):
        return True
    joined = _joined_subject(s)
    return bool((collective or joined) and (
        s.donor is None or joined or not re.search(r"\bits\b|\bhis\b|\bher\b", s.before)
    ))  # fmt: skip


def _given_between_them(s: _Sum) -> bool:
    """ "G7 members have between them committed $29.5 billion", "they had mobilised $19.8
    billion in budget support for Ukraine between them": a sum of many."""
    return bool(
        re.search(
            r"\b(?:between them|among them|combined|collectively|together (?:they|we))\b"
            r"[^.;]{0,60}$",
            s.before,
        )
        or re.match(r"[^.;,]{0,60}?\b(?:between them|among them|collectively|combined)\b", s.after)
    )


def _collective_subject(s: _Sum) -> re.Match | None:
    """The word before the sum naming many parties as its subject, unless it names the donor's
    own members: "European Union governments approved ..." is the Union acting."""
    collective = _collective(s.before)
    if (
        collective
        and s.donor is not None
        # not "the EU, its member states and European financial institutions": a list of many
        and not re.search(r",\s+(?:its|their)\s+$", s.before[: collective.start()])
        and (
            OWN_MEMBERS.match(s.text[s.donor.end :])
            or (
                s.donor.name == "European Union"
                and re.match(r"member states|ministers", collective.group(0), re.I)
            )
        )
    ):
        return None
    return collective


def _joined_subject(s: _Sum) -> bool:
    """ "Latvia and Lithuania gave $10 million": several donors as one subject; not "after NATO
    and G7 summits, Biden said": parties named on the way."""
    donors = [a for a in s.found if a.start < s.amount.start and _may_give(a, s.context)]
    return len({a.key for a in donors}) > 1 and any(
        re.search(r"\band\s+(?:the\s+)?$", s.text[: a.start])
        and (s.donor is None or s.donor.key in (a.key, donors[index].key))
        for index, a in enumerate(donors[1:])
    )


def _asked_of_many(s: _Sum) -> bool:
    """Whether the sum is asked of many donors: an appeal, a response plan, money sought from
    the public."""
    return bool(
        re.match(
            r"\s+(?:[\w-]+\s+){0,2}?(?:appeal|response plan|funding request|plan)\b",
            s.after,
            re.I,
        )
        # "its humanitarian appeal for this year, amounting to USD 4.3 billion"
        or re.search(r"\bappeal\b[^.;]{0,60}?\bamounting to\s+$", s.before)
        or re.match(
            r"\s+(?:\w+\s+){0,3}?from\s+(?:\w+\s+){0,2}?(?:donors|citizens|individuals|the public|companies)\b",
            s.after,
        )
        or re.search(
            r"\b(?:appeals?\s+(?:for|seeking)|seeking|sought|asking for|asked for|requested|"
            r"asks?(?:\s+for)?)\s+$",
            s.before,
            re.I,
        )
    )


def _a_part_restated(s: _Sum) -> str | None:
    """A part of a sum stated before: "Of the €9.1 billion", "the first €600 million tranche", a
    sum after one the clause says it includes."""
    if re.search(
        r"(?:^\W*|\bout\s+)of\s+(?:the|this|that|its)(?:\s+(?:total|sum|amount|money))?,?\s+$",
        s.before,
        re.I,
    ) and not _first_told_with_its_date(s):
        return "part_of_package"  # "Of the €9.1 billion": a total stated again
    if re.search(
        r"^\s*(?:\w+\s+)?(?:tranche|instal(?:l)?ment|disbursement)\b", s.after, re.I
    ) or re.search(r"\b(?:tranche|instal(?:l)?ment)s?\s+of\s+$", s.before, re.I):
        # "the first €600 million tranche": part of a loan or grant; not "a sixth tranche of
        # €500 million from the European Peace Facility", a fund's new money
        return None if _source_named(s) else "part_of_package"
    return _part_of_a_sum_just_told(s)


def _said_to_include(s: _Sum) -> bool:
    """Whether the words since the clause's first sum say it includes this one; not "...,
    including 72 howitzers ..., as well as $500 million", another."""
    between = s.text[s.earlier[0].end : s.amount.start] if s.earlier else ""
    return bool(PART_OF.search(between)) and not _another_after_items(between, s.after)


def _part_of_a_sum_just_told(s: _Sum) -> str | None:
    """A sum the sentence opens as a part ("Of the €9.1 billion, ..."), or one after an earlier
    sum of the clause that it says includes it; not the aid for the recipient inside a sum that
    is no one's aid."""
    restated = re.search(
        r"^\W*(?:of|out of)\s+(?:the|this|that)\s+[€$£¥]", s.context.sentence, re.I
    )
    if restated and not _source_named(s):
        return "part_of_package"
    if not _said_to_include(s):
        return None
    whole = [f for p, v, f in s.context.sums if p == s.number and v == s.earlier[0].amount]
    return None if _a_pledge_inside(s, whole) else "part_of_package"


def _a_pledge_inside(s: _Sum, whole: list) -> bool:
    """Whether the part is a pledge of its own inside a sum that is no one donor's: the aid for
    the recipient inside a bill or budget, or "a total that includes £25 million from the UK
    government"."""
    return ("background" in whole and _aid_for_the_recipient(s)) or (
        "aggregate" in whole and bool(_source_named(s))
    )


def _aid_for_the_recipient(s: _Sum) -> bool:
    """Whether the words right after the sum give it to the text's recipient: "a spending bill
    containing $1.5 trillion ..., including $13.6 billion in aid for Ukraine" (the aid inside a
    sum that is no one's aid is the pledge)."""
    recipient = s.context.recipient
    after = s.after[:40]
    return bool(recipient) and any(
        a.key == recipient.key and re.search(r"\b(?:for|to)\s+(?:the\s+)?$", after[: a.start])
        for a in actors(after)
    )


def _first_told_with_its_date(s: _Sum) -> bool:
    """ "... out of the $400 million package it announced on 4 November": a package told for the
    first time, with the day it was announced; the pledge, not a total told again."""
    return not any(value == s.amount.amount for _, value, _ in s.context.sums) and bool(
        re.match(rf"\s+(?:[\w-]+\s+){{0,4}}?(?:announced|pledged|unveiled)\s+(?:on|in)\s+"
                 rf"(?:\d{{1,2}}\s+)?{MONTH_WORD}", s.after)
    )  # fmt: skip


def _source_named(s: _Sum) -> bool:
    """Whether the words just after the sum name where it comes from: "from the Commission"."""
    return bool(re.search(r"\bfrom\s+(?:the\s+)?[A-Z]", s.after[:40]))


def _to_another_country(s: _Sum) -> bool:
    """Whether the sum goes "to" a country other than the one the text reports aid to."""
    recipient = s.context.recipient
    donor = s.donor.key if s.donor else None
    if re.search(r"\b(?:includ\w*|of which|comprises|contains)\b", s.text[: s.amount.start], re.I):
        return False  # "The package includes $50 million to Poland": a part of it, all the same
    return bool(recipient) and any(
        a.kind == "country" and a.how == "name" and a.key not in (recipient.key, donor)
        and a.code not in TARGET_STATES
        and re.search(r"\bto\s+(?:the\s+)?$", s.text[: a.start]) and a.start > s.amount.start
        for a in s.found
    )  # fmt: skip


def _another_sum_or_country(s: _Sum) -> bool:
    """Whether the clause tells the sum as another ("It includes about $8.8bn ..., on top of
    the $13.6bn": words on another sum after it) or as given to another country ("It also
    allocated five million euros to Moldova")."""
    return (
        bool(ANOTHER.search(s.text[: s.amount.end + 30]))
        or _to_another_country(s)
        or _another_after_items(s.before, s.after)
        # "The largest gift approved today, CZK 30.7 million": one of the gifts a total summed
        or bool(ONE_OF_THE_GIFTS.search(s.before))
    )


# "approved three gifts ... with a combined value of CZK 70.7 million. The largest gift approved
# today, CZK 30.7 million, goes ...": one of the gifts the total summed, a pledge of its own.
ONE_OF_THE_GIFTS = re.compile(
    r"\b(?:the\s+)?(?:first|second|third|fourth|largest|biggest|smallest|other|last)\s+(?:gift|grant|donation|contribution)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _a_part_of_a_sum_before(s: _Sum) -> str | None:
    """A part of a larger sum stated before, of the same donor and not told as another pledge;
    a part of a many-donor total that names its own donor ("the sum includes €1 billion from the
    Commission") is that donor's pledge."""
    parent = _larger_sum_before(s)
    if not parent or _another_sum_or_country(s):
        return None
    if not (_part_words(s) or PARTS_ANNOUNCED.search(s.context.previous_sentence)):
        return None
    if not _of_the_last_donor(s) or _a_share_named_of_many(s, parent):
        return None
    return None if parent[2] == "background" and _aid_for_the_recipient(s) else "part_of_package"


def _a_share_named_of_many(s: _Sum, parent: tuple) -> bool:
    """Whether the sum is a named donor's share of a total of many: "the sum includes €1 billion
    from the Commission", "The total includes £25 million from the UK Government"."""
    return _source_named(s) and (
        parent[2] == "aggregate"
        or (bool(re.match(r"\W*The\s+(?:appeal['’]s\s+)?total\s+includes\b", s.text))
            and _another_giver_after(s))
    )  # fmt: skip


def _another_giver_after(s: _Sum) -> bool:
    """Whether the words after the sum name a giver other than the last pledge's ("from the UK
    Government"; not "from Pentagon stocks" after a US package)."""
    last = s.context.last_pledge
    donor = last.fields["donor"] if last else None
    return any(a.name != donor for a in actors(s.after[:40]))


def _the_rest_of_a_breakdown(s: _Sum) -> str | None:
    """ "... put Canada's package at C$47 million. Of that, C$15.2 million covers ... Another
    C$15 million buys ...": once a paragraph has begun to break a sum down into parts, the
    smaller sums after it that still fit within it are parts too."""
    whole, parts = _whole_and_parts(s)
    split = _said_split(s)
    if split and whole is not None and not parts:
        return _within(s, whole, parts)  # the first sum after "The funding is split four ways."
    # once a pledge is said to be split, a part read as something else is still one of them
    allowed = ("part_of_package", "background") if split else ("part_of_package",)
    if whole is None or not parts or any(flag not in allowed for _, flag in parts):
        return None
    return _within(s, whole, parts)


def _within(s: _Sum, whole: Decimal, parts: list) -> str | None:
    """A part where the sum and the parts before it fit within the whole, to a twentieth over
    it: the parts are often rounded ("C$15.3 million")."""
    fits = sum(v for v, _ in parts) + s.amount.amount <= whole * Decimal("1.05")
    return "part_of_package" if fits else None


def _said_split(s: _Sum) -> bool:
    """Whether this paragraph or the one before said the pledge just told is split into parts
    ("The new funding is split four ways.", "what is actually inside")."""
    named = s.context.breakdown
    return bool(named and named[2] and named[0] >= s.number - 1)


def _whole_and_parts(s: _Sum) -> tuple[Decimal | None, list]:
    """The last sum of the paragraph proposed whole, and the (value, flag) of those after it."""
    stated = [(value, flag) for paragraph, value, flag in s.context.sums if paragraph == s.number]
    whole = next((i for i in range(len(stated) - 1, -1, -1) if stated[i][1] is None), None)
    if whole is None:
        return _the_pledge_broken_down(s, stated)
    return stated[whole][0], stated[whole + 1 :]


def _the_pledge_broken_down(s: _Sum, here: list) -> tuple[Decimal | None, list]:
    """The pledge named again in this paragraph or the one before to break it down, and the
    (value, flag) of the sums since; failing that, the sum of the paragraph before that this
    paragraph's sums (`here`, each as (value, flag)) are all parts of."""
    named = s.context.breakdown
    if named and named[0] >= s.number - 1:
        return named[1], [(value, flag) for paragraph, value, flag in s.context.sums
                          if paragraph >= named[0]]  # fmt: skip
    return _parts_of_the_sum_before(s, here)


def _parts_of_the_sum_before(s: _Sum, here: list) -> tuple[Decimal | None, list]:
    """ "3. Breakdown. SEK 578 million goes into ..., and SEK 60 million to ...": a paragraph of
    parts only (`here`), of the sum the paragraph before proposed."""
    before = [value for paragraph, value, flag in s.context.sums
              if paragraph == s.number - 1 and flag is None]  # fmt: skip
    if here and before and all(flag == "part_of_package" for _, flag in here):
        return before[-1], here
    return None, []


# "The money comes in two parts.": the sums of the next sentences are its parts.
PARTS_ANNOUNCED = re.compile(
    r"\b(?:comes?|came|split|divided|broken)\s+(?:in|into|from)\s+(?:two|three|four|\d)\s+"
    r"(?:separate\s+|distinct\s+)?(?:parts|tranches|portions|pieces|strands|pots|halves|sources|streams)\b"
    # "The contribution will be channelled through trusted humanitarian partners."
    r"|\bThe\s+(?:new\s+)?(?:contribution|funding|money|package|grant|aid)\s+will\s+be\s+"
    r"(?:channel+ed|distributed|split|divided|allocated|shared)\s+(?:through|among|between|across)\b",
    re.IGNORECASE,
)


def _part_words(s: _Sum) -> bool:
    """Whether the clause's words make the sum a part; not those after it that say what it is
    made of ("$275 million in aid made up of ...": the whole)."""
    text = _up_to_next_sum(s)
    if re.match(r"\s+will\s+(?:help|fund|finance|cover|pay\s+for)\b", s.after):
        return True  # "40 million euros will help poor households": what a part of it does
    # "9 billion euros ..., yet only a third of that money had been paid out": a share of the
    # sum itself, which is then the whole
    return any(
        m.start() < s.amount.start
        or not (re.match(r"made up of|consist|compris|includ|of which", m.group(0), re.I)
                or (re.match(r"of (?:that|this)", m.group(0), re.I)
                    and re.search(r"\b(?:a third|a quarter|half|most|some|part|all)\s+$", text[: m.start()])))
        for m in PART_OF.finditer(text)
    )  # fmt: skip


def _up_to_next_sum(s: _Sum) -> str:
    """The clause up to the sum after this one: in "€500m was agreed ..., with €450m set aside
    for arms", the words on the €450m do not make the €500m a part."""
    later = money(s.after)
    return s.text[: s.amount.end + later[0].start] if later else s.text


def _larger_sum_before(s: _Sum) -> tuple | None:
    """The last larger sum stated in this paragraph or the one before, or anywhere when the
    clause names it again ("the German grants would be spent")."""
    again_named = re.search(
        r"\bthe\s+(?:\w+\s+)?(?:grants?|money|package|funds|loans?)\b", s.text, re.I
    ) or PARTS_ANNOUNCED.search(
        s.context.previous_sentence or ""
    )  # "The money comes in two parts."
    return next((stated for stated in reversed(s.context.sums)
                 if (stated[0] >= s.number - 1 or again_named)
                 and stated[1] > s.amount.amount), None)  # fmt: skip


def _of_the_last_donor(s: _Sum) -> bool:
    """Whether the clause names no donor, or that of the pledge just told (if any)."""
    last = s.context.last_pledge
    return s.donor is None or not last or s.donor.name == last.fields["donor"]


def _collective(text: str) -> re.Match | None:
    """The first word of the text naming many parties as one subject ("donors", "the
    conference"), not the place where a donor spoke ("told the conference")."""
    return next(
        (m for m in AGGREGATE_SUBJECT.finditer(text)
         if (not ADDRESSED.search(text[: m.start()]) or _officials_acting(text[: m.start()]))
         and not _in_a_scene(text, m)
         # "Other donors: Japan, which ... pledged": a heading, not the subject
         and not re.match(r"\s*:", text[m.end() :])),
        None,
    )  # fmt: skip


# "Defence officials from some 40 countries promised": the officials of many, acting together.
OFFICIALS_FROM = re.compile(
    r"\b(?:officials|ministers|representatives|delegates|delegations|envoys|leaders)\s+from\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|more than\s+|over\s+)?(?:\d+|[a-z]+)\s+$"
)


def _officials_acting(before: str) -> bool:
    """Whether "officials from some 40 countries" are the clause's subject, not those a speaker
    "told" or "hosted"."""
    officials = OFFICIALS_FROM.search(before)
    return bool(officials) and not re.search(
        r"\b(?:told|tells|addressed|hosted|hosts|met|meets|briefed|urged|thanked|welcomed)\b",
        before[: officials.start()],
    )


def _in_a_scene(text: str, match: re.Match) -> bool:
    """Whether the word is inside a clause that sets the scene and closes before the subject:
    "in Oslo, where he was meeting defence ministers from northern Europe, Mr Wallace said"."""
    return bool(
        re.search(r"\b(?:where|while|when|as)\s+[^,;]*$", text[: match.start()])
        and re.search(r",\s+\S", text[match.end() :])
    )


def _flagged(amount, flag, donor, number_, text, context) -> Draft:
    currency = amount.currency
    readings, notes, flags = {}, [NOTES[flag]], [flag]
    if flag == "aggregate":
        donor = None  # many donors' money: no one donor to name
    currency = _currency(currency, donor, readings, flags, notes)
    recipient = context.recipient
    fields = {
        "donor": donor.name if donor else None, "donor_code": donor.code if donor else None,
        "donor_kind": donor.kind if donor else None,
        "recipient": recipient.name if recipient else None,
        "recipient_code": recipient.code if recipient else None,
        "recipient_kind": recipient.kind if recipient else None,
        "category": _category_of_sum(text, amount)[0], "lethality": None, "status": "announced",
        "amount": amount_text(amount.amount), "currency": currency,
        "announced_on": None, "announced_precision": "unknown", "announced_as": "",
        "description": "", "items": [],
    }  # fmt: skip
    start, end = _pledge_quote(text, amount, None, None, [])
    return Draft("pledge", fields, number_, clip(text[start:end]), flags, readings, notes)


def merge_repeats(drafts: Drafts) -> None:
    """A pledge told twice in adjacent paragraphs (the lead, then its detail) is one draft."""
    drafts.pledges = _without_summed_leads(_without_bare_repeats(_without_repeats(drafts.pledges)))


def _without_summed_leads(pledges: list[Draft]) -> list[Draft]:
    """The pledges without a lead's count that the same parties' next pledge breaks down: "four
    more helicopters ... two Mi-17 transport helicopters and two lighter Mi-2s"."""
    dropped = {id(lead) for lead, detail in pairwise(pledges) if _a_summed_lead(lead, detail)}
    return [d for d in pledges if id(d) not in dropped]


def _a_summed_lead(lead: Draft, detail: Draft) -> bool:
    """Whether `lead` counts one kind of item that `detail`, the same parties' next pledge
    without a sum, breaks down into several counts adding up to it."""
    if lead.not_a_record or detail.not_a_record or not _same_parties(lead, detail):
        return False
    if lead.fields.get("amount") or detail.fields.get("amount"):
        return False
    counts, parts = quantities_of(lead), quantities_of(detail)
    return (
        0 <= detail.paragraph - lead.paragraph <= 1
        and len(counts) == len(lead.fields["items"]) == 1
        and len(parts) > 1
        and sum(parts) == counts[0]
        and _breaks_it_down(lead, detail)
    )


def _breaks_it_down(lead: Draft, detail: Draft) -> bool:
    """Whether `detail` tells the lead's items again, of its kind, and not as more of them."""
    return _of_a_kind_among(lead.fields["items"][0], detail.fields["items"]) and not re.search(
        r"\b(?:also|more|another|further|additional)\b", detail.quote
    )


def _of_a_kind_among(item: dict, items_: list[dict]) -> bool:
    """Whether `items_` are all of the item's type."""
    return {kind_of(i["name"])[1] for i in items_} == {kind_of(item["name"])[1]}


def _without_repeats(pledges: list[Draft]) -> list[Draft]:
    """The pledges, each told again without a sum just after it merged into it."""
    kept: list[Draft] = []
    for draft_ in pledges:
        previous = next((d for d in reversed(kept) if not d.not_a_record), None)
        if previous and _told_again(previous, draft_):
            _merge_into(previous, draft_)
        else:
            kept.append(draft_)
    return kept


def _without_bare_repeats(kept: list[Draft]) -> list[Draft]:
    """The pledges without the bare announcements of a detailed pledge, whose date it takes."""
    # A bare announcement (no sum, no items) beside the same parties' detailed pledge in the same
    # or the next paragraph is that pledge told twice: "approved aid ... The first, €450 million".
    detailed = [d for d in kept if not d.not_a_record
                and (d.fields.get("amount") or d.fields.get("items"))]  # fmt: skip
    pledges = []
    for d in kept:
        twin = _detailed_twin(d, detailed)
        if twin is None:
            pledges.append(d)
        elif twin.fields["announced_on"] is None and d.fields["announced_on"]:
            # "US$1.4 billion. Emergency financing, approved on March 9": its date is the pledge's
            _date_twin(d, twin)
    return pledges


def _date_twin(d: Draft, twin: Draft) -> None:
    """The date of a bare announcement, with its notes, given to the detailed pledge it tells."""
    _copy_date(d, twin)
    twin.notes.extend(note for note in d.notes if note not in twin.notes)
    if "derived_date" in d.flags and "derived_date" not in twin.flags:
        twin.flags.append("derived_date")


def _told_again(previous: Draft, draft_: Draft) -> bool:
    """Whether `draft_` tells again, without a sum, the pledge without a sum told just before:
    the same parties, close by, the same kind of aid."""
    if draft_.fields.get("amount") or previous.fields.get("amount") or draft_.not_a_record:
        return False
    return (
        _same_parties(previous, draft_)
        and _close_by(previous, draft_)
        and _same_gift(previous, draft_)
    )


def _close_by(previous: Draft, draft_: Draft) -> bool:
    """Told in the same or the next paragraph, or the one after that when neither counts its
    items."""
    gap = draft_.paragraph - previous.paragraph
    if gap <= 1:
        return True
    return gap == 2 and not quantities_of(draft_) and not quantities_of(previous)


def _same_gift(previous: Draft, draft_: Draft) -> bool:
    """Of the same category (or the first of none), dated alike, not two counted gifts, and not
    humanitarian aid."""
    if previous.fields["category"] not in (draft_.fields["category"], None):
        return False
    if quantities_of(previous) and quantities_of(draft_):
        return False  # two counted gifts
    return _same_or_undated(previous, draft_) and draft_.fields["category"] != "humanitarian"


def _merge_into(previous: Draft, draft_: Draft) -> None:
    """The items and date of `draft_`, a pledge told again, added to `previous`."""
    for item in draft_.fields.get("items", []):
        names = {i["name"].lower() for i in previous.fields.setdefault("items", [])}
        if item["name"].lower() not in names:
            previous.fields["items"].append(item)
    if previous.fields["announced_on"] is None and draft_.fields["announced_on"]:
        _copy_date(draft_, previous)


def _copy_date(source: Draft, target: Draft) -> None:
    """The date fields of `source` given to `target`."""
    for key in ("announced_on", "announced_precision", "announced_as"):
        target.fields[key] = source.fields[key]


def _detailed_twin(d: Draft, detailed: list[Draft]) -> Draft | None:
    """The detailed pledge (with a sum or items) of the same parties that a bare announcement
    tells again."""
    if (d.not_a_record or d.fields.get("amount") or d.fields.get("items")
            or d.fields["category"] == "humanitarian"):  # fmt: skip
        return None
    # told beside it, or anywhere when it gives not even a date ("Denmark sent weapons")
    return next((o for o in detailed if _same_parties(d, o) and (
        abs(o.paragraph - d.paragraph) <= 1 or not d.fields["announced_on"])), None)  # fmt: skip
