"""Figures about people: refugees who fled, refugees a country hosts, people displaced at home,
casualties; numbers of people never become money."""

import re

from pledges.intake.drafts import Draft
from pledges.intake.numbers import NUMBER, SCALE, SPACED, money, number, scaled
from pledges.intake.places import Actor, actors, in_sentence
from pledges.intake.reading import QUALIFIED, QUALIFIERS, TIMESTAMP, clip

_qualifier = "|".join(f"(?P<{name}>(?i:{words}))" for name, words in QUALIFIERS)


PEOPLE_WORDS = (
    r"people|refugees|persons|civilians|Ukrainians|children|residents|migrants|evacuees|"
    r"internally displaced|deaths|casualties|arrivals|citizens|nationals"
)


PEOPLE_NUMBER = re.compile(
    # "6.5mn people", "2.5m people": the scale may follow the figures without a space
    rf"(?:\b(?:{_qualifier})\s+)?(?<![\w.,])(?P<number>{SPACED}|{NUMBER})(?:(?<=\d)(?P<scale>mn|bn|m)\b|\s+(?P<scale2>{SCALE}))?"
    rf"(?P<rest>\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE_WORDS})\b"
    r"|\s+of\s+them\b|\s+(?:were\s+)?(?:killed|injured|wounded|dead)\b"
    r"|\s+(?:are|were|have been|had been)\s+(?:now\s+)?(?:internally\s+)?(?:displaced|uprooted|homeless)\b"
    r"|\s+(?:are|were|remain|remained)\s+(?:still\s+)?(?:in the country|there)\b"
    r"|\s+(?:more\s+|others?\s+|of them\s+)?(?:have|had|has)\s+(?:now\s+)?"
    r"(?:been\s+)?(?:fled|left|crossed|displaced|killed|forced|driven|uprooted|arrived)"
    # "Some 1.4 million registered for temporary protection in Poland"
    r"|\s+(?:have\s+|had\s+)?(?:registered|applied)\s+for\s+(?:temporary|national)\s+protection)"
)


# "Poland has received ..., more than 1.8 million": a bare number where the sentence is about
# people who fled and a country that takes them in.
BARE_PEOPLE = re.compile(
    rf"(?:\b(?:{_qualifier})\s+)?(?<![\w.,$€£¥])"
    r"(?P<number>(?:\d+(?:\.\d+)?|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten))(?=\s+million\b)"
    r"|\d{1,3}(?:,\d{3})+)(?:\s+(?P<scale>million))?"
    # "... 7.7 million by mid-April and just over 8 million in early May": a series of counts
    r"(?=\s*[,.;]|\s+of\s+them|\s+and\b|\s+(?:by|in|on)\s+(?:early\s+|mid-?|late\s+)?[A-Z\d]|\s+in the round|\s*$"
    r"|\s+who\s+have\s+(?:registered|applied|arrived|fled)"  # "hosts more than 1.5 million who have registered"
    # "more than 6.6 million are recorded as refugees across Europe", "6 million have fled"
    r"|\s+(?:are|were|have been)\s+(?:now\s+)?(?:recorded|registered|counted|listed)\s+as\s+refugees\b"
    r"|\s+(?:have|had)\s+(?:now\s+)?fled\b)"
)


# "killing 21 people and injuring 38": a count of the wounded after its verb, its people said
# once before.
HURT_AFTER_VERB = re.compile(
    rf"\b(?:injuring|wounding|killing|killed|injured|wounded)\s+(?:(?:{_qualifier})\s+)?(?P<number>{NUMBER})"
    rf"(?:\s+(?P<scale>{SCALE}))?(?=\s*(?:[,.;]|and\b|$)|(?:\s+[\w-]+)?\s+(?:{PEOPLE_WORDS}|workers|farmers)\b)"
)


HOSTING = re.compile(
    r"\W*(?:\w+\W+){0,4}?(?:has|had|have|is|was)?\s*(?:(?:already|so far|now|since)\s+)?(?:taken in|took in|recorded|"
    r"received|hosts|host\b|hosted|is hosting|hosting|welcomed|sheltered|shelters|registered|admitted|accepted|issued|"
    r"granted (?:temporary )?protection)",
    re.IGNORECASE,
)


# A sentence that opens in a place: "In Germany, the Federal Police had registered ...".
IN_OPENING = re.compile(r"\W*(?:Here\s+)?[Ii]n\s+(?:the\s+)?")  # "Here in the UK, ..."


# People registered or granted protection: counted where the count is kept.
REGISTERED = re.compile(
    r"^\s+(?:\w+\s+){0,4}?(?:have|has|had)\s+(?:now\s+)?been\s+(?:registered|granted)\b"
)


FIGURE_KINDS = [
    ("displaced", r"displaced|uprooted|homeless|(?:forced|driven) from their homes|remain(?:ed|ing)? in the country|"
                  r"inside the country|within the country|internally"),
    ("casualties", r"killed|killing|dead|deaths|died|wounded|injured|casualties"),
    ("refugees_hosted", r"arrived in|entered|crossed into|taken in|took in|hosts?|hosting|stayed|remained|"
                        r"sheltering|registered|recorded|received|arrivals|arriving|arrived|still there|still in|staying|shelters|live in|living in|crossed (?:its|their) border|"
                        r"granted (?:temporary )?protection|granted asylum|applied for (?:temporary )?protection|"
                        r"admitted|accepted|(?:had|have|has) reached"),
    ("fled_abroad", r"fled|flee|fleeing|left|leaving|crossed|refugees|exodus|escaped|out of|flight abroad|"
                    r"(?:seek|sought|seeking|find|found|finding) refuge"),
]  # fmt: skip


def figures(drafts, context, number_, sentence) -> list[tuple[int, int]]:
    """Draft the figures about people a sentence states; returns where their numbers are, which
    are never money."""
    spans = []
    money_spans = [(m.start, m.end) for m in money(sentence)]
    bare = _bare_numbers(context, sentence)
    for match in [*PEOPLE_NUMBER.finditer(sentence), *HURT_AFTER_VERB.finditer(sentence), *bare]:
        if any(a <= match.start("number") < b for a, b in money_spans + spans):
            continue
        if re.search(rf"\b(?:{NUMBER})\s+(?:in|out of)\s+$", sentence[: match.start("number")]):
            continue  # "seven in ten of them": a share, not a count
        fields = _figure(context, sentence, match, match in bare)
        if fields is None:
            continue
        tail = re.match(r"(?:\s+(?!(?:and|or|while)\b)[\w’'-]+){0,3}", sentence[match.end() :])
        quote = clip(sentence[match.start() : match.end() + (tail.end() if tail else 0)])
        drafts.figures.append(Draft("figure", fields, number_, quote, [], {}, []))
        spans.append((match.start(), match.end()))
    return spans


def _bare_numbers(context, sentence) -> list[re.Match]:
    """The bare numbers of a sentence about people who fled ("Poland has received ..., more than
    1.8 million"), leaving out a country's population."""
    if not _about_refugees(context, sentence):
        return []
    return [m for m in BARE_PEOPLE.finditer(sentence)
            if not re.search(r"(?:population|country|nation) of\s+(?:\w+\s+)?$",
                             sentence[: m.start()])]  # fmt: skip


def _about_refugees(context, sentence) -> bool:
    """Whether the sentence is about people who fled: it says so, it goes on with the count the
    sentence before began, or it names a country taking in the people the text is about."""
    told = re.search(
        r"\b(?:refugees|fled|fleeing|crossed|displaced|flight abroad|leaving|left|arrivals)\b",
        sentence,
        re.I,
    )
    if told:
        return True
    # "That rose to 7.7 million by mid-April": the series the sentence before began
    if re.match(r"\W*(?:That|This|It|The (?:figure|number|count|toll))\b", sentence) and re.search(
        r"\b(?:refugees|fled|displaced)\b", context.previous_sentence, re.I
    ):
        return True
    return bool(
        HOSTING.search(sentence)
        and re.search(
            r"\b(?:people|refugees|left|fled)\b", context.previous_sentence + context.paragraph
        )
    )


def _figure(context, sentence, match, bare: bool) -> dict | None:
    """The fields of the figure a number of people states, or None where it states no figure."""
    value = _people_count(match)
    if value is None:
        return None
    kind = _figure_kind(sentence, match, bare)
    if kind is None or (value < 10 and kind != "casualties"):
        return None  # "five refugees" is a story, not a figure; "seven killed" is one
    if _not_a_figure(sentence, match):
        return None
    kind, country, about = _whose(context, sentence, match, kind)
    if country is None:
        return None
    return _figure_fields(match, kind, value, country, about)


def _people_count(match) -> int | None:
    """The number of people a match states, or None for one person or a fraction."""
    value = number(match.group("number"))
    if value is None:
        return None
    groups = match.groupdict()
    scale = groups.get("scale") or groups.get("scale2")
    if match.group("number").lower() in ("a", "an", "half a", "one") and not scale:
        return None  # "one person" is a story; "one million people" a figure
    if scale:
        value = scaled(value, scale)
    if value != int(value):
        return None
    return int(value)


def _figure_kind(sentence, match, bare: bool) -> str | None:
    """The kind of figure the words nearest the number name, then those around it, then, for a
    bare number, the whole sentence's."""
    # "5.9 million remain displaced inside Ukraine, and some 7.8 million refugees": the nearest
    # words are those of the number's own clause
    near = max(0, match.start() - 40)
    breaks = list(re.finditer(r";|,\s+(?:and|while|but|whereas)\s", sentence[near : match.start()]))
    near += breaks[-1].end() if breaks else 0
    far = match.end() + 40
    after = re.search(r";|,\s+(?:and|while|but|whereas)\s", sentence[match.end() : far])
    places = [
        sentence[near : match.end() + after.start() if after else far],
        sentence[max(0, match.start() - 60) : match.end() + 120],
        # "granted temporary protection under the EU's directive to more than 45,000 people"
        sentence[max(0, match.start() - 120) : match.start()],
    ]
    if bare:
        places.append(sentence)  # the sentence is about hosts: its verb says which
    for words in places:
        kind = _kind_named(words)
        if kind is not None:
            return kind
    return None


def _kind_named(text) -> str | None:
    """The first kind of figure whose words `text` uses."""
    return next((name for name, words in FIGURE_KINDS
                 if re.search(rf"\b(?:{words})", text, re.I)), None)  # fmt: skip


def _not_a_figure(sentence, match) -> bool:
    """Whether a number of people is a part, a share, an offer or a day's count rather than a
    country's figure."""
    before = QUALIFIED.sub("", sentence[: match.start()])
    after = sentence[match.end() :]
    if re.search(
        r"\b(?:of the country['’]s|of its|of a|population of|(?:a|the) nation of|(?:a|the) country of)"
        r"(?:\s+(?:estimated|total|pre-war|entire))?\s+$"
        r"|\b(?:feed|reach|help|support|assist|serve|vaccinate|treat)\w*\s+(?<!\btoll had reached )$"
        r"|\b(?:transferred|paid|distributed|gave|given)\b[^.;]{0,60}\bto\s+(?:up to\s+)?$",
        before,
    ) and not re.search(r"\b(?:killed|dead|deaths|injured|wounded)\b", match.group(0)):
        return True  # "the country's estimated 7.5 million children", "to feed 3.1 million"
    if re.match(r"\s+(?:\w+\s+){0,2}?(?:worldwide|globally|around the world)\b", after):
        return True  # "100 million people worldwide": not one country's figure
    if re.match(r"(?:\s+\w+){0,3}?\s+in the (?:past|last) (?:24 hours|day|hour)", after):
        return True  # "roughly 100,000 of them in the past 24 hours": a day's count, not a figure
    if re.match(r"\s+of them in \w+(?: \w+)? alone\b", sentence[match.end() - len(" of them") :]):
        return True  # "1.7 million of them in May alone": a part counted by month
    # "would welcome up to 100,000 Ukrainians": an offer, not a count
    return bool(
        re.search(
            # not "continuing to host more than 100,000 people": a count kept up
            r"\b(?:would|will|(?<!continue )(?<!continues )(?<!continuing )(?<!continued )to|could|ready to)"
            r"\s+(?:\w+\s+){0,2}?(?:welcome|take in|accept|admit|"
            r"resettle|host|receive)\s+$",
            before,
        )
    )


def _whose(context, sentence, match, kind) -> tuple[str, Actor | None, Actor | None]:
    """Whose figure it is: its kind (refugees hosted or fled abroad, as the sentence names a
    host or none), the country it counts, and where its people come from if they are hosted."""
    found = actors(sentence)
    # "In Poland, ... a blast which killed two farm workers": where the people were killed
    there = _host_opening(sentence, [a for a in found if a.kind == "country"], match)
    if kind == "casualties" and there is not None:
        return kind, there, None
    origin = _origin(sentence, found) or context.homeland or context.recipient
    host = (
        None
        if ACROSS.match(sentence[match.end() :])
        else (
            _host(sentence, found, match, origin)
            or _registered_here(context, sentence, match, origin)
        )
    )
    kind = _hosted_or_fled(sentence, match, kind, found, host)
    if kind == "refugees_hosted":
        return kind, host, origin
    return kind, origin, None


# "6.3 million refugees ... recorded across Europe": in many countries, not the report's own.
ACROSS = re.compile(
    r"[^.;]{0,60}?\b(?:across|throughout)\s+(?:Europe|the (?:continent|region|EU))\b"
)


def _registered_here(context, sentence, match, origin) -> Actor | None:
    """The host the sentence before was about, or, for people "registered" with no country
    named, the country the report is written from ("more than one million people from Ukraine
    have been registered in the Central Register of Foreigners", in a report from Germany)."""
    host = _host_told_before(context, sentence, origin)
    if host is None and REGISTERED.search(sentence[match.end() :]):
        return context.home
    return host


def _origin(sentence, found) -> Actor | None:
    """The country people fled: named after "fled", "left", "from" or "of"."""
    return next((a for a in found if re.search(r"\b(?:fled|left|from|fleeing|of)\s+(the\s+)?$",
                 sentence[max(0, a.start - 12) : a.start], re.I)
                 and not re.search(r"Republic of\s+$", sentence[: a.start])), None)  # fmt: skip


def _host_told_before(context, sentence, origin) -> Actor | None:
    """The country the sentence before was about, where this one goes on about its people:
    "Moldova ... ; about 100,000 of them have stayed"."""
    if not context.last_subject or not re.search(
        r"\b(?:of them|stayed|remained|its|the country['’]s|in the country|the country,?\s+(?:which|that)|"
        r"have arrived|had arrived)\b",
        sentence,
    ):
        return None
    previous = context.last_subject[1]
    if previous.kind == "country" and (origin is None or previous.key != origin.key):
        return previous
    return None


def _hosted_or_fled(sentence, match, kind, found, host) -> str:
    """The kind of a figure of refugees as its host says: none named, they fled abroad; named
    after the number or before a verb of hosting, they are hosted there."""
    if kind == "refugees_hosted" and host is None:
        return "fled_abroad"
    if (
        host is not None
        and kind == "fled_abroad"
        and (
            (host in found and host.start > match.start())
            or HOSTING.match(sentence[host.end : match.start()])
        )
    ):
        return "refugees_hosted"  # "half a million of them to Poland", "Poland has received"
    return kind


def _figure_fields(match, kind, value, country, about) -> dict:
    """A figure's fields, with the qualifier its number is stated with ("more than")."""
    qualifier = next((name for name, _ in QUALIFIERS if match.group(name)), "exact")
    return {
        "country": country.name, "country_code": country.code,
        "about": about.name if about else None, "about_code": about.code if about else None,
        "kind": kind, "value": value, "qualifier": qualifier, "unit": "people",
        "description": _describe_figure(kind, country, about),
    }  # fmt: skip


def _host(sentence, found, match, origin) -> Actor | None:
    """The country that takes the people in: named before a verb of hosting ("Poland has
    received"), or after "in" or "into"."""
    countries = [a for a in found if a.kind == "country" and (origin is None or a.key != origin.key)]  # fmt: skip
    for rule in HOST_RULES:
        host = rule(sentence, countries, match)
        if host is not None:
            return host
    return None


def _host_before_its_number(sentence, countries, match) -> Actor | None:
    """ "Romania has received 608,936, and Moldova, a country of 2.6 million, 387,151": the verb
    is said once for each country named right before its number."""
    gapped = next((a for a in reversed(countries) if a.end <= match.start()
                   and re.fullmatch(r"\s*|,\s+[^,]{0,80},\s*", sentence[a.end : match.start()])), None)  # fmt: skip
    if gapped and HOSTING.search(sentence[: gapped.start]):
        return gapped
    return None


def _host_before_verb(sentence, countries, match) -> Actor | None:
    """The country named before a verb of hosting: "Poland has received"."""
    return next((a for a in reversed(countries) if a.end <= match.start()
                 and HOSTING.match(re.sub(r"^,\s+[^,]{0,100},", "", sentence[a.end : match.start()]))),
                None)  # fmt: skip


def _host_where(sentence, countries, match) -> Actor | None:
    """The country a "where" follows: "Poland, where more than 3.5 million refugees have
    arrived"."""
    return next((a for a in reversed(countries) if a.end <= match.start()
                 and re.fullmatch(r",\s+where\s+", sentence[a.end : match.start()])), None)  # fmt: skip


def _host_of_them(sentence, countries, match) -> Actor | None:
    """The country right after "of them to" or "of whom in": "half a million of them to
    Poland", the number's own host."""
    them = re.match(
        r"(?:\s+of (?:them|whom))?\s+(?:\w+\s+)?(?:to|into|in)\s+(?:the\s+)?",
        sentence[match.end() :],
    )
    if not them or not re.search(r"\bof (?:them|whom)\b", match.group(0) + them.group(0)):
        return None
    return next((a for a in countries if a.start == match.end() + them.end()), None)


def _host_opening(sentence, countries, match) -> Actor | None:
    """The country the sentence opens in, before the number: "In Germany, the Federal Police
    had registered more than 10,000 war refugees"."""
    stamp = TIMESTAMP.match(sentence)  # "12:02 - In Poland": a live report's entry
    opening = IN_OPENING.match(sentence, stamp.end() if stamp else 0)
    if not opening:
        return None
    named = next((a for a in countries if a.start == opening.end()), None)
    if named and named.end < match.start():
        return named
    return None


def _host_after_in(sentence, countries, match) -> Actor | None:
    """The country named after "in" or "into" after the number, unless only some of the people
    are there."""
    return next((a for a in countries if a.start > match.start() and re.search(
        r"\b(?:in|into)\s+(the\s+)?(?:Republic of\s+)?$", sentence[max(0, a.start - 24) : a.start], re.I)
        and not re.search(r"\b(?:most|many|half|some|the majority) of them\b[^,;]*$",
                          sentence[match.end() : a.start])
        # "7.8 million refugees across Europe, about 1.5 million of them in Poland": the part's host
        and not re.search(r"\d[\d.,]*\s*(?:million|thousand)?\s+of them\b", sentence[match.end() : a.start])
        # "..., and roughly 1.5 million people have registered in Poland": another clause's host
        # "..., including some 1.4 million registered ... in Poland": a part's host
        and not re.search(r"(?:;|,\s+(?:and|while|but|whereas|including)\s)[^;]*\d",
                          sentence[match.end() : a.start])),
        None)  # fmt: skip


# Where a sentence names the country that takes its people in, in the order they are tried.
def _host_of_which(sentence, countries, match) -> Actor | None:
    """The country a "which" clause says hosts the people: "the Republic of Moldova, which is
    facing a serious energy crisis while continuing to host more than 100,000 people"."""
    return next((a for a in reversed(countries) if a.end <= match.start() and re.fullmatch(
        r",\s+which\s+[^.;,]{0,100}?\b(?:hosts?|hosting|has taken in|has received|shelters)\s+",
        QUALIFIED.sub("", sentence[a.end : match.start()]))), None)  # fmt: skip


HOST_RULES = (
    _host_before_its_number,
    _host_before_verb,
    _host_of_which,
    _host_where,
    _host_of_them,
    _host_opening,
    _host_after_in,
)


def _describe_figure(kind, country, about) -> str:
    place = in_sentence(country.name, country.kind)
    origin = in_sentence(about.name, about.kind) if about else "abroad"
    return {
        "fled_abroad": f"People who have fled {place}.",
        "refugees_hosted": f"Refugees from {origin} in {place}.",
        "displaced": f"People displaced within {place}.",
        "casualties": f"People killed or wounded in {place}.",
    }[kind]
