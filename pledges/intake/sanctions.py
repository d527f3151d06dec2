"""Sanctions: the measure a clause states, by name or by its effect, who imposes it on whom, the
kind of target and how many, and the targets it names."""

import re

from pledges.intake.drafts import Draft
from pledges.intake.numbers import MONTH_WORD, NUMBER, dates, number
from pledges.intake.places import Actor, actors, in_sentence
from pledges.intake.reading import (
    NEGATED,
    TARGET_STATES,
    clip,
    first_words,
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


MEASURES = [
    ("swift_exclusion", r"\b(?:SWIFT)\b"),
    ("asset_freeze", r"\b(?:(?:full\s+)?blocking sanctions|(?:black)?listed\s+(?:\w+\s+){0,3}?\d+|(?:dealings|transactions|business) with\s+[^.;]{0,90}?\b(?:suspended|halted|banned|prohibited|frozen)|no new business with|assets?\s+(?:\w+\s+){0,4}?(?:frozen|immobili[sz]ed)|immobili[sz]ed|designat(?:ed|es|ing)\b(?!\s+(?:as\s+(?!well)|a\s|an\s))|(?:full\s+)?transactions? bans?|(?:ban\w*|prohibit\w*) (?:on )?(?:all |any )?transactions|froze|freez\w*|frozen|off-limits|hold (?:still|back)\s+(?:\w+\s+){0,3}?assets|block(?:ed|ing|s)?\s+(?:\w+\s+){0,3}?(?:assets|property|funds|accounts)|asset freezes?|seiz\w+\s+(?:\w+\s+){0,3}?(?:assets|yachts?|property))\b"),
    ("export_ban", r"\b(?:export (?:bans?|controls?|restrictions?)|(?:slams?|shuts?|closes?) the door on (?:\w+\s+){0,2}?exports|(?:won['’]t|will not|will no longer|can no longer|could no longer)\s+be allowed to (?:ship|sell|export)\b(?!\s+(?:\w+\s+){0,3}?services)|(?:can|could|may|will)\s+no longer\s+(?:ship|sell|export|send)\b(?!\s+(?:\w+\s+){0,3}?services)|(?:cannot|can no longer|may not|must not) be exported|exports?\b[^.;]{0,120}?\b(?:refused|banned|halted|suspended)|(?:export )?(?:licen[cs]e|permission) required|exports?\b[^.]{0,80}?\b(?:are|is|were|will be)\s+(?:banned|prohibited|barred|forbidden)|entity list|(?:ban\w*|bar(?:s|red|ring)?|prohibit\w*|halt\w*|restrict\w*|stop\w*|curb\w*)\s+(?:\w+\s+){0,3}?exports?|(?:ban\w*|bar\w*|prohibit\w*|halt\w*|stop\w*)\s+(?:\w+\s+){0,2}?(?:shipments|sales|deliveries|supplies)\s+of\s+[^.;]{0,60}?\bto)\b"),
    ("import_ban", r"\b(?:import (?:bans?|embargo(?:es)?)|embargo|imports?\b[^.]{0,80}?\b(?:are|is|were|will be)\s+(?:banned|prohibited|barred|forbidden)|(?:stop|cease|halt)\w*\s+(?:importing|buying|purchasing)|no longer (?:buy|import|purchase)\s+(?:\w+\s+){0,2}?(?:Russian|Belarusian|oil|gas|coal|goods|products)|(?:can|may|will)\s+(?:\w+\s+){0,2}?no longer be (?:brought|imported|shipped|sold) (?:into|to|in)|(?:ban|embargo) on (?:\w+\s+){0,3}?(?:oil|gas|coal|steel|vodka|seafood|diamonds|gold|imports)|(?:ban\w*|bar(?:s|red|ring)?|prohibit\w*|halt\w*|stop\w*|phase\w* out|outlaw\w*)\s+(?:\w+\s+){0,4}?(?:imports?|purchases)|imports? of [^.]{0,40}?(?:banned|prohibited|barred))\b"),
    ("travel_ban", r"\b(?:travel bans?|entry bans?|visa bans?|visa restrictions|(?:barred|banned)\s+(?:[\w-]+\s+){0,10}?from\s+(?:entering|travel\w*))\b(?!\s+(?:\S+\s+){0,2}(?:ports?|airspace|waters|harbou?rs|territory))"),
    ("investment_ban", r"\b(?:(?:told|ordered|asked)\s+not\s+to\s+buy\s+[^.;]{0,40}?bonds|no dealing in new (?:securities|bonds|loans)|(?:ban\w*|prohibit\w*)\s+(?:\w+\s+){0,3}?investments?|investment ban|(?:stops?|bars?|barred|prohibits?|bans?|forbids?)\s+(?:\w+\s+){0,3}?from\s+(?:putting|making|investing)\s+(?:any\s+)?new\s+(?:money|investments?)|new investment|(?:may|can|will)\s+(?:\w+\s+){0,2}?no longer (?:take part in|invest in|participate in|finance))\b"),
    ("other", r"\b(?:(?:barred|banned)\s+from\s+(?:entering|using|carrying|operating|doing business|trading|providing)|(?:barred|banned)[\s,]+(?:[\w-]+[\s,]+){1,10}?from\s+(?:broadcasting|operating|rating|trading|providing|doing business|selling|insuring|financing)\b|(?:may|can|will) no longer (?:enter|use|land|dock|access|fly)|sanction(?:ed|ing)\b(?!\s+(?:money|assets|funds|goods|individuals|entities|people|persons|oligarchs|companies|lists?|banks|regime|Russians?))|(?:will|would|to|shall)\s+sanction\b|(?:added|placed|put)\s+(?:[\w-]+\s+){0,12}?(?:to|on)\s+(?:the|its)\s+(?:sanctions\s+)?list|(?:impos\w+|announc\w+|slapp\w+|levi\w+|new|fresh|further)\s+(?:\w+\s+){0,2}?sanctions\s+(?:on|against)|sanctions\s+(?:on|against)|most-favou?red[- ]nation|trade status|punitive tariffs?|(?<!lift )(?<!lifts )(?<!lifting )(?<!remove )(?<!scrap )(?<!waive )tariffs?\s+(?:on|of)\s+(?:\S+\s+){0,5}?(?:Russian|Belarusian)|(?:raise|increase|hike)\w*\s+(?:\w+\s+){0,5}?tariffs|clos(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}?(?:airspace|ports)|barred\s+[^.,]{0,60}?from\s+(?:\w+\s+)?(?:landing|flying|airspace|ports|docking)|ban\w*\s+[^.,]{0,60}?from\s+(?:\w+\s+)?(?:landing|flying|airspace|ports|docking)|expel\w*|taken off (?:the )?air|off the air|(?:will|may|can)\s+no longer be allowed to (?:provide|sell|offer)|suspend\w*\s+(?:\w+\s+){0,3}?(?:trade|licen[cs]es|broadcast\w*))"),
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
                r"officers|generals|commanders|Russians|Belarusians|Ukrainians|Canadians|businesspeople|"
                r"officials|lawmakers|members|businessm[ae]n|elites?|family|relatives|Putin|"
                r"Lavrov|politicians|executives|managers|directors|tycoons|billionaires|owners|"
                r"deputies|senators|judges|propagandists|journalists"),
    ("sectors", r"oil|gas|coal|energy|sector|industry|steel|luxury goods|technology|"
                r"semiconductors|vodka|seafood|diamonds|products|goods|potash|fertili[sz]ers?|timber|"
                r"wood|cement|tobacco|fuels?|metals?|iron|alumin(?:i?um|a)|gold|machinery|chemicals|"
                r"items|equipment|electronics|chips"),
    ("entities", r"entities|companies|firms|airlines?|Aeroflot|organi[sz]ations|businesses|ships|"
                 r"vessels|aircraft|planes|flights|broadcasters?|state media|RT|Sputnik|enterprises|"
                 r"Investment Fund|projects|agencies|channels|stations|outlets"),
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


def sanctions(drafts, context, number_, sentence) -> bool:
    cues = []
    for measure, pattern in _MEASURES:
        for match in pattern.finditer(sentence):
            if measure == "other" and any(a <= match.start() < b for _, a, b in cues):
                continue
            if NEGATED.search(sentence[: match.start()][-30:]):
                continue
            if re.match(r"frozen\b", match.group(0), re.I) and (
                re.search(r"\bassets\s+$", sentence[: match.start()])
                or re.match(
                    r"frozen\s+(?:Russian\s+|state\s+)?(?:assets|reserves|funds)\b",
                    sentence[match.start() :],
                )
            ):
                continue  # "assets frozen in Western jurisdictions", "frozen assets": a topic
            if re.match(r"[^,.;]{0,40}?\b(?:should|ought to|must)\b", sentence[match.end() :]):
                continue  # "assets frozen in Western jurisdictions should be the main source"
            if re.search(
                r"\b(?:proposals?|proposed|plans? (?:for|to)|considering|discussing|asked (?:whether|if|about))\b[^.;]{0,40}$",
                sentence[: match.start()],
                re.I,
            ):
                continue  # "the Commission's proposal for a phased embargo": not yet a measure
            if re.match(r"sanctions\b", match.group(0), re.I) and re.search(
                r"\b(?:rounds?|packages?|sets?|waves?)\s+of\s+$", sentence[: match.start()]
            ):
                continue  # "the bloc's latest round of sanctions against Russia": the package's name
            if re.search(r"\b(?:a|an)\s+$", sentence[: match.start()], re.I) and re.search(
                r"\b(?:would|could|might)\b", sentence
            ):
                continue  # "A freeze on Gazprombank ... would amount to the same thing": a hypothesis
            if re.search(r"\balready\s+been\s+$", sentence[: match.start()]) or re.match(
                r"\w+\s+(?:about\s+|some\s+|roughly\s+)?[$€£]", sentence[match.start() :]
            ):
                continue  # "the money that has already been frozen", "immobilised about €13.8bn": a tally
            if re.search(r"\bwhose\b[^,.;]{0,40}$", sentence[: match.start()]):
                continue  # "one of the companies whose steel the EU will no longer buy": told again
            if re.search(r"\b(?:on top of|in addition to)\b", sentence[: match.start()]):
                continue  # "the new aid came on top of ... its sanctions against hundreds": earlier
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
    if (
        not targets
        and context.target
        and (context.last_imposer or any(a.start < merged[0][1] for a in found))
    ):
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
        passive = (re.search(r"\b(?:be|been|is|are|was|were)\s+(?:\w+\s+)?$", sentence[:start])
                   and re.match(r"\w+(?:ed|en|t)\b", sentence[start:end])) or re.match(
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
        quote = clip(first_words(sentence[verb_start : start + len(clause)], 12))
        if passive:  # "coal can no longer be brought into the United States"
            lead = max([begin] + [m.end() for m in re.finditer(r"[,;]\s*", sentence[:start])])
            quote = clip(first_words(sentence[lead : start + len(clause)], 14))
        lead = sentence[begin:verb_start]
        lead_kinds = _counted_kinds(lead)
        if lead_kinds and (kind == "state" or (count is None and lead_kinds[0][0] == kind)):
            # "Three more Russian banks are being cut off from Swift", "Another 65 individuals
            # have had their assets frozen": the targets counted before the measure
            kind, count = lead_kinds[0][:2]
        if kind == "sectors":
            count = None  # "80 chemicals": goods, not targets to count
        if (
            kind == "state"
            and previous_kind
            and (re.search(r"\b(?:all|them|they|those|these|both)\b", clause)
                 or re.fullmatch(r"\W*(?:and\s+)?(?:are|were|is|was|will be|have been|has been)\s*", lead))
        ):  # fmt: skip
            kind, count = previous_kind  # "... and barred all seven from travelling"
            counted = re.search(rf"\ball\s+(?P<n>{NUMBER})\b", clause)
            if counted and number(counted.group("n")) is not None:
                count = int(number(counted.group("n")))
        previous_kind = (kind, count)
        if kind == "state" and made and made[-1].fields["measure"] == measure:
            continue  # "no new business with VTB ...; existing assets frozen": the same measure
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
        for other_kind, other_count, at in counted_kinds[1:]:  # "... and 18 entities"
            more = {**fields, "target_kind": other_kind, "targets_count": other_count}
            # "13 people and two entities in Belarus": the state named right after them
            there = next((a for a in actors(scope[at : at + 40]) if a.code in TARGET_STATES
                          and re.search(r"\b(?:in|of|from)\s+$", scope[at : at + a.start])), None)  # fmt: skip
            if there:
                more.update(target=there.name, target_code=there.code)
                more["description"] = _describe_sanction(more)
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
    own = opening_party(sentence) or own_government(sentence, context)
    if own:
        return own, False  # "In London, the government froze", "On Tuesday the Cabinet agreed"
    by = re.search(r"\bby\s+", sentence[first_cue:])
    after = [a for a in found if by and a.code not in TARGET_STATES
             and a.start > first_cue + by.start()]  # fmt: skip
    if after:
        return after[0], False
    # "... can no longer be brought into the United States": the one party named beside the target.
    others = {a.key: a for a in found if a.code not in TARGET_STATES and a.how != "capital"
              and _not_object(sentence, a)}  # fmt: skip
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
    before = sentence[max(0, actor.start - 24) : actor.start].lower()
    # "in eastern Ukraine", "with the other G7 leaders": a place or a partner, not who imposes
    return not re.search(
        r"\b(to|of|on|against|from|with|into|in|outside|at)\s+(the\s+)?([a-z]+\s+)?$", before
    )


def _verb_start(sentence: str, start: int, after: int = 0) -> int:
    """Where the verb of a measure starts: "froze the assets" rather than "assets"."""
    low = max(0, start - 120, after)
    verbs = list(MEASURE_VERB.finditer(sentence[low:start]))
    return low + verbs[-1].start() if verbs else start


COUNTED = rf"\b(?P<n>{NUMBER})\s+(?:of\s+(?:the\s+|its\s+|\w+['’]s\s+)?)?(?:[A-Za-z-]+\s+){{0,3}}?"


def _a_date(text: str, at: int) -> bool:
    """Whether the number at `at` is a day of a month ("April 6")."""
    return bool(re.search(rf"\b{MONTH_WORD}\s+$", text[:at]))


def _counted_kinds(clause: str) -> list[tuple[str, int, int]]:
    """Each kind of target the clause counts, in order: "217 individuals and 18 entities"."""
    found = []
    for kind, pattern in _TARGET_KINDS:
        # overlapping: "13 people and two entities" counts the entities too
        for match in re.finditer(rf"(?=(?P<all>{COUNTED}(?:{pattern.pattern})))", clause, re.I):
            value = number(match.group("n"))
            if (value and value == int(value) and match.group("n").lower() not in ("a", "an")
                    and not _a_date(clause, match.start("n"))
                    and not (match.group("n")[0].isupper() and match.start("n") > 0)):  # fmt: skip
                # not "Group of Seven ... leaders": a number in a name
                found.append((match.start("n"), len(match.group("all")), kind, int(value)))
    # Each number counts the kind named nearest after it: "27 executives, along with eight senior
    # managers at Sberbank" counts persons twice, not Sberbank's bank.
    nearest: dict[int, tuple[str, int, int]] = {}
    for start, length, kind, value in sorted(found, key=lambda entry: (entry[0], entry[1])):
        nearest.setdefault(start, (kind, value, start + length))
    return [nearest[start] for start in sorted(nearest)]


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
        if counted and _a_date(before, counted.start("n")):
            counted = None  # "from April 6 for chipmaking equipment": a day, not a count
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
        r"\b(?:assets of|property of|sanctions (?:on|against)|froze|blocked|(?:dealings|business|transactions) with)\s+"
        r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:(?:,\s+|,?\s+and\s+)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)+)",
        clause,
    )
    for part in re.split(r",\s*|\s+and\s+", object_list.group(1) if object_list else ""):
        part = TITLES.sub("", part.strip())
        if (
            part
            and (not NOT_NAMES.match(part) or re.match(r"Bank [A-Z]", part))  # "Bank Rossiya"
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
