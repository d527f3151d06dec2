"""The rules that read pledges, sanctions and figures about people out of a text's paragraphs.

Each paragraph is cut into sentences and each sentence into clauses ("..., while the United
Kingdom pledged ..."); a clause is read for who acts (`places`), what money, items and dates it
states (`numbers`, `items`), and which kind of statement it makes (the cue patterns below). What
a clause leaves out (who "it" is, which package "the package" is, a date given a sentence
earlier) is taken from the sentences before it in the same or the previous paragraph, and the
draft's notes say so.
"""

import datetime
import re
from dataclasses import dataclass, field

from pledges.intake.drafts import Draft, Drafts
from pledges.intake.items import NEW_KINDS, items, named_items
from pledges.intake.numbers import (
    DOLLARS,
    FIGURES,
    NUMBER,
    SCALE,
    WORDS,
    When,
    amount_text,
    dates,
    money,
    number,
    scaled,
)
from pledges.intake.places import Actor, actors, in_sentence

# --- Sentences and clauses ---------------------------------------------------------------------

_ABBREVIATED = [
    "U.S",
    "U.K",
    "U.N",
    "E.U",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Gen",
    "Lt",
    "Col",
    "Sgt",
    "No",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "Inc",
    "Co",
    "Corp",
    "Ltd",
    "vs",
    "approx",
]
ABBREVIATIONS = "".join(rf"(?<!\b{re.escape(word)}\.)" for word in _ABBREVIATED)
SENTENCE_END = re.compile(rf"(?<=[.!?]){ABBREVIATIONS}[”\"’]?\s+(?=[“\"‘A-Z0-9])")
CLAUSE_BREAK = re.compile(
    r",?\s+(?:while|whereas)\s+|;\s+|,\s+(?:and|but)\s+(?=(?:the\s+)?[A-Z][a-z])|\s+and\s+(?=to\s+\w+\b)"
    # "..., Estonia handed over Javelins": a new subject and its own verb
    r"|,\s+(?=(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:has|have|had|will|would|is|are|was|were|also|[a-z]+ed)\b)"
    # "EU widens sanctions on Belarus as Berlin clears 2,700 missiles": a second subject's news
    r"|(?<!such)(?<!known)(?<!so)\s+as\s+(?=(?:the\s+)?[A-Z][a-z]+\s+(?:[a-z]+s|has|have|will|would)\b)"
)

# --- Pledges -----------------------------------------------------------------------------------

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
    r"allow(?:s|ed|ing)?\s+(?:\w+\s+){0,2}to\s+(?:receive|buy|acquire|get|have)|"
    r"be delivered|be provided|be supplied|be given|"
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
NEGATED = re.compile(
    r"(?:\b(?:not|never|no|refused|declined|ruled out|rejected)|n['’]t)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "will consider what further support it can offer", "asked for", "the weapons it is sending":
# a verb that reports no pledge of the clause's own.
HEDGED = re.compile(
    r"\b(?:consider\w*|weigh\w*|discuss\w*|whether|what|if|ask\w*|urg\w*|call\w* (?:on|for)|"
    r"should|ought to|argu\w+|press\w* for|push\w* for|identify\w*|look\w* for|seek\w*|explor\w*|"
    r"appeal\w*|request\w*|demand\w*|plead\w*)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# Words saying a pledge is not the one just told: "a further", "on top of", "a day earlier".
ANOTHER = re.compile(
    r"\b(?:new|another|second|further|additional|on top of|in addition to|separate|earlier|"
    r"the day before|previous)\b",
    re.IGNORECASE,
)
# "now has the power to impose its own sanctions", "the minister can freeze", "could be barred":
# what a law allows, not a measure taken.
POWER = re.compile(
    r"\b(?:powers?|able|allow\w*|let|lets|enabl\w*|authority|could|can|may|might)"
    r"(?:\s+(?!no\b|not\b)\w+){0,6}\s+$",
    re.IGNORECASE,
)
# "had for weeks resisted calls from Kyiv, from allies ... to send heavier weapons": a pledge
# someone asked for or refused, told as the story so far.
RESISTED = re.compile(
    r"\b(?:resist\w*|reluctan\w*|refus\w*|oppos\w*|calls?\s+(?:from|by|for|on)|avoid\w*|"
    r"hesitat\w*|stopp\w* short of|shi\w+ away from|balk\w* at|slow to|failed to)\b[^.;]{0,90}$",
    re.IGNORECASE,
)
# "give the federal states ...": a government's spending at home, not aid to another party.
DOMESTIC = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:the\s+|its\s+(?:own\s+)?)?(?:federal states|regions|provinces|"
    r"municipalities|local authorities|local councils|households|farmers|own (?:armed forces|army|"
    r"military))\b",
    re.IGNORECASE,
)
# "had until now limited itself to medical supplies": what a donor did before, not a pledge.
BEFORE_NOW = re.compile(r"\b(?:until now|until then|up to now|previously|had so far)\b", re.I)
RELATIVE = re.compile(
    r"\b(?:the|of)\s+(?:\w+\s+){0,3}(?:it|they|that|which)\s+$"
    r"|\b(?:the|a|an|its|their)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+(?:that|which)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:equipment|weapons|aid|support|help|arms|supplies)\s+(?:that\s+)?(?:we|it|they|you)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
NOUN_FORMS = {"grant", "grants", "supply", "supplies", "offer", "offers", "order", "orders",
              "transfer", "transfers", "ship", "ships", "pledge", "pledges", "promise",
              "promises", "deliveries", "loan", "gift", "donation", "commitment", "hand",
              "hands", "lending", "lend", "release"}  # fmt: skip
DETERMINERS = re.compile(
    r"(?:\b(?:a|an|the|in|of|and|its|their|his|her|new|for|with|further|additional|fresh|"
    r"million|billion|bn|m|emergency|military|humanitarian|financial)|\d|[,(])\s*$",
    re.IGNORECASE,
)
AID_WORDS = re.compile(
    r"\b(?:aid|assistance|support|equipment|weapons|arms|supplies|funding|funds|package|help|"
    r"loans?|grants?|relief|ammunition|missiles|shipments?|donations?|contributions?|"
    r"budget support|financing|guarantees?|lending|money|cash)\b",
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
    r"donor conference|fundraiser|telethon|together|combined|jointly|collectively|altogether|"
    r"lenders|creditors|institutions|campaign|appeals?|ministers|leaders|shareholders|"
    r"in all|between them|raised)\b",
    re.IGNORECASE,
)
# "told the conference", "at Thursday's donors' conference": the collective word is where the
# donor spoke, not who gave.
ADDRESSED = re.compile(
    r"\b(?:told|addressed|at|to|during|before|in|on|from|used|attended|hosted|chaired|joined)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|"
    r"this\s+|that\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# The collective word names the donor itself: "European Union governments", "NATO allies".
OWN_MEMBERS = re.compile(
    r"^\s*(?:governments|member states|members|countries|ministers|leaders|allies)\b"
)
RUNNING_TOTAL = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ing)|tak(?:e|es|ing)|took|push(?:es|ing)?|lift(?:s|ing)?)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:total|tally|overall|sum|contribution|commitment|support|aid|assistance|"
    r"amount|funding|spending|figure)"
    r"[^.;]{0,60}?\bto\s+$"
    r"|\b(?:total|overall|cumulative|all)\b[^.;]{0,60}?\b(?:since|so far|to date|this year|now (?:stands|amounts))\b[^.;]{0,40}?$"
    r"|\b(?:so far|to date|in total since)\b[^.;]{0,40}$"
    r"|\btotal(?:ling|ing)?\s+(?:of\s+)?(?:\w+\s+){0,4}?(?:to|at|of)\s+$"
    r"|\b(?:now\s+)?(?:stands|stood)\s+at\s+$|\bnow\s+(?:totals|amounts to|exceeds)\s+$",
    re.IGNORECASE,
)
# "Kyiv needs about $5 billion a month", "will cost the state 30 billion zlotys": a sum that is a
# need, a cost, a loss or trade, no one's aid.
BACKGROUND = re.compile(
    r"\b(?:needs?|needed|requires?|required|cost|costs|costing|damages?|losses|lost|loses|"
    r"deficit|shortfall|funding gap|revenues?|GDP|output|economy|imports|exports|trade|prices?|"
    r"(?:defen[cs]e|military|national|state|annual|federal|own)\s+budget|budget for|special fund|"
    r"salaries|pensions|reserves|bills?)\b(?:[^.;](?!\b(?:to|for)\s+(?:help|support|aid)))"
    r"{0,50}$",
    re.IGNORECASE,
)
# How a text qualifies a number: "more than 2 million", "about $5 billion".
QUALIFIERS = [
    ("close_to", r"close to|nearly|almost|just under|approaching"),
    ("more_than", r"more than|over|upwards of|in excess of|above"),
    ("at_least", r"at least|no fewer than|a minimum of"),
    ("up_to", r"up to|as many as"),
    ("about", r"about|around|some|roughly|approximately|an estimated|estimated"),
]  # fmt: skip
# The words that qualify a sum, left out when reading what comes before it.
QUALIFIED = re.compile(
    rf"(?:{'|'.join(words for _, words in QUALIFIERS)}|just over|a further|another)\s+$",
    re.IGNORECASE,
)
# "come on top of up to C$620 million in loans": earlier aid the new pledge adds to.
EARLIER = re.compile(
    r"\b(?:on top of|in addition to|add(?:s|ed|ing)? to|besides|building on|follow(?:s|ed|ing)?)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
PART_OF = re.compile(
    r"\b(?:including|includes|include|included|of which|of this|of that|of the total|out of|"
    r"part of|within|among|comprises|combines|consists|made up of|split|breaks down|"
    r"consisting of|earmarked|set aside|will go|goes|allocated)\b",
    re.IGNORECASE,
)
CARRY_SUBJECT = re.compile(
    r"^\W*(?:and\s+)?(?:it|its|they|we|our|the country|the government|the bloc|the package|"
    r"the aid|the assistance|this|these|the shipment|the funds|the money|the new package|"
    r"the latest|the announcement|to\s+\w+|also)\b",
    re.IGNORECASE,
)
TRANSIT = re.compile(r"\b(?:left|bound|headed|destined|flown|flew|sailed) for\s+(?:the\s+)?$")
GOVERNMENT_OF = re.compile(
    r"\b(?:government|ministry|cabinet|parliament|president|prime minister|chancellor|"
    r"(?:foreign|defen[cs]e|finance) minister|minister|people)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
TARGET_STATES = {"RU", "BY", "IR", "KP", "SY"}
# A sentence's opening phrase that sets the scene before its subject: "Speaking in Brussels after
# emergency NATO and G7 summits on Thursday, ...".
LEAD_PHRASE = re.compile(
    r"\W*(?:[A-Z][a-z]+ing|After|Before|During|Following|Ahead of|Despite|Amid)\b[^,;]{0,150},\s*"
)
# A dated gathering where pledges are made: "Thursday's donors' conference in Warsaw".
EVENT = re.compile(
    r"\b(?P<noun>conference|summit|meeting|talks|gathering|forum|fundraiser|telethon|visit|"
    r"(?<=pledging )event|(?<=closing )event|(?<=donor )event)\b"
    r"(?:\s+(?:in|at)\s+(?P<place>[A-Z][a-z]+))?",
    re.IGNORECASE,
)
# "14:05 —": the time of a live report's entry, whose day is the day of publication.
TIMESTAMP = re.compile(
    r"^\W*(?:(?:Update|Updated|Latest)\b,?\s*)?(?P<time>\d{1,2}[:.]\d{2})"
    r"(?:\s*(?:GMT|BST|CET|CEST|EET|UTC|ET|a\.m\.|p\.m\.))?\s*[—–:-]"
)
# A time the clause gives without a date: "even before the invasion", "last year".
OTHER_TIME = re.compile(
    r"\b(?:(?:before|prior to) the (?:invasion|war|attack)|even before|last year|previously|"
    r"earlier this year|in the weeks before)\b",
    re.IGNORECASE,
)
# Words by which a later sentence says it is at that gathering.
AT_EVENT = r"delegates?|delegations?|participants|attendees|hosts?"

# --- Sanctions: the measure a clause states, by name or by its effect ----------------------------

MEASURES = [
    ("swift_exclusion", r"\b(?:SWIFT)\b"),
    ("asset_freeze", r"\b(?:(?:full\s+)?blocking sanctions|designat(?:ed|es|ing)\b(?!\s+(?:as\s+(?!well)|a\s|an\s))|(?:full\s+)?transactions? bans?|(?:ban\w*|prohibit\w*) (?:on )?(?:all |any )?transactions|froze|freez\w*|frozen|off-limits|hold (?:still|back)\s+(?:\w+\s+){0,3}?assets|block(?:ed|ing|s)?\s+(?:\w+\s+){0,3}?(?:assets|property|funds|accounts)|asset freezes?|seiz\w+\s+(?:\w+\s+){0,3}?(?:assets|yachts?|property))\b"),
    ("export_ban", r"\b(?:export (?:bans?|controls?|restrictions?)|exports?\b[^.]{0,80}?\b(?:are|is|were|will be)\s+(?:banned|prohibited|barred|forbidden)|entity list|(?:ban\w*|bar(?:s|red|ring)?|prohibit\w*|halt\w*|restrict\w*|stop\w*|curb\w*)\s+(?:\w+\s+){0,3}?exports?|(?:ban\w*|bar\w*|prohibit\w*|halt\w*|stop\w*)\s+(?:\w+\s+){0,2}?(?:shipments|sales|deliveries|supplies)\s+of\s+[^.;]{0,60}?\bto)\b"),
    ("import_ban", r"\b(?:import (?:bans?|embargo(?:es)?)|embargo|imports?\b[^.]{0,80}?\b(?:are|is|were|will be)\s+(?:banned|prohibited|barred|forbidden)|(?:stop|cease|halt)\w*\s+importing|(?:can|may|will)\s+(?:\w+\s+){0,2}?no longer be (?:brought|imported|shipped|sold) (?:into|to|in)|(?:ban|embargo) on (?:\w+\s+){0,3}?(?:oil|gas|coal|steel|vodka|seafood|diamonds|gold|imports)|(?:ban\w*|bar(?:s|red|ring)?|prohibit\w*|halt\w*|stop\w*|phase\w* out)\s+(?:\w+\s+){0,4}?imports?|imports? of [^.]{0,40}?(?:banned|prohibited|barred))\b"),
    ("travel_ban", r"\b(?:travel bans?|entry bans?|visa bans?|(?:barred|banned)\s+(?:[\w-]+\s+){0,6}?from\s+(?:entering|travel\w*))\b(?!\s+(?:\S+\s+){0,2}(?:ports?|airspace|waters|harbou?rs|territory))"),
    ("investment_ban", r"\b(?:(?:ban\w*|prohibit\w*)\s+(?:\w+\s+){0,3}?investments?|investment ban|(?:stops?|bars?|barred|prohibits?|bans?|forbids?)\s+(?:\w+\s+){0,3}?from\s+(?:putting|making|investing)\s+(?:any\s+)?new\s+(?:money|investments?)|new investment|(?:may|can|will)\s+(?:\w+\s+){0,2}?no longer (?:take part in|invest in|participate in|finance))\b"),
    ("other", r"\b(?:(?:barred|banned)\s+from\s+(?:entering|using|carrying|operating|doing business|trading|providing)|(?:barred|banned)\s+(?:[\w-]+\s+){1,8}?from\s+(?:broadcasting|operating|rating|trading|providing|doing business|selling)\b|(?:may|can|will) no longer (?:enter|use|land|dock|access|fly)|sanction(?:ed|ing)\b(?!\s+(?:money|assets|funds|goods|individuals|entities|people|persons|oligarchs|companies|lists?|banks|regime|Russians?))|(?:will|would|to|shall)\s+sanction\b|(?:added|placed|put)\s+(?:[\w-]+\s+){0,12}?(?:to|on)\s+(?:the|its)\s+(?:sanctions\s+)?list|(?:impos\w+|announc\w+|slapp\w+|levi\w+|new|fresh|further)\s+(?:\w+\s+){0,2}?sanctions\s+(?:on|against)|sanctions\s+(?:on|against)|most-favou?red[- ]nation|trade status|punitive tariffs?|(?<!lift )(?<!lifts )(?<!lifting )(?<!remove )(?<!scrap )(?<!waive )tariffs?\s+(?:on|of)\s+(?:\S+\s+){0,5}?(?:Russian|Belarusian)|(?:raise|increase|hike)\w*\s+(?:\w+\s+){0,5}?tariffs|clos(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}?(?:airspace|ports)|barred\s+[^.,]{0,60}?from\s+(?:\w+\s+)?(?:landing|flying|airspace|ports|docking)|ban\w*\s+[^.,]{0,60}?from\s+(?:\w+\s+)?(?:landing|flying|airspace|ports|docking)|expel\w*|suspend\w*\s+(?:\w+\s+){0,3}?(?:trade|licen[cs]es|broadcast\w*))"),
]  # fmt: skip
_MEASURES = [(measure, re.compile(pattern, re.IGNORECASE)) for measure, pattern in MEASURES]
MEASURE_BREAK = re.compile(
    r",?\s+and\s+(?:also\s+)?(?=[a-z]+ed\b|(?:ban|bar|stop|halt|prohibit|freeze|block|impose|cut|close|restrict)\w*\b)|,\s+and\s+(?=[A-Z][^.;]{0,80}?\b(?:have|has|had|were|was|are|is|will|would|must|may|can)\b)|;\s+|,\s+(?:while|but|whereas)\s+"
)
MEASURE_VERB = re.compile(
    r"\b(?:banned|bans?|froze|freez\w+|blocked|blocks?|prohibited|prohibits?|imposed|imposes?|"
    r"excluded|exclusion|cut off|removed|disconnected|barred|closed|placed|put|halted|suspended|"
    r"sanctioned|expelled|seized|announced|slapped|added|listed|designated|targeted|cutting|cuts|cut)\b"
)
TARGET_KINDS = [
    ("banks", r"banks?|lenders?|central bank|financial institutions|Sberbank|VTB"),
    ("persons", r"oligarchs?|individuals|persons|people|men|women|leaders?|president|ministers?|"
                r"officers|generals|commanders|"
                r"officials|lawmakers|members|businessm[ae]n|elites?|family|relatives|Putin|"
                r"Lavrov|politicians|executives|managers|directors|tycoons|billionaires|owners|"
                r"deputies|senators|judges|propagandists|journalists"),
    ("sectors", r"oil|gas|coal|energy|sector|industry|steel|luxury goods|technology|"
                r"semiconductors|vodka|seafood|diamonds|products|goods|potash|fertili[sz]ers?|timber|"
                r"wood|cement|tobacco|fuels?|metals?|iron|alumin(?:i?um|a)|gold|machinery|chemicals"),
    ("entities", r"entities|companies|firms|airlines?|Aeroflot|organi[sz]ations|businesses|ships|"
                 r"vessels|aircraft|planes|flights|broadcasters?|state media|RT|Sputnik|enterprises|"
                 r"Investment Fund|projects|agencies"),
]  # fmt: skip
_TARGET_KINDS = [
    (kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in TARGET_KINDS
]
NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,4}\b")
NOT_NAMES = re.compile(
    r"^(?:President|Prime|Foreign|Defen[cs]e|Minister|Chief|State|Central|National|Security|"
    r"Council|Department|Ministry|Treasury|Office|Bank|The|This|It|In|On|Russian|Russia|"
    r"Ukraine|Ukrainian|European|Kremlin|Duma|Federation|Federal|Entity)\b"
)
# Words saying a list names only some of the targets: "several leaders, including Putin".
SOME_OF = re.compile(
    r"\b(?:including|among them|among others|such as|several|some|many|dozens|hundreds|others?|"
    r"more|a number of|like|relatives|family|members)\b",
    re.IGNORECASE,
)
# Words that make a name a company's: "Tactical Missiles Corporation", "Gazprom Neft".
CORPORATE = re.compile(
    r"\b(?:Corporation|Corp|Bank|Group|Systems|Company|Holding|Holdings|Airlines?|Neft|Industries|"
    r"Works|Agency|Fund|Plant|Factory|Energy|Oil|Gas|Media|Channel)\b"
)
TITLES = re.compile(
    r"^(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Finance Minister|Minister|"
    r"Chancellor|Premier|Chief Executive|Chairman|"
    r"Mr\.?|Ms\.?|Mrs\.?|oligarch|billionaire|businessman)\s+"
)

# --- Figures about people ----------------------------------------------------------------------

_qualifier = "|".join(f"(?P<{name}>(?i:{words}))" for name, words in QUALIFIERS)
PEOPLE_WORDS = (
    r"people|refugees|persons|civilians|Ukrainians|children|residents|migrants|evacuees|"
    r"internally displaced|deaths|casualties|arrivals"
)
PEOPLE_NUMBER = re.compile(
    rf"(?:\b(?:{_qualifier})\s+)?(?<![\w.,])(?P<number>{NUMBER})(?:\s+(?P<scale>{SCALE}))?"
    rf"(?P<rest>\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE_WORDS})\b"
    r"|\s+of\s+them\b|\s+(?:were\s+)?(?:killed|injured|wounded)\b"
    r"|\s+(?:are|were|have been|had been)\s+(?:now\s+)?(?:internally\s+)?(?:displaced|uprooted|homeless)\b"
    r"|\s+(?:more\s+|others?\s+|of them\s+)?(?:have|had|has)\s+(?:now\s+)?"
    r"(?:been\s+)?(?:fled|left|crossed|displaced|killed|forced|uprooted|arrived))"
)
# "Poland has received ..., more than 1.8 million": a bare number where the sentence is about
# people who fled and a country that takes them in.
BARE_PEOPLE = re.compile(
    rf"(?:\b(?:{_qualifier})\s+)?(?<![\w.,$€£¥])"
    r"(?P<number>\d+(?:\.\d+)?(?=\s+million\b)|\d{1,3}(?:,\d{3})+)(?:\s+(?P<scale>million))?"
    r"(?=\s*[,.;]|\s+of\s+them|\s+and\b|\s*$)"
)
HOSTING = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:has|had|have|is|was)?\s*(?:(?:already|so far|now|since)\s+)?(?:taken in|took in|"
    r"received|hosts|hosted|is hosting|hosting|welcomed|sheltered|registered|admitted|accepted)",
    re.IGNORECASE,
)
FIGURE_KINDS = [
    ("displaced", r"displaced|uprooted|homeless|(?:forced|driven) from their homes|remain(?:ed|ing)? in the country|"
                  r"inside the country|within the country|internally"),
    ("casualties", r"killed|killing|dead|deaths|died|wounded|injured|casualties"),
    ("refugees_hosted", r"arrived in|entered|crossed into|taken in|took in|hosts?|hosting|stayed|remained|"
                        r"sheltering|registered|recorded|received|arrivals|arriving|still there|crossed (?:its|their) border|"
                        r"admitted|accepted"),
    ("fled_abroad", r"fled|flee|fleeing|left|crossed|refugees|exodus|escaped"),
]  # fmt: skip

NOTES = {
    "aggregate": "A sum of several donors' aid, not one donor's pledge: not to be recorded as one.",
    "running_total": "A running total of aid given so far, not a new pledge: not to be recorded "
    "as one.",
    "part_of_package": "A part of a sum stated above, or that sum stated again: recording it "
    "would count the same money twice.",
    "earlier": "Earlier aid that the new pledge comes on top of, mentioned for context: not a new "
    "pledge.",
}


@dataclass
class Context:
    """What the sentences read so far say, for the clauses that leave it out."""

    published: datetime.date | None
    recipient: Actor | None = None
    last_pledge: Draft | None = None
    last_subject: tuple[int, Actor] | None = None  # (paragraph, actor)
    last_imposer: tuple[int, Actor] | None = None
    last_sanctions: tuple[int, list] = (0, [])  # (paragraph, drafts) of the last sanction sentence
    last_date: dict = field(default_factory=dict)  # actor key -> (paragraph, When)
    sums: list = field(default_factory=list)  # (paragraph, Decimal, flag or None) stated so far
    paragraph: str = ""
    previous_paragraph: str = ""
    sentence: str = ""
    previous_sentence: str = ""
    author: Actor | None = None  # the first party the text names as acting
    target: Actor | None = None  # the first sanctioned state the text names
    list_open: bool = False  # the paragraphs are items of a list introduced by a colon
    floating_date: tuple | None = None  # (paragraph, When) of a sentence that names nobody
    last_any_date: tuple | None = None  # (paragraph, When): the last date the text stated
    event: tuple | None = None  # (paragraph, When, noun, place): "Thursday's conference in Warsaw"
    home: Actor | None = None  # the country whose government "the government" is, in a local report


# An interviewer's question, or any sentence asked: "Q: How many guns?", "What has Canada sent?"
QUESTION = re.compile(r"\?[”\"’]?\s*$|^\W*(?:Q|Question)\s*[:.]\s")
# A line of a box of figures: "€20m: Ireland's commitment so far", "1 million+: people who fled".
FACTBOX = re.compile(
    r"(?:[A-Z]{0,3}[$€£¥])?\d[\d.,]*(?:\s*(?:m|bn|k|million|billion|thousand|%))?\+?:\s+\S"
)


def sentences(paragraph: str) -> list[str]:
    return [part for part in SENTENCE_END.split(paragraph) if part.strip()]


def clauses(sentence: str) -> list[str]:
    parts, position = [], 0
    for match in CLAUSE_BREAK.finditer(sentence):
        parts.append(sentence[position : match.start()])
        position = match.end()
    parts.append(sentence[position:])
    return [part for part in parts if part.strip()]


def extract(paragraph_texts: list[str], published: datetime.date | None) -> Drafts:
    drafts = Drafts()
    context = Context(published, recipient=_main_recipient(paragraph_texts))
    context.home = _home_country(paragraph_texts, context.recipient)
    for number_, paragraph in enumerate(paragraph_texts, start=1):
        context.previous_paragraph, context.paragraph = context.paragraph, paragraph
        if FACTBOX.match(paragraph.strip()):
            continue  # "By the numbers" lines restate what the text told
        for sentence in sentences(paragraph):
            _sentence(drafts, context, number_, paragraph, sentence)
        short = len(paragraph.split()) <= 15 or paragraph.rstrip().endswith(";")
        context.list_open = paragraph.rstrip().endswith(":") or (context.list_open and short)
    _merge_repeats(drafts)
    _drop_headline_repeats(drafts, paragraph_texts)
    return drafts


def _drop_headline_repeats(drafts: Drafts, paragraph_texts: list[str]) -> None:
    """A headline ("... as Berlin clears 2,700 Strela missiles for Ukraine") tells in brief a
    pledge the body tells in full: its draft goes where the body states the same."""
    if not paragraph_texts or re.search(r"[.!?]\W*$", paragraph_texts[0]):
        return  # the first paragraph is a sentence of the body, not a headline

    def same(a: Draft, b: Draft) -> bool:
        if (
            a.fields["donor_code"] != b.fields["donor_code"]
            or a.fields["donor"] != b.fields["donor"]
        ):
            return False
        if a.fields.get("amount") or b.fields.get("amount"):
            return a.fields.get("amount") == b.fields.get("amount")
        return bool(set(quantities_of(a)) & set(quantities_of(b)))

    drafts.pledges = [
        d for d in drafts.pledges
        if d.paragraph != 1 or not any(o.paragraph > 1 and same(d, o) for o in drafts.pledges)
    ]  # fmt: skip


def quantities_of(draft_: Draft) -> list[int]:
    return [i["quantity"] for i in draft_.fields.get("items", []) if i.get("quantity")]


def _home_country(paragraph_texts: list[str], recipient: Actor | None) -> Actor | None:
    """The country a report is written from, which says "the government" of its own: the one
    named far more often than any other giver (at least three times, twice the next)."""
    counts: dict[str, list] = {}
    for paragraph in paragraph_texts:
        for actor in actors(paragraph):
            if (
                actor.kind == "country"
                and actor.code not in TARGET_STATES
                and (recipient is None or actor.key != recipient.key)
            ):
                counts.setdefault(actor.key, [0, actor])[0] += 1
    ranked = sorted(counts.values(), key=lambda entry: -entry[0])
    if ranked and ranked[0][0] >= 3 and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
        return ranked[0][1]
    return None


def _main_recipient(paragraph_texts: list[str]) -> Actor | None:
    """The country the text reports aid to: Ukraine when named, else the one most often named
    after "to" or "for"."""
    counts: dict[str, list] = {}
    for paragraph in paragraph_texts:
        for actor in actors(paragraph):
            before = paragraph[max(0, actor.start - 6) : actor.start]
            weight = 1 if re.search(r"\b(to|for|help)\s+(?:the\s+)?$", before) else 0
            if (
                actor.kind == "country"
                and actor.code not in TARGET_STATES
                and (weight or actor.code == "UA")
            ):
                entry = counts.setdefault(actor.code, [0, actor])
                entry[0] += weight
    if "UA" in counts:
        return counts["UA"][1]
    return (
        max(counts.values(), key=lambda entry: entry[0])[1] if counts else None
    )  # "aid to Moldova"


def _sentence(drafts: Drafts, context: Context, number_: int, paragraph: str, sentence: str):
    context.previous_sentence, context.sentence = context.sentence, sentence
    context.target = context.target or next(
        (a for a in actors(sentence) if a.code in TARGET_STATES), None
    )
    people = _figures(drafts, context, number_, sentence)
    if QUESTION.search(sentence) or QUESTION.match(paragraph):
        return  # "Q: How many guns?": an interviewer's question states nothing
    if not _sanctions(drafts, context, number_, sentence):
        for text in clauses(sentence):
            _pledge(drafts, context, number_, paragraph, sentence, text, people)
    subject = _subject(sentence, actors(sentence), context) or _own_government(sentence, context)
    if subject:
        context.last_subject = (number_, subject)
        context.author = context.author or subject
    stated = dates(sentence, context.published) or list(
        filter(None, [_relative_date(sentence, context)])
    )
    carried = context.last_subject and CARRY_SUBJECT.search(sentence)
    owner = subject or (context.last_subject[1] if carried else None)
    if stated and stated[0].on and owner:
        context.last_date[owner.key] = (number_, stated[0])
    context.floating_date = (number_, stated[0]) if stated and stated[0].on and not owner else None
    _date_told_after(context, number_, sentence, stated)
    if stated and stated[0].on:
        context.last_any_date = (number_, stated[0])
        event = next((m for m in EVENT.finditer(sentence)
                      if abs(m.start() - stated[0].start) < 50), None)  # fmt: skip
        if event:
            context.event = (number_, stated[0], event.group("noun").lower(), event.group("place"))


# "At national level, the government keeps ...": a report's own government, named by its office.
OWN_GOVERNMENT = re.compile(
    r"(?:[A-Z][^,]{0,40},\s*)?(?:the|its)\s+(?:government|cabinet|state|federal government|"
    r"defen[cs]e ministry|ministry of defen[cs]e|army|armed forces)\b",
    re.IGNORECASE,
)


def _own_government(text: str, context: Context) -> Actor | None:
    return context.home if context.home and OWN_GOVERNMENT.match(text.lstrip()) else None


def _date_told_after(context: Context, number_: int, sentence: str, stated) -> None:
    """ "1. IMF: US$1.4 billion. Emergency financing ..., approved on March 9.": a sentence that
    names no party and states no sum of its own dates the pledge just told in its paragraph."""
    last = context.last_pledge
    if (
        not stated
        or not stated[0].on
        or last is None
        or last.paragraph != number_
        or last.fields["announced_on"]
        or actors(sentence)
        or money(sentence)
        or OTHER_TIME.search(sentence)
    ):
        return
    when = stated[0]
    last.fields.update(announced_on=when.on.isoformat(), announced_precision=when.precision,
                       announced_as=when.words.strip()[:100])  # fmt: skip
    last.notes.append(
        "The date is stated in the sentence after the sum, which names no other party."
    )
    if when.note:
        last.notes.append(when.note)
    if when.precision == "derived" and "derived_date" not in last.flags:
        last.flags.append("derived_date")


def _subject(text: str, found: list[Actor], context: Context) -> Actor | None:
    """The clause's actor that acts: the first one not named as a recipient, a target or one of
    a list."""
    skipped_end = -10
    stamp = TIMESTAMP.match(text)
    lead = LEAD_PHRASE.match(text, stamp.end() if stamp else 0)
    for actor in found:
        if lead and actor.end <= lead.end():
            continue  # "Speaking after NATO and G7 summits, Biden said": the scene, not who acts
        if GOVERNMENT_OF.search(text[max(0, actor.start - 40) : actor.start]):
            return actor  # "The Government of Japan decided"
        before = text[max(0, actor.start - 12) : actor.start].lower()
        if re.search(
            r"\b(to|for|of|in|into|against|on|from|help|with|toward|towards|by|outside|inside|"
            r"beyond|join|joining|than|beside|alongside|like|unlike|after|before)\s+(the\s+)?$",
            before,
        ) or (
            re.fullmatch(
            r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?", text[skipped_end : actor.start]
        ) and (re.match(r"\s*(?:,|and\b|or\b)", text[actor.end :])
               or re.search(r"\band\s+(?:the\s+)?$", text[: actor.start]))):  # fmt: skip
            skipped_end = actor.end  # an object, or the next of a list of objects
            continue
        if re.fullmatch(
            r"\s+(?:chancellor|president|prime minister|premier|(?:foreign |defen[cs]e |finance )?minister|leader|counterpart)\s+",
            text[skipped_end : actor.start],
            re.IGNORECASE,
        ):
            skipped_end = actor.end  # "beside the German chancellor Olaf Scholz"
            continue
        if re.search(r"\b(?:such as|including|like|through|via|among them)\b[^.;]*$", text[: actor.start]):  # fmt: skip
            continue  # one of a list: "through organisations such as UNICEF"
        recipient = context.recipient
        if (recipient and actor.key == recipient.key and actor.how != "capital"
                and not re.search(r"^\W*(the\s+)?$", text[: actor.start])):  # fmt: skip
            continue
        if actor.code in TARGET_STATES:
            continue  # a sanctioned state gives no aid in these texts: "Russia's war"
        return actor
    return None


# --- Pledges -----------------------------------------------------------------------------------


def _cue(text: str):
    """The clause's pledge verb: not negated, hedged, a noun or in a relative clause."""
    for match in PLEDGE_VERB.finditer(text):
        before = text[: match.start()]
        if NEGATED.search(before) or _noun(text, match) or RELATIVE.search(before):
            continue
        if re.match(r"\s+(?:no|nothing)\b", text[match.end() :]):
            continue  # "gave no details"
        if match.group(0).lower().endswith("ing") and re.search(
            r"\b(?:in|of|by|for|after|before)\s+$", before
        ):
            continue  # "in providing military aid": a gerund, not a pledge
        return match
    return None


def _noun(text: str, match: re.Match) -> bool:
    """ "$134m in grants", "medical supplies": the word a verb can be, used as a noun."""
    words = match.group(0).split()
    return (
        len(words) == 1
        and words[0].lower() in NOUN_FORMS
        and (match.start() == 0 or bool(DETERMINERS.search(text[: match.start()])))
    )


def _pledge(drafts, context, number_, paragraph, sentence, text, people_spans):
    cue = _cue(text)
    admits = ADMIT_VERB.search(text)
    found = actors(text)
    offset = sentence.find(text)
    if admits and any(admits.start() <= a - offset < admits.end() for a, _ in people_spans):
        admits = None  # "has admitted around 250 evacuees": a count of people, drafted as a figure
    amounts = [m for m in money(text)
               if not any(a <= m.start + offset < b for a, b in people_spans)]  # fmt: skip
    listed = items(text)
    # "The German guns come on top of the five PzH 2000s the Netherlands promised": items of
    # earlier aid, told for context; drafted only where the text dates that aid ("on top of a
    # decision taken a day earlier to send ...").
    on_top = re.search(r"\b(?:on top of|in addition to)\b", text, re.I)
    if on_top and not (
        RELATIVE_DAY.search(text, on_top.end()) or dates(text[on_top.end() :], context.published)
    ):
        listed = [item for item in listed if item.start < on_top.start()]
    if not (cue or admits or amounts or listed):
        return
    if not amounts and re.match(r"^\W*[“\"]", sentence) and offset < 3:
        return  # someone's words quoted: a hope or a view, not a pledge the source reports
    if (
        cue
        and not amounts
        and (HEDGED.search(text[: cue.start()]) or RESISTED.search(text[: cue.start()]))
    ):
        return
    if not amounts and BEFORE_NOW.search(text[: cue.start()] if cue else text):
        return
    if cue and DOMESTIC.match(text[cue.end() :]):
        return  # "agreed to give the federal states 2 billion euros": spending at home
    if cue and NEGATED.search(text[: cue.start()]):
        return
    donor, carried = _donor(text, found, cue, context, number_)
    # Amounts that are not one donor's pledge.
    pledge_amounts, earlier = [], []
    for amount in amounts:
        flag = _not_a_pledge(text, amount, donor, found, context, earlier, number_)
        context.sums.append((number_, amount.amount, flag))
        earlier.append(amount)
        if flag == "background":
            continue  # a need, a cost or a loss: nothing to propose
        if flag:
            drafts.pledges.append(_flagged(amount, flag, donor, number_, text, context))
        else:
            pledge_amounts.append(amount)
    if not cue and not pledge_amounts and not admits:
        if (listed and context.last_pledge and _continues(text, found, context, number_)
                and not ANOTHER.search(text)):  # fmt: skip
            _add_items(context.last_pledge, listed, number_, text)
            return
        if not (listed and donor and any(item.quantity for item in listed)):
            return  # a sentence with neither a pledge verb nor a sum nor counted items
    follows_aid = context.last_pledge and context.last_pledge.paragraph >= number_ - 1
    if (
        not cue
        and not AID_WORDS.search(text)
        and not AID_WORDS.search(paragraph)
        and not listed
        and not follows_aid
    ):
        return
    if donor is None:
        if listed and context.last_pledge and _continues(text, found, context, number_):
            _add_items(context.last_pledge, listed, number_, text)
        return
    if not listed and cue and not pledge_amounts:
        listed = named_items(text, cue.end())  # "to receive Gepard anti-aircraft guns"
    if not amounts and not listed and OTHER_TIME.search(text):
        return  # "We were sending lethal aid before the invasion began": the story so far
    if not (pledge_amounts or listed or admits or AID_WORDS.search(text)):
        return
    recipient = _recipient(text, found, donor, context)
    if recipient is None or recipient.key == donor.key:
        return  # a country's own forces or budget: not aid from one party to another
    if amounts and not pledge_amounts:
        return  # the clause's sums are totals or parts, flagged above: nothing else to propose
    summary = _collective(text[: cue.start()] if cue else text)
    if not pledge_amounts and summary and not OWN_MEMBERS.match(text[donor.end :]):
        return  # "Four Nordic countries have promised weapons": the summary of what follows
    last = context.last_pledge
    if (not pledge_amounts and not listed and not admits and last and last.paragraph >= number_ - 1
            and last.fields["donor"] == donor.name and re.match(r"^\W*(?:the|this|that|it)\b", text, re.I)
            and not any(a.start < (cue.start() if cue else len(text)) for a in found)
            and not ANOTHER.search(text)):  # fmt: skip
        return  # "The package provides ...": the pledge just proposed, described again
    amount = pledge_amounts[0] if pledge_amounts else None
    fields, readings, notes, flags = _pledge_fields(
        text, sentence, donor, recipient, amount, cue, admits, context, number_
    )
    if carried:
        notes.append(f"The donor is not named in this sentence: {donor.name} is taken from the "
                     f"sentence before.")  # fmt: skip
    quote = _clip(text[slice(*_pledge_quote(text, amount, cue, admits, listed))])
    draft_ = Draft("pledge", fields, number_, quote, flags, readings, notes)
    last = context.last_pledge
    if (listed and last and not amount and not admits and _same_parties(last, draft_)
            and last.paragraph >= number_ - 1
            and re.search(r"\b(?:package|includes?|including|shipment|aid|batch)\b", text, re.I)
            and not _another(text)):  # fmt: skip
        _add_items(last, listed, number_, text)
        return
    _add_items(draft_, listed, number_, text)
    drafts.pledges.append(draft_)
    joined = _joined_donors(text, found, donor, cue) if not amount else []
    if len(joined) >= 2 and re.search(r"\b(?:all|each|also|too|in recent (?:days|weeks))\b", text):
        drafts.pledges.remove(draft_)  # "The US, Canada and the Netherlands have all promised ..."
        context.last_pledge = None
        return
    if not amount:
        for other in joined:
            twin = Draft("pledge", {**draft_.fields, "donor": other.name, "donor_code": other.code,
                                    "donor_kind": other.kind, "items": [dict(i) for i in draft_.fields.get("items", [])]},
                         number_, quote, list(flags), dict(readings), list(notes))  # fmt: skip
            twin.fields["description"] = _describe(twin.fields)
            drafts.pledges.append(twin)
    context.last_pledge = draft_
    context.last_subject = (number_, donor)
    # Further amounts stated for the same donor in the clause are parts of this pledge, unless
    # told as another: "approved on February 26 ... CZK 188 million, and a day later a second
    # package worth CZK 400 million".
    previous = amount
    for extra in pledge_amounts[1:]:
        between = text[previous.end : extra.start]
        if _another(between):
            draft_ = _another_pledge(draft_, extra, between, text, context, number_)
            drafts.pledges.append(draft_)
            context.last_pledge = draft_
        else:
            drafts.pledges.append(_flagged(extra, "part_of_package", donor, number_, text, context))
        previous = extra


def _another(text: str) -> bool:
    """Whether `text` tells of another pledge ("a second package"), not one told again ("that
    second batch")."""
    found = ANOTHER.search(text)
    return bool(found) and not re.search(
        r"\b(?:that|this|the same)\s+$", text[: found.start()], re.I
    )


def _another_pledge(first: Draft, amount, between, text, context, number_) -> Draft:
    """The second sum of a clause told as another pledge of the same donor, dated from the first
    where the clause counts from it ("a day later")."""
    fields = {**first.fields, "amount": amount_text(amount.amount), "items": []}
    notes, flags, readings = [], [f for f in first.flags if f != "read_currency"], {}
    currency = amount.currency
    if currency == "$":
        currency = DOLLARS.get(first.fields["donor_code"], "USD")
        readings["currency"] = "read"
        flags.append("read_currency")
        notes.append(f"The source writes a bare “$”: read as {currency}.")
    fields["currency"] = currency
    base = first.fields["announced_on"]
    when = base and _relative_date(
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
    quote = _clip(text[slice(*_pledge_quote(text, amount, None, None, []))])
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
    first_sum = next(iter(money(text)), None)
    limit = cue.start() if cue else (first_sum.start if first_sum else len(text))
    before = [a for a in found if a.start < limit]
    subject = _subject(text, before, context) if before else None
    recipient_key = context.recipient and context.recipient.key
    named_first = (
        found
        and found[0].key == recipient_key
        and re.match(r"^\W*(?:the\s+)?$", text[: found[0].start])
    )
    if (subject is None and named_first) or (subject and subject.key == recipient_key):
        # "Ukraine will receive $500 million from the United States"
        givers = {a.key: a for a in found if a.key != recipient_key and a.code not in TARGET_STATES
                  and re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, a.start - 10) : a.start])}  # fmt: skip
        if len(givers) == 1:
            return next(iter(givers.values())), False
    if subject:
        return subject, False
    opening = re.match(r"^\W*In\s+(?:the\s+)?", text)
    if opening:  # "In Canberra, ..." / "In Switzerland, ..."
        named = next((a for a in found if a.start == opening.end()), None)
        if named and named.code not in TARGET_STATES:
            return named, False
    if first_sum:  # "€1 billion from the European Commission", "$7.5 billion comes from Washington"
        recipient_key = context.recipient and context.recipient.key
        after = [a for a in found if a.start >= first_sum.end and a.key != recipient_key]
        source = [a for a in after if re.search(
            r"\bfrom\s+(?:the\s+)?$", text[max(0, a.start - 10) : a.start])]  # fmt: skip
        if len({a.key for a in after}) == 1 and source:
            return source[0], False
    # "two planeloads of Spanish weapons": a demonym naming whose the aid is.
    adjective = next((a for a in found if a.code not in TARGET_STATES
                      and (not context.recipient or a.key != context.recipient.key)
                      and (a.how == "demonym" or (re.match(r"\s+[a-z]", text[a.end :])
                                                  and re.search(r"\bof\s+(?:the\s+)?$", text[: a.start])))
                      and (cue is None or a.how != "demonym" or a.start > cue.start()
                           or re.search(r"\b(?:with|of)\s+$", text[: a.start]))), None)  # fmt: skip
    if adjective and (
        cue is None or re.search(r"\b(?:of|with)\s+(?:the\s+)?$", text[: adjective.start])
    ):
        return adjective, False
    if cue is not None:
        passive = re.search(r"\bby\s+(?:the\s+)?", text[cue.end() :])
        if passive and re.search(r"\bbe\s+\w+$|\b(?:was|were|is|are|been)\s+\w+$", cue.group(0)):
            after = [a for a in found if a.start >= cue.end() + passive.end() - 5]
            if after and not re.search(r"\b(?:a|an|one)\s+$", text[: after[0].start]):
                return after[0], False  # "by Japan's forces", not "by a NATO member"
    own = _own_government(text, context)
    if own and not before:
        return own, False  # "At national level, the government approved ..."
    # "A further $320 million will go to ..., the White House said": the party the clause is
    # attributed to.
    said = re.search(
        r",\s+(?P<who>[^,;]{2,60}?)\s+(?:said|says|announced|added|confirmed|stated)\b[^,;]*$", text
    )
    recipient_key = context.recipient and context.recipient.key
    if said:
        named = [a for a in found if said.start("who") <= a.start < said.end("who")
                 and a.code not in TARGET_STATES and a.key != recipient_key]  # fmt: skip
        if named:
            return named[0], False
    if context.author and re.search(r"\b[Ww]e\b", text[:limit]):
        return context.author, True  # "that we pledged": the government whose release it is
    recipient_key = context.recipient and context.recipient.key
    if (
        context.last_subject
        and context.last_subject[0] >= number_ - 1
        and (CARRY_SUBJECT.search(text) or not before)
        # "drawn from Canadian Armed Forces stocks": the same party's own, named as an adjective
        and all(
            a.key == recipient_key or (a.key == context.last_subject[1].key and a.how == "demonym")
            for a in found
        )
    ):
        return context.last_subject[1], True
    return None, False


def _continues(text, found, context, number_) -> bool:
    last = context.last_pledge
    return (last.paragraph >= number_ - 1 or context.list_open) and (
        CARRY_SUBJECT.search(text) is not None
        or any(a.key == last.fields["donor_code"] or a.name == last.fields["donor"] for a in found)
        or not found
    )


def _recipient(text, found, donor, context) -> Actor | None:
    for actor in found:
        if actor.key == donor.key or actor.code in TARGET_STATES:
            continue
        before = text[max(0, actor.start - 14) : actor.start].lower()
        if TRANSIT.search(before):
            continue  # "left for Poland": on the way, not the recipient
        if re.search(r"\b(to|for|help|supply|with|into)\s+(the\s+)?$", before) or re.search(
            r"(supply|supplies|supplied|give|gave|send|sent|provide|provided|offer|offered)\s+$",
            before,
        ):
            return actor
    return context.recipient if context.recipient and context.recipient.key != donor.key else None


def _category(text: str) -> tuple[str | None, bool]:
    for category, words in CATEGORIES:
        if re.search(rf"\b(?:{words})", text, re.IGNORECASE):
            read = category == "military" and not re.search(
                r"\b(?:military|defen[cs]e|security assistance|weapons?|arms)\b", text, re.I
            )
            return category, read
    return None, False


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
    category, category_read = _category(text)
    if admits and not amount:
        category = "humanitarian"
    if category_read:
        readings["category"] = "read"
        notes.append("Military aid is read from the words “lethal” or the items, not stated.")
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
        currency = amount.currency
        if currency == "$":
            currency = DOLLARS.get(donor.code, "USD")
            readings["currency"] = "read"
            flags.append("read_currency")
            why = (f"the currency of {donor.name}'s government" if donor.code in DOLLARS
                   else "the currency in which news agencies state sums of other countries")  # fmt: skip
            notes.append(f"The source writes a bare “$”: read as {currency}, {why}.")
        fields["currency"] = currency
    at = amount.start if amount else (cue.start() if cue else None)
    when = _when(text, sentence, donor, context, number_, at)
    if when:
        fields["announced_on"] = when.on.isoformat() if when.on else None
        fields["announced_precision"] = when.precision if when.on else "unknown"
        fields["announced_as"] = when.words.strip()[:100]
        if when.note:
            notes.append(when.note)
        if when.on and (when.precision == "derived" or when.note):
            flags.append("derived_date")
    fields["description"] = _describe(fields)
    return fields, readings, notes, flags


def _when(text, sentence, donor, context, number_, at=None):
    """The date of the pledge the clause states at `at` (its sum or verb)."""
    at = len(text) if at is None else at
    found = dates(text, context.published)
    others = {a.key for a in actors(sentence) if a.code not in TARGET_STATES} - {
        context.recipient and context.recipient.key
    }
    if not found and len(others) <= 1:
        found = dates(sentence, context.published)
    if found:
        # "Monday's package comes on top of a decision taken a day earlier to send ...": the
        # stated date is where the count starts.
        relative = RELATIVE_DAY.search(text, found[0].end, at)
        if relative and relative.start() - found[0].end < 120:
            return _relative_date(text[relative.start() :], context, found[0]) or found[0]
        return found[0]
    relative = _relative_date(text, context)
    if relative:
        return relative
    # "That changed on Friday. ... Macron said France was delivering": the sentence before.
    floating = context.floating_date
    if floating and floating[0] == number_:
        return floating[1]
    # A date stated earlier in the paragraph, or in the one before, for the same party; not for
    # a pledge the clause places at another time ("Even before the invasion, Prague had agreed").
    last = context.last_date.get(donor.key)
    if last and last[0] >= number_ - 1 and not OTHER_TIME.search(sentence):
        when = last[1]
        note = f"The date is given in paragraph {last[0]}, which reports the same announcement."
        return type(when)(when.on, when.precision, when.words, when.start, when.end,
                          " ".join(filter(None, [when.note, note])))  # fmt: skip
    # "10:20 — ... says the bloc will put another €500 million": a live report's entry of the day.
    stamp = TIMESTAMP.match(context.paragraph)
    if stamp and context.published:
        note = (f"An entry of a live report timed {stamp.group('time')}: the day of publication, "
                f"{context.published:%-d %B %Y}.")  # fmt: skip
        return When(context.published, "derived", stamp.group("time"), 0, 0, note)
    # "told the conference", "the Czech delegation": a pledge made at a gathering dated before.
    if context.event:
        paragraph_, when, noun, place = context.event
        at = rf"\b(?:{noun}|{AT_EVENT}{'|' + re.escape(place) if place else ''})\b"
        if re.search(at, context.previous_paragraph + context.paragraph, re.I):
            note = (f"The pledge is made at the {noun} that paragraph {paragraph_} dates "
                    f"({when.words.strip()}).")  # fmt: skip
            return type(when)(when.on, "derived", when.words, when.start, when.end,
                              " ".join(filter(None, [when.note, note])))  # fmt: skip
    return None


RELATIVE_DAY = re.compile(
    r"\b(?:(?P<same>(?:on\s+)?the same day|that day)|the (?:next|following) day|the day after"
    r"|(?P<back>the (?:day before|previous day|eve))"
    rf"|(?P<n>{NUMBER})\s+(?P<unit>days?|weeks?)\s+(?P<way>later|earlier|before))\b",
    re.IGNORECASE,
)


def _relative_date(text, context, base=None):
    """ "The same day", "a day later", "a day earlier": a date counted from `base` or the last one
    the text stated."""
    relative = RELATIVE_DAY.search(text)
    base = base or (context.last_any_date and context.last_any_date[1])
    if not relative or not base or not base.on:
        return None
    when, words = base, relative.group(0)
    days = 0 if relative.group("same") else -1 if relative.group("back") else 1
    if relative.group("n"):
        count = number(relative.group("n"))
        if count is None or count != int(count):
            return None
        days = int(count) * (7 if relative.group("unit").lower().startswith("week") else 1)
        days = -days if relative.group("way").lower() != "later" else days
    on = when.on + datetime.timedelta(days=days)
    note = f"“{words}” is counted from {when.words.strip()} ({when.on:%-d %B %Y}), stated before."
    return type(when)(on, "derived", words, relative.start(), relative.end(), note)


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
    tail = re.match(r"(?:\s+[\w’',.-]*\w){0,7}", text[match.end() :])
    return start, match.end() + tail.end()


def _clip(quote: str) -> str:
    """The quote up to its clause's end, without the small words that would dangle."""
    quote = re.split(r"[,;:.](?:\s|$)", quote.strip())[0].strip()[:200]
    dangling = (
        r"\s+(?:a|an|the|in|on|at|of|to|for|and|or|by|with|from|as|its|their|who|which|that)$"
    )
    while re.search(dangling, quote):
        quote = re.sub(dangling, "", quote)
    return quote.rstrip()


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


def _not_a_pledge(text, amount, donor, found, context, earlier, number_) -> str | None:
    """Why a sum is not one donor's pledge ("aggregate", "running_total", "part_of_package",
    "earlier", or "background" for a sum that is no one's aid), or None."""
    before = QUALIFIED.sub("", text[: amount.start])  # "to about $3.8 billion"
    cue = _cue(before)
    after = text[amount.end :]
    if earlier and re.search(r"\bbetween\b[^.;]*\band\s+$", before):
        # "at between €500 billion and €600 billion": the second end of the same range
        return next(
            (flag for _, value, flag in reversed(context.sums) if value == earlier[-1].amount), None
        )
    if re.search(
        r"\b(?:the\s+)?(?:first|second|third|final|remaining|last)\s+$", before, re.I
    ) or re.match(r"\s+of\s+(?:the|this|that|its)\s+(?:package|total|sum|amount|loan)\b", after):
        return "part_of_package"  # "the first €600 million was paid", "€1 billion of the package"
    givers = [a for a in actors(after) if a.code not in TARGET_STATES
              and (context.recipient is None or a.key != context.recipient.key)]  # fmt: skip
    if len({a.key for a in givers}) >= 2 and re.match(r"\s+(?:\w+\s+){0,4}?from\b", after):
        return "aggregate"  # "$139 million came as guarantees from the Netherlands ... and Sweden"
    if BACKGROUND.search(before[cue.end() if cue else 0 :]) or re.match(
        r"\s+(?:this year's|next year's|its|the|an annual)\s+budget\b", text[amount.end :], re.I
    ):
        return "background"
    if EARLIER.search(before[-60:]):
        return "earlier"
    if RUNNING_TOTAL.search(before[-120:]) or (
        re.search(r"\bbring\w*\b", before) and re.search(r"\bto\s+$", before)
    ):
        return "running_total"
    if re.search(
        r"\b(?:has|have)\s+(?:now\s+)?(?:committed|provided|given|sent|pledged|spent|delivered|"
        r"contributed|allocated)\b(?:[^.;]|\.\d)*$",
        before,
    ) and re.search(
        r"^[^.;]{0,160}?\b(?:since\b|so far|to date|"
        r"(?:over|in) the (?:past|last) (?:year|\w+ (?:months|years))|in total|altogether)\b",
        text[amount.end :],
    ):
        return "running_total"
    if re.match(r"\W*Since\b", context.sentence) and re.search(
        r"\b(?:has|have)\s+(?:now\s+)?(?:committed|provided|given|sent|pledged|spent|delivered|"
        r"contributed|allocated)\b",
        before,
    ):
        return "running_total"  # "Since February 24, Washington has spent $123 million"
    if re.search(r"\b(?:total|overall)\b[^.;]{0,40}$", before) and re.search(
        r"\b(?:since|so far|to date)\b", text[amount.end :][:60]
    ):
        return "running_total"
    # A sum stated again ("the $19.8 billion") is what it was the first time.
    again = next((flag for _, value, flag in context.sums if value == amount.amount), False)
    if again is not False and re.search(r"\b(?:the|this|that|its)\s+$", before, re.I):
        return again or "part_of_package"  # "background" stays background
    recipient_key = context.recipient and context.recipient.key
    donors = [a for a in found if a.start < amount.start and a.code not in TARGET_STATES
              and a.key != recipient_key]  # fmt: skip
    # "Latvia and Lithuania gave $10 million": several donors as one subject; not "after NATO
    # and G7 summits, Biden said": parties named on the way.
    joined = len({a.key for a in donors}) > 1 and any(
        re.search(r"\band\s+(?:the\s+)?$", text[: a.start])
        and (donor is None or donor.key in (a.key, donors[index].key))
        for index, a in enumerate(donors[1:])
    )
    collective = _collective(before)
    if collective and donor is not None and OWN_MEMBERS.match(text[donor.end :]):
        collective = None  # "European Union governments approved ..." is the Union acting
    if collective and re.search(r"\band\s+(?:its|their)\s+$", before[: collective.start()]):
        return "aggregate"  # "The UN and its partners ... $1.7 billion": the donor and others
    if (collective or joined) and (
        donor is None or joined or not re.search(r"\bits\b|\bhis\b|\bher\b", before)
    ):
        return "aggregate"
    if (
        re.match(
            r"\s+(?:[\w-]+\s+){0,2}?(?:appeal|response plan|funding request)\b",
            text[amount.end :],
            re.I,
        )
        or re.match(
            r"\s+(?:\w+\s+){0,3}?from\s+(?:\w+\s+){0,2}?(?:donors|citizens|individuals|the public|companies)\b",
            text[amount.end :],
        )
        or re.search(
            r"\b(?:appeals?\s+(?:for|seeking)|seeking|sought|asking for|asked for|requested)\s+$",
            before,
            re.I,
        )
    ):
        return "aggregate"  # "a $1.1 billion flash appeal": asked of many donors, not given
    if re.search(
        r"(?:^\W*|\bout\s+)of\s+(?:the|this|that|its)(?:\s+(?:total|sum|amount|money))?,?\s+$",
        before,
        re.I,
    ):
        return "part_of_package"  # "Of the €9.1 billion": a total stated again
    if re.search(
        r"^\s*(?:\w+\s+)?(?:tranche|instal(?:l)?ment|disbursement)\b", text[amount.end :], re.I
    ) or re.search(r"\b(?:tranche|instal(?:l)?ment)s?\s+of\s+$", before, re.I):
        return "part_of_package"  # "the first €600 million tranche": part of a loan or grant
    restated = re.search(r"^\W*(?:of|out of)\s+(?:the|this|that)\s+[€$£¥]", context.sentence, re.I)
    named = re.search(r"\bfrom\s+(?:the\s+)?[A-Z]", text[amount.end : amount.end + 40])
    if restated and not named:
        return "part_of_package"
    if earlier and PART_OF.search(text[earlier[0].end : amount.start]):
        return "part_of_package"
    # A part of a sum stated just before; a part of a many-donor total that names its own
    # donor ("the sum includes €1 billion from the Commission") is that donor's pledge.
    parent = next((s for s in reversed(context.sums) if s[0] >= number_ - 1 and s[1] > amount.amount), None)  # fmt: skip
    if (parent and PART_OF.search(text)
            and not ANOTHER.search(text)
            and (donor is None or not context.last_pledge
                 or donor.name == context.last_pledge.fields["donor"])):  # fmt: skip
        if parent[2] == "aggregate" and named:
            return None
        return "part_of_package"
    return None


def _collective(text: str) -> re.Match | None:
    """The first word of the text naming many parties as one subject ("donors", "the
    conference"), not the place where a donor spoke ("told the conference")."""
    return next(
        (m for m in AGGREGATE_SUBJECT.finditer(text) if not ADDRESSED.search(text[: m.start()])),
        None,
    )


def _flagged(amount, flag, donor, number_, text, context) -> Draft:
    currency = amount.currency
    readings, notes, flags = {}, [NOTES[flag]], [flag]
    if flag == "aggregate":
        donor = None  # many donors' money: no one donor to name
    if currency == "$":
        currency = DOLLARS.get(donor.code, "USD") if donor else "USD"
        readings["currency"] = "read"
        flags.append("read_currency")
        notes.append(f"The source writes a bare “$”: read as {currency}.")
    recipient = context.recipient
    fields = {
        "donor": donor.name if donor else None, "donor_code": donor.code if donor else None,
        "donor_kind": donor.kind if donor else None,
        "recipient": recipient.name if recipient else None,
        "recipient_code": recipient.code if recipient else None,
        "recipient_kind": recipient.kind if recipient else None,
        "category": _category(text)[0], "lethality": None, "status": "announced",
        "amount": amount_text(amount.amount), "currency": currency,
        "announced_on": None, "announced_precision": "unknown", "announced_as": "",
        "description": "", "items": [],
    }  # fmt: skip
    start, end = _pledge_quote(text, amount, None, None, [])
    return Draft("pledge", fields, number_, _clip(text[start:end]), flags, readings, notes)


def _merge_repeats(drafts: Drafts) -> None:
    """A pledge told twice in adjacent paragraphs (the lead, then its detail) is one draft."""
    kept: list[Draft] = []
    for draft_ in drafts.pledges:
        previous = next((d for d in reversed(kept) if not d.not_a_record), None)
        if (previous and not draft_.fields.get("amount") and not previous.fields.get("amount")
                and not draft_.not_a_record and _same_parties(previous, draft_)
                and draft_.paragraph - previous.paragraph <= 2
                and previous.fields["category"] in (draft_.fields["category"], None)
                and _same_or_undated(previous, draft_)
                and draft_.fields["category"] != "humanitarian"):  # fmt: skip
            for item in draft_.fields.get("items", []):
                names = {i["name"].lower() for i in previous.fields.setdefault("items", [])}
                if item["name"].lower() not in names:
                    previous.fields["items"].append(item)
            if previous.fields["announced_on"] is None and draft_.fields["announced_on"]:
                for key in ("announced_on", "announced_precision", "announced_as"):
                    previous.fields[key] = draft_.fields[key]
            continue
        kept.append(draft_)
    # A bare announcement (no sum, no items) beside the same parties' detailed pledge in the same
    # or the next paragraph is that pledge told twice: "approved aid ... The first, €450 million".
    detailed = [d for d in kept if not d.not_a_record
                and (d.fields.get("amount") or d.fields.get("items"))]  # fmt: skip
    drafts.pledges = []
    for d in kept:
        twin = None
        if not (d.not_a_record or d.fields.get("amount") or d.fields.get("items")
                or d.fields["category"] == "humanitarian"):  # fmt: skip
            twin = next((o for o in detailed
                         if _same_parties(d, o) and abs(o.paragraph - d.paragraph) <= 1), None)  # fmt: skip
        if twin is None:
            drafts.pledges.append(d)
        elif twin.fields["announced_on"] is None and d.fields["announced_on"]:
            # "US$1.4 billion. Emergency financing, approved on March 9": its date is the pledge's
            for key in ("announced_on", "announced_precision", "announced_as"):
                twin.fields[key] = d.fields[key]
            twin.notes.extend(note for note in d.notes if note not in twin.notes)
            if "derived_date" in d.flags and "derived_date" not in twin.flags:
                twin.flags.append("derived_date")


# --- Sanctions ---------------------------------------------------------------------------------


def _sanctions(drafts, context, number_, sentence) -> bool:
    cues = []
    for measure, pattern in _MEASURES:
        for match in pattern.finditer(sentence):
            if measure == "other" and any(a <= match.start() < b for _, a, b in cues):
                continue
            if NEGATED.search(sentence[: match.start()][-30:]):
                continue
            if POWER.search(sentence[: match.start()][-60:]):
                continue  # "has the power to impose", "can freeze": a power, no measure yet
            if measure == "other" and re.search(
                r"(?:tighten|widen|expand|extend|broaden|step\w* up|ratchet\w* up)\w*\s+(?:\w+\s+)?$",
                sentence[: match.start()],
            ):
                continue  # "has twice tightened sanctions on Belarus": a summary, not a measure
            cues.append((measure, match.start(), match.end()))
    if not cues:
        return False
    cues.sort(key=lambda cue: cue[1])
    # "Britain has now sanctioned more than 1,000 people since the invasion", "Friday's additions
    # bring to 101 the number of people whose assets Japan has frozen": a tally, no new measure.
    tally = re.search(
        r"\b(?:has|have)\s+(?:now\s+)?(?:sanctioned|frozen|listed|designated)\b", sentence
    ) and re.search(r"\b(?:since|so far|to date|in total|altogether)\b", sentence)
    counted = re.search(r"\b(?:bring\w*|brought)\s+to\s+\S+\s+the\s+(?:number|total)\b", sentence)
    if tally or (counted and counted.start() < cues[0][1]):
        return True
    restated = re.match(
        r"\W*(?:The|This|That|These)\s+(?:[\w-]+\s+){0,2}$", sentence[: cues[0][1]]
    ) and not re.match(r"\w+(?:ed|ze)\b", sentence[cues[0][1] :])  # a noun, not "froze"
    if restated and any(d.fields["measure"] == cues[0][0] for d in drafts.sanctions):
        return True  # "The Swift exclusion concerns VTB, ...": the measure told again
    # One measure per cue; a cue inside another's words is the same measure.
    merged = []
    for cue in cues:
        if merged and cue[1] < merged[-1][2] + 3:
            if merged[-1][0] == "other":
                merged[-1] = cue
            continue
        merged.append(cue)
    found = actors(sentence)
    targets = list({a.code: a for a in found if a.code in TARGET_STATES}.values())
    if not targets and context.target and context.last_imposer:
        targets = [context.target]  # "Further export bans apply to jet fuel, ..."
    if not targets:
        return False
    target = targets[0]
    # "Russia and Belarus would lose ...": one measure for each state named together.
    together = [a for a in targets[1:] if re.search(
        rf"{re.escape(target.words)}\W+(?:and|&|or)\s+(?:the\s+)?{re.escape(a.words)}", sentence)]  # fmt: skip
    imposer, carried = _imposer(sentence, found, merged[0][1], context, number_)
    if imposer is None:
        return False
    context.last_imposer = (number_, imposer)
    # Where one measure's clause ends and the next begins: "... imports, and added 91 entities".
    breaks = [m.start() for m in MEASURE_BREAK.finditer(sentence)] + [len(sentence)]
    merged = [cue for index, cue in enumerate(merged)
              if not index or cue[0] != merged[index - 1][0]
              or any(merged[index - 1][2] <= b < cue[1] for b in breaks)]  # fmt: skip
    previous_kind = None
    told_before = context.last_sanctions[1] if context.last_sanctions[0] >= number_ - 1 else []
    made = []
    for index, (measure, start, _) in enumerate(merged):
        following = merged[index + 1][1] if index + 1 < len(merged) else len(sentence)
        end = min([following] + [b for b in breaks if b > start])
        begin = max([merged[index - 1][2] if index else 0] + [b for b in breaks if b < start])
        clause = re.sub(r",?\s+(?:and|as well as)\s*$", "", sentence[start:end].rstrip(" ,"))
        # The clause runs back to the verb's start: "and froze ..." begins at "froze".
        verb_start = _verb_start(sentence, start, begin)
        passive = re.search(r"\b(?:be|been|is|are|was|were)\s+(?:\w+\s+)?$", sentence[:start]) or re.match(
            r"(?:can|may|will)\s+(?:\w+\s+){0,2}?no longer|off-limits", sentence[start:end], re.I)  # fmt: skip
        # "Russian oil can no longer be brought in": the target is named before the measure.
        scope = sentence[begin:start] if passive else sentence[verb_start : start + len(clause)]
        kind, count, named = _targets(scope, imposer)
        # "froze the assets of Herman Gref": as many targets as the names, where the text lists
        # them all and states no number; marked as worked out.
        from_names = count is None and bool(named) and kind != "state" and not SOME_OF.search(scope)
        if from_names:
            count = len(named)
        counted_kinds = _counted_kinds(scope)
        quote = _clip(_words(sentence[verb_start : start + len(clause)], 12))
        if passive:  # "coal can no longer be brought into the United States"
            lead = max([begin] + [m.end() for m in re.finditer(r"[,;]\s*", sentence[:start])])
            quote = _clip(_words(sentence[lead : start + len(clause)], 14))
        if (
            kind == "state"
            and previous_kind
            and re.search(r"\b(?:all|them|they|those|these|both)\b", clause)
        ):
            kind, count = previous_kind  # "... and barred all seven from travelling"
            counted = re.search(rf"\ball\s+(?P<n>{NUMBER})\b", clause)
            if counted and number(counted.group("n")) is not None:
                count = int(number(counted.group("n")))
        previous_kind = (kind, count)
        designation = re.search(
            r"\bsanction|\blist\b", sentence[verb_start : start + len(clause)], re.I
        )
        if measure == "other" and kind in ("persons", "entities", "banks") and designation:
            measure = "asset_freeze"  # "imposed sanctions on 328 members of the Duma"
        if (
            kind == "state"
            and told_before
            and re.search(
                r"\b(?:they|them|their|those|these|the (?:targets|designations?|listings?|measures?))\b",
                sentence[: start + len(clause)],
            )
        ):
            # "... sanctions on 10 people. Any assets they hold are frozen": the effect of the
            # sanctions just told, on the same targets, not a measure on the state.
            if (measure == "other" and told_before[0].fields["target_kind"] == "persons"
                    and re.search(r"\b(?:enter|travel)", clause)):  # fmt: skip
                measure = "travel_ban"  # "they may no longer enter the territory of the Union"
            if _specify(told_before, measure):
                continue
            kind = told_before[0].fields["target_kind"]
            count = told_before[0].fields["targets_count"]
            named = told_before[0].fields["named_targets"]
            from_names = "targets_count" in told_before[0].readings
        when = dates(sentence, context.published)
        # "ban exports ... to Russia and stop shipments of dual-use goods to Belarus"
        own_target = next(
            (a for a in actors(sentence[start:end]) if a.code in TARGET_STATES), target
        )
        fields = {
            "imposer": imposer.name, "imposer_code": imposer.code, "imposer_kind": imposer.kind,
            "target": own_target.name, "target_code": own_target.code,
            "measure": measure, "target_kind": kind, "targets_count": count,
            "named_targets": named,
            "imposed_on": when[0].on.isoformat() if when and when[0].on else None,
            "imposed_precision": when[0].precision if when and when[0].on else "unknown",
            "imposed_as": when[0].words.strip() if when else "",
        }  # fmt: skip
        fields["description"] = _describe_sanction(fields)
        notes = [when[0].note] if when and when[0].note else []
        flags = ["derived_date"] if when and when[0].precision == "derived" else []
        if carried:
            notes.append(f"The sentence does not name who imposes it: {imposer.name} is taken "
                         f"from the sentence before.")  # fmt: skip
        readings = {}
        if from_names:
            readings["targets_count"] = "derived"
            notes.append(f"The source states no number: {count} is the count of the names it "
                         f"lists ({', '.join(named)}).")  # fmt: skip
        made.append(Draft("sanction", fields, number_, quote, flags, readings, notes))
        for other_kind, other_count in counted_kinds[1:]:  # "... and 18 entities"
            more = {**fields, "target_kind": other_kind, "targets_count": other_count}
            made.append(Draft("sanction", more, number_, quote, flags, {}, notes))
        for other in together:
            more = {**fields, "target": other.name, "target_code": other.code}
            more["description"] = _describe_sanction(more)
            made.append(Draft("sanction", more, number_, quote, flags, {}, notes))
    drafts.sanctions.extend(made)
    if made:
        context.last_sanctions = (number_, made)
    return True


def _specify(told: list[Draft], measure: str) -> bool:
    """Whether `measure`, stated of the targets of sanctions just told, is already theirs: it is
    once it names the measure of sanctions told without one ("sanctions on 10 people")."""
    if measure == "other" or any(d.fields["measure"] == measure for d in told):
        return True
    unnamed = [d for d in told if d.fields["measure"] == "other"]
    for draft_ in unnamed:
        draft_.fields["measure"] = measure
        draft_.fields["description"] = _describe_sanction(draft_.fields)
        draft_.notes.append("The measure is the effect the next sentence states.")
    return bool(unnamed)


def _imposer(sentence, found, first_cue, context, number_) -> tuple[Actor | None, bool]:
    """Who imposes the sentence's measures, and whether that is taken from a sentence before."""
    imposer = next((a for a in found if a.code not in TARGET_STATES
                    and a.start < first_cue and _not_object(sentence, a)), None)  # fmt: skip
    if imposer:
        return imposer, False
    by = re.search(r"\bby\s+", sentence[first_cue:])
    after = [a for a in found if by and a.code not in TARGET_STATES
             and a.start > first_cue + by.start()]  # fmt: skip
    if after:
        return after[0], False
    opening = re.match(r"^\W*In\s+(?:the\s+)?", sentence)
    if opening:  # "In Switzerland, ... has been off-limits"
        named = next((a for a in found if a.start == opening.end()), None)
        if named and named.code not in TARGET_STATES:
            return named, False
    # "... can no longer be brought into the United States": the one party named beside the target.
    others = {a.key: a for a in found if a.code not in TARGET_STATES and a.how != "capital"}
    if len(others) == 1:
        return next(iter(others.values())), False
    speaker = found[0] if found and found[0].start < first_cue else None
    if speaker and speaker.code in TARGET_STATES and speaker.how == "official" and not others:
        return None, False  # "Siluanov said $300 billion ... has been frozen": Russia's account
    if context.last_imposer and context.last_imposer[0] >= number_ - 1:
        return context.last_imposer[1], True
    if (context.last_subject and context.last_subject[0] >= number_ - 1
            and context.last_subject[1].code not in TARGET_STATES):  # fmt: skip
        return context.last_subject[1], True
    if context.author and context.author.code not in TARGET_STATES:
        return context.author, True  # an official release: "Imports ... are prohibited"
    return None, False


def _not_object(sentence, actor) -> bool:
    before = sentence[max(0, actor.start - 10) : actor.start].lower()
    return not re.search(r"\b(to|of|on|against|from|with|into|in|outside)\s+(the\s+)?$", before)


def _verb_start(sentence: str, start: int, after: int = 0) -> int:
    """Where the verb of a measure starts: "froze the assets" rather than "assets"."""
    low = max(0, start - 120, after)
    verbs = list(MEASURE_VERB.finditer(sentence[low:start]))
    return low + verbs[-1].start() if verbs else start


def _words(text: str, limit: int) -> str:
    return " ".join(text.split()[:limit])


COUNTED = rf"\b(?P<n>{NUMBER})\s+(?:of\s+(?:the\s+|its\s+|\w+['’]s\s+)?)?(?:[A-Za-z-]+\s+){{0,3}}?"


def _counted_kinds(clause: str) -> list[tuple[str, int]]:
    """Each kind of target the clause counts, in order: "217 individuals and 18 entities"."""
    found = []
    for kind, pattern in _TARGET_KINDS:
        for match in re.finditer(COUNTED + rf"(?:{pattern.pattern})", clause, re.IGNORECASE):
            value = number(match.group("n"))
            if value and value == int(value) and match.group("n").lower() not in ("a", "an"):
                found.append((match.start(), kind, int(value)))
    kinds = []
    for _, kind, value in sorted(found):
        if kind not in {k for k, _ in kinds}:
            kinds.append((kind, value))
    return kinds


def _targets(clause: str, imposer: Actor) -> tuple[str, int | None, list[str]]:
    """The kind of target a measure's clause names, how many, and which by name."""
    kind, kind_at = "state", None
    for name, pattern in _TARGET_KINDS:
        match = pattern.search(clause)
        if match and (kind_at is None or match.start() < kind_at):
            kind, kind_at = name, match.start()
    count = None
    if kind_at is not None:
        before = clause[:kind_at]
        counted = re.search(COUNTED + "$", before)
        if counted and counted.group("n").lower() not in ("a", "an", "half a"):
            value = number(counted.group("n"))
            count = int(value) if value is not None and value == int(value) else None
            if count and re.search(r"\bother\s+", before[counted.end("n") :]):
                # "Abramovich ... and six other oligarchs": the ones named before, and six.
                count += len([m for m in NAME.finditer(before[: counted.start()])
                              if not NOT_NAMES.match(TITLES.sub("", m.group(0)))
                              and not _names_a_state(m.group(0), imposer)])  # fmt: skip
    named, first_person = [], None
    for match in NAME.finditer(clause):
        owner = re.search(
            r"\b(?:of|to|by)\s+(?:the\s+)?$", clause[: match.start()]
        ) and not re.search(
            r"\b(?:assets|property|funds|accounts|holdings)\s+of\s+$", clause[: match.start()]
        )
        if owner or re.match(r"['’]s\b", clause[match.end() :]):
            continue  # "the daughters of President Putin", "Putin's daughters": not the target
        name = match.group(0)
        while TITLES.match(name):
            name = TITLES.sub("", name)
        if NOT_NAMES.match(name) or _names_a_state(name, imposer) or len(name.split()) < 2:
            continue
        named.append(name)
        if first_person is None and not CORPORATE.search(name):
            first_person = match.start()
    lists = r"\b(?:including|such as|among them|namely)\s+([^.;]+)"
    if kind_at is not None:  # a list right after the kind: "lenders, Sberbank and Alfa-Bank"
        lists += r"|^\w+,\s+((?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*(?:,\s+|,?\s+and\s+)?)+)"
        clause = clause[:kind_at] + clause[kind_at:]
    # "the assets of VTB Bank, Sovcombank, Novikombank and Otkritie": a list of names as the object
    object_list = re.search(
        r"\b(?:assets of|property of|sanctions (?:on|against)|froze|blocked)\s+"
        r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:(?:,\s+|,?\s+and\s+)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)+)",
        clause,
    )
    for part in re.split(r",\s*|\s+and\s+", object_list.group(1) if object_list else ""):
        part = TITLES.sub("", part.strip())
        if (
            part
            and not NOT_NAMES.match(part)
            and part not in named
            and not _names_a_state(part, imposer)
        ):
            named.append(part)
    for listed in re.finditer(lists, clause[kind_at:] if kind_at is not None else clause):
        for part in re.split(r",\s*|\s+and\s+", listed.group(1) or listed.group(2) or ""):
            part = TITLES.sub("", part.strip())
            if (
                re.fullmatch(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}", part)
                and not NOT_NAMES.match(part)
                and part not in named
                and not _names_a_state(part, imposer)
            ):
                named.append(part)
    # One-word names described in apposition: "on Sberbank, Russia's largest lender, and Alfa-Bank,
    # its biggest private bank".
    for match in re.finditer(
        r"(?:\bon|\band|,)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,5})(?=,\s+(?:Russia['’]s|Belarus['’]s|its|the|a)\b)",
        clause,
    ):
        if (
            match.group(1) not in named
            and not NOT_NAMES.match(match.group(1))
            and not actors(match.group(1))
        ):
            named.append(match.group(1))
    if (
        first_person is not None
        and kind_at is not None
        and first_person < kind_at
        and count is None
    ):
        kind = "persons"  # "froze the assets of Herman Gref, the chief executive of Sberbank"
    if count is None and len(named) == 2 and re.search(r"\bboth\b", clause):
        count = 2  # "Sberbank ... and Alfa-Bank, cutting both off"
    return kind, count, named


def _names_a_state(name: str, imposer: Actor | None = None) -> bool:
    """Whether `name` names a country or organisation, or an official of the imposer's own (a
    person who leads a targeted state is a name)."""
    return any(actor.how != "official" or (imposer and actor.key == imposer.key)
               for actor in actors(name))  # fmt: skip


def _describe_sanction(fields) -> str:
    measures = {"swift_exclusion": "Exclusion from SWIFT", "asset_freeze": "Asset freeze",
                "export_ban": "Export ban", "import_ban": "Import ban",
                "travel_ban": "Travel ban", "investment_ban": "Investment ban",
                "other": "Sanction"}  # fmt: skip
    imposer = in_sentence(fields["imposer"], fields["imposer_kind"])
    return f"{measures[fields['measure']]} by {imposer} on {in_sentence(fields['target'])}."


# --- Figures about people ----------------------------------------------------------------------


def _figures(drafts, context, number_, sentence) -> list[tuple[int, int]]:
    """Draft the figures about people a sentence states; returns where their numbers are, which
    are never money."""
    spans = []
    money_spans = [(m.start, m.end) for m in money(sentence)]
    matches = list(PEOPLE_NUMBER.finditer(sentence))
    if re.search(r"\b(?:refugees|fled|fleeing|crossed|displaced)\b", sentence, re.I) or (
        HOSTING.search(sentence)
        and re.search(
            r"\b(?:people|refugees|left|fled)\b", context.previous_sentence + context.paragraph
        )
    ):
        bare = [m for m in BARE_PEOPLE.finditer(sentence)
                if not re.search(r"(?:population|country|nation) of\s+(?:\w+\s+)?$",
                                 sentence[: m.start()])]  # fmt: skip
        matches += bare
    else:
        bare = []
    for match in matches:
        if any(a <= match.start("number") < b for a, b in money_spans + spans):
            continue
        value = number(match.group("number"))
        if value is None or (
            match.group("number").lower() in ("a", "an", "half a", "one")
            and not match.group("scale")
        ):
            continue  # "one person" is a story; "one million people" a figure
        if match.group("scale"):
            value = scaled(value, match.group("scale"))
        if value != int(value):
            continue
        near = sentence[max(0, match.start() - 40) : match.end() + 40]
        around = sentence[max(0, match.start() - 60) : match.end() + 120]
        kind = next((name for name, words in FIGURE_KINDS
                     if re.search(rf"\b(?:{words})", near, re.I)), None)  # fmt: skip
        kind = kind or next((name for name, words in FIGURE_KINDS
                             if re.search(rf"\b(?:{words})", around, re.I)), None)  # fmt: skip
        if kind is None and match in bare:  # the sentence is about hosts: its verb says which
            kind = next((name for name, words in FIGURE_KINDS
                         if re.search(rf"\b(?:{words})", sentence, re.I)), None)  # fmt: skip
        if kind is None or (value < 10 and kind != "casualties"):
            continue  # "five refugees" is a story, not a figure; "seven killed" is one
        if re.search(
            r"\b(?:of the country['’]s|of its|of a|population of|in a nation of|in a country of)"
            r"(?:\s+(?:estimated|total|pre-war|entire))?\s+$"
            r"|\b(?:feed|reach|help|support|assist|serve|vaccinate|treat)\s+$",
            QUALIFIED.sub("", sentence[: match.start()]),
        ):
            continue  # "half of the country's estimated 7.5 million children", "to feed 3.1 million"
        if re.match(
            r"(?:\s+\w+){0,3}?\s+in the (?:past|last) (?:24 hours|day|hour)",
            sentence[match.end() :],
        ):
            continue  # "roughly 100,000 of them in the past 24 hours": a day's count, not a figure
        if re.search(
            r"\b(?:would|will|to|could|ready to)\s+(?:\w+\s+){0,2}?(?:welcome|take in|accept|admit|"
            r"resettle|host|receive)\s+$",
            QUALIFIED.sub("", sentence[: match.start()]),
        ):
            continue  # "would welcome up to 100,000 Ukrainians": an offer, not a count
        qualifier = next((name for name, _ in QUALIFIERS if match.group(name)), "exact")
        found = actors(sentence)
        origin = next((a for a in found if re.search(r"\b(?:fled|left|from|fleeing|of)\s+(the\s+)?$",
                       sentence[max(0, a.start - 12) : a.start], re.I)
                       and not re.search(r"Republic of\s+$", sentence[: a.start])), None)  # fmt: skip
        origin = origin or context.recipient
        host = _host(sentence, found, match, origin)
        if (
            host is None
            and context.last_subject
            and re.search(
                r"\b(?:of them|stayed|remained|its|the country['’]s|in the country)\b", sentence
            )
        ):
            previous = context.last_subject[1]  # "Moldova ... ; about 100,000 of them have stayed"
            if previous.kind == "country" and (origin is None or previous.key != origin.key):
                host = previous
        if kind == "refugees_hosted" and host is None:
            kind = "fled_abroad"
        if (
            host is not None
            and kind == "fled_abroad"
            and (
                (host in found and host.start > match.start())
                or HOSTING.match(sentence[host.end : match.start()])
            )
        ):
            kind = "refugees_hosted"  # "half a million of them to Poland", "Poland has received"
        country = host if kind == "refugees_hosted" else origin
        if country is None:
            continue
        about = origin if kind == "refugees_hosted" else None
        tail = re.match(r"(?:\s+(?!(?:and|or|while)\b)[\w’'-]+){0,3}", sentence[match.end() :])
        quote = _clip(sentence[match.start() : match.end() + (tail.end() if tail else 0)])
        fields = {
            "country": country.name, "country_code": country.code,
            "about": about.name if about else None, "about_code": about.code if about else None,
            "kind": kind, "value": int(value), "qualifier": qualifier, "unit": "people",
            "description": _describe_figure(kind, country, about),
        }  # fmt: skip
        drafts.figures.append(Draft("figure", fields, number_, quote, [], {}, []))
        spans.append((match.start(), match.end()))
    return spans


def _host(sentence, found, match, origin) -> Actor | None:
    """The country that takes the people in: named before a verb of hosting ("Poland has
    received"), or after "in" or "into"."""
    countries = [a for a in found if a.kind == "country" and (origin is None or a.key != origin.key)]  # fmt: skip
    # "Romania has received 608,936, and Moldova, a country of 2.6 million, 387,151": the verb
    # is said once for each country named right before its number.
    gapped = next((a for a in reversed(countries) if a.end <= match.start()
                   and re.fullmatch(r"\s*|,\s+[^,]{0,80},\s*", sentence[a.end : match.start()])), None)  # fmt: skip
    if gapped and HOSTING.search(sentence[: gapped.start]):
        return gapped
    before = next((a for a in reversed(countries) if a.end <= match.start()
                   and HOSTING.match(re.sub(r"^,\s+[^,]{0,100},", "", sentence[a.end : match.start()]))),
                  None)  # fmt: skip
    if before:
        return before
    # "half a million of them to Poland": the number's own host
    them = re.match(
        r"(?:\s+of (?:them|whom))?\s+(?:\w+\s+)?(?:to|into|in)\s+(?:the\s+)?",
        sentence[match.end() :],
    )
    if them and not re.search(r"\bof (?:them|whom)\b", match.group(0) + them.group(0)):
        them = None
    if them:
        named = next((a for a in countries if a.start == match.end() + them.end()), None)
        if named:
            return named
    # "In Germany, the Federal Police had registered more than 10,000 war refugees"
    opening = re.match(r"\W*In\s+(?:the\s+)?", sentence)
    named = opening and next((a for a in countries if a.start == opening.end()), None)
    if named and named.end < match.start():
        return named
    return next((a for a in countries if a.start > match.start() and re.search(
        r"\b(?:in|into)\s+(the\s+)?$", sentence[max(0, a.start - 8) : a.start], re.I)
        and not re.search(r"\b(?:most|many|half|some|the majority) of them\b[^,;]*$",
                          sentence[match.end() : a.start])), None)  # fmt: skip


def _describe_figure(kind, country, about) -> str:
    place = in_sentence(country.name, country.kind)
    origin = in_sentence(about.name, about.kind) if about else "abroad"
    return {
        "fled_abroad": f"People who have fled {place}.",
        "refugees_hosted": f"Refugees from {origin} in {place}.",
        "displaced": f"People displaced within {place}.",
        "casualties": f"People killed or wounded in {place}.",
    }[kind]
