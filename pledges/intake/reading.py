"""How the intake reads a text: paragraphs cut into sentences and clauses, what the sentences
read so far say for the clauses that leave it out (`Context`), and the words every kind of record
is read by: who acts, negations, qualifiers, dates counted from other dates, parts of a text that
state nothing (questions, boxes of figures)."""

import datetime
import re
from dataclasses import dataclass, field

from pledges.intake.drafts import Draft
from pledges.intake.numbers import NUMBER, number
from pledges.intake.places import DATED_PLACE, TARGET_STATES, Actor, actors

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


# "No. 10" is a number, but "No. At the G7 summit ..." an answer and the next sentence
SENTENCE_END = re.compile(rf"(?<=[.!?]){ABBREVIATIONS}[”\"’]?\s+(?=[“\"‘A-Z]|(?<!\bNo\.\s)\d)")


# "together with a further EUR 5 million": a second sum of the same giver, not a second giver.
WITH_A_FURTHER_SUM = r"\s+with\s+(?:a\s+further|another|an\s+additional)\s+(?:[$€£]|[A-Z]{3}\s|\d)"
CLAUSE_BREAK = re.compile(
    r",?\s+(?:while|whereas)\s+|;\s+|,\s+(?:and|but)\s+(?=(?:the\s+)?[A-Z][a-z])|\s+and\s+(?=to\s+\w+\b)"
    # "..., Estonia handed over Javelins": a new subject and its own verb
    r"|,\s+(?=(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:has|have|had|will|would|is|are|was|were|also|[a-z]+ed)\b)"
    # "Oslo has already sent 4,000 M72s, and it gave about 100 Mistral missiles": a second pledge
    r"|,\s+and\s+(?=(?:it|they|he|she|we)\s+(?:also\s+)?[a-z]+(?:ed|ave|ent|ave)\b)"
    # "In February, Denmark pledged 2,700 ..., and in May the government decided to give ...":
    # a second pledge at a time of its own
    # (or "..., and in June the Ukrainian side signed a contract": a subject of two words)
    r"|,\s+and\s+(?=in\s+(?:early\s+|late\s+|mid-)?[A-Z][a-z]+\s+(?:the\s+)?[A-Za-z]+(?:\s+[a-z]+)?\s+(?:has|had|have|will|would|[a-z]+ed)\b)"
    # "EU widens sanctions on Belarus as Berlin clears 2,700 missiles": a second subject's news
    r"|(?<!such)(?<!known)(?<!so)\s+as\s+(?=(?:the\s+)?[A-Z][a-z]+\s+(?:[a-z]+s|has|have|will|would)\b)"
    # "Austin said that Greece had offered ..., that Germany had pledged ..., and that Poland had
    # committed ...": each party's own report
    r"|,\s+(?:and\s+)?that\s+(?=(?:the\s+)?[A-Z][a-z]+\s+(?:has|had|have|will|would|[a-z]+ed)\b)"
    # (not "... and that Ukraine would also get 300 drones": the same giver's, told by what comes)
    r"|\s+and\s+that\s+(?!(?:the\s+)?[A-Z][a-z]+\s+(?:would|will)\s+(?:also\s+)?(?:get|receive|obtain)\b)"
    r"(?=(?:the\s+)?[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+(?:has|had|have|will|would|[a-z]+ed)\b)"
    # "EUR 85 million for civilians inside Ukraine, together with a further EUR 5 million for the
    # refugee response in the Republic of Moldova": a second sum, for a place of its own
    rf"|,\s+(?=together{WITH_A_FURTHER_SUM})"
    # "... as a law rather than a bill: President Biden signed the $40 billion package"
    r"|:\s+(?=(?:[A-Z][a-z]+\s+){1,3}(?:has|have|had|will|would|[a-z]+ed)\b)"
)


NEGATED = re.compile(
    r"(?:\b(?:not|never|no|without|cannot|refused|declined|ruled out|rejected)|n['’]t)\s+(?:\w+\s+)?$",
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


CARRY_SUBJECT = re.compile(
    r"^\W*(?:and\s+)?(?:it|its|they|we|our|the country|the government|the bloc|the package|"
    r"the aid|the assistance|this|these|the shipment|the funds|the money|the new package|"
    r"the latest|the announcement|to\s+\w+|also|"
    r"the (?:prime |foreign |defen[cs]e |finance )?minister|the president|the chancellor)\b",
    re.IGNORECASE,
)


GOVERNMENT_OF = re.compile(
    r"\b(?:government|ministry|cabinet|parliament|president|prime minister|chancellor|"
    r"(?:foreign|defen[cs]e|finance) minister|minister|people)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A sentence's opening phrase that sets the scene before its subject: "Speaking in Brussels after
# emergency NATO and G7 summits on Thursday, ...".
LEAD_PHRASE = re.compile(
    # "Speaking after ...", not the name "Downing Street" nor "Beijing said"
    r"\W*(?:[A-Z][a-z]+ing(?=\s+(?!(?:said|says|has|have|had|is|was|will|would)\b)[a-z])|After|"
    r"Before|During|Following|Ahead of|Despite|Amid)\b(?:(?![$€£¥])[^,;]){0,150},\s*"
    # "On 21 January, once Washington cleared the transfer, Estonia said": a condition first
    r"|\W*(?:On|In|By)\s+[^,;]{1,30},\s+(?:once|when|after|as soon as|although|though|while|because)"
    r"\b[^,;]{0,150},\s*"
)


# A dated gathering where pledges are made: "Thursday's donors' conference in Warsaw".
EVENT = re.compile(
    r"\b(?P<noun>conference|summit|meeting|talks|gathering|forum|fundraiser|telethon|visit|briefing|"
    r"(?<=pledging )event|(?<=closing )event|(?<=donor )event)\b"
    r"(?:\s+(?:in|at)\s+(?P<place>[A-Z][a-z]+))?",
    re.IGNORECASE,
)


# "14:05 —": the time of a live report's entry, whose day is the day of publication.
TIMESTAMP = re.compile(
    r"^\W*(?:(?:Update|Updated|Latest)\b,?\s*)?(?P<time>\d{1,2}[:.]\d{2})"
    r"(?:\s*(?:GMT|BST|CET|CEST|EET|UTC|ET|a\.m\.|p\.m\.))?(?:\s*[—–:-]|\s+(?=[A-Z]))"
)


# "WASHINGTON, Oct 5 (Wire) -", "HOUSE OF COMMONS, LONDON, Tuesday 28 June 2022 —": where and
# when a report was filed, not what it reports.
DATELINE = re.compile(
    # "RAMSTEIN AIR BASE, Germany (Reuters) -": the place, its country, the agency
    r"^\W*(?P<place>[A-Z][A-Z .,'’-]+?)(?:,\s+[A-Z][a-z]+(?=\s*\())?(?:,\s+(?P<filed>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|"
    r"[A-Z][a-z]+,?\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?\s*(?:\([^)]{1,30}\)\s*)?[-–—]+\s+"
)


# A time the clause gives without a date: "even before the invasion", "last year".
OTHER_TIME = re.compile(
    r"\b(?:(?:before|prior to) the (?:invasion|war|attack)|even before|last year|previously|"
    r"earlier this year|in the weeks before|later (?:in|that) the week|later that (?:day|week|month)|"
    r"later in the month|later on|over the (?:summer|spring|autumn|winter)|"
    # "Last week the Ministry of Defence announced": a time told without its day
    r"last week|earlier this (?:week|month)|(?:a|one|two|three|several|a few) (?:days|weeks) ago|"
    r"(?:promised|pledged) (?:in|last|earlier|back in)\b)\b",
    re.IGNORECASE,
)


# Words by which a later sentence says it is at that gathering.
AT_EVENT = r"delegates?|delegations?|participants|attendees|hosts?"


@dataclass
class Context:
    """What the sentences read so far say, for the clauses that leave it out."""

    published: datetime.date | None
    recipient: Actor | None = None
    # the country at war whose people flee: Ukraine when named, even in a report of aid to Moldova
    homeland: Actor | None = None
    last_pledge: Draft | None = None
    last_subject: tuple[int, Actor] | None = None  # (paragraph, actor)
    last_imposer: tuple[int, Actor] | None = None
    package: tuple[Actor, Actor] | None = None  # (imposer, target) of a package of sanctions told
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
    first_day: object = None  # When: the first day the text states, its news's day
    event: tuple | None = None  # (paragraph, When, noun, place): "Thursday's conference in Warsaw"
    home: Actor | None = None  # the country whose government "the government" is, in a local report
    number: int = 0  # the paragraph being read
    filed: object = None  # When: the day a dated dateline says the text was filed
    # (paragraph, Decimal): a pledge named again to break it down ("The December package shows")
    breakdown: tuple | None = None  # (paragraph, Decimal, said split) of a pledge broken down
    offices: dict = field(default_factory=dict)  # office -> the country named with it once

    @property
    def speaker(self) -> Actor | None:
        """The government the text speaks for ("we"): the country it is written from, else the
        first party it names as acting."""
        return self.home or self.author


# A paragraph that says all it tells is proposed: "presenting what would become the EU's sixth
# round of sanctions", "More from the proposal.".
PROPOSAL_PARAGRAPH = re.compile(
    r"\b(?:present\w*|unveil\w*|outlin\w*|set\w* out)\s+what\s+would\s+become\b"
    r"|^\W*(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?More\s+(?:from|on)\s+the\s+(?:proposal|draft|plan)\b"
)
# A sentence that says the one before it is not yet decided: "None of it has been approved.",
# "Neither idea has yet been approved by EU governments".
NOT_YET_NEXT = re.compile(
    r"\s*(?:None\s+of\s+(?:it|this|them|these)|Neither\s+(?:idea|proposal|plan|scheme))\s+"
    r"(?:applies|apply|is\s+in\s+force|has\s+(?:yet\s+)?been\s+(?:approved|adopted|agreed))\b"
)


def not_yet_decided(context) -> bool:
    """Whether the paragraph says all it tells is proposed, or the sentence after this one says
    none of it is decided yet."""
    if PROPOSAL_PARAGRAPH.search(context.paragraph):
        return True
    at = context.paragraph.find(context.sentence)
    return at >= 0 and bool(NOT_YET_NEXT.match(context.paragraph, at + len(context.sentence)))


# An interviewer's question, or any sentence asked: "Q: How many guns?", "What has Canada sent?"
# (the interviewer's statements are read: "Q: The Americans committed another $400 million")
QUESTION = re.compile(
    r"\?[”\"’]?\s*$"
    r"|^[A-Z0-9][A-Z0-9 &'’-]{2,40}[.:]$"  # a section's label: "EXPORT CONTROLS."
)


# A paragraph that corrects the text: "Correction: An earlier version of this article said ...".
CORRECTION = re.compile(
    r"\W*(?:Correction|Clarification|Editor['’]s note)\b|\W*An earlier version of this", re.I
)
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


# "At national level, the government keeps ...": a report's own government, named by its office.
# A government's offices, which a text may name once with their country ("the US Treasury") and
# then alone ("The Treasury also blacklisted MMK").
OFFICES = (
    r"defen[cs]e ministry|ministry of (?:national )?defen[cs]e|army|armed forces|treasury(?: department)?|"
    r"state department|commerce department|trade ministry|foreign ministry|finance ministry"
)
OWN_GOVERNMENT = re.compile(
    # "On the proposal of the Minister of Development Cooperation, Meryame Kitir, the Council of
    # Ministers today agreed": a lead phrase before the government acting
    r"(?:(?:On|At|In|After|Following|Under)\s+[^.;]{0,100}?,\s*|[A-Z][^,]{0,40}?(?:,\s*|\s+)"
    # "Foreign Trade and Development Minister Liesje Schreinemacher said her government"
    r"|[A-Z][^,.;]{0,80}?\s(?:said|says|announced|added)\s+(?:that\s+)?(?=(?:his|her|their)\s))?"
    # "my right honourable friend the Prime Minister": a minister named in parliament
    r"(?:(?i:my\s+(?:right\s+)?(?:hon(?:ourable|\.)?\s+)?(?:and\s+learned\s+)?(?:friend|colleague))\s+)?"
    rf"(?:the|its|his|her|their)\s+(?P<office>government|cabinet|council of ministers|state|federal government|{OFFICES}|ministry|"
    # "The foreign secretary made his own trip to Kyiv": a minister of the report's government
    r"prime minister|president|chancellor|foreign secretary|defen[cs]e secretary|minister of state|"
    r"(?:foreign|defen[cs]e|finance) minister|"
    # "The Minister has frozen the funds ... of 15 individuals", "The Act ... also prohibits": a
    # release's own minister or law
    r"minister(?=\s+(?:has|have|had|also|will|signed|decided|froze|banned|added)\b)|act(?=,\s+which\b|\s+also\b))\b",
    re.IGNORECASE,
)


def opening_party(text: str) -> Actor | None:
    """The party a sentence's opening place names: "In London, the government froze ...", "In
    Canberra, ...": a capital there is where its government acts; "At EU level, ..." the Union."""
    opening = re.match(r"\W*In\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}),", text)
    # "At EU level, foreign ministers agreed to freeze ...": the Union acting
    opening = opening or re.match(r"\W*At\s+(EU|European Union|European|Union)\s+level,", text)
    if not opening:
        return None
    return next((a for a in actors(opening.group(1)) if a.code not in TARGET_STATES), None)


# "Brussels, 6 May 2022 – ": a release's place and date, before what it says.
DATED_PLACE_LINE = re.compile(rf"^\W*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?{DATED_PLACE.pattern}+\s+")


def own_government(text: str, context: Context) -> Actor | None:
    """Whose "the government" is: the country the text named with that office ("the US
    Treasury"), else the country the sentences just before were about, else the report's own."""
    own = OWN_GOVERNMENT.match(DATED_PLACE_LINE.sub("", text).lstrip())
    if not own:
        return None
    office = context.offices.get(own.group("office").lower())
    if office:
        return office  # "The Treasury also blacklisted MMK", after "the US Treasury"
    last = context.last_subject
    recipient = context.recipient.key if context.recipient else None
    # not the country the aid goes to: "Ukraine's army gets ... The prime minister said"
    if (
        last
        and last[0] >= context.number - 1
        and last[1].kind == "country"
        and last[1].key != recipient
    ):
        return last[1]
    return context.home


def _scene_end(text: str) -> int:
    """Where the words that set the scene end: a live entry's time or a dateline ("RAMSTEIN AIR
    BASE, Germany (Reuters) -"), and a lead phrase after it ("Speaking after NATO and G7
    summits,")."""
    stamp = TIMESTAMP.match(text) or DATELINE.match(text)
    lead = LEAD_PHRASE.match(text, stamp.end() if stamp else 0)
    return max(lead.end() if lead else -1, stamp.end() if stamp else -1)


def acting_party(text: str, found: list[Actor], context: Context) -> Actor | None:
    """The clause's actor that acts: the first one not named as a recipient, a target or one of
    a list."""
    adopter = next((a for a in found if reported_adopter(text, a)), None)
    if adopter:
        return adopter  # "the spokesperson said the Council of the EU had formally adopted it"
    skipped_end = -10
    scene_end = _scene_end(text)
    for actor in found:
        if actor.end <= scene_end:
            continue  # "Speaking after NATO and G7 summits, Biden said": the scene, not who acts
        if GOVERNMENT_OF.search(text[max(0, actor.start - 40) : actor.start]):
            return actor  # "The Government of Japan decided"
        if _named_as_object(text, actor, skipped_end):
            skipped_end = actor.end
            continue
        if _not_acting(text, actor, context):
            continue
        return actor
    return None


# "..., who announced the same day that Denmark would give": the country that will give (or
# impose), told as the subject of what someone reports, whoever reports it.
REPORTED_BEFORE = re.compile(r"\b(?:that|said|says)\s+(?:the\s+)?$")
REPORTED_ACT = re.compile(
    r"\s+(?:would|will)\s+(?:also\s+|now\s+|soon\s+)?(?:give|send|provide|donate|supply|deliver|"
    r"contribute|allocate|pledge|offer|lend|impose|freeze|ban|sanction)\b"
)
# "the spokesperson said the Council of the EU had formally adopted it": the adopter, a state or
# a body ("said that Brussels would deliver" is Belgium's: the country, not its capital's Union)
REPORTED_ADOPTION = re.compile(
    r"\s+(?:had|has|have)\s+(?:formally\s+|now\s+|also\s+)?(?:adopted|imposed)\b"
)


def reported_actor(text: str, actor: Actor, first_sum, cue) -> bool:
    """Whether the actor is a country that a reported clause says will give, in the clause that
    states the pledge (its sum or its verb after the actor); not one hoped for, denied or set a
    condition ("adding that he hoped that Germany would give more", "... if Kyiv asked")."""
    before = text[max(0, actor.start - 10) : actor.start]
    return (
        actor.kind == "country"
        and actor.code not in TARGET_STATES
        and bool(REPORTED_BEFORE.search(before) and REPORTED_ACT.match(text[actor.end :]))
        and not NOT_REPORTED_AS_DONE.search(text[max(0, actor.start - 60) : actor.start])
        and not re.match(r"[^,;]*?\b(?:if|unless|provided)\b", text[actor.end :])
        and _states_the_pledge(text, actor, first_sum, cue)
    )


def _states_the_pledge(text: str, actor: Actor, first_sum, cue) -> bool:
    """Whether the clause after the actor states the pledge: its sum comes after the actor, and
    its verb too, or the verb that reports it ("announced ... that")."""
    if first_sum is not None and first_sum.start < actor.end:
        return False
    return (
        cue is None
        or cue.start() > actor.end
        or bool(re.fullmatch(r"[^.;]{0,40}?\bthat\s+(?:the\s+)?", text[cue.end() : actor.start]))
    )


def reported_adopter(text: str, actor: Actor) -> bool:
    """Whether a reported clause says the actor adopted or imposed a measure."""
    return (
        actor.how != "firm"
        and actor.code not in TARGET_STATES
        and bool(REPORTED_BEFORE.search(text[max(0, actor.start - 10) : actor.start]))
        and bool(REPORTED_ADOPTION.match(text[actor.end :]))
    )


# "hoped that", "sure that", "dismissing reports that", "complained that": not a pledge told.
NOT_REPORTED_AS_DONE = re.compile(
    r"\b(?:hop\w*|wish\w*|sure|confident|expect\w*|reports?|rumou?rs?|complain\w*|doubt\w*|"
    r"urg\w*|ask\w*|call\w*|demand\w*|den\w*|wants?|wanted)\b[^.;]{0,30}$"
)


# "a video call with U.S. President Joe Biden": a party met, after the words of a meeting.
CALL_WITH = r"\b(?:call|meeting|talks|summit)\s+with\s+"
# "He met President Zelensky and announced": the one met, not the one who announces.
MET_WITH = re.compile(
    r"\b(?:met|meets|hosted|hosts|hosting)\s+(?:with\s+)?(?:the\s+)?"
    r"(?:(?i:president|prime minister|chancellor|premier|(?:foreign |defen[cs]e )?minister)\s+)?$"
)


def _named_as_object(text: str, actor: Actor, skipped_end: int) -> bool:
    """Whether the actor is the clause's object, the next of a list of objects, or a leader's
    country ("beside the German chancellor Olaf Scholz"): the actors after it are read from its
    end (`skipped_end` is where the last such ended)."""
    before = text[max(0, actor.start - 12) : actor.start].lower()
    if re.search(
        r"\b(to|for|of|in|into|against|on|from|help|with|toward|towards|by|outside|inside|"
        r"beyond|join|joining|than|beside|alongside|like|unlike|after|before|visited|visiting)\s+(the\s+|an?\s+)?$",
        before,
    ) or MET_WITH.search(text[: actor.start]):
        # not "two days after Washington unveiled $1.1 billion": the subject of a clause
        return not (
            re.search(r"\b(?:after|before)\s+(?:the\s+)?$", before)
            # "after the Estonian government signed off on a fresh package", "days after the
            # European Commission, on Wednesday, proposed"
            and re.match(
                r"(?:,[^,]{1,30},)?\s+(?:(?:government|cabinet|ministry|parliament|authorities)\s+)?"
                r"(?:(?:had|has|have|was|were)\s+)?\w+ed\b",
                text[actor.end :],
            )
        )
    if re.search(r"\bat\s+(?:the\s+|an?\s+)?$", before) and re.match(
        r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?i:headquarters|summit|meeting|talks|conference|forum)\b",
        text[actor.end :],
    ):
        return True  # "At NATO headquarters", "At the Moldova Support Platform conference": a place
    if _next_of_list(text, actor, skipped_end):
        return True
    return bool(re.fullmatch(
        r"\s+(?:chancellor|president|prime minister|premier|(?:foreign |defen[cs]e |finance )?minister|leader|counterpart)\s+",
        text[skipped_end : actor.start],
        re.IGNORECASE,
    ))  # fmt: skip


def _next_of_list(text: str, actor: Actor, skipped_end: int) -> bool:
    """Whether the actor follows an object just skipped, in a list that goes on after it or
    ends with it ("to Poland, Moldova and Romania")."""
    if not re.fullmatch(
        r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?", text[skipped_end : actor.start]
    ):
        return False
    if re.match(r"\s*(?:,|and\b|or\b)", text[actor.end :]):
        return True
    return bool(re.search(r"\band\s+(?:the\s+)?$", text[: actor.start]))


def _not_acting(text: str, actor: Actor, context: Context) -> bool:
    """Whether the actor is named as one of a list, as the text's recipient (after the clause's
    start, not as its capital) or is a sanctioned state."""
    if re.search(r"\b(?:such as|including|like|through|via|among them)\b[^.;]*$", text[: actor.start]):  # fmt: skip
        return True  # one of a list: "through organisations such as UNICEF"
    recipient = context.recipient
    if (recipient and actor.key == recipient.key and actor.how != "capital"
            and not re.search(r"^\W*(the\s+)?$", text[: actor.start])):  # fmt: skip
        return True
    # A sanctioned state gives no aid in these texts: "Russia's war".
    return actor.code in TARGET_STATES


RELATIVE_DAY = re.compile(
    r"\b(?:(?P<same>(?:on\s+)?the same day|that day)|the (?:next|following) day|the day after"
    r"|(?P<back>the (?:day before|previous day|eve))"
    rf"|(?P<n>{NUMBER})\s+(?P<unit>days?|weeks?)\s+(?P<way>later|earlier|before|after))\b",
    re.IGNORECASE,
)


def inside_quotation(text: str) -> bool:
    """Whether the end of `text` is inside a quotation it opens: more “ than ”, or an odd
    number of straight quotes."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def opens_with_headline(paragraph_texts: list[str]) -> bool:
    """Whether the text's first paragraph is a headline: one that ends without a sentence's
    full stop."""
    return bool(paragraph_texts) and not re.search(r"[.!?]\W*$", paragraph_texts[0])


# "since August 2021", "since the invasion began on Feb. 24", "since becoming prime minister
# last month": when a story began, no one's act of the text.
SINCE = re.compile(
    # "since Russia's Feb. 24 invasion": the day the story began, named as whose
    r"\b(?i:since)\s+(?:[A-Z]\w+['’]s\s+$|(?:the\s+)?(?:\w+\s+){0,3}(?:began|started|begun)\s+(?:on\s+|in\s+)?"
    r"|(?:becoming|taking office|taking over)\b[^,;.]{0,60})?$"
)


def starts_a_period(text: str, when) -> bool:
    """Whether the date `when` found in `text` is where a period starts ("since March")."""
    return bool(SINCE.search(text[: when.start]) or re.match(r"since\b", when.words.strip(), re.I))


def relative_date(text, context, base=None):
    """ "The same day", "a day later", "a day earlier": a date counted from `base` or the last one
    the text stated; "later that month": that date's month."""
    month = _that_month(text, context)
    if month:
        return month
    relative = RELATIVE_DAY.search(text)
    base = base or _counted_from(relative, context)
    if not relative or not base or not base.on:
        return None
    when, words = base, relative.group(0)
    days = _days_after(relative)
    if days is None:
        return None
    on = when.on + datetime.timedelta(days=days)
    note = f"“{words}” is counted from {when.words.strip()} ({when.on:%-d %B %Y}), stated before."
    return type(when)(on, "derived", words, relative.start(), relative.end(), note)


def _that_month(text, context):
    """ "A second tranche followed later that month", "Earlier in the month a $400m drawdown":
    the month of the last date stated."""
    told = re.search(
        r"\b(?:later|earlier) (?:that|the same|in the) month\b|\bthat same month\b", text, re.I
    )
    base = context.last_any_date and context.last_any_date[1]
    if not told or not base or not base.on:
        return None
    note = f"“{told.group(0)}” is the month of {base.words.strip(' .,;')}, stated before."
    return type(base)(
        base.on.replace(day=1), "month", told.group(0), told.start(), told.end(), note
    )


def _counted_from(relative: re.Match | None, context):
    """The date a relative day counts from: the day of the text's news for "days after" ("The
    sanctions came two days after"), else the last date the text stated."""
    if relative and (relative.group("way") or "").lower() == "after":
        return context.first_day
    last = context.last_any_date and context.last_any_date[1]
    if last and last.precision not in ("day", "derived"):
        # "in early March ... Later that day": no day to count from, but the text's news day
        return context.first_day
    return last


def _days_after(relative: re.Match) -> int | None:
    """How many days after the date it counts from a relative day is: 0 for "the same day", -1
    for "the day before", -14 for "two weeks earlier"; None for a count that is not whole."""
    if not relative.group("n"):
        return 0 if relative.group("same") else -1 if relative.group("back") else 1
    count = number(relative.group("n"))
    if count is None or count != int(count):
        return None
    days = int(count) * (7 if relative.group("unit").lower().startswith("week") else 1)
    way = relative.group("way").lower()
    if way == "after":
        # "The sanctions came two days after Washington unveiled $1.1 billion": what follows
        # "after" happened that many days before; "two days after the summit" counts from a
        # day not stated here, and is left unknown.
        told = relative.string[relative.end() : relative.end() + 60]
        return -days if re.match(r"\s+[^,;.]{0,30}?\b\w+ed\b", told) else None
    return -days if way != "later" else days


def clip(quote: str) -> str:
    """The quote up to its clause's end, without the small words that would dangle."""
    quote = re.split(r"[,;:.](?:\s|$)", quote.strip())[0].strip()[:200]
    dangling = (
        r"\s+(?:a|an|the|in|on|at|of|to|for|and|or|by|with|from|as|its|their|who|which|that)$"
    )
    while re.search(dangling, quote):
        quote = re.sub(dangling, "", quote)
    return quote.rstrip()


def first_words(text: str, limit: int) -> str:
    return " ".join(text.split()[:limit])
