"""Figures about people: refugees who fled, refugees a country hosts, people displaced at home,
casualties; numbers of people never become money."""

import re

from pledges.intake.drafts import Draft
from pledges.intake.numbers import NUMBER, SCALE, money, number, scaled
from pledges.intake.places import Actor, actors, in_sentence
from pledges.intake.reading import QUALIFIED, QUALIFIERS, clip

_qualifier = "|".join(f"(?P<{name}>(?i:{words}))" for name, words in QUALIFIERS)


PEOPLE_WORDS = (
    r"people|refugees|persons|civilians|Ukrainians|children|residents|migrants|evacuees|"
    r"internally displaced|deaths|casualties|arrivals|citizens|nationals"
)


PEOPLE_NUMBER = re.compile(
    rf"(?:\b(?:{_qualifier})\s+)?(?<![\w.,])(?P<number>{NUMBER})(?:\s+(?P<scale>{SCALE}))?"
    rf"(?P<rest>\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE_WORDS})\b"
    r"|\s+of\s+them\b|\s+(?:were\s+)?(?:killed|injured|wounded|dead)\b"
    r"|\s+(?:are|were|have been|had been)\s+(?:now\s+)?(?:internally\s+)?(?:displaced|uprooted|homeless)\b"
    r"|\s+(?:are|were|remain|remained)\s+(?:still\s+)?(?:in the country|there)\b"
    r"|\s+(?:more\s+|others?\s+|of them\s+)?(?:have|had|has)\s+(?:now\s+)?"
    r"(?:been\s+)?(?:fled|left|crossed|displaced|killed|forced|uprooted|arrived))"
)


# "Poland has received ..., more than 1.8 million": a bare number where the sentence is about
# people who fled and a country that takes them in.
BARE_PEOPLE = re.compile(
    rf"(?:\b(?:{_qualifier})\s+)?(?<![\w.,$€£¥])"
    r"(?P<number>(?:\d+(?:\.\d+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten))(?=\s+million\b)"
    r"|\d{1,3}(?:,\d{3})+)(?:\s+(?P<scale>million))?"
    # "... 7.7 million by mid-April and just over 8 million in early May": a series of counts
    r"(?=\s*[,.;]|\s+of\s+them|\s+and\b|\s+(?:by|in|on)\s+(?:early\s+|mid-?|late\s+)?[A-Z\d]|\s+in the round|\s*$)"
)


HOSTING = re.compile(
    r"\W*(?:\w+\W+){0,4}?(?:has|had|have|is|was)?\s*(?:(?:already|so far|now|since)\s+)?(?:taken in|took in|recorded|"
    r"received|hosts|hosted|is hosting|hosting|welcomed|sheltered|shelters|registered|admitted|accepted|issued)",
    re.IGNORECASE,
)


FIGURE_KINDS = [
    ("displaced", r"displaced|uprooted|homeless|(?:forced|driven) from their homes|remain(?:ed|ing)? in the country|"
                  r"inside the country|within the country|internally"),
    ("casualties", r"killed|killing|dead|deaths|died|wounded|injured|casualties"),
    ("refugees_hosted", r"arrived in|entered|crossed into|taken in|took in|hosts?|hosting|stayed|remained|"
                        r"sheltering|registered|recorded|received|arrivals|arriving|arrived|still there|still in|staying|shelters|live in|living in|crossed (?:its|their) border|"
                        r"granted (?:temporary )?protection|granted asylum|"
                        r"admitted|accepted"),
    ("fled_abroad", r"fled|flee|fleeing|left|leaving|crossed|refugees|exodus|escaped|out of|flight abroad"),
]  # fmt: skip


def figures(drafts, context, number_, sentence) -> list[tuple[int, int]]:
    """Draft the figures about people a sentence states; returns where their numbers are, which
    are never money."""
    spans = []
    money_spans = [(m.start, m.end) for m in money(sentence)]
    matches = list(PEOPLE_NUMBER.finditer(sentence))
    told = re.search(
        r"\b(?:refugees|fled|fleeing|crossed|displaced|flight abroad|leaving|left)\b",
        sentence,
        re.I,
    )
    # "That rose to 7.7 million by mid-April": the series the sentence before began
    series = re.match(
        r"\W*(?:That|This|It|The (?:figure|number|count|toll))\b", sentence
    ) and re.search(r"\b(?:refugees|fled|displaced)\b", context.previous_sentence, re.I)
    if (
        told
        or series
        or (
            HOSTING.search(sentence)
            and re.search(
                r"\b(?:people|refugees|left|fled)\b", context.previous_sentence + context.paragraph
            )
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
            r"\b(?:of the country['’]s|of its|of a|population of|(?:a|the) nation of|(?:a|the) country of)"
            r"(?:\s+(?:estimated|total|pre-war|entire))?\s+$"
            r"|\b(?:feed|reach|help|support|assist|serve|vaccinate|treat)\w*\s+(?<!\btoll had reached )$"
            r"|\b(?:transferred|paid|distributed|gave|given)\b[^.;]{0,60}\bto\s+(?:up to\s+)?$",
            QUALIFIED.sub("", sentence[: match.start()]),
        ) and not re.search(r"\b(?:killed|dead|deaths|injured|wounded)\b", match.group(0)):
            continue  # "the country's estimated 7.5 million children", "to feed 3.1 million"
        if re.match(
            r"\s+(?:\w+\s+){0,2}?(?:worldwide|globally|around the world)\b", sentence[match.end() :]
        ):
            continue  # "100 million people worldwide": not one country's figure
        if re.match(
            r"(?:\s+\w+){0,3}?\s+in the (?:past|last) (?:24 hours|day|hour)",
            sentence[match.end() :],
        ):
            continue  # "roughly 100,000 of them in the past 24 hours": a day's count, not a figure
        if re.match(
            r"\s+of them in \w+(?: \w+)? alone\b", sentence[match.end() - len(" of them") :]
        ):
            continue  # "1.7 million of them in May alone": a part counted by month
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
        quote = clip(sentence[match.start() : match.end() + (tail.end() if tail else 0)])
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
    # "Poland, where more than 3.5 million refugees have arrived"
    where = next((a for a in reversed(countries) if a.end <= match.start()
                  and re.fullmatch(r",\s+where\s+", sentence[a.end : match.start()])), None)  # fmt: skip
    if where:
        return where
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
        r"\b(?:in|into)\s+(the\s+)?(?:Republic of\s+)?$", sentence[max(0, a.start - 24) : a.start], re.I)
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
