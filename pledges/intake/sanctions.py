"""Sanctions: the measure a clause states, by name or by its effect, who imposes it on whom, the
kind of target and how many, and the targets it names."""

import re
from dataclasses import dataclass
from itertools import pairwise

from pledges.intake.drafts import Draft
from pledges.intake.numbers import MONTH_WORD, NUMBER, WEEKDAY_WORD, WORDS, dates, money, number
from pledges.intake.places import EU_MEMBERS, Actor, actors, in_sentence
from pledges.intake.reading import (
    NEGATED,
    TARGET_STATES,
    clip,
    first_words,
    not_yet_decided,
    opening_party,
    own_government,
)

# "now has the power to impose its own sanctions", "the minister can freeze", "could be barred":
# what a law allows, not a measure taken.
POWER = re.compile(
    r"\b(?:powers?|able|allow\w*|let|lets|enabl\w*|authority|could|can|may|might)"
    r"(?:\s+(?!no\b|not\b)\w+){0,6}\s+$",
    re.IGNORECASE,
)


# A count of targets in figures or words: "26", "six", "twenty-five".
COUNT = rf"(?:\d+|{WORDS})"


MEASURES = [
    # not "its swift adoption": the system's name, written as a name
    ("swift_exclusion", r"\b(?-i:SWIFT|Swift(?!\s+(?:adoption|action|approval|response|decision)))\b"
     # "In Belarus, one more bank ... loses access to the messaging system"
     r"|\blos(?:e|es|t|ing)\s+access\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?messaging\s+system\b"),
    ("asset_freeze", r"\b(?:add\w*\s+[^.;]{0,80}?\bto\s+the\s+list\s+of\s+(?:those|people|individuals|persons|entities)\s+whose\s+assets\b|block(?:ed|s|ing)\s+(?=[A-Z]\w*bank\b|[A-Z][\w-]*\s+Bank\b)|(?<=subsidiaries were )blocked\b|(?<=subsidiaries were also )blocked\b|(?:decided|agreed)\s+to\s+list\s+(?=(?:nearly\s+|almost\s+|about\s+|some\s+|more than\s+|a further\s+|another\s+)?\S+\s+(?:additional\s+|more\s+|further\s+|new\s+)?(?:individuals|persons|people|entities|companies|officials)\b)|block(?:ed|s|ing)\s+(?:[\w-]+\s+){0,3}?(?:executives|individuals|people|persons|officials|oligarchs|companies|entities|banks|firms)\b|add(?:s|ed|ing)?\s+[^.;]{0,160}?\bto\s+the\s+(?:Specially Designated Nationals|SDN)\b(?:\s+\(SDN\))?\s+List\b|(?:can|may)\s+no\s+longer\s+hold\s+assets\b|(?:suspend\w*|halt\w*|ban\w*|prohibit\w*|restrict\w*)\s+(?:all\s+)?(?:financial\s+)?(?:transactions|dealings|business)\s+with|forbid\w*\s+(?:[\w-]+\s+){0,6}?to\s+deal\s+with|(?:can|may|will)\s+no\s+longer\s+(?:access|use|move|withdraw)\s+(?:any\s+|their\s+)?(?:funds|money|assets|accounts|economic resources)|(?:full\s+)?blocking sanctions|blacklist(?:ed|s|ing)\b|(?:to|on)\s+(?:the|its|their|a)\s+(?!export\s)(?:\w+\s+)?blacklist\b|(?:targeted\s+)?financial sanctions(?!\s+Implementation\b)|listed\s+(?:\w+\s+){0,3}?" + COUNT + r"(?![\d,]*\s+(?:[\w-]+\s+){0,3}?(?:rifles|cartridges|weapons|rounds|shells|helmets|rations|vehicles|tanks|missiles|guns|drones|howitzers|packages|tonnes|items)\b)|(?:dealings|transactions|business) with\s+[^.;]{0,90}?\b(?:suspended|halted|banned|prohibited|frozen)|no new business with|assets?\s+(?:\w+\s+){0,4}?(?:frozen|immobili[sz]ed)(?!\s+(?:abroad|overseas|in\s+the\s+West|by\s+the\s+West|under\s+sanctions|in\s+Western)\b)|immobili[sz]ed|designat(?:ed|es|ing)\b(?!\s+(?:as\s+(?!well)|a\s|an\s))|(?:full\s+)?transactions? bans?|(?:ban\w*|prohibit\w*) (?:on )?(?:all |any )?transactions|froze|(?<!people )(?<!below )(?:(?<!from )freez\w*|(?<=from )freez\w*(?=\s+(?:the\s+)?(?:assets|accounts|funds|property)\b))(?!\s+(?:temperatures|cold|weather|winter|conditions|to death))|frozen|off-limits|hold (?:still|back)\s+(?:\w+\s+){0,3}?assets|block(?:ed|ing|s)?\s+(?:\w+\s+){0,3}?(?:assets|property|funds|accounts)|asset freezes?|seiz\w+\s+(?:\w+\s+){0,3}?(?:assets|yachts?|property))\b"),
    ("export_ban", r"\b(?:(?:bar(?:s|red)?|ban(?:s|ned)?|prohibit(?:s|ed)?|forbids?)\s+(?:[\w-]+\s+){1,3}?from\s+(?:selling|supplying|exporting|shipping)\b(?![^.;]{0,120}?\bservices\b)|(?:will|may|can)\s+no longer\s+(?:be allowed to\s+)?(?:provide|sell|offer)\s+[^.;]{0,80}?\bservices\b|(?:are|is|were|be|been)\s+(?:now\s+|also\s+)?(?:barred|banned|prohibited)\s+from\s+(?:selling|exporting|supplying|shipping)\b(?![^.;]{0,120}?\bservices\b)|(?:barred|banned|prohibited)\s+from\s+(?:selling|providing|supplying|exporting)\s+[^.;]{0,120}?\bservices\b|(?:bar(?:s|red)?|ban(?:s|ned)?|prohibit(?:s|ed)?|forbids?)\s+(?:[\w-]+\s+){1,3}?from\s+(?:selling|providing|supplying|exporting|offering)\s+[^.;]{0,120}?\bservices\b|export licen[cs]es\b[^.;]{0,200}?\b(?:suspended|revoked|halted|refused)|export (?:bans?|controls?|restrictions?)|(?:slams?|shuts?|closes?) the door on (?:\w+\s+){0,2}?exports|(?:won['’]t|will not|will no longer|can no longer|could no longer)\s+be allowed to (?:ship|sell|export)\b(?!\s+(?:\w+\s+){0,3}?services)|(?:can|could|may|will)\s+no longer\s+(?:ship|sell|export|send)\b(?![^.;]{0,60}?\bservices\b)|(?:cannot|(?:can|may|will) no longer|may not|must not) be exported|(?:can|may|will)\s+no longer be (?:shipped|sold|sent|supplied|delivered) to\s+(?=Russia\b|Belarus\b)|exports?\b[^.;]{0,120}?\b(?:refused|banned|halted|suspended)|(?:export )?(?:licen[cs]e|permission) required|exports?\b[^.]{0,160}?\b(?:are|is|were|will be)\s+(?:banned|prohibited|barred|forbidden|restricted)|entity list|requir\w*\s+(?:government\s+|prior\s+|a\s+)?(?:approval|licen[cs]es?|permission)\s+for\s+(?:the\s+)?exports?\b|extend\w*\s+(?:the|its)\s+(?:strategic[- ]items?|export|technology)\s+ban\s+to\b|\bsale\s+to\s+(?:Russia|Belarus)\b[^.;]{0,80}?\b(?:is|are|was|were|will be)\s+(?:now\s+)?(?:banned|prohibited|forbidden)|add(?:s|ed|ing)?\s+[^.;]{0,120}?\bto\s+Annex\s+IV\b|(?:put|plac\w*|add\w*)\s+[^.;]{0,80}?\b(?:on|to)\s+(?:the|its|their|an?)\s+export\s+blacklist|export\s+blacklist|(?:put|placed|added)\s+[^.;]{0,80}?\bon\s+(?:the|its)\s+list\s+of\s+[^.;]{0,40}?\b(?:may|can|must)\s+not\s+(?:supply|sell|export)|(?:ban\w*|bar(?:s|red|ring)?|prohibit\w*|halt\w*|restrict\w*|stop\w*|curb\w*)\s+(?:\w+\s+){0,3}?exports?|(?:ban\w*|bar\w*|prohibit\w*|halt\w*|stop\w*|restrict\w*)\s+(?:\w+\s+){0,2}?(?:shipments|sales|deliveries|supplies)\s+of\s+[^.;]{0,60}?\bto)\b"),
    ("import_ban", r"\b(?:end\w*\s+(?:all\s+)?imports?\s+of\b|prohibit\w*\s+bringing\s+[^.;]{0,60}?\b(?:Russian|Belarusian|from\s+(?:the\s+)?(?:Russian Federation|Russia|Belarus))\b[^.;]{0,60}?\binto\b|phase\w*\s+out\s+(?:Russian|Belarusian)\s+(?:coal|oil|gas|crude|LNG)\b|(?:prohibit\w*|ban(?:s|ned)?)\s+the\s+purchase\s+of\b|(?:will|would|shall)\s+not\s+be\s+allowed\s+(?:into|in)\b(?!\s+(?:\S+\s+){0,2}?(?:airspace|ports?|waters))|shut\s+out\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?markets?|(?:bar\w*|ban\w*|prohibit\w*|stop\w*)\s+(?:\w+\s+){0,2}?from\s+importing|import (?:bans?|embargo(?:es)?)|embargo|imports?\b[^.]{0,80}?\b(?:are|is|were|will be|would be)\s+(?:banned|prohibited|barred|forbidden)|\bimports?\s+into\s+[^.;]{0,160}?\b(?:are|is|were|will be)\s+(?:now\s+)?(?:banned|prohibited|barred|forbidden)|(?:stop|cease|halt)\w*\s+(?:importing|buying|purchasing)|no longer (?:buy|import|purchase)\s+(?:\w+\s+){0,2}?(?:Russian|Belarusian|oil|gas|coal|goods|products)|(?:can|may|will)\s+(?:\w+\s+){0,2}?no longer be (?:brought|imported|shipped|sold) (?:into|to|in)\b(?!\s+(?:Russia|Belarus)\b)|(?:can|may|will)\s+(?:\w+\s+){0,2}?no longer be allowed (?:into|in)\b|(?:ban|embargo) on (?:\w+\s+){0,3}?(?:oil|gas|coal|steel|vodka|seafood|diamonds|gold|imports)|(?:ban\w*|bar(?:s|red|ring)?|prohibit\w*|halt\w*|stop\w*|phase\w* out|outlaw\w*)\s+(?:[\w.]+\s+){0,4}?(?:imports?|purchases)|imports? of [^.]{0,40}?(?:banned|prohibited|barred)|imports?\s+of\s+(?:Russian|Belarusian)\s+[^.;]{0,60}?\bwill\s+end\b)\b"),
    ("travel_ban", r"\b(?:clos(?:e|es|ed|ing)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?borders?\s+to\s+(?:most\s+|all\s+)?(?:them|Russians?|Russian\s+(?:tourists|citizens|nationals))\b|suspend\w*\s+the\s+issu(?:ance|ing)\s+of\s+(?:[\w-]+\s+)?visas|stop\w*\s+letting\s+(?:[\w-]+\s+){0,3}?(?:into|in|enter)\b|(?:can|may|will)\s+no\s+longer\s+(?:be\s+able\s+to\s+)?(?:(?:travel|come)\s+(?:to|here)|enter|cross\s+into)\b|restrict\w*\s+(?:the\s+)?entry\s+of\s+(?:Russian|Belarusian)\b|(?:will|would|shall)(?:,\s*[^,.;]{1,20},)?\s+not\s+be\s+allowed\s+to\s+(?:enter|travel)\b|(?:turning|turns?)\s+(?:[\w-]+\s+){0,3}?(?:away|back)\b|(?:be|been|are|were|is)\s+turned\s+(?:away|back)\b|(?:stopp\w*|suspend\w*|halt\w*)\s+(?:accepting|processing|issuing)\s+(?:\w+\s+){0,2}?visa|(?:has|have|had)\s+not\s+issued\s+(?:\w+\s+)?visas|travel bans?|entry bans?|visa bans?|visa restrictions|bans?\s+on\s+(?:entering|entry|travel\w*)|(?:refus\w*|den(?:y|ies|ied|ying)|bar(?:s|red|ring)?)\s+entry\b|(?:stop\w*|suspend\w*|halt\w*)\s+issuing\s+(?:\w+\s+){0,2}?visas|(?:barred|banned|barring|banning|bars|bans)\s+(?:[\w-]+,?\s+){0,14}?from\s+(?:entering|travel\w*)|(?:may|can|must)\s+not\s+(?:(?:travel|come)\s+to|enter)\b|(?:stopp\w*|stops?|ceas\w*|halt\w*)\s+admitting\s+(?:most\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:Russian|Belarusian)s?\b)\b(?!\s+(?:\S+\s+){0,2}(?:ports?|airspace|waters|harbou?rs|territory))"),
    ("investment_ban", r"\b(?:(?:bars?|barred|bans?|banned)\s+(?:[\w-]+\s+){0,3}?investors\s+from\b|(?:(?:can|may|will)\s+)?no longer\s+(?:be allowed to\s+)?(?:buy|purchase|invest in)\s+(?:[\w-]+,?\s+){0,4}?(?:debt|bonds|shares|securities)|(?:told|ordered|asked)\s+not\s+to\s+buy\s+[^.;]{0,40}?bonds|no dealing in new (?:securities|bonds|loans)|(?:ban\w*|prohibit\w*)\s+(?:\w+\s+){0,4}?investments?|investment ban|ban\w*\s+(?:the\s+)?issuance\b[^.;]{0,60}?\b(?:bonds|debt|securities)\b|restrict\w*\s+[^.;]{0,40}?\baccess\s+to\s+(?:[\w-]+\s+){0,3}?(?:capital|financial)\s+markets|(?:stops?|bars?|barred|prohibits?|bans?|forbids?)\s+(?:\w+\s+){0,3}?from\s+(?:putting|making|investing)\s+(?:any\s+)?new\s+(?:money|investments?)|(?:barred|banned|prohibited)\s+from\s+(?:investing\s+in|buying|purchasing)\s+(?:[\w-]+\s+){0,4}?(?:debt|bonds|shares|securities)|new investments?\s+(?:in|into)\s+(?:the\s+)?(?:Russia|Russian|Belarus|Belarusian)\b|(?:money|capital|investment)\s+(?:may|can|will)\s+no\s+longer\s+flow\s+into|(?:may|can|will)\s+(?:\w+\s+){0,2}?no longer (?:take part in|invest in|participate in|finance))\b"),
    ("other", r"\b(?:ports?\s+(?:have\s+been|has\s+been|are|were|will\s+be)\s+closed\s+to\b|(?:barred|banned)\s+from\s+(?:sitting|serving)\s+on\s+(?:the\s+)?(?:boards?|governing\s+bodies|management\s+bodies)\b|(?:barred|banned|prohibited)\s+from\s+(?:transporting|servicing|insuring)\s+[^.;]{0,60}?\b(?:Russian|Belarusian)\b|suspend\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?visa\s+facilitation|suspension\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?visa\s+facilitation|stop\w*\s+the\s+(?:rail\s+)?transit\s+of\b|halt\w*\s+(?:the\s+)?certification\b|seiz\w*\s+and\s+(?:seek\s+)?(?:the\s+)?forfeit\w*|\bseizure\s+of\s+(?:the\s+)?(?:(?:US|C|A)?\$|€|£|CHF\b|(?:[\w-]+\s+){0,2}(?:assets|funds|property|yachts?|money))|\b(?:Treasury|OFAC|Department|action|designations?)\s+(?:also\s+)?hit\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:network|ring|scheme)\b|\bputting\s+a\s+(?:price\s+)?(?:cap|ceiling)\s+of\b|\bappl(?:y|ies|ied|ying)\s+the\s+(?:same\s+)?(?:price\s+)?cap\b|(?:refus\w*|den(?:y|ies|ied|ying))\s+entry\s+(?:to|into)\s+(?:\S+\s+){0,2}?(?:ports?|harbou?rs|airspace|waters)\b|(?:shut\s+out\s+of|(?:barred|banned|excluded)\s+from)\s+(?:all\s+)?(?:public\s+)?(?:tenders|procurement|public contracts)|(?<=\bIt )targets(?=\s+(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+,)|(?<=sanctions )target\w*(?=\s+(?:\d|" + COUNT + r"))|(?<=, )target(?:s|ed)?(?=\s+(?:\d+|" + COUNT + r")\s+(?:[\w-]+\s+)?(?:individuals|entities|companies|officials|banks)\b)|\d+\s*(?:per cent|percent|%)\s+(?:tariffs?|dut(?:y|ies))|shut\w*\s+(?:\w+\s+){0,2}?roads\s+to|(?:road[- ]haulage|freight hauliers?|trucks?|lorries)\s+(?:are\s+)?(?:banned|barred)|\bban\s+on\s+road[- ]haulage\b|(?:additional|extra)\s+tariff\s+of\s+\d+\s*(?:per cent|percent|%)|(?:road[- ]haulage|haulage|freight)\s+(?:companies|firms|operators)\b[^.;]{0,60}?\b(?:banned|barred|forbidden|prohibited)\b|" + COUNT + r"\s+[^.;:]{0,60}?\b(?:are|were)\s+(?:also\s+|now\s+)?on\s+(?:the|its)\s+(?:sanctions\s+)?list\b(?!\s+of\b)|(?:will|may|can)\s+no longer be allowed to (?:land|fly|enter|dock|use)\b|airspace\b[^.;]{0,40}?\b(?:closed|shut)\b|(?:barred|banned)\s+from\s+(?:entering|using|carrying|operating|doing business|trading|providing)|(?:bar|ban)(?:s|red|ned|ring|ning)?\s+(?:ships|vessels|aircraft|planes|airlines|carriers)\b[^.;]{0,100}?\bfrom\s+(?:entering|using|landing\s+at|docking\s+at|calling\s+at)\s+(?:\S+\s+){0,2}?(?:ports?|harbou?rs|waters|airspace|airports)\b|(?:bar|ban)(?:s|red|ned|ring|ning)?\s+(?:[\w-]+\s+){1,4}?from\s+(?:using|accessing|buying|owning|holding|receiving)\b|(?:barred|banned)[\s,]+(?:[\w-]+[\s,]+){1,10}?from\s+(?:broadcasting|operating|rating|trading|providing|doing business|selling|insuring|financing)\b|(?:may|can|will) no longer (?:enter|use|land|dock|access|fly|call at)|sanction(?:ed|ing)\b(?!\s+(?:money|assets|funds|goods|individuals|entities|people|persons|oligarchs|companies|lists?|banks|regime|Russians?|party|parties|person|entity))|(?:will|would|to|shall)\s+sanction\b|sanctions\s+list\s+(?:has\s+been|have\s+been|was|is)\s+(?:expanded|extended|widened|lengthened)\s+by\b|(?:added|placed|put)\s+(?:[\w'’-]+,?\s+){0,14}?(?:to|on)\s+(?:the|its)\s+(?:[A-Z][a-z]+\s+(?=sanctions))?(?:sanctions\s+)?list|(?:impos\w+|announc\w+|slapp\w+|levi\w+|new|fresh|further)\s+(?:\w+\s+){0,2}?sanctions\s+(?:under\s+[^.;]{0,80}?\s+)?(?:on|against)|sanctions\s+(?:on|against)|(?:(?<=restrictive )|(?<=sanctions ))measures\s+(?:on|against)(?=\s+(?:an?\s+)?(?:additional\s+|further\s+|another\s+)?" + COUNT + r"\s+(?:more\s+|additional\s+|further\s+)?(?:individuals|persons|people|entities|companies|officials|oligarchs|banks)\b)|(?<=\bannounced\s)measures\s+against(?=\s+" + COUNT + r"\s+(?:individuals|persons|people|entities|companies|officials|oligarchs|banks)\b)|most-favou?red[- ]nation|trade status|punitive tariffs?|(?<!lift )(?<!lifts )(?<!lifting )(?<!remove )(?<!scrap )(?<!waive )tariffs?\s+(?:on|of)\s+(?:\S+\s+){0,5}?(?:Russian|Belarusian)|(?:rais|increas|hik)\w*\s+(?:\w+\s+){0,5}?tariffs|clos(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}?(?:airspace|ports)|shut\s+(?:[\w'’]+\s+){0,2}?(?:airspace|ports)\s+to\b|shut\s+out\s+of\s+(?:[\w-]+\s+){0,2}?(?:airspace|ports|waters|harbou?rs)|barred\s+[^.,]{0,60}?from\s+(?:[\w.]+\s+)?(?:landing|flying|airspace|ports|docking)|ban\w*\s+[^.,]{0,60}?from\s+(?:\w+\s+)?(?:landing|flying|airspace|ports|docking)|expel\w*|taken off (?:the )?air|off the air|(?:can|may)\s+no\s+longer\s+(?:tap|draw on|borrow from)\b|(?:will|would)\s+not\s+be\s+allowed\s+(?:into|in)\s+(?:\S+\s+){0,2}?(?:airspace|ports?|waters)\b|block(?:s|ed|ing)?\s+access\s+to|(?:can|may|will)\s+no longer\s+(?:sit|serve|hold\s+(?:posts|positions|seats))\s+on\b|(?:can|may|will)\s+no longer\s+be\s+(?:re)?(?:broadcast|aired|shown|transmitted|streamed)\b|(?:can|may|will)\s+no\s+longer\s+(?:broadcast|transmit|air)\b|los(?:e|es|t|ing)\s+(?:their|its)\s+(?:\w+\s+)?licen[cs]es?|los(?:e|es|t|ing)\s+(?:the|their|its)\s+right\s+to\s+(?:broadcast|operate|trade|land|fly)|licen[cs]es\b[^.;]{0,120}?\b(?:are|were|have been|will be)\s+suspended\b|suspend\w*\s+(?:\w+\s+){0,3}?(?:trade|licen[cs]es|broadcast\w*))"),
]  # fmt: skip


_MEASURES = [(measure, re.compile(pattern, re.IGNORECASE)) for measure, pattern in MEASURES]


MEASURE_BREAK = re.compile(
    r",?\s+and\s+(?:is|are|was|were|has|have)\s+(?=\w+ing\b)"  # "..., and is restricting sales"
    r"|,?\s+and\s+(?:also\s+)?(?=[a-z]+ed\b|(?:ban|bar|stop|halt|prohibit|freeze|block|impose|cut|close|restrict|add|blacklist|designat|list|put|plac)\w*\b)|,\s+and\s+(?=[A-Z][^.;]{0,80}?\b(?:have|has|had|were|was|are|is|will|would|must|may|can)\b)|;\s+|,\s+(?:while|but|whereas)\s+"
    r"|,\s+(?=(?:on top of|in addition to)\s)"  # "..., on top of the ban on Russian oil": another
    # "... are prohibited, and in July the Government announced a ban on imports of Russian
    # gold": a measure of its own time
    rf"|,\s+and\s+(?=(?:in|on|since|from)\s+(?:early\s+|late\s+|mid-)?(?:{MONTH_WORD}|\d{{1,2}}\s+{MONTH_WORD})\b)"
    # "... is prohibited, and four more Russian channels ... lose the right to broadcast"
    rf"|,\s+and\s+(?=(?:\d+|{WORDS})\s+more\b)"
    # "..., and the broadcasting licences of four more channels ... are suspended": a new clause
    r"|,\s+and\s+(?=the\s+[^,.;]{0,40}(?:,[^.;]{0,80},)?[^,.;]{0,40}?\b(?:are|is|were|was|will be)\s+"
    r"(?:suspended|banned|prohibited|frozen|closed|revoked)\b)"
)


MEASURE_VERB = re.compile(
    r"\b(?:banned|bans?|froze|freez\w+|blocked|blocks?|prohibited|prohibits?|imposed|imposes?|"
    r"excluded|exclusion|cut off|removed|disconnected|barred|closed|placed|put|halted|suspended|"
    r"sanctioned|expelled|seized|seizure|announced|slapped|added|listed|designated|targeted|cutting|cuts|cut)\b"
)


TARGET_KINDS = [
    ("banks", r"banks?|lenders?|central bank|financial institutions|Sberbank|VTB"),
    ("persons", r"oligarchs?|individuals|persons|people|men|women|leaders?|president|ministers?|"
                r"officers|generals|colonels|majors|captains|lieutenants|admirals|soldiers|servicemen|"
                r"commanders|Russians|Belarusians|Ukrainians|Canadians|businesspeople|citizens|nationals|tourists|"
                r"separatists|collaborators|governors|mayors|associates|allies|cronies|"
                r"officials|lawmakers|members|businessm[ae]n|elites?|family|relatives|Putin|"
                r"Lavrov|politicians|executives|managers|directors|tycoons|billionaires|owners|"
                r"deputies|senators|(?<!\bit\s)judges|propagandists|journalists|figures|correspondents|"
                r"reporters|presenters|anchors|bloggers|commentators|editors"),
    ("sectors", r"oil|gas|coal|energy|sector|industry|steel|luxury goods|technology|"
                r"semiconductors|vodka|seafood|diamonds|products|goods|potash|fertili[sz]ers?|timber|"
                r"wood|cement|tobacco|fuels?|metals?|iron|alumin(?:i?um|a)|gold|machinery|chemicals|crude|"
                r"items|equipment|electronics|chips|drones|engines|components|services"),
    ("entities", r"entities|companies|firms|airlines?|Aeroflot|organi[sz]ations|businesses|ships|"
                 r"vessels|aircraft|planes|flights|broadcasters?|state media|RT|Sputnik|enterprises|"
                 r"suppliers|manufacturers|contractors|names|"
                 r"Investment Fund|projects|agencies|channels|stations|outlets|subsidiaries|affiliates"),
]  # fmt: skip


TARGET_WORDS = dict(TARGET_KINDS)
_TARGET_KINDS = [
    (kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in TARGET_KINDS
]


# "VTB, Russia's second-largest lender": a bank named and said to be one.
BANK_DESCRIBED = re.compile(
    r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}),\s+(?:\w+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:lender|bank)\b"
)


# A sentence telling that its measure is not taken yet.
NOT_YET = re.compile(
    # (not "will require government approval for exports of 57 categories": a licence rule)
    r"\b(?:requires?|needs?|would need|would require)\s+(?:\w+\s+)?(?:legislation|approval(?!\s+for\s+(?:the\s+)?exports?\b)|a vote|"
    r"a law)\b|\badopted no (?:new )?(?:sanctions|measures)\b"
    # "The sixth sanctions package, with its phased embargo on Russian oil, was proposed on May 4
    # and is still stuck": proposed, not adopted
    r"|\b(?:was|were|has been|have been)\s+proposed\b(?![^.;]{0,80}\b(?:adopted|approved|agreed)\b)"
    r"|\bis\s+still\s+(?:stuck|blocked|being negotiated|under discussion)\b"
    # "... to cut banks off SWIFT has yet to be turned into law"; "Both bills await Biden's
    # signature": not in force
    r"|\b(?:has|have)\s+yet\s+to\s+be\s+(?:turned into law|adopted|approved|enacted|agreed|signed)\b"
    r"|\bawaits?\s+(?:[\w.'’-]+\s+){0,3}?signature\b"
    # "[The Commission presented its proposal for a ninth package.] It would add ...": a proposal
    r"|^\W*(?:It|The (?:package|proposal|plan))\s+would\s"
    # "The specific individuals ... will be designated in the coming days": not yet named
    r"|\bwill\s+be\s+(?:designated|named|listed)\s+in\s+the\s+coming\s+(?:days|weeks)\b"
    # "a decision that still has to be formally adopted by the Council"
    r"|\bstill\s+(?:has|have|needs?)\s+to\s+be\s+(?:formally\s+)?(?:adopted|approved|ratified)\b"
    # "a sixth package of sanctions against Russia, which would phase out most imports": a plan
    r"|\b(?:package|proposal|plan)\b[^.;]{0,80}?,\s+which\s+would\s+(?:phase out|ban|end|halt|bar|cut)\b"
    # "a bill to withdraw most-favoured-nation treatment ... has been submitted to the Diet"
    r"|\bbill\b[^.;]{0,120}\b(?:has been|have been|was|is being)\s+(?:submitted|introduced|tabled)\b"
    # "the Commission proposed an eighth sanctions package that would ban ...", unless adopted
    r"|\bproposed\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?package\b"
    r"(?![^.;]{0,80}\b(?:adopted|approved|agreed)\b)"
    # "the sixth package of sanctions presented by the European Commission on Wednesday, which
    # foresees ...": a proposal's content
    r"|\b(?:presented|tabled|put forward)\s+by\b[^.;]{0,80}\bwhich\s+(?:foresees|would|includes|provides for)\b",
    re.IGNORECASE,
)


# ", the prime minister said, in a step ...": who told it, to the clause's end.
ATTRIBUTION = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|says|added)(?:\s+(?:on\s+)?\w+day|\s+yesterday)?"
    r"\s*(?:[,.;]|$).*$"
)


# One target more, named in the singular after "and": "three officers and the company".
ONE_MORE_KINDS = {
    "entities": r"company|firm|manufacturer|entity|supplier|airline",
    "persons": r"individual|person|businessman|businesswoman",
    "banks": r"bank|lender",
}
ONE_MORE = re.compile(
    rf"\b(?:and|plus)\s+(?:the|a|one)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<w>{'|'.join(ONE_MORE_KINDS.values())})\b(?!\s+of\b|\s+[A-Z])"  # not "the bank VEB": a name
)


# "among them two companies", "including 12 banks": some of the targets counted before.
SUBSET = re.compile(
    r"\b(?:among them|among whom|including|of whom|of which|of them)\s+(?:\w+\s+){0,2}$"
)


# Sanctions named in general rather than by their measure.
IN_GENERAL = re.compile(
    r"\b(?:wave|round|raft|set|series|package|batch) of (?:new\s+)?sanctions\b|^(?:\w+\s+){0,3}sanctions\b",
    re.I,
)


NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,4}\b")


NOT_NAMES = re.compile(
    r"^(?:President|Prime|Foreign|Defen[cs]e|Minister|Chief|State|Central|National|Security|"
    r"Council|Department|Ministry|Treasury|Office|Bank|The|This|It|In|On|Russian|Russia|"
    r"Ukraine|Ukrainian|European|Kremlin|Duma|Federation|Federal|Entity|Executive|"
    # "... on Friday, the government said": a day, not a target's name
    rf"{WEEKDAY_WORD})\b"
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
    r"Services|Aviation|Technologies|Electronics|"
    r"Works|Agency|Fund|Plant|Factory|Energy|Oil|Gas|Media|Channel)\b"
)


TITLES = re.compile(
    r"^(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Finance Minister|Minister|"
    r"Chancellor|Premier|Chief Executive|Chairman|"
    r"Mr\.?|Ms\.?|Mrs\.?|oligarch|billionaire|businessman)\s+"
)


# "the Council formally adopted a ninth package of sanctions against Russia": the measures the
# next paragraphs list without naming who imposes them are that package's.
PACKAGE = re.compile(
    r"\b(?:adopt|approv|agree|announc|unveil|impos|roll|sign|agreed|pass)\w*\s+(?:out\s+|off\s+)?"
    r"[\"“]?(?:[\w-]+\s+){0,5}?(?:package|round|set|wave)\s+of\s+(?:[\w-]+\s+)?sanctions\s+"
    r"(?:on|against|that)\s+"
)


def sanctions(drafts, context, number_, sentence) -> bool:
    """Draft the sanctions a sentence states; returns whether the sentence is read as one about
    sanctions (a tally is, and drafts nothing), which is then not read for pledges. A measure
    told again ("The freeze came days after Tokyo unveiled $50 million") drafts nothing, and
    the sentence is read for pledges."""
    _note_package(context, number_, sentence)
    cues = _cues(sentence)
    if not cues:
        return _proposed_measures(sentence)
    if PROPOSALS_UNVEILED.search(sentence) and re.search(
        r"\bproposals?\b", context.previous_sentence or ""
    ):
        return True  # "... the Commission's proposals for an eighth round. She unveiled them on Wednesday: ..."
    if not_yet_decided(context):
        return True  # "More from the proposal. ... None of it applies yet": measures proposed
    if _a_tally(sentence, cues[0][1]):
        return True
    if _restated(drafts, sentence, cues[0]):
        return False
    return _draft_measures(drafts, context, number_, sentence, cues)


# "Ursula von der Leyen unveiled them on Wednesday: ...": the proposals just named, set out.
PROPOSALS_UNVEILED = re.compile(r"\b(?:unveiled|presented|tabled|set out|outlined)\s+(?:them|it)\b")


def _proposed_measures(sentence) -> bool:
    """Whether the sentence tells measures not yet taken ("the sixth package ... presented by the
    Commission on Wednesday, which provides for a phased embargo"): no record, and no pledge."""
    return (bool(NOT_YET.search(sentence)) and not money(sentence)
            and any(p.search(sentence) for _, p in _MEASURES))  # fmt: skip


def _no_imposer(sentence, imposer, context) -> bool:
    """Whether the sentence has no imposer of sanctions: none found, or the country at war
    stopping its own trade."""
    return imposer is None or _the_country_at_wars_own_trade(sentence, imposer, context)


def _the_country_at_wars_own_trade(sentence, imposer, context) -> bool:
    """Whether the country at war stops its own trade ("Ukraine ... halted exports last month
    after Russian missiles hit its power plants"), with no word of sanctions: no measure."""
    homeland = context.homeland
    return bool(
        homeland
        and imposer.key == homeland.key
        and not re.search(
            # (not "200 individuals accused of collaborating with Russia", "officials who fled to
            # Russia": people of its own)
            r"\bsanction|\b(?:exports?|imports?|trade|transit|flights?|trains?|supplies|sales|"
            r"shipments?|goods|measures|ban|embargo|business|ties|relations)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:against|to|on|from|with)\s+(?:Russia|Belarus)\b",
            sentence,
            re.I,
        )
        and not (OF_THE_ENEMY.search(sentence) and _named_here(sentence, imposer))
    )


def _named_here(sentence, party) -> bool:
    """Whether the sentence names the party itself taking the measure ("Ukraine banned",
    "Ukraine's central bank blocked"), not calling for one ("Ukraine called on the EU to ban")
    nor as a heading ("Ukraine: Federal Council adopts ...")."""
    return any(a.key == party.key and OWN_MEASURE.match(sentence, a.end)
               and not re.search(r"\b(?:for|to|in|of|with|from|on|into|against)\s+(?:the\s+)?$",
                                 sentence[: a.start])
               for a in actors(sentence))  # fmt: skip


OWN_MEASURE = re.compile(
    # "Ukraine's National Security and Defense Council froze", "Ukraine last week formally
    # banned", "Kyiv voted to ban"; not "Ukraine called on the EU to ban", "demanded a ban"
    r"(?:(?:['’]s|(?<=['’]s))\s+(?:[\w-]+\s+){1,5}?)?"
    r"(?:\s*(?!(?:called|calls|urged|urges|demanded|demands|asked|asks|pressed|presses|wants|wanted|"
    r"appealed|appeals|hopes|hoped|announced)\b)[\w,-]+){0,4}?"
    r"\s*(?:(?:will|would|has|have|had|voted\s+to|decided\s+to|moved\s+to|also)\s+)*"
    r"(?:bann?(?:ed|s)?|froze|freezes?|frozen|clos(?:ed|es|e)|expel(?:led|s)?|impos(?:ed|es|e)|"
    r"block(?:ed|s)?|barr?(?:ed|s)?|signed\s+a\s+decree|sanction(?:ed|s)?|add(?:ed|s)|seiz(?:ed|es|e)|"
    r"stop(?:ped|s)?|prohibit(?:ed|s)?|introduced|blacklist(?:ed|s)?|suspend(?:ed|s)?|halt(?:ed|s)?|"
    r"cut|severed|confiscated|nationali[sz]ed)\b"
)


# "banned imports of Russian goods", "froze the assets of 30 Russian businessmen": the measure's
# object is the enemy's, not "after Russian missiles hit its power plants".
OF_THE_ENEMY = re.compile(
    r"(?<!after )(?<!following )(?<!because of )\b(?:Russian|Belarusian)(?:-flagged|-registered)?\s+"
    r"(?!(?:missiles?|attacks?|strikes?|shelling|troops|forces|soldiers|bombardment|drones?|"
    r"invasion|aggression|occupation|army|war)\b)[a-z]"
)


def _draft_measures(drafts, context, number_, sentence, cues) -> bool:
    """Draft the measures of the sentence's cues (one per measure), on the targets it names, by its
    imposer and those named in one list with it; whether it has a target and an imposer."""
    merged = _one_cue_per_measure(cues)
    found = [a for a in actors(sentence) if a.how != "firm"]  # a firm imposes no sanctions
    imposer, carried = _imposer(sentence, found, merged[0][1], context, number_)
    targets = _target_states(context, found, merged[0][1], sentence, imposer and not carried)
    if not targets or _no_imposer(sentence, imposer, context):
        return False
    context.last_imposer = (number_, imposer)
    made = _measure_drafts(context, number_, sentence, merged, targets, imposer, carried)
    if not carried:
        made += [_imposed_by(draft_, other) for other in _imposers_together(sentence, found,
                 imposer, merged[0][1]) for draft_ in made]  # fmt: skip
    made += _the_same_to_another(sentence, found, made)
    made += _the_same_by_others(sentence, found, made, cues)
    made = _not_told_before(drafts, made, sentence)
    drafts.sanctions.extend(made)
    if made:
        context.last_sanctions = (number_, made)
    return True


# "apply export controls to Belarus": measures named in general, not on a target of their own.
IN_GENERAL_HERE = re.compile(r"\b(?:controls|sanctions|measures|restrictions)\b", re.IGNORECASE)


# "Asset freeze against Russian individuals": a list entry's heading, a few words naming a measure.
HEADING = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,6}")


def drop_summaries(drafts, headline: bool) -> None:
    """ "The United States, Britain and Canada announced a fresh wave of sanctions on Friday":
    sanctions in general (or a headline's), on no counted or named targets, that the text then
    tells measure by measure (the same imposer, target and measure, on counted or named targets,
    after it) are the summary of those, not a measure of their own."""

    def told_later(summary: Draft, here: bool = False) -> bool:
        same = ("imposer_code", "imposer", "target_code", "measure")
        after = drafts.sanctions[drafts.sanctions.index(summary) + 1 :]  # in the text's order
        # told with counted or named targets, or, in the same paragraph, on goods of its own
        # ("tightening its export controls. Jet fuel ... can no longer be sold to Russia")
        return any(d.quote != summary.quote and (not here or d.paragraph == summary.paragraph)
                   and all(d.fields[k] == summary.fields[k] for k in same)
                   and (d.fields["targets_count"] is not None or d.fields["named_targets"]
                        or (here and summary.fields["measure"] != "other"
                            and d.fields["target_kind"] != summary.fields["target_kind"]))
                   for d in after)  # fmt: skip

    def headline_of_the_body(summary: Draft) -> bool:
        # "MPs rally behind Johnson's sanctions on VTB and Aeroflot": a headline's measures,
        # where the body tells the same imposer's
        return (
            headline
            and summary.paragraph == 1
            and any(
                d.paragraph > 1 and d.fields["imposer"] == summary.fields["imposer"]
                for d in drafts.sanctions
            )
        )

    def detailed_next(summary: Draft) -> bool:
        # "adopted further sanctions against Russia." then the freezes, bans ... of the next
        # paragraphs: the measures it sums up, whatever they are
        same = ("imposer_code", "imposer", "target_code")
        after = drafts.sanctions[drafts.sanctions.index(summary) + 1 :]
        return (summary.fields["measure"] == "other" and bool(IN_GENERAL.search(summary.quote))
                and any((0 <= d.paragraph - summary.paragraph <= 2 or summary.paragraph == 1)
                        and d.fields["measure"] != "other"
                        and all(d.fields[k] == summary.fields[k] for k in same) for d in after))  # fmt: skip

    def a_summary(d: Draft) -> bool:
        if d.fields["targets_count"] is not None or d.fields["named_targets"]:
            return False
        if HEADING.fullmatch(d.quote) and told_later(d, here=True):
            return True  # "3. Asset freeze against Russian individuals. Japan will freeze ..."
        if (IN_GENERAL.search(d.quote) or d.paragraph == 1) and (told_later(d) or detailed_next(d)):
            return True
        # "decided to apply export controls to Belarus. Since March 7, exports of strategic
        # items ... two entities ...": the same paragraph tells them
        return bool(d.fields["target_kind"] == "state" and IN_GENERAL_HERE.search(d.quote)
                    and told_later(d, here=True))  # fmt: skip

    drafts.sanctions[:] = [
        d for d in drafts.sanctions if not headline_of_the_body(d) and not a_summary(d)
    ]


def _told_again_here(drafts, draft_: Draft) -> bool:
    """ "Russian gold will no longer be allowed into Australia. Mr Albanese said imports would be
    banned": the same measure of the same paragraph, told again with no targets of its own."""
    fields = draft_.fields
    if _applied_again(drafts, draft_) or _same_targets_told_here(drafts, draft_):
        return True
    if fields["targets_count"] is not None or fields["named_targets"]:
        return False
    imposer = Actor(fields["imposer_code"], fields["imposer"], "country", 0, 0, "", "name")
    if _first_kind(draft_.quote, imposer)[0] != "state":
        return False  # "Export controls on dual-use goods widen": goods of its own
    same = ("imposer_code", "imposer", "target_code", "measure")
    return any(d.paragraph == draft_.paragraph and all(d.fields[k] == fields[k] for k in same)
               and fields["target_kind"] in ("state", d.fields["target_kind"])
               for d in drafts.sanctions)  # fmt: skip


def _applied_again(drafts, draft_: Draft) -> bool:
    """ "Asset freezes also apply to the members of ...": the measure just told."""
    return bool(re.search(r"\balso\s+appl(?:y|ies)\s+to\b", draft_.quote)) and _same_told_here(
        drafts, draft_
    )


def _same_targets_told_here(drafts, draft_: Draft) -> bool:
    """Whether the paragraph has drafted the same measure on the same counted targets, and this
    draft's words do not count them again (its count carried from "them")."""
    fields = draft_.fields
    same = ("imposer", "target_code", "measure", "target_kind", "targets_count", "named_targets")
    return (
        fields["targets_count"] is not None
        and str(fields["targets_count"]) not in draft_.quote
        and any(
            d.paragraph == draft_.paragraph and all(d.fields[k] == fields[k] for k in same)
            for d in drafts.sanctions
        )
    )


# "From that date, Russian tourists will no longer be able to cross into Lithuania": what the
# measure just told will do.
ITS_EFFECT = re.compile(
    r"\W*(?:[\"“][^\"”]*[\"”][^.]*\.\s*)?(?:From (?:that date|that day|then on|then)|As a result|In practice),",
    re.I,
)


# "As a result of today's action, all property ... of the designated persons ... is blocked",
# "Unless authorized by a general or specific license ..., U.S. persons are generally prohibited
# from ...", the 50 percent rule: what designations told before do, or the rule behind them.
STANDING_RULE = re.compile(
    r"\W*(?:As a result of (?:today['’]s|this|these)\b[^,.;]{0,40}?\b(?:actions?|designations?|determinations?)"
    r"\s*,(?=[^;]{0,200}?\b(?:blocked|frozen|prohibited)\b)|Unless (?:otherwise\s+)?authori[sz]ed\b"
    # "Any entities owned ... 50 percent or more by one or more blocked persons are also blocked"
    r"|(?:Any|All)\s+(?:entities|companies|firms|persons)\b[^.;]*?\bowned\b[^.;]{0,60}?\b50\s*(?:percent|per cent|%)\s+or\s+more\b)"
)


def _not_told_before(drafts, made: list[Draft], sentence: str) -> list[Draft]:
    """The drafts of a sentence that tell neither a measure of the same paragraph again nor the
    effect of one just told."""
    if STANDING_RULE.match(sentence):
        return []
    return [d for d in made
            if not _told_again_here(drafts, d) and not _its_effect_told(drafts, d, sentence)]  # fmt: skip


def _its_effect_told(drafts, draft_: Draft, sentence: str) -> bool:
    """Whether the sentence tells the effect of the same measure drafted just before (in this
    paragraph or the one before), with no targets of its own."""
    fields = draft_.fields
    if (
        not ITS_EFFECT.match(sentence)
        or fields["targets_count"] is not None
        or fields["named_targets"]
    ):
        return False
    same = ("imposer_code", "imposer", "target_code", "measure")
    return any(0 <= draft_.paragraph - d.paragraph <= 1 and all(d.fields[k] == fields[k] for k in same)
               for d in drafts.sanctions)  # fmt: skip


def _same_told_here(drafts, draft_: Draft) -> bool:
    """Whether the same imposer's same measure is drafted in the same paragraph."""
    return any(d.paragraph == draft_.paragraph and d.fields["imposer"] == draft_.fields["imposer"]
               and d.fields["measure"] == draft_.fields["measure"] for d in drafts.sanctions)  # fmt: skip


def _note_package(context, number_, sentence) -> None:
    """A package of sanctions the sentence says was adopted: its imposer and target kept for the
    measures told after it."""
    found = actors(sentence)
    noted = _package_backed(sentence, found, context) or _package_adopted(
        sentence, found, context, number_
    )
    if noted:
        context.package = noted
        context.last_imposer = (number_, noted[0])


def _package_adopted(sentence, found, context, number_) -> tuple[Actor, Actor] | None:
    """The imposer and target of the package the sentence says was adopted."""
    adopted = PACKAGE.search(sentence) or NUMBERED_PACKAGE.search(sentence)
    if not adopted:
        return None
    target = next((a for a in found if a.code in TARGET_STATES and a.start >= adopted.end()), None)
    if target is None and adopted.re is NUMBERED_PACKAGE:
        target = (
            context.target
        )  # "The Council formally adopted the ninth package.": on the state told
    imposer = _packages_imposer(sentence, found, adopted, context, number_)
    return (imposer, target) if target and imposer else None


def _packages_imposer(sentence, found, adopted, context, number_) -> Actor | None:
    """Who adopted the package: the Union for "the eighth EU package", else the sentence's."""
    if re.search(r"\b(?:EU|European Union)\b", adopted.group(0)):
        # "Switzerland adopted the eighth EU package": a state outside the Union, its own
        return _outsider(sentence[: adopted.start()]) or _the_union()
    return _imposer(sentence, found, adopted.start(), context, number_)[0]


def _package_backed(sentence, found, context) -> tuple[Actor, Actor] | None:
    """ "Italy also backed the ninth package of sanctions against Russia, which the Council
    adopted": the adopter's package, on its target."""
    adopter = _adopter_of_what_was_backed(sentence, found)
    target = next((a for a in found if a.code in TARGET_STATES), context.target)
    return (adopter, target) if adopter and target else None


# "The Council formally adopted the ninth package": a numbered package (of sanctions, where a
# state under sanctions is the text's target; `_note_package` keeps it only then).
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
NUMBERED_PACKAGE = re.compile(
    rf"\b(?:adopt|approv|agree|pass|sign)\w*\s+(?:off\s+on\s+)?(?:the|its)\s+{_ORDINAL}\s+(?:sanctions\s+)?package\b"
    # "The sixth package adopted by the Council on 3 June is the most far-reaching so far."
    rf"|\b[Tt]he\s+{_ORDINAL}\s+(?:sanctions\s+)?package\s+(?=(?:was\s+|were\s+)?(?:adopted|approved|agreed)\s+by\b)"
    # "the Foreign Office described the eighth EU package, adopted on 6 October"
    rf"|\b[Tt]he\s+{_ORDINAL}\s+(?:EU|European Union)\s+(?:sanctions\s+)?package\b"
)


def _cues(sentence) -> list[tuple[str, int, int]]:
    """Each measure the sentence's words state, as (measure, start, end), in the order of the
    words; leaving out measures not taken, named as a topic, or told as earlier ones."""
    if NOT_YET.search(sentence):
        return []  # "Ending the trade status ... requires legislation": not yet a measure
    cues = []
    for measure, pattern in _MEASURES:
        for match in pattern.finditer(sentence):
            if measure == "other" and _no_measure_of_its_own(sentence, match.start(), cues):
                continue
            if (
                _not_taken(sentence, match)
                or _a_topic(sentence, match)
                or _earlier(sentence, match)
            ):
                continue
            cues.append((measure, match.start(), match.end()))
    cues.sort(key=lambda cue: cue[1])
    return cues


def _no_measure_of_its_own(sentence, start, cues) -> bool:
    """Whether words of sanctions in general add no measure: they are within another measure's
    words, or sum up the ones taken."""
    if any(a <= start < b for _, a, b in cues):
        return True
    # "has twice tightened sanctions on Belarus": a summary, not a measure
    return bool(
        re.search(
            r"(?:tighten|widen|expand|extend|broaden|step\w* up|ratchet\w* up)\w*\s+(?:\w+\s+)?$"
            # "has adopted almost all of the bloc's sanctions against Moscow": a summary
            r"|\badopt\w*\s+(?:almost\s+|nearly\s+)?(?:all|most)\s+(?:of\s+)?(?:the\s+)?(?:[\w'’-]+\s+)?$",
            sentence[:start],
        )
    )


# The words before a measure that make it one not taken.
NOT_TAKEN_BEFORE = re.compile(
    # "a possible ban on imports of Russian gold", "the possible exclusion of additional banks
    # from SWIFT"
    r"\b(?:possible|potential)\s+(?:[\w-]+\s+){0,8}$"
    # "Japan will continue to impose strong sanctions on Russia": measures kept, none new (not
    # "continue to impose new sanctions")
    r"|\b(?:continue|continues|continued|keep|keeps)\s+(?:to\s+)?(?:(?:impos\w*|apply\w*|applying|enforc\w*)\s+"
    r"(?!(?:new|further|more|additional)\b)(?:[\w-]+\s+){0,2})?$"
    # "Ukrainian men of fighting age may not travel to Britain": the country at war's own rule
    r"|\bUkrainian\s+(?:men|women|citizens|nationals|refugees|people)\b[^.;]{0,60}$"
    # "an amendment that would have extended the embargo": what did not happen
    r"|\bwould\s+have\s+(?:[\w-]+\s+){0,3}$"
    # "OFSI gains the power to impose civil penalties": a power, not a measure
    r"|\bpowers?\s+to\s+(?:[\w-]+\s+){0,2}$"
    # "The Economic Crime Bill ... will allow the UK to move faster in designating individuals"
    r"|\b(?:will|would)\s+(?:allow|enable|let)\b(?:(?!\b(?:and|but|while|whereas)\b)[^.;,]){0,60}$"
    # "pushing legislation that would ban imports of Russian oil": a bill, not yet law
    r"|\b(?:legislation|bill|draft law|draft)\s+(?:that|which)\s+would\s+$"
    # "launched a task force, KleptoCapture, to track and seize the assets": what it is set up for
    r"|\b(?:launch\w*|set\s+up|creat\w*|establish\w*)\s+(?:a|an|the)\s+[^.;]{0,40}?\b(?:task\s+force|unit|team|body|working\s+group)\b"
    r"[^.;]{0,40}?\bto\s+(?:\w+\s+(?:and\s+)?)?$"
    # "the draft offers Hungary and Slovakia until the end of 2023 to stop buying Russian crude":
    # time granted before a measure applies, not a measure of theirs
    r"|\b(?:offer\w*|give[sn]?|gave|giving|grant\w*|allow\w*)\s+[^.;]{0,60}?\buntil\b[^.;]{0,40}?\bto\s+$"
    # "people who can no longer use heating": their plight, not a measure
    r"|\b(?:people|households|families|those)\s+who\s+$"
    # "the proposal would create ..., add import bans ...": not yet taken
    r"|\bthe (?:proposal|draft)\s+would\b[^.;]*$|\b(?:Commission|Commission's|EU's)\s+draft\s+would\b[^.;]*$|\bcall(?:ed|s|ing)? for\b[^.;]{0,200}$"
    r"|\b(?:should|ought to)\s+(?:\w+\s+)?$"
    # "pressed Western capitals to cut ... out of SWIFT and to ban all imports"
    r"|\b(?:press\w*|urg\w*|call\w*\s+on|ask\w*)\s+(?:[\w-]+\s+){0,3}?to\s[^.;]{0,200}?"
    r"\band\s+(?:to\s+)?(?:\w+\s+){0,2}$"
    # "without a full embargo", "had escaped the Western blacklists"
    r"|\b(?:without|escaped|avoided|evaded|dodged|spared)\s+(?:\w+\s+){0,3}$"
    # "its first attempt to take, rather than merely freeze, money": the step not taken
    r"|\brather\s+than\s+(?:merely\s+|just\s+|simply\s+|only\s+)?$",
    re.IGNORECASE,
)
# "Cutting Russian banks off the SWIFT payment system was not part of it"
NOT_TAKEN_AFTER = re.compile(
    # "the asset freezes already imposed on President Vladimir Putin": in place before
    r"\s+already\s+(?:imposed|in place|in force|applied)\b|"
    # "... and close Australian ports to Russian ships, a step the government says it is considering"
    # (only the measure the step names, not one joined before it by "and")
    r"(?:(?!\band\b)[^.;]){0,80}?,\s+a\s+(?:step|move|measure)\s+(?:that\s+)?(?:the\s+government|the\s+cabinet|ministers|it)\b"
    r"[^.;]{0,30}?\b(?:considering|weighing|studying|resisting)\b|"
    # "An oil embargo is being discussed"
    # ("A ban on Russian oil, pushed by the Baltic states and Poland, is being discussed")
    r"(?:,[^,.;]{0,60},|[^.;,]){0,40}?\s+(?:is|are)\s+being\s+(?:discussed|considered|negotiated|debated)\b|"
    r"[^.;]{0,60}?\b(?:(?:was|is|were|are)\s+not\s+(?:part of|included|among|"
    r"on the (?:\w+\s+)?(?:table|agenda))|(?:is|are)\s+off\s+the\s+table)\b"
)


def _not_taken(sentence, match) -> bool:
    """Whether the words state a measure not taken: denied, proposed, imagined, or a power a
    law gives."""
    before = sentence[: match.start()]
    if NEGATED.search(before[-30:]) or NOT_TAKEN_BEFORE.search(before):
        return True
    if NOT_TAKEN_AFTER.match(sentence[match.end() :]):
        return True
    if re.search(
        r"\b(?:proposals?|proposed|floated|plans? (?:for|to)|intends?|intended|haggl\w*|negotiat\w*|prepar\w*|"
        r"fears? that|feared that|worries that|worried that|concerns? that|"
        r"press\w*\s+(?:[\w-]+\s+){0,3}?to\b|"
        r"considering|discussing|under discussion|explor\w+|examin\w+\s+(?:options|ways|whether|how)\b|asked (?:whether|if|about)|"
        r"whether|talk(?:s|ing)? about|debat\w+|urg\w+|wants?|wanted|push\w* for|press\w* for|call\w* for|pressure\b[^.;]{0,20}\bfor|"
        r"back\w*\s+(?:\w+\s+){0,2}?moves? to|(?:on|off) the table)\b[^.;]{0,60}$"
        # "several capitals ... remain wary of an oil embargo": resisted, not taken; "The
        # Netherlands welcomes the ninth package of EU sanctions": another's measure welcomed
        # (not "despite opposition from Hungary, banned": a clause of its own)
        r"|\b(?:wary of|(?:sceptical|skeptical|cautious) (?:of|about)|oppos\w+|resist\w*|welcom\w+)\b[^.;,]{0,60}$",
        before,
        re.I,
    ):
        return True  # "the Commission's proposal for a phased embargo": not yet a measure
    if re.search(r"\b(?:a|an)\s+$", before, re.I) and re.search(
        r"\b(?:would|could|might)\b", sentence
    ):
        return True  # "A freeze on Gazprombank ... would amount to the same thing": a hypothesis
    # "has the power to impose", "can freeze": a power, no measure yet
    return bool(POWER.search(before[-60:]))


# "careful to carve energy payments out of their financial sanctions", "disputes with Russian
# counterparts as a result of the SWIFT measures": measures as a topic.
TOPIC_BEFORE = re.compile(
    r"\b(?:out of|from|under)\s+(?:their|its|our)\s+$"
    # "the Druzhba pipeline, which was left out of the oil embargo": measures as a topic
    r"|\b(?:left out of|exempt(?:ed)? from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    # "a way to move dollars outside the SWIFT network"
    r"|\b(?:outside|around|bypass\w*|instead of|alternatives? to)\s+(?:the\s+)?$"
    r"|\b(?:as a result of|because of|due to|owing to)\s+the\s+(?:[\w-]+\s+){0,2}$"
)


def _a_topic(sentence, match) -> bool:
    """Whether the words name frozen assets or a round of sanctions as a topic, not a measure."""
    before = sentence[: match.start()]
    if re.match(r"frozen\b", match.group(0), re.I) and (
        re.search(r"\bassets\s+$", before)
        or re.match(
            r"frozen\s+(?:Russian\s+|state\s+)?(?:assets|reserves|funds)\b",
            sentence[match.start() :],
        )
    ):
        return True  # "assets frozen in Western jurisdictions", "frozen assets": a topic
    if re.match(r"[^,.;]{0,40}?\b(?:should|ought to|must)\b", sentence[match.end() :]):
        return True  # "assets frozen in Western jurisdictions should be the main source"
    if TOPIC_BEFORE.search(before) or _named_in_passing(sentence, match):
        return True
    if re.match(r"assets\b", match.group(0), re.I) and re.search(
        r"\b(?:francs|dollars|euros|pounds|million|billion|bn)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}$",
        before,
    ):
        return (
            True  # "7.5 billion francs of Russian-owned assets frozen": a tally of what is frozen
        )
    # "the bloc's latest round of sanctions against Russia": the package's name
    return bool(
        re.match(r"sanctions\b", match.group(0), re.I)
        and re.search(r"\b(?:rounds?|packages?|sets?|waves?)\s+of\s+$", before)
    )


def _named_in_passing(sentence, match) -> bool:
    """Whether the measure is named in passing: one still negotiated that a party "will not
    stand in the way of", one another "takes effect alongside", or a role ("oversaw the
    financial sanctions")."""
    before = sentence[: match.start()]
    return bool(
        re.search(r"\bstand in the way of\b[^.;]{0,30}$", before)
        # "Designating the people at the top adds pressure": the act as a subject
        or (re.fullmatch(r"\W*", before) and re.match(r"[A-Z][a-z]+ing\b", match.group(0)))
        or re.match(r"[^.;]{0,40}?,\s+which\s+[^.;]{0,30}?\b(?:still\s+)?(?:negotiat|debat|discuss)\w*",
                    sentence[match.end() :])
        or re.search(r"\b(?:alongside|along with|like|unlike|as with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
                     before)
        # "customs officers enforcing the EU ban on exports of luxury goods"
        or re.search(r"\benforc\w*\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}$", before)
        or re.search(r"\b(?:oversaw|oversee\w*|ran|runs|running|in charge of|responsible for)\s+"
                     r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", before)
    )  # fmt: skip


# The words before a measure that tell it again or tell an earlier one.
TOLD_AGAIN_BEFORE = re.compile(
    # "the money that has already been frozen": a tally
    r"\balready\s+been\s+$"
    # "The EU, which agreed earlier this month to phase out most Russian oil imports"
    r"|\bwhich\s+(?:had\s+)?\w+ed\s+earlier\b[^,;]*$"
    # "one of the companies whose steel the EU will no longer buy", "Gazprom, whose 48 percent
    # stake in EuRoPol Gaz, co-owner of the pipeline, is now frozen", "whom Canada sanctioned"
    r"|\bwhose\b(?:[^.;,]|,(?!\s+(?:and|but|while)\b)){0,120}$|\bwhom\b[^.;,]{0,40}$"
    # "They join the 328 Duma members that the United States sanctioned in March"
    r"|\b\d[\d,]*\s+(?:[\w-]+\s+){1,3}(?:that|who|which)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+(?:had\s+|has\s+)?$"
    # "the new aid came on top of ... its sanctions against hundreds", "The new designations build
    # on the 35 per cent tariff on Russian imports", but not "in addition to
    # the measures against Lukashenko announced earlier, Japan will freeze": a measure of its own
    r"|\b(?:on top of|in addition to)\b(?![^.;]*,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:will|has|have|had|also)\b)"
    r"(?![^.;]*,\s+when\s+)"
    # "The new designations build on the 35 per cent tariff": the measure built on (not "will build
    # on its existing sanctions and freeze", nor "build on a first round ..., when the government
    # banned")
    r"|\b(?:build(?:s|ing)?|built)\s+on\s+(?:the\s+|its\s+|their\s+)?(?:[^.;,]{0,80}?\s+and\s+(?:the\s+)?)?"
    r"(?:[\w'’-]+\s+){0,3}$(?<!\band\s)"
    # "The measures add to the more than 800 sanctions Canberra has already placed on ...": earlier
    r"|\b(?:has|have)\s+already\s+$|\b(?:add|adds)\s+to\s+the\s+(?:[\w-]+\s+){0,2}$"
    # "Lithuania, which in April became the first EU country to stop importing Russian gas": told
    # as history
    r"|\bbecame\s+the\s+first\s+[^.;]{0,60}?\bto\s+$"
    # "It is the first time Washington has sanctioned a virtual currency miner": a comment on it
    r"|\b(?:is|was|marks)\s+the\s+first\s+time\s+[^.;,]{0,60}$"
    # "including the earlier removal of seven Russian banks from SWIFT"
    r"|\b(?:the|its|their)\s+earlier\s+[^.;]{0,60}$"
    # "although Canada itself stopped importing Russian oil in February": said in passing;
    # "Until now, the government had relied on freezes": the story so far
    r"|\balthough\s+[^.;,]{0,60}$|^\W*Until now\b[^.;]*$"
)
# "leaves €6.3 billion of Hungary's EU funds frozen": a sum, not a measure
SUM_FROZEN = re.compile(
    r"(?:(?:[$€£¥]|\b[A-Z]{3}\s)\s?\d[\d.,]*\s*(?:bn|m|million|billion|trillion)?\b"
    r"|\b\d[\d.,]*\s*(?:million|billion)?\s+(?:francs|euros|dollars|pounds|kronor|crowns)\b)[^,.;]{0,60}$"
)


def _earlier(sentence, match) -> bool:
    """Whether the words tell of measures taken earlier: a tally of them, or a measure told
    again."""
    before = sentence[: match.start()]
    if TOLD_AGAIN_BEFORE.search(before) or ONE_OF_THOSE.search(before):
        return True
    # "immobilised about €13.8bn": a tally
    if re.match(r"\w+\s+(?:about\s+|some\s+|roughly\s+)?[$€£]", sentence[match.start() :]):
        return True
    if re.match(r"(?:frozen|immobili[sz]ed)\b", match.group(0), re.I) and SUM_FROZEN.search(before):
        return True
    if _standing_or_broken_down(sentence, match, before) or re.search(
        r"\bhow\s+(?:much|many)\b[^.;,]{0,40}$", before
    ):
        return True  # "could not yet say how much money had been frozen": a question, no measure
    if re.match(r"\w+\s+(?:the\s+)?[\w\s]{0,40}?\binto\s+submission\b", sentence[match.start() :]):
        return True  # "it now hopes to freeze the Ukrainian people into submission": a figure of speech
    # "Existing export restrictions ... remain in place"
    return bool(re.search(r"\b[Ee]xisting\s+(?:[\w-]+\s+){0,2}$", before)
                and re.match(r"[^.;]{0,120}?\b(?:remain|remains|stay|stays)\b", sentence[match.end() :]))  # fmt: skip


def _standing_or_broken_down(sentence, match, before) -> bool:
    """Whether the words name measures already in place ("options for using immobilised Russian
    assets", "has been in force since 5 December") or break down targets just told ("The
    lawmakers designated today comprise 109 members")."""
    if re.match(
        r"(?:frozen|immobili[sz]ed)\s+(?:[\w-]+\s+){0,2}(?:assets|funds|reserves)\b",
        sentence[match.start() :],
    ) and re.search(r"\b(?:using|use|of|on|for|from|seiz\w*|confiscat\w*)\s+(?:the\s+)?$", before):
        return True  # "options for using immobilised Russian assets": assets frozen before, a topic
    # (in the measure's own part of the sentence, between semicolons)
    segment = sentence[sentence.rfind(";", 0, match.start()) + 1 :].split(";")[0]
    if re.search(r"\b(?:has|have|had)\s+been\s+in\s+(?:force|effect|place)\s+since\b", segment):
        return True  # "the price cap ... has been in force since 5 December, together with the embargo"
    # "The lawmakers designated today comprise 109 members ...": those told, broken down
    return bool(
        re.match(r"\W*(?:The|These|Those)\s+(?:[\w-]+\s+){1,2}$", before)
        and re.match(
            r"(?:designated|sanctioned|listed)\s+(?:today\s+)?(?:comprise|include|are|number)\b",
            sentence[match.start() :],
        )
    )


def _a_tally(sentence, first_cue: int) -> bool:
    """ "Britain has now sanctioned more than 1,000 people since the invasion", "Friday's
    additions bring to 101 the number of people whose assets Japan has frozen", "member states
    have frozen close to 30 billion euros in assets": a tally, no new measure."""
    if re.search(
        r"\b(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?(?:frozen|immobili[sz]ed|blocked)\s+"
        r"(?:about\s+|close to\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+|roughly\s+)?"
        r"(?:[$€£¥]|(?:US|C|A)\$|\d[\d.,]*\s*(?:million|billion|bn|m)?\s*(?:euros?|dollars?|pounds?|francs?))",
        sentence,
    ):
        return True
    if re.search(
        # (or "more than 1,000 individuals ... have been sanctioned by this country since")
        r"\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:been\s+)?(?:sanctioned|frozen|listed|designated|"
        r"imposed\s+sanctions\s+on\s+(?:more than|over|some|about|nearly))\b",
        sentence,
    ) and re.search(r"\b(?:since|so far|to date|in total|altogether)\b", sentence, re.I):
        return True
    # "The UK says it has now sanctioned more than 1,000 individuals and 100 businesses"
    if re.search(
        r"\b(?:has|have)\s+now\s+(?:sanctioned|frozen|listed|designated)\s+(?:more than|over|some|about|nearly)\b"
        r"(?![^.;]*,\s+and\b)",  # not "..., and on Monday it froze the assets of 20 oligarchs"
        sentence,
    ):
        return True
    # "They join more than 1,200 individuals already sanctioned since February" (not "sanctioned
    # 14 more oligarchs, who join the 1,000 already on its list": the measure told first)
    joined = re.search(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?(?:more than\s+|over\s+|some\s+|about\s+|nearly\s+)?"
                       r"[\d,]+\b[^.;]{0,40}?\balready\b", sentence)  # fmt: skip
    if joined and joined.start() < first_cue:
        return True
    counted = re.search(
        r"\b(?:bring\w*|brought)\s+to\s+(?:(?:more than|over|some|about|nearly|almost)\s+)?\S+\s+the\s+(?:number|total)\b",
        sentence,
    )
    if counted and counted.start() < first_cue:
        return True
    # "Together with the seven banks ..., this means Korea has now halted dealings with eleven"
    return bool(re.search(r"\b(?:this|that) means\b[^.;]{0,60}?\b(?:has|have) now\b", sentence))


def _restated(drafts, sentence, first_cue: tuple[str, int, int]) -> bool:
    """ "The Swift exclusion concerns VTB, ...": the measure of a sanction drafted before, told
    again."""
    measure, start, _ = first_cue
    if re.search(r"\b(?:covered|hit|caught) by the\s+(?:[\w-]+\s+)?$", sentence[:start]):
        determiner = None  # "Shahed Aviation Industries is covered by the asset freeze alone"
    else:
        # "The freeze came ...", "..., the freeze is an Italian stopgap", "said that the freeze"
        opening = re.search(r"(?:^\W*|[,;]\s+|\bthat\s+)(?P<det>(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese)\s+"
                            r"(?:[\w-]+\s+){0,2})$", sentence[:start])  # fmt: skip
        determiner = opening.group("det") if opening else None
        if not determiner or actors(determiner):
            return False  # "The Czech Republic has not issued visas": a party acting anew
    if (
        determiner
        and re.match(r"\w+(?:ed|ze)\b", sentence[start:])
        and not re.fullmatch(r"\W*\w+\s+", determiner)
    ):
        return False  # a verb ("The EU froze"), not a noun ("The freeze came")
    if _counted_kinds(sentence[start:]):
        return False  # "The same decision put 21 more organisations on the list": targets anew
    return any(d.fields["measure"] == measure for d in drafts.sanctions)


def _one_cue_per_measure(cues) -> list[tuple[str, int, int]]:
    """One measure per cue; a cue inside another's words is the same measure, named by the
    cue of a measure rather than of sanctions in general."""
    merged = []
    for cue in cues:
        if merged and cue[1] < merged[-1][2] + 3:
            if merged[-1][0] == "other":
                # "added Vladimir Potanin ... to the list, freezing any assets": the freeze, on
                # the targets the listing names
                merged[-1] = (cue[0], min(merged[-1][1], cue[1]), cue[2])
            continue
        merged.append(cue)
    return merged


# "They", "All of them", "The individuals": the targets of the sanctions just told.
THEM = re.compile(
    r"\W*(?:(?:all|each|both|most|many|some) of them|they|their|those listed|"
    r"(?:whatever|anything|any (?:assets|property)|all (?:assets|property)) they|"
    rf"the (?:{COUNT})\b(?!\s+[A-Za-z-]+\s+(?:of|in)\b)|"
    r"the (?:individuals|people|persons|entities|companies|banks|men|women))\b",
    re.I,
)


def _target_states(
    context, found, first_cue: int, sentence: str, imposer_named_here
) -> list[Actor]:
    """The states the sentence names as targets, else the one the text is about where the
    sentence goes on about sanctions, names a party before its first measure or names its
    imposer ("On Tuesday the Treasury froze any US assets of Alina Kabaeva")."""
    targets = _targets_named(found, sentence, first_cue)
    if targets:
        return targets
    told = _paragraphs_target(context, sentence) or _target_of_them(context, sentence)
    if told:
        return told
    if context.target and (
        context.last_imposer or imposer_named_here or any(a.start < first_cue for a in found)
    ):
        return [context.target]  # "Further export bans apply to jet fuel, ..."
    if context.package:
        return [context.package[1]]  # "A further 141 individuals have had their assets frozen"
    return []


def _paragraphs_target(context, sentence) -> list[Actor]:
    """ "The Iran sanctions ... target three individuals and one entity. Any assets they hold in
    New Zealand are frozen": the state whose sanctions the paragraph is about, where it is not
    the one the text is about."""
    before = context.paragraph[: max(0, context.paragraph.find(sentence))]
    named = [a for a in actors(before) if a.code in TARGET_STATES and re.search(
        r"\bsanction", before[max(0, a.start - 20) : a.end + 20], re.I)]  # fmt: skip
    if len({a.code for a in named}) != 1 or (
        context.target and named[-1].code == context.target.code
    ):
        return []  # none, or several ("sanctions against Russia ... Belarus also faces sanctions")
    return named[-1:]


def _targets_named(found, sentence, first_cue) -> list[Actor]:
    """The states under sanctions the sentence names, once each, but in a clause on a target."""
    return list({a.code: a for a in found if a.code in TARGET_STATES
                 and not _in_a_clause_on_a_target(sentence, a, first_cue)}.values())  # fmt: skip


def _in_a_clause_on_a_target(sentence, actor, first_cue) -> bool:
    """ "..., which services jets at the air base used by Russian aircraft": a state named in a
    clause that describes a target, after the measure."""
    return actor.start > first_cue and bool(
        re.search(r",\s+(?:which|who)\b[^;]*$", sentence[: actor.start])
    )


def _target_of_them(context, sentence) -> list[Actor]:
    """ "added 42 Russians ... All of them are barred from entering": the state of the targets
    just listed, where the sentence opens on them."""
    if not THEM.match(sentence):
        return []
    told = _told_just_before(context, context.number)
    if not told:
        return [context.target] if context.target else []  # "The individuals named have had ..."
    fields = told[-1].fields
    return [Actor(fields["target_code"], fields["target"], "country", 0, 0, "", "name")]


def _measure_drafts(context, number_, sentence, merged, targets, imposer, carried) -> list[Draft]:
    """The drafts of the measures a sentence states, each read in its own clause, on the targets
    it names, by `imposer` (`carried` when taken from the sentence before)."""
    # Where one measure's clause ends and the next begins: "... imports, and added 91 entities".
    breaks = _breaks(sentence, merged[0][1])
    merged = _without_repeats(_export_lists(sentence, merged), breaks)
    told_before = _told_by(context, imposer)
    together = _named_together(sentence, targets)
    previous_kind = None
    made = []
    for index, (measure, _, _) in enumerate(merged):
        clause = _clause(sentence, merged, index, breaks)
        kind, count, named, from_names = _measure_targets(
            context, (merged, index, breaks), clause, imposer, previous_kind
        )
        kind, count = _those_listed(clause, kind, count, [*told_before, *made])
        count = _counted_in_told(clause, kind, count, [*told_before, *made])
        previous_kind = (kind, count)
        if kind == "state" and made and made[-1].fields["measure"] == measure:
            continue  # "no new business with VTB ...; existing assets frozen": the same measure
        measure = _designation(clause, measure, kind)
        if _effect_of_told(clause, kind, told_before):
            measure = _effect_measure(clause, measure, told_before)
            if _specify(told_before, measure):
                continue
            kind, count, named, from_names = _told_targets(told_before[0])
        when = dates(sentence, context.published)
        target = _own_target(clause, targets[0])
        fields = _sanction_fields(
            _own_imposer(clause, imposer), target, measure, (kind, count, named), when
        )
        if _same_uncounted(made, fields) and not actors(clause.lead) and not _own_time(clause):
            continue  # "ban the export of 700 more goods ... and prohibit firms from providing
            # IT services": one export ban on the sector, told twice
        flags, readings, notes = _sanction_notes(fields, when, carried, from_names)
        made.append(Draft("sanction", fields, number_, _quote(clause), flags, readings, notes))
        made.extend(_drafts_alongside(made[-1], clause, together))
    return made


def _own_time(clause) -> bool:
    """Whether the clause's measure is told at a time of its own ("..., and in June it banned
    imports of Russian gold"): another measure, not the one before told twice."""
    return bool(
        re.search(rf"\b(?:in|on|since)\s+(?:early\s+|late\s+|mid-)?{MONTH_WORD}\b", clause.lead)
    )


def _same_uncounted(made: list[Draft], fields: dict) -> bool:
    """Whether the sentence has drafted this measure on the same kind of target of the same
    state already, with neither counted nor named."""
    same = ("measure", "target_code", "target_kind")
    return (
        fields["targets_count"] is None
        and not fields["named_targets"]
        and any(
            all(d.fields[k] == fields[k] for k in same)
            and d.fields["targets_count"] is None
            and not d.fields["named_targets"]
            for d in made
        )
    )


def _measure_targets(context, cues, clause, imposer, previous_kind):
    """The targets of the measure of `clause` (the `index`th of the sentence's `merged` cues):
    those its clause names, those of the measure it is joined to, or the company the sentence
    before named."""
    merged, index, breaks = cues
    kind, count, named, from_names = _clause_targets(clause, imposer, previous_kind)
    if kind == "state" and count is None and _shares_the_next_targets(merged, index, clause):
        following = _clause(clause.sentence, merged, index + 1, breaks)
        kind, count, named, from_names = _clause_targets(following, imposer, None)
    if not named and count is None and kind != "persons":
        kind, count, named, from_names = _it_named_before(context, clause.sentence, kind)
    if kind == "state" and count is None:
        kind, count = _them_counted_before(context, clause.sentence, imposer)
    return kind, count, named, from_names


def _told_by(context, imposer) -> list[Draft]:
    """The sanctions just told by the same imposer, whose targets "they" may be."""
    return [d for d in _told_just_before(context, context.number)
            if d.fields["imposer"] == imposer.name]  # fmt: skip


def _them_counted_before(context, sentence, imposer) -> tuple[str, int | None]:
    """ "It named 12 senior Russian commanders. Their assets in Britain are frozen": those the
    sentence opens on, counted in the sentence before; "The individuals named have had ...":
    the kind of target it names; where no sanctions of the imposer were just told."""
    them = THEM.match(sentence)
    if not them or _told_by(context, imposer):
        return "state", None
    counted = _counted_kinds(context.previous_sentence or "")
    if counted and re.match(rf"\W*(?:(?:whatever|anything|any (?:assets|property)|all assets)\s+)?"
                            rf"(?:their|they|the (?:{COUNT}))\b",
                            sentence, re.I):  # fmt: skip
        return counted[0][:2]
    opening = them.group(0)
    kind = next(
        (k for k, words in TARGET_KINDS if re.search(rf"\b(?:{words})\b", opening)), "state"
    )
    return kind, None


def _the_same_to_another(sentence, found, made: list[Draft]) -> list[Draft]:
    """ "..., and the Commerce Department applied the same restriction to Belarus": the
    measure just drafted, on that state too."""
    same = re.search(
        r"\b(?:appl\w+|extend\w+)\s+the same\s+(?:[\w-]+\s+)?(?:restrictions?|measures?|bans?|rules?|"
        r"controls?|sanctions?)\s+to\s+(?:the\s+)?$"
        # "..., and the same controls were extended to Belarus in May"
        r"|\bthe same\s+(?:[\w-]+\s+)?(?:restrictions?|measures?|bans?|rules?|controls?|sanctions?)\s+"
        r"(?:were|was|have been|has been|are|is|will be)\s+(?:also\s+)?(?:extended|applied)\s+to\s+"
        r"(?:the\s+)?$",
        sentence[: max((a.start for a in found), default=0)],
    )
    state = next(
        (a for a in found if same and a.code in TARGET_STATES and a.start == same.end()), None
    )
    if not state or not made:
        return []
    last = made[-1]
    return [_copy(last, _on_state(last.fields, state))]


def _the_same_by_others(sentence, found, made: list[Draft], cues) -> list[Draft]:
    """ "Finland has refused entry to Russians ... after Poland, Estonia, Latvia and Lithuania
    began turning such travellers away": a measure drafted, taken too by the states a later
    clause names as the subject of the same measure."""
    more = []
    imposers = {d.fields["imposer_code"] for d in made}
    for measure, start, end in cues[1:]:
        draft_ = next((d for d in made if d.fields["measure"] == measure), None)
        chain = _subjects_of(sentence, found, cues[0][2], start) if draft_ else []
        if chain:
            quote = (
                sentence[chain[0].start : end]
                + re.match(r"(?:[^,;.]|\.(?=\s*\d)){0,40}", sentence[end:])[0]
            )
            more += [_imposed_by(draft_, state, quote) for state in chain
                     if state.code not in imposers]  # fmt: skip
    return more


def _subjects_of(sentence, found, after: int, start: int) -> list[Actor]:
    """The states named in a row (after `after`) as the subject of the measure at `start`:
    "Poland, Estonia and Latvia began turning ..."."""
    listed = [a for a in _states_before(found, start) if a.start > after]
    chain = _named_in_a_row(sentence, listed) if listed else []
    if (
        not chain
        or chain[-1] != listed[-1]
        or not re.fullmatch(
            r"\s+(?:(?:had|have|has|also|already|then|began|begun|started)\s+){0,3}",
            sentence[chain[-1].end : start],
        )
    ):
        return []
    return chain


def _shares_the_next_targets(merged, index, clause) -> bool:
    """ "imposed asset freezes and travel bans on 33 individuals": a measure joined by "and" to
    the next, with no words between, is on the targets the next one names."""
    if index + 1 >= len(merged):
        return False
    between = clause.sentence[clause.start + len(clause.text) : merged[index + 1][1]]
    return bool(re.fullmatch(r",?\s*(?:and|or|as well as|plus)\s+", between))


def _export_lists(sentence, merged) -> list[tuple[str, int, int]]:
    """The cues, with "added 168 entities ... to the list of those subject to tighter export
    restrictions" read as an export ban on them, not a freeze."""
    return [("export_ban", start, end) if EXPORT_LIST.match(sentence, end) else (measure, start, end)
            for measure, start, end in merged]  # fmt: skip


EXPORT_LIST = re.compile(
    r"\s+of\s+(?:those|entities|companies|firms)\s+(?:that\s+are\s+)?subject\s+to\s+(?:[\w-]+\s+)?"
    r"export\s+(?:restrictions|controls)\b"
)


def _without_repeats(merged, breaks) -> list[tuple[str, int, int]]:
    """The cues less those that repeat the measure before them in the same clause."""
    return [cue for index, cue in enumerate(merged)
            if not index or cue[0] != merged[index - 1][0]
            or any(merged[index - 1][2] <= b < cue[1] for b in breaks)]  # fmt: skip


def _told_just_before(context, number_) -> list[Draft]:
    """The sanctions drafted last, if in this paragraph or the one before: those "they" and
    "the targets" may mean."""
    if context.last_sanctions[0] >= number_ - 1:
        return context.last_sanctions[1]
    return []


def _breaks(sentence: str, first: int) -> list[int]:
    """Where the sentence's measures' clauses may begin or end; before the first measure (at
    `first`), "and" breaks only before a verb of measures: in "the unit that killed, raped and
    tortured civilians, were hit with asset freezes" the clause runs back to its subject."""
    breaks = [
        m.start()
        for m in MEASURE_BREAK.finditer(sentence)
        if (m.start() > first
            or not re.match(r",?\s+and\b", m.group(0))
            or MEASURE_VERB.match(sentence, m.end()))
        # "65 individuals ... have been added to the EU list; their assets are frozen": the same
        # targets, counted before the semicolon
        and not re.match(r";\s+(?:their|its)\s+(?:assets|funds|property)\b", sentence[m.start() :])
    ]  # fmt: skip
    return [*breaks, len(sentence)]


def _named_together(sentence, targets) -> list[Actor]:
    """ "Russia and Belarus would lose ...": the states named together with the first target,
    each given one measure of its own."""
    target = targets[0]
    return [a for a in targets[1:] if re.search(
        rf"{re.escape(target.words)}\W+(?:and|&|or)\s+(?:the\s+)?{re.escape(a.words)}", sentence)]  # fmt: skip


@dataclass
class MeasureClause:
    """Where a sentence states one measure: the clause runs from `begin` (after the measure
    before it, or a break) through the verb at `verb` and the measure's words at `start` up to
    `limit` (the next measure or break); `text` is its part from `start`, without a trailing
    "and"."""

    sentence: str
    begin: int
    verb: int
    start: int
    limit: int
    text: str
    passive: bool  # "Russian oil can no longer be brought in": the target is named before

    @property
    def end(self) -> int:
        """Where the clause's words end."""
        return self.start + len(self.text)

    @property
    def stated(self) -> str:
        """The clause from its verb: "froze the assets of ..."."""
        return self.sentence[self.verb : self.end]

    @property
    def lead(self) -> str:
        """The words before the verb: "Another 65 individuals have had their assets"."""
        return self.sentence[self.begin : self.verb]

    @property
    def scope(self) -> str:
        """The words that name the measure's targets: before it where the clause is passive;
        without a total the next words break down ("50 names – 35 companies and 15
        individuals" counts the companies and the individuals)."""
        words = self.sentence[self.begin : self.start] if self.passive else self.stated
        return TOTAL_BROKEN_DOWN.sub(lambda m: " " * len(m.group(0)), words)


# "50 names – 35 companies and 15 individuals": a total, then the counts it is made of.
TOTAL_BROKEN_DOWN = re.compile(
    r"\b\d[\d,]*\s+(?:names|targets|listings|designations|people and (?:entities|companies))"
    r"(?:\s+in\s+(?:all|total))?\s*(?:[–—(:,]|-\s)\s*(?=\d)"  # "42 targets in all, 14 individuals"
)


def _clause(sentence, merged, index, breaks) -> MeasureClause:
    """The clause of the `index`th measure of the sentence."""
    start = merged[index][1]
    following = merged[index + 1][1] if index + 1 < len(merged) else len(sentence)
    limit = min([following] + [b for b in breaks if b > start])
    begin = max([merged[index - 1][2] if index else 0] + [b for b in breaks if b < start])
    text = re.sub(r",?\s+(?:and|as well as)\s*$", "", sentence[start:limit].rstrip(" ,"))
    # The clause runs back to the verb's start: "and froze ..." begins at "froze".
    verb = _verb_start(sentence, start, begin)
    passive = _passive(sentence, start, limit)
    return MeasureClause(sentence, begin, verb, start, limit, text, passive)


def _passive(sentence, start, limit) -> bool:
    """Whether a measure is stated of targets named before it: "assets are frozen", "coal can no
    longer be brought in", "off-limits"."""
    words = sentence[start:limit]
    if re.search(r"\b(?:be|been|is|are|was|were)\s+(?:\w+\s+)?$", sentence[:start]) and re.match(
        r"\w+(?:ed|en|t)\b", words
    ):
        return True
    if re.search(
        r"\b(?:be|been|is|are|was|were)\s+(?:added|placed|put)\s+(?:by\s+[\w.]+\s+)?(?:to|on)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
        sentence[:start],
    ):
        return True  # "57 companies ... were added to the so-called Entity List"
    return bool(re.match(r"(?:can|may|will)\s+(?:\w+\s+){0,2}?no longer|off-limits", words, re.I))


# "the state broadcasters Channel One, Russia-1 and NTV, part of 63 new designations": the names
# are some of the targets the measure counts.
PART_OF_DESIGNATIONS = re.compile(
    rf",\s+(?:part|among|some)\s+of\s+(?:the\s+|a\s+)?(?:total\s+of\s+)?(?P<n>{NUMBER})\s+(?:new\s+|fresh\s+|further\s+)?"
    r"(?:designations|listings|sanctions|targets)\b"
)


def _part_of_designations(clause, count) -> int | None:
    """The count of the designations the targets named are part of, where the clause states no
    other: "Channel One, Russia-1 and NTV, part of 63 new designations"."""
    part = PART_OF_DESIGNATIONS.search(clause.scope)
    if count is None and part and number(part["n"]) is not None:
        return int(number(part["n"]))
    return count


def _clause_targets(clause, imposer, previous_kind) -> tuple[str, int | None, list[str], bool]:
    """The kind of target a measure's clause names, how many, which by name, and whether the
    count is that of the names."""
    kind, count, named = _targets(clause.scope, imposer)
    if kind == "state" and clause.passive and _first_kind(clause.scope)[0] != "state":
        # "British firms can no longer sell legal services": the targets are after the verb
        kind = _first_kind(clause.text, imposer)[0]
    kind, count = _counted_before(clause, kind, count)
    count = _part_of_designations(clause, count)
    from_names = False
    if count is None and named and kind != "state":
        count = _count_of_names(clause.scope, kind, named)
        from_names = count is not None
    if kind == "sectors":
        count = None  # "80 chemicals": goods, not targets to count
    kind, count = _targets_before(clause, kind, count, previous_kind)
    count = _the_same_targets(clause, kind, count, previous_kind)
    return kind, count, named, from_names


def _count_of_names(scope: str, kind: str, named: list[str]) -> int | None:
    """ "froze the assets of Herman Gref": as many targets as the names, where the text lists
    them all and states no number (marked as worked out); with the others counted beside them."""
    # "... and more than 40 people": words of another count say nothing of these names
    # (and "whose assets amount to some £154 billion": a sum, not a count)
    uncounted = re.sub(r"(?:\b(?:more than|over|about|some|nearly|almost)\s+)?(?:[$€£¥]\s?)?\b\d[\d,]*\b", "",
                       scope)  # fmt: skip
    if not SOME_OF.search(uncounted):
        return len(named)
    return _others_named(scope, kind, named)


def _others_named(scope: str, kind: str, named: list[str]) -> int | None:
    """ "blacklisted Safiran Airport Services ... together with three other companies": the
    names and the others counted with them, four in all (worked out)."""
    others = re.search(
        rf"\b(?P<n>{NUMBER})\s+other\s+(?:[\w-]+\s+)?(?:{TARGET_WORDS[kind]})\b", scope
    )
    value = number(others["n"]) if others else None
    return len(named) + int(value) if value else None


def _it_named_before(context, sentence, kind) -> tuple[str, int | None, list[str], bool]:
    """ "... is the Russian Regional Development Bank. It is now under a full transaction ban":
    the one company or bank the sentence before names, when this one opens with "It"."""
    if not re.match(r"\W*(?:It\s+(?:is|was|has|had|will|would|now)|Its)\b", sentence):
        return kind, None, [], False
    # "At the centre of the package is VTB, Russia's second-largest lender. Its assets ..."
    banks = BANK_DESCRIBED.findall(context.previous_sentence)
    names = [m.group(0) for m in _company_names(context.previous_sentence)] or banks
    if not names:
        return kind, None, [], False
    bank = names[-1] in banks or re.search(r"\bBank\b", names[-1])
    return ("banks" if bank else "entities"), 1, names[-1:], True


def _the_same_targets(clause, kind, count, previous_kind) -> int | None:
    """ "141 individuals have had their assets frozen, and the individuals are barred from
    entering": targets of the measure before, named again with "the", are as many."""
    if count is not None or not previous_kind or previous_kind[0] != kind:
        return count
    return previous_kind[1] if _named_again(clause, kind) else count


def _named_again(clause, kind) -> bool:
    """Whether the clause names its targets again with "the", "these" or "those": "the
    individuals are barred from entering"."""
    pattern = TARGET_WORDS.get(kind)
    return bool(pattern) and bool(
        re.search(
            rf"\b(?:the|these|those)\s+(?:\d[\d,]*\s+)?(?:listed\s+|named\s+|same\s+)?(?:{pattern})\b",
            clause.scope,
            re.I,
        )
    )


def _those_listed(clause, kind, count, told: list[Draft]) -> tuple[str, int | None]:
    """ "Those listed are also barred from travelling to New Zealand": the targets of the
    sanction just told, as many and of its kind."""
    if kind != "state" or count is not None or not told:
        return kind, count
    if not re.match(
        # "Everyone designated today faces a full asset freeze and is banned from travelling"
        r"\W*(?:(?:all\s+)?those|the|everyone|everybody|anyone)\s+(?:listed|named|designated|sanctioned)\b",
        clause.sentence,
        re.I,
    ):
        return kind, count
    fields = told[-1].fields
    return fields["target_kind"], fields["targets_count"]


def _counted_in_told(clause, kind, count, told: list[Draft]) -> int | None:
    """ "The Council added 30 individuals ... the individuals are also banned from entering":
    targets named again with "the" are as many as the sanctions just told counted."""
    if count is not None or not _named_again(clause, kind):
        return count
    counts = {d.fields["targets_count"] for d in told if d.fields["target_kind"] == kind}
    return counts.pop() if len(counts) == 1 else count


def _counted_before(clause, kind, count) -> tuple[str, int | None]:
    """ "Three more Russian banks are being cut off from Swift", "Another 65 individuals have had
    their assets frozen": the targets counted before the measure."""
    lead_kinds = _counted_kinds(clause.lead)
    if lead_kinds and (kind == "state" or (count is None and lead_kinds[0][0] == kind)):
        return lead_kinds[0][:2]
    # "added 17 Russians to its asset-freeze list, among them 11 members of the State Duma": the
    # whole, not the part the list goes on to count
    whole = [entry for entry in lead_kinds if entry[0] == kind]
    if whole and re.search(rf",\s+(?:among\s+them|including|of\s+whom)\s+{COUNT}\b", clause.text):
        return whole[-1][:2]
    return kind, count


def _targets_before(clause, kind, count, previous_kind) -> tuple[str, int | None]:
    """ "... and barred all seven from travelling": a clause naming no target of its own is on
    the targets of the measure before it."""
    if kind != "state" or not previous_kind:
        return kind, count
    if not (
        # "..., who are now subject to an asset freeze and a ban on entering the Union"
        re.search(r"\b(?:all|them|they|their|those|these|both)\b", clause.text)
        or re.search(
            r",\s+who\s+(?:are|were|will be)\s+(?:now\s+|also\s+)?subject\s+to\b", clause.lead
        )
        or re.fullmatch(r"\W*(?:and|or|as well as)?\s*", clause.lead)  # "sanctions and travel bans"
        or re.fullmatch(
            r"\W*(?:and\s+)?(?:are|were|is|was|will be|have been|has been)\s*", clause.lead
        )
    ):
        return kind, count
    kind, count = previous_kind
    counted = re.search(rf"\ball\s+(?P<n>{NUMBER})\b", clause.text)
    if counted and number(counted.group("n")) is not None:
        count = int(number(counted.group("n")))
    return kind, count


def _designation(clause, measure, kind) -> str:
    """ "imposed sanctions on 328 members of the Duma": sanctions on people, firms or banks
    designate them, which freezes their assets."""
    # "The sanctions target 23 members ...": the word may be the verb's subject
    designation = re.search(
        # ("It targets General ...", "The same action hit a network of more than 40 people")
        r"\bsanction|\blist\b|^target(?:s|ed)?\b|\bhit\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?network\b"
        r"|\bmeasures\s+(?:on|against)\b",
        clause.stated,
        re.I,
    ) or re.search(r"\bsanctions\s+$", clause.lead, re.I)
    if measure == "other" and kind in ("persons", "entities", "banks") and designation:
        return "asset_freeze"
    return measure


def _effect_of_told(clause, kind, told_before) -> bool:
    """ "... sanctions on 10 people. Any assets they hold are frozen": whether a clause on no
    target of its own states the effect of the sanctions just told, on the same targets, not a
    measure on the state."""
    if kind != "state" or not told_before:
        return False
    # not "Drones and their engines": a pronoun of the noun just before it
    return bool(
        re.search(
            # ("They are also barred from travelling": those just sanctioned, not "They also
            # imposed an embargo", the imposers)
            r"^\W*They\s+(?:are|were|will\s+be)\s+(?:also\s+|now\s+)?(?:barred|banned|prohibited|subject)\b|"
            rf"(?<!s and )(?<!s or )\b(?:they|them|their|those|these|[Aa]ll {COUNT}|[Tt]he (?:targets|"
            rf"designations?|listings?|measures?|{TARGET_WORDS['persons']}|{TARGET_WORDS['entities']}))\b",
            clause.sentence[: clause.end],
        )
    )


def _effect_measure(clause, measure, told_before) -> str:
    """ "they may no longer enter the territory of the Union": for people just sanctioned, a
    travel ban."""
    if (
        measure == "other"
        and told_before[0].fields["target_kind"] == "persons"
        and re.search(r"\b(?:enter|travel)", clause.text)
    ):
        return "travel_ban"
    return measure


def _told_targets(told: Draft) -> tuple[str, int | None, list[str], bool]:
    """The targets of a sanction told before: their kind, count and names, and whether the
    count is that of the names."""
    fields = told.fields
    return (fields["target_kind"], fields["targets_count"], fields["named_targets"],
            "targets_count" in told.readings)  # fmt: skip


def _own_imposer(clause, imposer) -> Actor:
    """The party a clause of its own names as imposing its measure, else the sentence's: "London
    announced that it had banned ..., while Ottawa imposed sanctions on 35 individuals"."""
    lead = clause.sentence[clause.begin : min(clause.verb, clause.start)]
    if not re.match(r"\W*(?:while|whereas|but)\s", lead):
        return imposer
    # the clause's subject, right after "while" (not "while three companies based in China")
    named = [a for a in actors(lead) if a.code not in TARGET_STATES
             and re.fullmatch(r"\W*(?:while|whereas|but)\s+(?:the\s+)?", lead[: a.start])]  # fmt: skip
    return named[0] if len(named) == 1 else imposer


def _own_target(clause, target) -> Actor:
    """The state the measure's own clause names, else the sentence's: "ban exports ... to Russia
    and stop shipments of dual-use goods to Belarus"."""
    # from its verb: "removed seven Russian banks from Swift, ..., and three Belarusian lenders"
    own = clause.sentence[min(clause.verb, clause.start) : clause.limit]
    # not "under the Russia Sanctions Act": the name of a law
    return next((a for a in actors(own) if a.code in TARGET_STATES
                 and not _in_a_clause_on_a_target(own, a, -1)
                 and not re.match(r"\s+(?:Sanctions\s+)?(?:Act|Regulations?|Order)\b", own[a.end :])), target)  # fmt: skip


def _quote(clause) -> str:
    """The words quoted for a measure: from its verb, or in a passive clause from the clause's
    start ("coal can no longer be brought into the United States")."""
    if clause.passive:
        pauses = re.finditer(r"[,;]\s*", clause.sentence[: clause.start])
        lead = max([clause.begin] + [m.end() for m in pauses])
        return clip(first_words(clause.sentence[lead : clause.end], 14))
    return clip(first_words(clause.stated, 12))


def _sanction_fields(imposer, target, measure, targets, when) -> dict:
    """A sanction's fields: who imposes which measure on whom, its targets (kind, count, names)
    and its date."""
    kind, count, named = targets
    fields = {
        "imposer": imposer.name, "imposer_code": imposer.code, "imposer_kind": imposer.kind,
        "target": target.name, "target_code": target.code,
        "measure": measure, "target_kind": kind, "targets_count": count,
        "named_targets": named,
        "imposed_on": when[0].on.isoformat() if when and when[0].on else None,
        "imposed_precision": when[0].precision if when and when[0].on else "unknown",
        "imposed_as": when[0].words.strip() if when else "",
    }  # fmt: skip
    fields["description"] = _describe_sanction(fields)
    return fields


def _sanction_notes(fields, when, carried, from_names) -> tuple[list, dict, list]:
    """A sanction's flags, readings and notes: a date worked out, an imposer taken from the
    sentence before, a count worked out from the names."""
    notes = [when[0].note] if when and when[0].note else []
    flags = ["derived_date"] if when and when[0].precision == "derived" else []
    if carried:
        notes.append(f"The sentence does not name who imposes it: {fields['imposer']} is taken "
                     f"from the sentence before.")  # fmt: skip
    readings = {}
    if from_names:
        readings["targets_count"] = "derived"
        notes.append(f"The source states no number: {fields['targets_count']} is the count of "
                     f"the names it lists ({', '.join(fields['named_targets'])}).")  # fmt: skip
    return flags, readings, notes


def _drafts_alongside(draft_, clause, together) -> list[Draft]:
    """Drafts of the same measure on each other kind of target its clause counts ("217
    individuals and 18 entities", or before it: "141 individuals and 49 entities have had their
    assets frozen") and on each state named together with its target; they share its quote,
    flags and notes."""
    fields = draft_.fields
    scope, counted = _where_counted(clause, fields)
    if not together and _goods_to_those_counted(fields, scope, counted):
        # "banned the export of goods ... to 21 Russian organisations": the ban's targets
        fields.update(target_kind=counted[0][0], targets_count=counted[0][1])
        return []
    counted = _parts_or_total(fields, scope, counted)
    own = counted[:1] if counted and counted[0][0] == fields["target_kind"] else []
    others = [_other_targets(fields, scope, other) for other in counted[len(own) :]
              if not _others_of_the_named(fields, scope, other)
              # not "sanctioned 14 more oligarchs, who join the 1,000 individuals already on its list"
              and not re.search(r",\s+(?:who|which)\s+(?:join|joins|joined)\b[^;]*$", scope[: other[2]])]  # fmt: skip
    others += [_on_state(draft_.fields, other) for other in together]
    return [_copy(draft_, more) for more in others]


def _goods_to_those_counted(fields: dict, scope: str, counted: list[tuple[str, int, int]]) -> bool:
    """Whether a ban on goods, uncounted, goes "to" the one kind of target its clause counts."""
    return (
        fields["target_kind"] == "sectors"
        and fields["targets_count"] is None
        and len(counted) == 1
        and counted[0][0] in ("entities", "persons", "banks")
        and bool(
            re.search(
                r"\bto\s+(?:more than\s+|some\s+|about\s+)?\S+\s+[^,;]{0,40}$",
                scope[: counted[0][2]],
            )
        )
    )


def _parts_or_total(fields: dict, scope: str, counted: list[tuple[str, int, int]]) -> list:
    """The counts to draft: the parts of a total of people and entities together ("nearly 200
    additional individuals and entities, 141 persons and 49 entities", the draft taking the
    first part), or the total of a breakdown ("160 more individuals, 14 oligarchs ... and 146
    members")."""
    if _a_mixed_total(scope, counted):
        counted = counted[1:]
        fields.update(target_kind=counted[0][0], targets_count=counted[0][1])
    return counted[:1] if _a_breakdown(scope, counted) else counted


def _a_mixed_total(scope: str, counted: list[tuple[str, int, int]]) -> bool:
    """Whether the first count is of people and entities together, broken down by kind right
    after it ("nearly 200 additional individuals and entities, 141 persons and 49 entities")."""
    if len(counted) < 3 or {kind for kind, _, _ in counted[1:]} != {"persons", "entities"}:
        return False
    return bool(
        re.match(r"\s+and\s+(?:entities|companies|organi[sz]ations)\s*,", scope[counted[0][2] :])
    )


def _a_breakdown(scope: str, counted: list[tuple[str, int, int]]) -> bool:
    """Whether the counts after the first, set after it by a comma, add up to it: the parts of a
    total ("160 more individuals, 14 oligarchs and businesspeople and 146 members of the
    Federation Council"), not "15 Ukrainians ... and 13 people and two entities"."""
    parts = [count for _, count, _ in counted[1:]]
    return (
        len(parts) >= 2
        and None not in parts
        and counted[0][1] == sum(parts)
        and bool(re.match(r"\s*,", scope[counted[0][2] :]))
    )


def _where_counted(clause, fields: dict) -> tuple[str, list[tuple[str, int, int]]]:
    """The words that count the draft's targets and the others, and their counts: its scope, or
    the words before the measure where its own targets are counted there."""
    counted, lead = _counted_kinds(clause.scope), _counted_kinds(clause.lead)
    if (
        len(counted) < 2
        and lead
        and lead[0][:2] == (fields["target_kind"], fields["targets_count"])
    ):
        return clause.lead, lead
    return clause.scope, counted


def _others_of_the_named(fields: dict, scope: str, other: tuple[str, int, int]) -> bool:
    """ "three other companies": counted with the one named (`_others_named`), no more."""
    kind, _, at = other
    return kind == fields["target_kind"] and bool(
        re.search(rf"\bother\s+(?:[\w-]+\s+)?(?:{TARGET_WORDS[kind]})$", scope[:at])
    )


def _other_targets(fields: dict, scope: str, other: tuple[str, int, int]) -> dict:
    """The fields of the same measure on another kind of target counted in its clause, on the
    state named right after them ("13 people and two entities in Belarus")."""
    kind, count, at = other
    more = {**fields, "target_kind": kind, "targets_count": count}
    there = _state_of_counted(scope, at)
    return _on_state(more, there) if there else more


def _state_of_counted(scope: str, at: int) -> Actor | None:
    """The state of targets counted up to `at`: named right after them ("two entities in
    Belarus"), as their adjective ("three Belarusian lenders") or as their people ("on 635
    Russian nationals, ... and on 17 Belarusians")."""
    after = [a for a in actors(scope[at : at + 40])
             if re.search(r"\b(?:in|of|from)\s+$", scope[at : at + a.start])]  # fmt: skip
    adjective = [a for a in reversed(actors(scope[:at]))
                 if re.fullmatch(r"\s+[\w-]+\s*", scope[a.end : at])]  # fmt: skip
    people = TARGET_PEOPLES.search(scope[:at])
    of_people = actors(people.group(1)[:-1]) if people else []
    return next((a for a in [*after, *adjective, *of_people] if a.code in TARGET_STATES), None)


# The people of a state under sanctions, counted: "17 Belarusians", "23 Russians".
TARGET_PEOPLES = re.compile(r"\b(Russians|Belarusians|Iranians|Syrians)\s*$")


def _imposers_together(sentence, found, imposer: Actor, first_cue: int) -> list[Actor]:
    """The other states named in one list with the imposer as the subject of the measure:
    "Estonia, Latvia and Lithuania each closed their airspace" is three measures."""
    listed = _states_before(found, first_cue)
    chain = _named_in_a_row(sentence, listed) if imposer in listed else []
    if len(chain) < 2 or imposer not in chain:
        return []
    if re.search(r"[,;:]", sentence[chain[-1].end : first_cue]):
        return []
    return [actor for actor in chain if actor.key != imposer.key]


def _states_before(found: list[Actor], first_cue: int) -> list[Actor]:
    """The states, other than those under sanctions, named before the first measure."""
    return [a for a in found if a.end <= first_cue and a.kind == "country"
            and a.code not in TARGET_STATES]  # fmt: skip


def _named_in_a_row(sentence, listed: list[Actor]) -> list[Actor]:
    """The first parties of `listed` named one after the other, with only commas, "and" or
    "&" between them."""
    strict = _chain(sentence, listed, r",\s*|,?\s+and\s+")
    loose = _chain(sentence, listed, r",\s*(?:the\s+)?|,?\s+and\s+(?:the\s+)?")
    # "The United States, the United Kingdom, Japan, Canada and Australia": a list with "the",
    # that ends in "and" (not "After talks with Ukraine, the United States imposed")
    ends = len(loose) > len(strict) and re.match(
        r",?\s+and\s+", sentence[loose[-2].end : loose[-1].start]
    )
    return loose if ends else strict


def _chain(sentence, listed: list[Actor], separators: str) -> list[Actor]:
    """The first parties of `listed` named one after the other, with only `separators` (or "&",
    or the heads of government of a state) between them."""
    chain = [listed[0]]
    for before, actor in pairwise(listed):
        # "Prime Minister Ingrida Šimonytė and the heads of government of Latvia, Estonia and
        # Poland": the states of the leaders named with her
        if not re.fullmatch(separators + r"|\s*&\s*|,?\s+and\s+(?:the\s+)?(?:heads?\s+of\s+(?:government|state)|"
                            r"prime\s+ministers?|leaders?|presidents?|(?:foreign|defen[cs]e)\s+ministers?)\s+of\s+",
                            sentence[before.end : actor.start]):  # fmt: skip
            break
        chain.append(actor)
    return chain


def _imposed_by(draft_: Draft, imposer: Actor, quote: str | None = None) -> Draft:
    """A copy of a sanction's draft with another state imposing it (told in `quote`)."""
    more = {**draft_.fields, "imposer": imposer.name, "imposer_code": imposer.code,
            "imposer_kind": imposer.kind}  # fmt: skip
    more["description"] = _describe_sanction(more)
    return _copy(draft_, more, quote)


def _copy(draft_: Draft, fields: dict, quote: str | None = None) -> Draft:
    """Another sanction of the same paragraph, flags and notes as `draft_`, with its own fields
    (and quote, where another clause tells it)."""
    return Draft("sanction", fields, draft_.paragraph, quote or draft_.quote, draft_.flags, {},
                 draft_.notes)  # fmt: skip


def _on_state(fields, state: Actor) -> dict:
    """A copy of a sanction's fields with another state as its target."""
    more = {**fields, "target": state.name, "target_code": state.code}
    more["description"] = _describe_sanction(more)
    return more


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
    if _the_targets_own(sentence, found, first_cue, context):
        return None, False  # "Moscow had already put Taiwan on its list": Russia's own measure
    adopting = _adopting_the_eus(sentence, first_cue, context, number_)
    if adopting is not None:
        return adopting, True
    named = _imposer_named(sentence, found, first_cue, context)
    if named is not None:
        return named, False
    into = _imposer_let_in(sentence, found, first_cue)
    if into is not None:
        return into, False
    # "... can no longer be brought into the United States": the one party named beside the target.
    others = _parties_beside(sentence, found, context)
    if len(others) == 1:
        return others[0], False
    if not others and _a_target_speaking(sentence, found, first_cue):
        return None, False  # "Siluanov said $300 billion ... has been frozen": Russia's account
    we = _we(sentence, first_cue, context)
    if we:
        return we, False
    told = _imposer_told_before(context, number_, sentence)
    if told is None:
        return None, False
    return told, True


# "It bans imports of further Russian products": the package just told, acting.
PACKAGE_AS_IT = re.compile(
    r"\W*(?:It|The package)\s+(?:also\s+)?(?:bans|extends|freezes|adds|prohibits|imposes|removes|lists|"
    r"targets|introduces|restricts)\b"
)
# "The sixth package, adopted on 3 June, prohibits ...": the EU numbers its packages of sanctions.
EU_PACKAGE = re.compile(
    r"\W*The\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:sanctions\s+)?package\b"
)


def _we(sentence, first_cue, context) -> Actor | None:
    """ "On 16 June we designated Patriarch Kirill": the government speaking, the one the text
    is written from."""
    if re.search(r"\b[Ww]e\s+(?:\w+\s+){0,2}$", sentence[:first_cue]):
        return context.speaker
    return None


def _adopting_the_eus(sentence, first_cue, context, number_) -> Actor | None:
    """ "In August it adopted the EU's ban on Russian gold": the party the sentence before was
    about, taking over the Union's measure."""
    if not re.search(r"\b(?:adopt\w*|mirror\w*|join\w*|follow\w*|align\w* with)\s+the\s+"
                     r"(?:EU|European Union)['’]s\s+(?:[\w-]+\s+)?$", sentence[:first_cue]):  # fmt: skip
        return None
    return _imposer_told_before(context, number_)


# "Denmark welcomes the EU's ninth package of sanctions against Russia, adopted on Friday, which
# subjects ...", "line up with the European Union's sixth sanctions package, ..., which removes".
UNIONS_PACKAGE = re.compile(
    r"\b(?:the\s+)?(?:European Union|EU)['’]s\s+(?:[\w-]+\s+)?(?:sanctions\s+)?package\b[^.;]{0,100}?\bwhich\s+(?:also\s+)?"
    r"(?:removes|subjects|bans|freezes|adds|imposes|extends|prohibits|lists|targets|cuts|excludes|restricts)\b[^.;]{0,120}$"
)


def _imposer_of_a_subclause(sentence, found, first_cue) -> Actor | None:
    """ "Korean banks had struggled since the European Union disconnected seven Russian banks
    from SWIFT": the subject of the clause that states the measure."""
    return next((a for a in found if a.code not in TARGET_STATES and a.end <= first_cue
                 and re.search(r"\b(?:since|after|when|because|once|before)\s+(?:the\s+)?$", sentence[: a.start])
                 and re.fullmatch(r"[^,;]{0,60}", sentence[a.end : first_cue])
                 and not _the_subclause_ends(sentence, found, a, first_cue)), None)  # fmt: skip


def _the_subclause_ends(sentence, found, actor, first_cue) -> bool:
    """ "Two days after Scholz's visit Italy froze": the clause ends before the measure (the
    actor owns a thing, or another party follows), and its main subject acts."""
    return bool(re.match(r"['’]s\b", sentence[actor.end :])) or any(
        b.start > actor.end and b.end <= first_cue and b.code not in TARGET_STATES for b in found
    )


def _unions_package(sentence, first_cue) -> Actor | None:
    """The Union, where the measure is told of its package in a relative clause, or named as the
    Union's ("Italy has applied ... the European Union's ban on imports of Russian crude"; not
    "Japan joined the EU's ban": Japan's own)."""
    before = sentence[:first_cue]
    unions = re.search(r"\b(?:the\s+)?(?:European Union|EU)['’]s\s+(?:[\w-]+\s+){0,2}$", before)
    if UNIONS_PACKAGE.search(before) or (
        unions
        and not re.search(
            r"\b(?:join|adopt|mirror|align|follow|match|cop|impos)\w*\b[^.;]{0,60}$",
            before[: unions.start()],
        )
        and not _outsider(before[: unions.start()])
    ):
        return _the_union()
    return None


def _outsider(text: str) -> Actor | None:
    """A state outside the Union that the text (up to the Union's measure) says takes it over as
    its own ("Norway will implement the EU's ban", "Switzerland took over the EU's freeze")."""
    return next((a for a in actors(text) if a.kind == "country"
                 and a.code not in EU_MEMBERS | TARGET_STATES | {"UA"}
                 and TAKES_OVER.fullmatch(text[a.end :])), None)  # fmt: skip


TAKES_OVER = re.compile(
    r"[^.;]{0,30}?\b(?:adopt|took\s+over|take\s+over|takes\s+over|taking\s+over|implement|"
    r"appl(?:y|ies|ied|ying)|transpos|mirror|enforc|extend|introduc)\w*\s+(?:in\s+full\s+)?$"
)


def _imposer_of_which(sentence, found, first_cue) -> Actor | None:
    """ "It welcomes the decision of the United Kingdom, which last Thursday froze the assets of
    ...": the party whose relative clause states the measure."""
    return next((a for a in found if a.code not in TARGET_STATES and a.end <= first_cue
                 and re.fullmatch(r",\s+which\s+[^,;]{0,60}", sentence[a.end : first_cue])), None)  # fmt: skip


def _adopter_of_what_was_backed(sentence, found) -> Actor | None:
    """ "Italy also backed the ninth package of sanctions ..., which the Council adopted today":
    the party that adopted the package, not the one that backed it."""
    if not BACKED.search(sentence):
        return None
    return next((a for a in found if a.code not in TARGET_STATES and re.search(
        r"\b(?:which|that)\s+(?:[^.;]{0,60}?\s)?(?:the\s+)?$", sentence[: a.start])
        and re.match(r"\s+(?:formally\s+|then\s+)?(?:adopted|approved|agreed|imposed)\b", sentence[a.end :])), None)  # fmt: skip


# "Italy also backed the ninth package": a member's support for a measure another adopts.
BACKED = re.compile(
    r"\b(?:backed|supported|welcomed|endorsed|voted for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:package|round|set)\s+of\s+sanctions\b"
)


LET_IN = re.compile(
    r"\b(?:no\s+longer|not)\s+be\s+(?:allowed|brought|imported|shipped|sold)\s+"
    r"(?:to\s+(?:dock|land|call|enter)\s+(?:at|in)\s+|into\s+|in\s+)(?:the\s+)?$"
    # "Russian tourists will no longer be able to cross into Lithuania"
    r"|\bno\s+longer\s+be\s+able\s+to\s+(?:cross\s+into|enter|travel\s+to)\s+(?:the\s+)?$"
    # "ships flying the Russian flag have been refused entry to EU ports"
    r"|\b(?:refus\w*|den(?:y|ies|ied|ying))\s+entry\s+(?:to|into)\s+(?:the\s+)?$"
)


def _imposer_let_in(sentence, found, first_cue) -> Actor | None:
    """ "Russian gold will no longer be allowed into Australia": the party goods may not enter."""
    return next((a for a in found if a.start > first_cue and a.code not in TARGET_STATES
                 and LET_IN.search(sentence[first_cue : a.start])), None)  # fmt: skip


def _imposer_named(sentence, found, first_cue, context) -> Actor | None:
    """The imposer the sentence itself names: before its first measure, as the party of its
    opening or its own government, or after "by"."""
    before = (
        _unions_package(sentence, first_cue)
        or _imposer_of_a_subclause(sentence, found, first_cue)
        or _adopter_of_what_was_backed(sentence, found)
        or _imposer_of_which(sentence, found, first_cue)
        or _imposer_before(sentence, found, first_cue, context)
    )
    if before is not None:
        return before
    own = opening_party(sentence) or own_government(sentence, context)
    if own:
        return own  # "In London, the government froze", "On Tuesday the Cabinet agreed"
    return _imposer_by(sentence, found, first_cue)


def _imposer_before(sentence, found, first_cue, context) -> Actor | None:
    """The first party named before the first measure, not as a place or a partner, nor the
    country the text reports aid to named by its adjective ("four occupied Ukrainian regions")."""
    recipient = context.recipient.key if context.recipient else None
    # "Helsinki and Oslo drop old taboos; Bern freezes Putin's assets": the measure's own clause
    clause_start = sentence.rfind(";", 0, first_cue)
    return next((a for a in found if a.code not in TARGET_STATES
                 and not (a.key == recipient and a.how == "demonym")
                 and clause_start < a.start < first_cue and _not_object(sentence, a)
                 and not _of_another_measure(sentence, a) and not _in_an_aside(sentence, a, first_cue)), None)  # fmt: skip


def _in_an_aside(sentence, actor, first_cue) -> bool:
    """ "Minsk, which has let Russian troops attack Ukraine from its territory, faces the same
    export restrictions": a party named in a clause set apart by commas before the measure."""
    aside = re.search(r",\s+(?:which|who|whose)\b[^,;]*$", sentence[: actor.start])
    # about a party ("Minsk, which ..."), not "The new measures, which Canada announced"
    return bool(aside and re.match(r"[^,;]*,", sentence[actor.end : first_cue])
                and any(a.end == aside.start() for a in actors(sentence[: aside.start()])))  # fmt: skip


def _imposer_by(sentence, found, first_cue) -> Actor | None:
    """The first party named after a "by" that follows the first measure."""
    by = re.search(r"\bby\s+", sentence[first_cue:])
    if not by:
        return None
    return next((a for a in found if a.code not in TARGET_STATES and not _of_another_measure(
                 sentence, a) and a.start > first_cue + by.start()), None)  # fmt: skip


def _of_another_measure(sentence, actor) -> bool:
    """ "Abramovich, who had already been sanctioned by Britain", "Bank Rossiya, one of the seven
    banks the EU excluded from SWIFT,": the party of an earlier measure on a target, told in
    passing, not the party of this one."""
    before = sentence[max(0, actor.start - 80) : actor.start]
    return bool(re.search(
        r"\b(?:who|which|that)\s+(?:had|has|have)\s+(?:already\s+)?been\s+\w+\s+by\s+(?:the\s+)?$",
        before,
    ) or ONE_OF_THOSE.search(before))  # fmt: skip


# "Bank Rossiya, one of the seven Russian banks the EU excluded ...,": a target's description.
_ONE_OF_THE = r",\s+one of the\s+[^,;.]"
ONE_OF_THOSE = re.compile(_ONE_OF_THE + r"{0,80}$")  # ... up to the words that follow
ONE_OF_THOSE_ALL = re.compile(_ONE_OF_THE + r"{0,120}(?=,|$)")  # the whole apposition


def _parties_beside(sentence, found, context) -> list[Actor]:
    """The parties the sentence names, other than its targets, capitals, places and partners,
    and the country the text reports aid to named as an owner or by its adjective ("drones
    striking Ukraine's grid", "four occupied Ukrainian regions")."""
    recipient = context.recipient.key if context.recipient else None
    return list({a.key: a for a in found if a.code not in TARGET_STATES and a.how != "capital"
                 and not (a.key == recipient and (_possessive(sentence, a) or a.how == "demonym"))
                 and _acting_here(sentence, a)}.values())  # fmt: skip


def _acting_here(sentence, actor) -> bool:
    """Whether the party is named as one that may act: not an object, not the party of another
    measure, not in an aside."""
    return (
        _not_object(sentence, actor)
        and not _of_another_measure(sentence, actor)
        and not _in_an_aside(sentence, actor, len(sentence))
    )


def _possessive(sentence, actor) -> bool:
    return bool(re.search(r"['’]s$", sentence[actor.start : actor.end])
                or re.match(r"['’]s\b", sentence[actor.end :]))  # fmt: skip


# Moscow's list of states it calls unfriendly: a measure of the state under sanctions.
UNFRIENDLY_LIST = re.compile(r"\blist\s+of\s+[\"“'‘]?unfriendly\b", re.IGNORECASE)


def _a_target_acting(sentence, found, first_cue) -> bool:
    """Whether the party acting before the measure is a state under sanctions ("Moscow had
    already put Taiwan on its list of unfriendly jurisdictions"): its measure, not one on it."""
    unfriendly = UNFRIENDLY_LIST.search(sentence)
    if unfriendly and 0 <= unfriendly.start() - first_cue <= 80:
        return True  # "It placed Japan on its list of \"unfriendly\" countries": Moscow's list
    first = next((a for a in found if a.start < first_cue), None)
    return bool(
        first
        and first.code in TARGET_STATES
        and re.match(r"\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|also\s+)?(?:put|placed|added|"
                     r"imposed|banned|barred|expelled|listed|retaliated)\b", sentence[first.end :])
    )  # fmt: skip


def _the_targets_own(sentence, found, first_cue, context) -> bool:
    """Whether the measure is a sanctioned state's own, named or told again as "it"."""
    return _a_target_acting(sentence, found, first_cue) or _the_target_again(
        sentence, first_cue, context
    )


def _the_target_again(sentence, first_cue, context) -> bool:
    """ "Moscow has dismissed Wellington's measures as hostile. In April it barred Ardern ...":
    "it" is the state under sanctions the sentence before opened with, acting on its own."""
    if not re.search(
        r"\b(?:it|they)\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|also\s+)?$",
        sentence[:first_cue],
        re.I,
    ):
        return False
    opening = actors(context.previous_sentence or "")
    return bool(
        opening
        and opening[0].code in TARGET_STATES
        and re.fullmatch(r"\W*(?:the\s+)?", (context.previous_sentence or "")[: opening[0].start])
    )


def _a_target_speaking(sentence, found, first_cue) -> bool:
    """Whether the sentence opens with an official of a target state, before its measures."""
    if not found or found[0].start >= first_cue:
        return False
    # not "a week after Vladimir Putin declared ...": an official who speaks; not "Five
    # individuals close to the Kremlin had their assets frozen"; "Moscow responded by barring
    # 43 Canadians": the target's own measure, no record here
    return (found[0].code in TARGET_STATES and found[0].how in ("official", "capital", "name")
            and not re.search(r"\b(?:after|before|since|when|as|while|to|of|with|on|against|from|in|for)"
                              r"\s+(?:the\s+)?$", sentence[max(0, found[0].start - 12) : found[0].start])
            and (found[0].how == "official" or re.match(r"\s+(?:\w+\s+){0,4}?(?:said|says|responded|"
                                                          r"retaliated|replied|hit back)\b",
                                                          sentence[found[0].end :])))  # fmt: skip


def _the_union() -> Actor:
    """The European Union, as the text's actors name it."""
    return actors("the European Union")[0]


def _imposer_told_before(context, number_, sentence: str = "") -> Actor | None:
    """The imposer or the subject of the sentences just before (the subject where it is of this
    paragraph and the imposer of the one before: "Singapore's break with its usual practice was
    the most striking. Measures announced ... forbid"), else the text's author; but the EU for
    "The sixth package, adopted on 3 June, prohibits ...": the EU numbers its packages."""
    if EU_PACKAGE.match(sentence):
        return _the_union()
    if context.package and PACKAGE_AS_IT.match(sentence) and _still_the_package(context, number_):
        return context.package[0]  # "the eighth EU package, adopted on 6 October. It bans ..."
    subject, imposer = _recent_subject(context, number_), context.last_imposer
    if _before_any_imposer_here(subject, imposer, number_):
        return subject[1]
    if imposer and imposer[0] >= number_ - 1:
        return imposer[1]
    if context.package:
        return context.package[0]  # the measures of a package adopted earlier in the text
    if subject:
        return subject[1]
    return _author_imposing(context)


def _still_the_package(context, number_) -> bool:
    """Whether "It bans" is the package's: the sentence before named it, or no other party has
    been the subject since ("Britain announced its own measures. It bans": Britain's)."""
    before = context.previous_sentence or ""
    if PACKAGE.search(before) or NUMBERED_PACKAGE.search(before):
        return True
    subject = _recent_subject(context, number_)
    return subject is None or subject[1].key == context.package[0].key


def _author_imposing(context) -> Actor | None:
    """The text's author, for an official release ("Imports ... are prohibited"); but a local
    report's own government rather than the recipient's leader it opens on ("Zelenskyy addressed
    New Zealand's Parliament")."""
    author = context.author
    if author and context.homeland and author.key == context.homeland.key:
        author = context.home
    return author if author and author.code not in TARGET_STATES else None


def _before_any_imposer_here(subject, imposer, number_) -> bool:
    """Whether the subject is of this paragraph, and no imposer is."""
    return bool(subject and subject[0] == number_ and (not imposer or imposer[0] < number_))


def _recent_subject(context, number_):
    """(paragraph, party) of the last subject, of this paragraph or the one before, if it is not
    a state under sanctions nor a firm (which imposes none)."""
    subject = context.last_subject
    if (
        subject
        and subject[0] >= number_ - 1
        and subject[1].code not in TARGET_STATES
        and subject[1].how != "firm"
        # "Mr Zelenskyy thanked New Zealanders ... Any assets they hold ... are frozen": the
        # country at war imposes no sanctions the text does not name it for
        and (
            context.homeland is None
            or subject[1].key != context.homeland.key
            or subject[0] == number_
        )
    ):
        return subject
    return None


def _not_object(sentence, actor) -> bool:
    before = sentence[max(0, actor.start - 24) : actor.start].lower()
    if re.search(r"\b(?:after|before|during|following)\s+(?:the\s+|an?\s+)?$", before) and re.match(
        r"\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|summit|talks|conference|visit|session)\b",
        sentence[actor.end :],
    ):
        return False  # "After a G7 video call with Zelenskiy, Kishida said": when, not who
    # "in eastern Ukraine", "with the other G7 leaders": a place or a partner, not who imposes;
    # "Like Wellington, Canberra ...": another party compared with it
    # not "On Thursday Washington blocked ...": a day, then who acts
    # ("the legal groundwork for a G7 price cap": a partner's measure named as an object)
    return not re.search(
        r"\b(to|of|on|against|from|with|into|in|outside|at|like|unlike)\s+(the\s+)?"
        r"((?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[a-z]+\s+)?$|\bfor\s+an?\s+$",
        before,
    )


def _verb_start(sentence: str, start: int, after: int = 0) -> int:
    """Where the verb of a measure starts: "froze the assets" rather than "assets"."""
    if MEASURE_VERB.match(sentence, start):
        return start  # "Japan will freeze the assets", not an "announced" before it
    low = max(0, start - 120, after)
    verbs = list(MEASURE_VERB.finditer(sentence[low:start]))
    return low + verbs[-1].start() if verbs else start


COUNTED = rf"(?<![\w-])(?<!\d,)(?P<n>{NUMBER})\s+(?:of\s+(?:the\s+|its\s+|\w+['’]s\s+)?)?(?:current\s+and\s+former\s+)?(?:[A-Za-z-]+\s+){{0,4}}?"


def _a_year(text: str, at: int, value) -> bool:
    """Whether the number at `at` is a year ("first designated Malofeyev in 2014")."""
    return 1900 <= value <= 2100 and bool(re.search(r"\b(?:in|since|from|until|by)\s+$", text[:at]))


def _a_date(text: str, at: int) -> bool:
    """Whether the number at `at` is a day of a month ("April 6")."""
    return bool(re.search(rf"\b{MONTH_WORD}\s+$", text[:at]))


def _counted_kinds(clause: str) -> list[tuple[str, int, int]]:
    """Each kind of target the clause counts, in order: "217 individuals and 18 entities"."""
    clause = ONE_OF_THOSE_ALL.sub(lambda m: " " * len(m.group(0)), clause)
    found = [*_numbers_of_kinds(clause), *_one_more_each(clause)]
    # not "the 558 Aircraft Repair Plant": a number in a name
    found = [entry for entry in found if not (
        re.search(r"\bthe\s+$", clause[: entry[0]]) and re.match(r"\d+\s+[A-Z]", clause[entry[0] :]))]  # fmt: skip
    # Each number counts the kind named nearest after it: "27 executives, along with eight senior
    # managers at Sberbank" counts persons twice, not Sberbank's bank; but goods name no
    # targets: "24 Russian defence and technology companies" counts companies.
    # not the "dozen" of "more than two dozen": the number before it counts
    found = [entry for entry in found if not (
        re.match(r"dozen\b", clause[entry[0] :], re.I)
        and re.search(r"\b(?:two|three|four|five|six|several)\s+$", clause[: entry[0]], re.I))]  # fmt: skip
    nearest: dict[int, tuple[str, int, int]] = {}
    for start, length, kind, value in sorted(found, key=lambda entry: (entry[0], entry[1])):
        if nearest.get(start, ("sectors",))[0] == "sectors":
            nearest[start] = (kind, value, start + length)
    return [nearest[start] for start in sorted(_before_a_colon(clause, nearest))]


def _before_a_colon(clause: str, nearest: dict) -> dict:
    """The counts before a colon, where there are some: "three individuals and one entity: two
    commanders of the Revolutionary Guard, ...": the list after it names those counted."""
    colon = clause.find(":")
    if colon >= 0 and any(start < colon for start in nearest):
        return {start: entry for start, entry in nearest.items() if start < colon}
    return nearest


def _numbers_of_kinds(clause: str):
    """(where, length, kind, count) of each number of a kind of target; overlapping: "13 people
    and two entities" counts the entities too."""
    for kind, pattern in _TARGET_KINDS:
        for match in re.finditer(rf"(?=(?P<all>{COUNTED}(?:{pattern.pattern})))", clause, re.I):
            count = _count_at(clause, match)
            # "Moscow Industrial Bank and ten of its subsidiaries": part of a target named before
            if (
                count is not None
                and not re.match(r"\S+\s+of\s+(?:its|their)\b", match.group("all"))
                and not SUBSET.search(clause[: match.start("n")])
            ):
                yield match.start("n"), len(match.group("all")), kind, count


def _one_more_each(clause: str):
    """ "three officers and the company that builds the drones": one more target, of its kind."""
    for match in ONE_MORE.finditer(clause):
        kind = next(k for k, words in ONE_MORE_KINDS.items() if re.fullmatch(words, match["w"]))
        yield match.start("w"), match.end() - match.start("w"), kind, 1


def _count_at(clause: str, match) -> int | None:
    """The whole number a counted kind of target starts with, or None for "a", a day of a month
    or a number in a name."""
    words = match.group("n")
    value = number(words)
    if not value or value != int(value) or words.lower() in ("a", "an"):
        return None
    if _a_date(clause, match.start("n")) or _a_year(clause, match.start("n"), value):
        return None
    if words[0].isupper() and match.start("n") > 0:
        return None  # not "Group of Seven ... leaders": a number in a name
    return int(value)


def _targets(clause: str, imposer: Actor) -> tuple[str, int | None, list[str]]:
    """The kind of target a measure's clause names, how many, and which by name; not in the
    words that say who told it (", the prime minister said")."""
    clause = ATTRIBUTION.sub("", clause)
    kind, kind_at = _first_kind(clause, imposer)
    count = None if kind_at is None else _stated_count(clause[:kind_at], imposer)
    named, first_person = _names(clause, imposer)
    # "the assets of Sberbank, Russia's largest bank, and Alfa-Bank": the list without its asides
    _add_names(named, max(_object_list_names(clause, imposer),
                          _object_list_names(_without_appositions(clause), imposer), key=len))  # fmt: skip
    _add_names(named, _listed_names(clause, kind_at, imposer))
    _add_names(named, _apposition_names(clause))
    if count is None:
        kind = _kind_of_the_first_name(clause, kind, kind_at, first_person)
    if count is None and len(named) == 2 and re.search(r"\bboth\b", clause):
        count = 2  # "Sberbank ... and Alfa-Bank, cutting both off"
    if not named:
        kind, named = _one_company(clause, kind, imposer)
    return kind, count, named


def _a_person_first(clause: str, kind_at, first_person) -> bool:
    """Whether a person's name comes before the first word of a kind, or, with none, right after
    "targets" ("It targets Lieutenant Colonel Azatbek Omurbekov, ...")."""
    if first_person is None:
        return False
    if kind_at is not None:
        return first_person < kind_at
    return bool(re.search(r"\btargets?\s+(?:[A-Z][\w.-]*\s+){0,3}$", clause[:first_person]))


def _kind_of_the_first_name(clause: str, kind: str, kind_at, first_person) -> str:
    """The kind of target a name before the first word of a kind says: "froze the assets of
    Herman Gref, the chief executive of Sberbank" (a person), "blacklisted Safiran Airport
    Services, which ... carried drones" (a company)."""
    if _a_person_first(clause, kind_at, first_person):
        return "persons"
    company = next(iter(_company_names(clause)), None)
    if company and (kind_at is None or company.start() < kind_at):
        return "banks" if re.search(r"\bBank\b", company.group(0)) else "entities"
    return kind


def _company_names(text: str) -> list[re.Match]:
    """The names in `text` that are companies' ("Safiran Airport Services", "Alfa-Bank")."""
    return [m for m in NAME.finditer(text) if CORPORATE.search(m.group(0))]


def _one_company(clause: str, kind: str, imposer: Actor) -> tuple[str, list[str]]:
    """ "blacklisted Rosbank, a lender ...", "Interros, his holding company, was designated": a
    company or bank of one word, named with what it is."""
    named = re.match(
        r"\W*(?:[a-z]+\s+)?([A-Z][a-z]{2,}(?:[A-Z][a-z]+)?),\s+(?:a|an|the|his|her|its|their)\s+"
        r"(?:[\w-]+\s+){0,3}?(lender|bank|company|firm|group|holding|conglomerate|producer|maker|carrier|airline|operator)",
        clause,
    )
    if not named or NOT_NAMES.match(named.group(1)) or _names_a_state(named.group(1), imposer):
        return kind, []
    own = "banks" if named.group(2) in ("lender", "bank") else "entities"
    return (own if kind in ("state", own) or kind == "banks" else kind), [named.group(1)]


def _first_kind(clause: str, imposer: Actor | None = None) -> tuple[str, int | None]:
    """The kind of target the clause names first, and where; "state" where it names none. Not
    the imposer's own: "British firms can no longer sell ... services" targets services."""
    firsts = []
    for name, pattern in _TARGET_KINDS:
        match = next((m for m in pattern.finditer(clause)
                      if not _the_imposers_own(clause, m.start(), imposer)), None)  # fmt: skip
        if match:
            firsts.append((match.start(), name))
    firsts.sort()
    if (
        len(firsts) > 1
        and firsts[0][1] == "sectors"
        and re.fullmatch(r"[\w\s-]{0,40}", clause[firsts[0][0] : firsts[1][0]])
    ):
        firsts.pop(0)  # "24 Russian defence and technology companies": the companies, not goods
    return (firsts[0][1], firsts[0][0]) if firsts else ("state", None)


def _the_imposers_own(clause: str, at: int, imposer: Actor | None) -> bool:
    """Whether the words just before `at` name the imposer: "EU firms", "British companies"."""
    if imposer is None:
        return False
    return any(a.key == imposer.key and a.end >= at - 1 for a in actors(clause[:at]))


def _stated_count(before: str, imposer: Actor) -> int | None:
    """The whole number stated right before the kind of target ("217 individuals"), plus the
    names before it where it counts "other" ones."""
    counted = re.search(COUNTED + "$", before)
    if not counted or _a_date(before, counted.start("n")):
        return None  # "from April 6 for chipmaking equipment": a day, not a count
    if _a_year(before, counted.start("n"), number(counted.group("n")) or 0):
        return None  # "first designated Malofeyev in 2014 for financing separatists"
    if counted.group("n").lower() in ("a", "an", "half a"):
        return None
    value = number(counted.group("n"))
    count = int(value) if value is not None and value == int(value) else None
    if count and re.search(r"\bother\s+", before[counted.end("n") :]):
        # "Abramovich ... and six other oligarchs": the ones named before, and six.
        count += _count_names(before[: counted.start()], imposer)
    return count


def _count_names(text: str, imposer: Actor) -> int:
    """How many names of people or firms `text` gives."""
    return len([m for m in NAME.finditer(text)
                if not NOT_NAMES.match(TITLES.sub("", m.group(0)))
                and not _names_a_state(m.group(0), imposer)])  # fmt: skip


def _names(clause: str, imposer: Actor) -> tuple[list[str], int | None]:
    """The names of two words or more the clause gives as targets, without their titles, and
    where the first that is a person's (not a company's) starts."""
    named, first_person = [], None
    for match in NAME.finditer(clause):
        if _no_targets_name(clause, match):
            continue
        name = match.group(0)
        while TITLES.match(name):
            name = TITLES.sub("", name)
        if NOT_NAMES.match(name) or _names_a_state(name, imposer) or len(name.split()) < 2:
            continue
        named.append(name)
        if first_person is None and not CORPORATE.search(name):
            first_person = match.start()
    return named, first_person


def _no_targets_name(clause: str, match) -> bool:
    """Whether a name is not a target's: "the daughters of President Putin", "Putin's
    daughters" (an owner), "the Finance Ministry said" (who tells it), "the St Petersburg troll
    factory" (where it is)."""
    return (
        _an_owner(clause, match)
        or bool(re.match(r"\s+(?:said|says|announced|told|stated)\b", clause[match.end() :]))
        or _describes_a_noun(clause, match)
    )


def _describes_a_noun(clause: str, match) -> bool:
    """Whether a name only says where the noun after it is: "the Internet Research Agency, the
    St Petersburg troll factory" names one target, not two."""
    return bool(
        re.search(r",\s+the\s+$", clause[: match.start()])
        and re.match(
            r"\s+[a-z][\w-]+(?:\s+[a-z][\w-]+)?\b(?!\s+(?:of|and)\b)", clause[match.end() :]
        )
    )


def _an_owner(clause: str, match) -> bool:
    """Whether a name is the owner of the targets ("the daughters of President Putin", "Putin's
    daughters"); not so after "the assets of"."""
    if re.match(r"['’]s\b", clause[match.end() :]):
        return True
    before = clause[: match.start()]
    if re.search(r"\b(?:assets|property|funds|accounts|holdings)\s+of\s+$", before):
        return False
    return bool(re.search(r"\b(?:of|to|by)\s+(?:the\s+)?$", before))


def _add_names(named: list[str], names: list[str]) -> None:
    """Add to `named`, in order, each of `names` it does not hold yet (without the sentence's
    full stop: "Sergei Lavrov." is "Sergei Lavrov")."""
    for name in names:
        name = name.rstrip(".")
        if name not in named:
            named.append(name)


def _list_parts(words: str) -> list[str]:
    """The items of a list of names ("VTB Bank, Sovcombank and Otkritie"), without titles."""
    return [TITLES.sub("", part.strip()) for part in re.split(r",\s*|\s+and\s+", words)]


# ", Russia's largest bank,", ", the country's largest lender,": a name's description in a list.
APPOSITION = re.compile(
    r"(?<=[\w.)]),\s+(?:Russia['’]s|Belarus['’]s|the\s+country['’]s|its|the)\s+(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:bank|lender|insurer|company|firm|producer|group|carrier|airline|broadcaster|miner)\b,(?=\s)"
)


def _without_appositions(clause: str) -> str:
    """The clause without the descriptions of names in a list ("Sberbank, Russia's largest bank,
    and Alfa-Bank" as "Sberbank and Alfa-Bank")."""
    return APPOSITION.sub(lambda m: "" if re.match(r"\s+and\b", clause[m.end() :]) else ",", clause)


def _object_list_names(clause: str, imposer: Actor) -> list[str]:
    """ "the assets of VTB Bank, Sovcombank, Novikombank and Otkritie": a list of names as the
    object."""
    object_list = re.search(
        r"\b(?:assets of|property of|sanctions (?:on|against)|froze|blocked|(?:dealings|business|transactions) with)\s+"
        r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:(?:,\s+|,?\s+and\s+)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)+)",
        clause,
    )
    if not object_list:
        return []
    return [part for part in _list_parts(object_list.group(1))
            if part
            and (not NOT_NAMES.match(part) or re.match(r"Bank [A-Z]", part))  # "Bank Rossiya"
            and not _names_a_state(part, imposer)]  # fmt: skip


def _listed_names(clause: str, kind_at: int | None, imposer: Actor) -> list[str]:
    """The names a list gives after "including", "such as" or "namely", or right after the kind
    of target."""
    lists, text = r"\b(?:including|such as|among them|namely)\s+([^.;]+)", clause
    if kind_at is not None:  # a list right after the kind: "lenders, Sberbank and Alfa-Bank",
        # "airlines – Aeroflot, Ural Airlines and Rossiya –"
        lists += r"|^\w+\s*[,–—:]\s+((?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*(?:,\s+|,?\s+and\s+)?)+)"
        text = clause[kind_at:]
    parts = []
    for listed in re.finditer(lists, text):
        parts += _list_parts(listed.group(1) or listed.group(2) or "")
    return [part for part in parts
            if re.fullmatch(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}", part)
            and not NOT_NAMES.match(part)
            and not _names_a_state(part, imposer)]  # fmt: skip


def _apposition_names(clause: str) -> list[str]:
    """One-word names described in apposition: "on Sberbank, Russia's largest lender, and
    Alfa-Bank, its biggest private bank"."""
    appositions = re.finditer(
        r"(?:\bon|\band|,)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,5})(?=,\s+(?:Russia['’]s|Belarus['’]s|its|the|a)\b)",
        clause,
    )
    return [match.group(1) for match in appositions
            if not NOT_NAMES.match(match.group(1)) and not actors(match.group(1))]  # fmt: skip


def _names_a_state(name: str, imposer: Actor | None = None) -> bool:
    """Whether `name` names a country or organisation, or an official of the imposer's own (a
    person who leads a targeted state is a name); not a company named after a place ("Moscow
    Industrial Bank")."""
    if CORPORATE.search(name) and not re.fullmatch(r"(?:\w+\s+)?(?:Bank|Fund)", name):
        return False
    return any(actor.how != "official" or (imposer and actor.key == imposer.key)
               for actor in actors(name))  # fmt: skip


def _describe_sanction(fields) -> str:
    measures = {"swift_exclusion": "Exclusion from SWIFT", "asset_freeze": "Asset freeze",
                "export_ban": "Export ban", "import_ban": "Import ban",
                "travel_ban": "Travel ban", "investment_ban": "Investment ban",
                "other": "Sanction"}  # fmt: skip
    imposer = in_sentence(fields["imposer"], fields["imposer_kind"])
    return f"{measures[fields['measure']]} by {imposer} on {in_sentence(fields['target'])}."
