"""The intake's reading of a whole text: each paragraph cut into sentences and clauses
(`reading`), each sentence read for figures about people (`figures`), sanctions (`sanctions`)
and, failing those, pledges (`aid`), with who acts (`places`) and the money, items and dates it
states (`numbers`, `items`). What a clause leaves out (who "it" is, which package "the package"
is, a date given a sentence earlier) is taken from the sentences before it (`reading.Context`),
and the draft's notes say so. Passes over the whole text then name the country it reports aid
to, the country whose "government" it means, and merge pledges told twice.
"""

import datetime
import re
from collections import Counter

from pledges.intake.aid import date_told_after, drop_headline_repeats, merge_repeats, pledge
from pledges.intake.drafts import Drafts
from pledges.intake.figures import figures
from pledges.intake.numbers import When, dates
from pledges.intake.places import Actor, actors
from pledges.intake.reading import (
    AT_EVENT,
    CARRY_SUBJECT,
    CORRECTION,
    DATELINE,
    EVENT,
    FACTBOX,
    OFFICES,
    QUESTION,
    TARGET_STATES,
    Context,
    acting_party,
    clauses,
    opens_with_headline,
    own_government,
    relative_date,
    sentences,
    starts_a_period,
)
from pledges.intake.sanctions import drop_summaries, sanctions


def extract(paragraph_texts: list[str], published: datetime.date | None) -> Drafts:
    drafts = Drafts()
    context = _whole_text_context(paragraph_texts, published)
    for number_, paragraph in enumerate(paragraph_texts, start=1):
        context.previous_paragraph, context.paragraph = context.paragraph, paragraph
        context.number = number_
        if FACTBOX.match(paragraph.strip()) or CORRECTION.match(paragraph):
            continue  # "By the numbers" lines and corrections restate what the text told
        for sentence in sentences(paragraph):
            _sentence(drafts, context, number_, paragraph, sentence)
        short = len(paragraph.split()) <= 15 or paragraph.rstrip().endswith(";")
        context.list_open = paragraph.rstrip().endswith(":") or (context.list_open and short)
    merge_repeats(drafts)
    drop_headline_repeats(drafts, paragraph_texts)
    drop_summaries(drafts, headline=opens_with_headline(paragraph_texts))
    return drafts


def _whole_text_context(paragraph_texts: list[str], published) -> Context:
    """What the whole text says before any sentence is read: the country it reports aid to and
    the one whose people flee, the country it is written from, the state under sanctions it is
    about, and the day it was filed; the actors of each paragraph found once for all of them."""
    named = [(paragraph, actors(paragraph)) for paragraph in paragraph_texts]
    countries = list(_countries_named(named))
    context = Context(published, recipient=_main_recipient(paragraph_texts, countries))
    context.homeland = next((a for _, a in countries if a.code == "UA"), None)
    context.home = _home_country(paragraph_texts, countries, context.recipient)
    context.target = _main_target(named)
    context.offices = _offices_named(named)
    context.filed = _filed_on(paragraph_texts, published)
    return context


def _offices_named(named: list[tuple[str, list[Actor]]]) -> dict[str, Actor]:
    """The offices the text names with their country ("the US Treasury"), each with the first
    country named so."""
    offices: dict[str, Actor] = {}
    for paragraph, found in named:
        for actor in found:
            office = OFFICE_AFTER.match(paragraph, actor.end)
            # not "The Ukrainian defence ministry said", "The Russian army shelled": the
            # recipient's or a target's office is no giver's
            if actor.kind == "country" and office and actor.code not in TARGET_STATES | {"UA"}:
                offices.setdefault(office.group(1).lower(), actor)
    return offices


OFFICE_AFTER = re.compile(rf"\s+({OFFICES})\b", re.IGNORECASE)


def _countries_named(named: list[tuple[str, list[Actor]]]):
    """Each country the paragraphs name (each paragraph with the actors it names), other than
    the sanctioned states, with its paragraph."""
    for paragraph, found in named:
        for actor in found:
            if actor.kind == "country" and actor.code not in TARGET_STATES:
                yield paragraph, actor


def _home_country(paragraph_texts: list[str], countries, recipient: Actor | None) -> Actor | None:
    """The country a report is written from, which says "the government" of its own: the one
    named far more often than any other giver (at least three times, more than the next), or
    the only one named beside the recipient and the states under sanctions (at least twice)."""
    filed = _written_from(paragraph_texts, recipient)
    if filed is not None:
        return filed
    counts: dict[str, list] = {}
    for _paragraph, actor in countries:
        if recipient is None or actor.key != recipient.key:
            counts.setdefault(actor.key, [0, actor])[0] += 1
    ranked = sorted(counts.values(), key=lambda entry: -entry[0])
    if len(ranked) == 1 and ranked[0][0] >= 2:
        # the only country named, twice or more, beside the recipient and the states under
        # sanctions: "my right honourable friend the Prime Minister" is its
        return ranked[0][1]
    if not ranked or ranked[0][0] < 3 or ranked[0][0] <= ranked[1][0]:
        return None
    return ranked[0][1]


def _written_from(paragraph_texts: list[str], recipient: Actor | None) -> Actor | None:
    """The country the text says it is written from: its dateline's, or its parliament's."""
    return (
        _filed_from(paragraph_texts, recipient)
        or _parliament_of(paragraph_texts)
        or _signed_from(paragraph_texts, recipient)
    )


def _signed_from(paragraph_texts: list[str], recipient: Actor | None) -> Actor | None:
    """The country whose capital a release's heading ends with: "Communication of the Ministry
    of the Interior and Administration, Warsaw"."""
    place = re.search(
        r"\b(?:Ministry|Office|Government|Department)\b[^.]*,\s+([A-Z][\w-]+)\s*$",
        paragraph_texts[0] if paragraph_texts else "",
    )
    named = actors(place.group(1)) if place else []
    if (
        len(named) == 1
        and named[0].how == "capital"
        and named[0].code not in TARGET_STATES
        and (recipient is None or named[0].key != recipient.key)
    ):
        return named[0]
    return None


def _filed_from(paragraph_texts: list[str], recipient: Actor | None) -> Actor | None:
    """The country whose capital a dateline names ("HOUSE OF COMMONS, LONDON, Tuesday"), when
    it is neither the recipient nor a state under sanctions."""
    for line in _datelines(paragraph_texts):
        for part in line.group("place").split(","):
            for actor in actors(part.strip().title()):
                if (
                    actor.how in ("capital", "name")
                    and actor.code not in TARGET_STATES
                    and (recipient is None or actor.key != recipient.key)
                ):
                    return actor
    return None


# The Speaker addressed in a statement to the Commons: "With permission, Mr Speaker".
SPEAKER_WORDS = r"(?:Mr\.?|Madam)\s+(?:Deputy\s+)?Speaker"
# A statement made in a parliament, whose "we" is that country's government: "House of Commons,
# Tuesday 15 March 2022. Oral statement by the Minister for Europe", "Mr Speaker", "the Bundestag".
PARLIAMENTS = {
    "United Kingdom": rf"House of Commons|House of Lords|{SPEAKER_WORDS}",
    "Germany": r"Bundestag",
    "Ireland": r"D[aá]il(?: [EÉ]ireann)?|Oireachtas|Ceann Comhairle",
    "Poland": r"Sejm",
    "Sweden": r"Riksdag",
    "Norway": r"Storting",
    "Denmark": r"Folketing",
}


def _opens_in(paragraphs_: list[str], words: str) -> bool:
    """Whether a paragraph opens with the parliament's name ("House of Commons, Tuesday 15
    March") or addresses its Speaker; not "Zelenskyy addressed the Bundestag"."""
    return any(
        re.match(rf"\W*(?:{words})\b", p)
        or (re.search(rf"\b(?:{words})\b", p) and SPEAKER.search(p))
        for p in paragraphs_
    )


SPEAKER = re.compile(rf"\b{SPEAKER_WORDS}\b")


def _parliament_of(paragraph_texts: list[str]) -> Actor | None:
    """The country whose parliament the text's opening is a statement in: a Commons statement is
    Canada's when it names Canada or Ottawa and not London, else the United Kingdom's."""
    opening = "\n".join(paragraph_texts[:3])
    name = next(
        (n for n, words in PARLIAMENTS.items() if _opens_in(paragraph_texts[:3], words)), None
    )
    if (
        name == "United Kingdom"
        and re.search(r"\b(?:Canad\w*|Ottawa)\b", "\n".join(paragraph_texts))
        and not re.search(r"\b(?:London|Westminster|United Kingdom|Britain|British)\b", opening)
    ):
        name = "Canada"
    return next(iter(actors(name)), None) if name else None


def _datelines(paragraph_texts: list[str]):
    """The datelines of the text's first two paragraphs (its headline may come first)."""
    for paragraph in paragraph_texts[:2]:
        line = DATELINE.match(paragraph)
        if line:
            yield line


def _filed_on(paragraph_texts: list[str], published: datetime.date | None) -> When | None:
    """The day a dateline says the text was filed: "WASHINGTON, June 23, 2022 —"."""
    for line in _datelines(paragraph_texts):
        if line.group("filed"):
            found = [w for w in dates(line.group("filed"), published) if w.on]
            return found[0] if found else None
    return None


# "aid to", "help", "promised": words before the country a pledge goes to.
GIVEN_TO = re.compile(r"\b(?:to|for|help|promis\w*|pledg\w*|gave|give|lent)\s+(?:the\s+)?$")


def _main_recipient(paragraph_texts: list[str], countries) -> Actor | None:
    """The country the text reports aid to: Ukraine when named, unless the opening gives to
    another ("Donors promise Moldova €659.5 million"), or another is named more often after
    "to", "for" or "help" and in the headline ("Who is paying to keep Moldova's lights on?");
    else the one most often named so."""
    counts = _given_to_counts(countries)
    if not counts:
        return None
    most = max(counts.values(), key=lambda entry: entry[0])
    ukraine = counts.get("UA")
    if not ukraine:
        return most[1]
    named, given = _named_in_opening(paragraph_texts)
    if "UA" in given:
        return ukraine[1]
    if most[1].code in given or (most[0] > max(ukraine[0], 1) and most[1].code in named):
        return most[1]
    return ukraine[1]


def _given_to_counts(countries) -> dict[str, list]:
    """For each country named after words of giving, and Ukraine wherever named: how often it
    is named so, and where first."""
    counts: dict[str, list] = {}
    for paragraph, actor in countries:
        weight = 1 if GIVEN_TO.search(paragraph[max(0, actor.start - 10) : actor.start]) else 0
        if weight or actor.code == "UA":
            entry = counts.setdefault(actor.code, [0, actor])
            entry[0] += weight
    return counts


def _named_in_opening(paragraph_texts: list[str]) -> tuple[set[str], set[str]]:
    """The countries a headline names (a short first paragraph, even one that asks a question),
    and those the opening paragraph (headline or lede) names as given to."""
    first = paragraph_texts[0]
    opening = actors(first) if len(paragraph_texts) > 1 else []
    named = {a.code for a in opening} if len(first.split()) <= 20 else set()
    return named, {a.code for a in opening if GIVEN_TO.search(first[: a.start])}


def _main_target(named: list[tuple[str, list[Actor]]]) -> Actor | None:
    """The state under sanctions the text names most (the first of those named as often): what
    a measure that names no target is on. Not "the Iranian-made drones" of an article about
    Russia."""
    targets = [a for _, found in named for a in found if a.code in TARGET_STATES]
    counts = Counter(a.code for a in targets)
    return max(targets, key=lambda a: counts[a.code], default=None)


def _sentence(drafts: Drafts, context: Context, number_: int, paragraph: str, sentence: str):
    """One sentence read: its figures, sanctions and pledges drafted, and who acts in it and
    when noted in `context` for the sentences after it."""
    context.previous_sentence, context.sentence = context.sentence, sentence
    people = figures(drafts, context, number_, sentence)
    if QUESTION.search(sentence):
        _note_question_date(context, number_, sentence)
        return  # "Q: How many guns?": an interviewer's question states nothing
    _records(drafts, context, number_, paragraph, sentence, people)
    subject = _subject(context, number_, sentence)
    _note_dates(context, number_, sentence, subject, _stated_dates(sentence, context))


def _note_question_date(context: Context, number_: int, sentence: str) -> None:
    """ "Q: What did the council decide on Monday?": the day the answer in the next paragraph
    tells of."""
    stated = [w for w in _stated_dates(sentence, context) if w.on]
    if stated:
        when = stated[0]
        note = f"The date is the one the question before states ({when.words.strip()})."
        context.floating_date = (number_ + 1, type(when)(when.on, when.precision, when.words,
                                 when.start, when.end, " ".join(filter(None, [when.note, note]))))  # fmt: skip


def _records(
    drafts: Drafts, context: Context, number_: int, paragraph: str, sentence: str, people
) -> None:
    """The sentence's sanctions drafted, or failing those the pledges of each of its clauses."""
    if sanctions(drafts, context, number_, sentence):
        return
    for text in clauses(sentence):
        pledge(drafts, context, number_, paragraph, sentence, text, people)


def _subject(context: Context, number_: int, sentence: str) -> Actor | None:
    """The party the sentence names as acting, kept as the last subject (and as the text's
    author when it is the first)."""
    subject = acting_party(sentence, actors(sentence), context) or own_government(sentence, context)
    if subject:
        context.last_subject = (number_, subject)
        context.author = context.author or subject
    return subject


def _stated_dates(sentence: str, context: Context) -> list[When]:
    """The dates the sentence states, or the one it counts from a date stated before ("the same
    day"); those in a "who" clause left out where others remain."""
    stated = dates(sentence, context.published)
    if not stated:
        counted = relative_date(sentence, context)
        stated = [counted] if counted else []
    # not "Johnson, who hands over to a successor on Sept. 6, made a trip on Wednesday"
    told = [
        w for w in stated if not re.search(r"\b(?:who|which)\b[^,;]{0,40}$", sentence[: w.start])
    ]
    return [w for w in told or stated if not starts_a_period(sentence, w)]


def _owner(context: Context, sentence: str, subject: Actor | None) -> Actor | None:
    """Whose the sentence's date is: its subject, or the last one when the sentence carries it
    on ("It also ...")."""
    if subject:
        return subject
    if context.last_subject and CARRY_SUBJECT.search(sentence):
        return context.last_subject[1]
    return None


def _joined_with(sentence: str, subject: Actor) -> list[Actor]:
    """The parties the sentence opens with beside its subject: "Belgium and Sweden followed on
    Sunday" dates Sweden's pledges told after it too."""
    opening = re.match(
        r"\W*((?:[A-Z][\w.'’-]*\s*)+(?:,\s*(?:[A-Z][\w.'’-]*\s*)+)*\s+and\s+(?:[A-Z][\w.'’-]*\s*)+)\s+[a-z]",
        sentence,
    )
    if not opening:
        return []
    return [a for a in actors(opening.group(1)) if a.key != subject.key and a.kind == "country"]


def _note_dates(
    context: Context, number_: int, sentence: str, subject: Actor | None, stated: list[When]
) -> None:
    """The sentence's first date kept as its owner's (or as a date of nobody's), as the last the
    text stated, and as the day of the gathering it names."""
    first = stated[0] if stated and stated[0].on else None
    owner = _owner(context, sentence, subject)
    if first and owner:
        context.last_date.update(
            {party.key: (number_, first) for party in [owner, *_joined_with(sentence, owner)]}
        )
    context.floating_date = (number_, first) if first and not owner else None
    date_told_after(context, number_, sentence, stated)
    if first:
        _note_last_date(context, number_, sentence, first)


def _note_last_date(context: Context, number_: int, sentence: str, first: When) -> None:
    """The sentence's first date kept as the last the text stated, its first day, and the day of
    the gathering it names."""
    context.last_any_date = (number_, first)
    if context.first_day is None and first.precision in ("day", "derived"):
        context.first_day = first
    _note_event(context, number_, sentence, first)


ATTENDED = re.compile(
    rf"\b(?:told|addressed|addressing|telling|welcomed|welcoming)\s+(?:the\s+)?(?:{AT_EVENT})"
    r"(?:\s+(?:in|at)\s+(?P<place>[A-Z][a-z]+))?"
)


def _note_event(context: Context, number_: int, sentence: str, when: When) -> None:
    """A gathering named near the date ("Thursday's donors' conference in Warsaw"), kept with
    its day."""
    # near the date, or anywhere in a sentence that states no other date ("promised on Tuesday
    # ..., as the United States hosted the first meeting of a new contact group")
    alone = len({w.on for w in dates(sentence, context.published)}) == 1
    event = next(
        (m for m in EVENT.finditer(sentence) if alone or abs(m.start() - when.start) < 50), None
    )
    if event:
        context.event = (number_, when, event.group("noun").lower(), event.group("place"))
        return
    # "When Maia Sandu told delegates in Paris on Monday": a gathering told by who attends it
    attended = next(
        (m for m in ATTENDED.finditer(sentence) if abs(m.end() - when.start) < 30), None
    )
    if attended:
        context.event = (number_, when, "gathering", attended.group("place"))
