"""Pledges of aid: who gives what to whom, when, and which stated sums are not one donor's pledge
(totals of many, running totals, parts of a package, earlier aid, needs and costs)."""

import datetime
import re

from pledges.intake.drafts import Draft, Drafts
from pledges.intake.items import NEW_KINDS, Item, items, named_items
from pledges.intake.numbers import (
    FIGURES,
    MONTH_WORD,
    NUMBER,
    WORDS,
    When,
    amount_text,
    dates,
    money,
    number,
    read_currency,
)
from pledges.intake.places import Actor, actors, in_sentence
from pledges.intake.reading import (
    AT_EVENT,
    CARRY_SUBJECT,
    LEAD_PHRASE,
    NEGATED,
    OTHER_TIME,
    QUALIFIED,
    RELATIVE_DAY,
    TARGET_STATES,
    TIMESTAMP,
    Context,
    acting_party,
    clip,
    opening_party,
    own_government,
    relative_date,
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
    r"equip(?:s|ped|ping)?|brought|brings|"
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


# "will consider what further support it can offer", "asked for", "the weapons it is sending":
# a verb that reports no pledge of the clause's own.
HEDGED = re.compile(
    r"\b(?:consider\w*|weigh\w*|discuss\w*|whether|what|if|ask\w*|urg\w*|call\w* (?:on|for)|"
    r"should|ought to|argu\w+|press\w* for|push\w* for|identify\w*|look\w* for|seek\w*|explor\w*|"
    r"still has to|has yet to|have yet to|must still|yet to|"
    r"appeal\w*|request\w*|demand\w*|plead\w*)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


# Words saying a pledge is not the one just told: "a further", "on top of", "a day earlier".
ANOTHER = re.compile(
    r"\b(?:new|another|second|further|additional|on top of|in addition to|separate|earlier|"
    r"the day before|previous)\b",
    re.IGNORECASE,
)


# "had for weeks resisted calls from Kyiv, from allies ... to send heavier weapons": a pledge
# someone asked for or refused, told as the story so far.
RESISTED = re.compile(
    r"\b(?:resist\w*|reluctan\w*|refus\w*|oppos\w*|calls?\s+(?:from|by|for|on)|avoid\w*|"
    r"hesitat\w*|stopp\w* short of|shi\w+ away from|balk\w* at|slow to|failed to|limits?[\"”’]?(?:\s+to)?)[^.;]{0,90}$",
    re.IGNORECASE,
)


# "give the federal states ...": a government's spending at home, not aid to another party.
DOMESTIC = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:the\s+|its\s+(?:own\s+)?)?(?:federal states|states|regions|provinces|"
    r"municipalities|local authorities|local councils|households|farmers|own (?:armed forces|army|"
    r"military))\b",
    re.IGNORECASE,
)


# "had until now limited itself to medical supplies": what a donor did before, not a pledge.
BEFORE_NOW = re.compile(
    r"\b(?:until now|until then|up to now|previously|had so far|normally|usually|typically)\b", re.I
)


RELATIVE = re.compile(
    r"\b(?:the|of)\s+(?:\w+\s+){0,3}(?:it|they|that|which)\s+$"
    r"|\b(?:the|a|an|its|their)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+(?:that|which)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:equipment|weapons|aid|support|help|arms|supplies)\s+(?:that\s+)?(?:we|it|they|you)\s+(?:\w+\s+){0,2}$"
    # "the budgets governments have set aside for them": a clause about the budgets
    r"|\b(?:budgets?|money|funds|sums?)\s+(?:\w+\s+){1,2}(?:have|has|had)\s+$",
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
    r"donor conference|fundraiser|telethon|together|combined|jointly|collectively|altogether|"
    r"lenders|creditors|institutions|campaign|appeals?|ministers|leaders|shareholders|"
    r"in all|between them|raised|the (?:two|three|four|five|six|seven|eight|nine|ten)(?!\s+(?:million|billion)))\b",
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
    r"\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|tak(?:e|es|ing)|took|push(?:es|ed|ing)?|lift(?:s|ed|ing)?)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:total|tally|overall|sum|contribution|commitment|support|aid|assistance|"
    r"amount|funding|spending|figure)"
    r"[^.;]{0,90}?\bto\s+$"
    r"|\b(?:total|overall|cumulative|all)\b[^.;]{0,60}?\b(?:since|so far|to date|this year|now (?:stands|amounts))\b[^.;]{0,40}?$"
    r"|\b(?:so far|to date|in total since)\b[^.;]{0,40}$"
    # "the equipment Warsaw has sent since the invasion at about", "military aid since February
    # was now worth about"
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:sent|given|provided|delivered|committed)\s+since\b[^.;]{0,60}$"
    r"|\b(?:aid|support|assistance|help)\s+since\b[^.;]{0,80}$"
    # "US security assistance to Ukraine since the invasion has reached"
    r"|\b(?:total|support|aid|assistance|contribution|commitment|funding)\b[^.;]{0,80}?"
    r"\b(?:has reached|had reached|reached|reaches|stands at|stood at|amounts to|totals)\s+$"
    # "Dutch humanitarian support for Ukraine since the start of the war rises to"
    r"|\b(?:total|tally|support|aid|assistance|contribution|commitment|funding)\b[^.;]{0,80}?"
    r"\b(?:rises|rose|risen|grows|grew|climbs|climbed|increases|increased)\s+to\s+$"
    r"|(?<!receive a )(?<!worth a )(?<!send a )(?<!provide a )\btotal(?:ling|ing)?\s+(?:of\s+)?(?:\w+\s+){0,4}?(?:to|at|of)\s+$"
    r"|\b(?:now\s+)?(?:stands|stood)\s+at\s+$|\bnow\s+(?:totals|amounts to|exceeds)\s+$",
    re.IGNORECASE,
)


# "Kyiv needs about $5 billion a month", "will cost the state 30 billion zlotys": a sum that is a
# need, a cost, a loss or trade, no one's aid.
BACKGROUND = re.compile(
    r"\b(?:needs?|needed|requires?|required|cost|costs|costing|damages?|losses|lost|loses|"
    r"deficit|shortfall|funding gap|revenues?|GDP|output|economy|imports|exports|trade|traded|prices?|"
    r"exported|imported|bought|purchased|sold|earned|earnings|income|profits?|priced|costing|budgeted|"
    r"cash flow|benefits?|allowances?|salar(?:y|ies)|wages?|"
    r"(?:is|are|was|were|be)\s+worth|fortunes?|wealth|\bput\b[^.;]{0,30}\bat|"
    r"(?:defen[cs]e|military|national|state|annual|federal|own)\s+budget|budget for|special fund|"
    r"(?:a|an|its|the)\s+(?:\w+\s+)?budget (?:\w+\s+){0,3}?of|"
    r"salaries|pensions|reserves|bills?)\b(?:[^.;](?!\b(?:to|for)\s+(?:help|support|aid)))"
    r"{0,50}$",
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
    r"consisting of|earmarked|set aside|will go|goes|allocated|(?:be|was|were) spent|be used)\b",
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


def date_told_after(context: Context, number_: int, sentence: str, stated) -> None:
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
                       announced_as=when.words.strip())  # fmt: skip
    last.notes.append(
        "The date is stated in the sentence after the sum, which names no other party."
    )
    if when.note:
        last.notes.append(when.note)
    if when.precision == "derived" and "derived_date" not in last.flags:
        last.flags.append("derived_date")


def _cue(text: str):
    """The clause's pledge verb: not negated, hedged, a noun or in a relative clause."""
    for match in PLEDGE_VERB.finditer(text):
        before = text[: match.start()]
        if NEGATED.search(before) or _noun(text, match) or RELATIVE.search(before):
            continue
        if re.match(r"\s+(?:no|nothing)\b", text[match.end() :]):
            continue  # "gave no details"
        if re.match(r"\s+(?:for|to)\s+\w+\s+(?:are|is|were|was)\b", text[match.end() :]):
            continue  # "the money and housing set aside for them are being stretched": a subject
        if re.match(
            r"\s+(?:arm|rates?|capacity|programmes?|programs?|limits?|facility)\b",
            text[match.end() :],
        ):
            continue  # "the EU's lending arm": a noun
        if re.match(r"(?i:announc|unveil|confirm)\w*$", match.group(0).split()[-1]) and re.match(
            r"\s+that\b", text[match.end() :]
        ):
            continue  # "announced that Spain would deliver": the verb of what is announced
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


def pledge(drafts, context, number_, paragraph, sentence, text, people_spans):
    cue = _cue(text)
    admits = ADMIT_VERB.search(text)
    found = actors(text)
    offset = sentence.find(text)
    if admits and re.search(r"\b(?:prepar\w+|plann\w+|being drawn up|consider\w*)\b", text):
        admits = None  # "a plan for hosting refugees was being prepared"
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
    # "on top of the 12 Caesars already handed over, France would deliver six more": the items
    # told before, counted anew
    more = re.search(rf"\b(?P<n>{NUMBER})\s+more\b(?!\s+[a-z]+s\b)", text)
    prior = re.search(r"\b(?:on top of|in addition to)\b", sentence, re.I)
    if more and prior and not listed and number(more.group("n")):
        told = items(sentence[prior.end() : sentence.find(text) + more.start()])
        if told:
            listed = [Item(told[0].name, int(number(more.group("n"))), told[0].unit,
                           told[0].item_type, more.start(), more.end(), more.group(0))]  # fmt: skip
    # "it had 76 Caesars in service": what a donor holds, not what it gives
    listed = [item for item in listed if not re.match(
        r"\s+(?:in service|in stock|in (?:its|the) (?:inventory|arsenal|fleet|stocks))\b", text[item.end :])]  # fmt: skip
    if not (cue or admits or amounts or listed):
        return
    if not amounts and not listed and re.match(r"^\W*[“\"]", sentence) and offset < 3:
        return  # someone's words quoted: a hope or a view, not a pledge the source reports
    if (
        cue
        and not amounts
        and (HEDGED.search(text[: cue.start()]) or RESISTED.search(text[: cue.start()]))
    ):
        return
    if not amounts and BEFORE_NOW.search(text[: cue.start()] if cue else text):
        return
    if cue and not amounts and on_top and on_top.start() < cue.start() and not listed:
        return  # "came on top of weapons ... Canada has already sent since late February"
    if cue and DOMESTIC.match(text[cue.end() :]):
        return  # "agreed to give the federal states 2 billion euros": spending at home
    if cue and NEGATED.search(text[: cue.start()]):
        return
    if (
        cue
        and re.search(r"\b(?:still|yet)\s+$", text[: cue.start()])
        and re.match(r"(?:has|have|had) to\b", cue.group(0))
    ):
        return  # "the budget committee still has to release the money": not yet given
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
        # "to receive Gepard anti-aircraft guns"; "will give Ukraine Harpoon missiles"
        given_to = next((a for a in found if a.start <= cue.end() + 1 and a.end > cue.end()), None)
        listed = named_items(text, given_to.end if given_to else cue.end())
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
    quote = clip(text[slice(*_pledge_quote(text, amount, cue, admits, listed))])
    draft_ = Draft("pledge", fields, number_, quote, flags, readings, notes)
    last = context.last_pledge
    if (listed and last and not amount and not admits and _same_parties(last, draft_)
            and last.paragraph >= number_ - 1
            and re.search(r"\b(?:package|includes?|including|shipment|aid|batch)\b", text, re.I)
            and not _another(text)
            # not a pledge this paragraph dates otherwise: "On Thursday ... he added to it"
            and (_same_or_undated(last, draft_) or fields["announced_as"] not in paragraph)):  # fmt: skip
        _add_items(last, listed, number_, text)
        return
    told = _told_sum(drafts, draft_, text) if listed and not amount and not admits else None
    if told:  # "The Pentagon says the new package covers six more NASAMS": its items
        _add_items(told, listed, number_, text)
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
        # "The United States committed $2.98 billion ..., Britain's prime minister brought a £54
        # million drone package": another donor's own pledge
        other = next((a for a in actors(between) if a.kind == "country" and a.key != donor.key
                      and a.code not in TARGET_STATES and a.key != recipient.key
                      and not re.search(r"\b(?:to|for|in|of|from|with|at)\s+(?:the\s+)?$", between[: a.start])), None)  # fmt: skip
        if other or _another(between):
            draft_ = _another_pledge(draft_, extra, between, text, context, number_, other or donor)
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
        r"\b(?:that|this|the same|the)\s+$", text[: found.start()], re.I
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
    return next((d for d in reversed(drafts.pledges) if not d.not_a_record and d.fields.get("amount")
                 and _same_parties(d, draft_) and _same_or_undated(d, draft_)), None)  # fmt: skip


def _another_pledge(first: Draft, amount, between, text, context, number_, giver: Actor) -> Draft:
    """The second sum of a clause told as another pledge, of `giver` (the first's donor or the
    party named before the sum), dated from the first where the clause counts from it ("a day
    later")."""
    fields = {**first.fields, "amount": amount_text(amount.amount), "items": [],
              "donor": giver.name, "donor_code": giver.code, "donor_kind": giver.kind}  # fmt: skip
    notes, flags, readings = [], [f for f in first.flags if f != "read_currency"], {}
    currency, note = read_currency(amount.currency, giver)
    if note:
        readings["currency"] = "read"
        flags.append("read_currency")
        notes.append(note)
    fields["currency"] = currency
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
    # "WFP is also grateful to Canada, ...; to Japan (US$ 11 million)": the parties thanked
    if re.search(r"\b(?:grateful|thank\w*)\b", context.sentence, re.I):
        thanked = next((a for a in found if a.code not in TARGET_STATES and re.search(
            r"\b(?:to|thanked|thanks)\s+(?:the\s+)?$", text[: a.start])), None)  # fmt: skip
        if thanked:
            return thanked, False
    first_sum = next(iter(money(text)), None)
    limit = cue.start() if cue else (first_sum.start if first_sum else len(text))
    before = [a for a in found if a.start < limit]
    subject = acting_party(text, before, context) if before else None
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
    opening = opening_party(text)
    if opening:  # "In Canberra, ..." / "In Switzerland, ..."
        return opening, False
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
                      and not re.search(r"\b(?:on|in|from|at|by)\s+(?:a|an|the)\s+$", text[: a.start])
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
    own = own_government(text, context)
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
    speaker = context.home or context.author
    if speaker and re.search(r"\b[Ww]e\b", text[:limit]):
        return speaker, True  # "that we pledged": the government whose release it is
    recipient_key = context.recipient and context.recipient.key
    if (
        context.last_subject
        and context.last_subject[0] >= number_ - 1
        and (CARRY_SUBJECT.search(text) or not before)
        # "drawn from Canadian Armed Forces stocks": the same party's own, named as an adjective
        and all(
            a.key == recipient_key
            or (
                a.key == context.last_subject[1].key
                and (a.how == "demonym" or re.match(r"\s+[a-z]", text[a.end :]))
            )
            for a in found
            # "to be handed to the Ukrainians on the Polish side": places and objects name no giver
            if not re.search(
                r"\b(?:to|on|in|into|at|for|from|of|with|near)\s+(?:the\s+)?$",
                text[max(0, a.start - 12) : a.start],
            )
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
        before = text[max(0, actor.start - 14) : actor.start].lower()
        if (
            actor.code in TARGET_STATES
            and re.search(r"\bto\s+$", before)
            and actor.how != "demonym"
        ):
            return None  # "to ship luxury goods to Russia": trade with the target, not aid
        if actor.key == donor.key or actor.code in TARGET_STATES:
            continue
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
        currency, note = read_currency(amount.currency, donor)
        if note:
            readings["currency"] = "read"
            flags.append("read_currency")
            notes.append(note)
        fields["currency"] = currency
    at = amount.start if amount else (cue.start() if cue else None)
    when = _when(text, sentence, donor, context, number_, at)
    if when:
        fields["announced_on"] = when.on.isoformat() if when.on else None
        fields["announced_precision"] = when.precision if when.on else "unknown"
        fields["announced_as"] = when.words.strip()
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
    if not found:
        # "Denmark will give ..., Norway ..., Lloyd Austin said on Monday": the day of the report
        said = [w for w in dates(sentence, context.published) if re.search(
            r"\b(?:said|says|told \w+|announced|confirmed)\s+(?:on\s+)?$", sentence[: w.start])]  # fmt: skip
        found = said[:1]
    lead = LEAD_PHRASE.match(sentence)
    if not found and lead:
        # "Standing in Kyiv on June 16 alongside ..., the French president said": the scene's day
        found = dates(lead.group(0), context.published)[:1]
    found = [
        w for w in found if not re.match(r"since\b", w.words.strip(), re.I)
    ]  # a period's start
    if found:
        # "Monday's package comes on top of a decision taken a day earlier to send ...": the
        # stated date is where the count starts.
        relative = RELATIVE_DAY.search(text, found[0].end, at)
        if relative and relative.start() - found[0].end < 120:
            return relative_date(text[relative.start() :], context, found[0]) or found[0]
        return found[0]
    relative = relative_date(text, context)
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
    if re.search(r"\bfrom\s+$", before) and re.match(r"\s+to\s+(?:about\s+|some\s+)?\S*\d", after):
        return "running_total"  # "lifted the sum from 400 million kroner to 1 billion kroner"
    if earlier and re.search(
        r"(?:,\s*|\(\s*)(?:or\s+)?(?:about\s+|roughly\s+|some\s+|around\s+)?$", before[-20:]
    ):
        return "background"  # "1 billion kroner, or about $142 million": the same sum converted
    if re.match(r"\W*If\b", context.sentence) or re.match(
        r"\s+(?:output|economy|GDP|a year in output)\b|\s+is\s+(?:\w+\s+)?[\d.]+\s*(?:%|per\s*cent)",
        after,
    ):
        return (
            "background"  # "If each committed ...", "its €3.6 trillion output", "is 0.01 per cent"
        )
    if re.match(
        r"\s+(?:\w+\s+){0,3}?for\s+(?:their|the)\s+(?:reception|housing|accommodation|schooling)\b",
        after,
    ):
        return "background"  # "€1 billion this year for their reception": spending at home
    if re.search(r"\b(?:19\d\d|200\d|201[0-3])\b", text):
        return "background"  # "Between 1948 and 1952 the United States spent about $13 billion"
    if re.search(
        r"\b(?:pledges|commitments|contributions|promises)\s+(?:worth|totalling|of)\s+$", before
    ):
        return "aggregate"  # "had gathered pledges worth close to $2 billion"
    if re.match(r"\s+(?:of|in)\s+(?:\w+\s+)?(?:trade|exports|imports|goods|investment)\b", after):
        return "background"  # "£4bn of trade", "€100 billion of investment"
    if re.match(r"\s+(?:\w+\s+)?(?:had|has|have)\s+already\s+been\b", after):
        return "running_total"  # "£200m had already been handed over"
    if re.match(
        r"\s+(?:of|in)\s+(?:\w+\s+){0,4}?(?:reserves|assets)\b|\s+(?:\w+\s+)?(?:cash flow|revenues?|surplus)\b",
        after,
    ):
        return "background"  # "$300bn of Russian central bank reserves", "kroner cash flow"
    if re.match(r"\s+(?:\w+\s+)?request\b", after):
        return "background"  # "the administration's $33 billion request": asked of Congress
    if re.match(r"\)?\s+(?:a|per)\s+(?:month|person|head|family|day|week)\b", after):
        return "background"  # "2,200 lei ($120) a month": a rate paid to each person
    if BACKGROUND.search(before[cue.end() if cue else 0 :]) or re.match(
        r"\s+(?:this year's|next year's|its|the|an annual)\s+budget\b", text[amount.end :], re.I
    ):
        return "background"
    if EARLIER.search(before[-60:]) and not re.match(
        rf"\s+(?:[\w-]+\s+){{0,3}}?(?:announced|pledged)\s+(?:on|in)\s+{MONTH_WORD}",
        after,
    ):
        return "earlier"  # not "on an $800 million package announced on April 13": its own pledge
    if RUNNING_TOTAL.search(before[-120:]) or (
        re.search(r"\bbring\w*\b", before) and re.search(r"\bto\s+$", before)
    ):
        return "running_total"
    if re.search(
        r"\b(?:has|have|had)\s+(?:now\s+)?(?:(?:provided|given|sent|pledged) or\s+)?(?:committed|provided|given|sent|pledged|spent|delivered|"
        r"contributed|allocated|mobili[sz]ed|raised|made available|paid out|paid)\b(?:[^.;]|\.\d)*$",
        before,
    ) and re.search(
        r"^[^.;]{0,160}?\b(?:since\b|so far|to date|"
        r"(?:over|in) the (?:past|last) (?:year|\w+ (?:months|years))|in total|altogether)\b",
        text[amount.end :],
    ):
        return "running_total"
    if re.match(r"\W*Since\b", context.sentence) and re.search(
        r"\b(?:has|have|had)\s+(?:now\s+)?(?:(?:provided|given|sent|pledged) or\s+)?(?:committed|provided|given|sent|pledged|spent|delivered|"
        r"contributed|allocated|mobili[sz]ed|raised|made available)\b",
        before,
    ):
        return "running_total"  # "Since February 24, Washington has spent $123 million"
    if re.search(r"\b(?:total|overall)\b[^.;]{0,40}$", before) and re.search(
        r"\b(?:since|so far|to date)\b", text[amount.end :][:60]
    ):
        return "running_total"
    # A sum stated again ("the $19.8 billion") is what it was the first time.
    again = next((flag for _, value, flag in context.sums if value == amount.amount), False)
    if again is not False and re.search(
        r"\b(?:the|this|that|its)\s+$|\b\w+['’]s\s+$", before, re.I
    ):
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
    if (
        collective
        and donor is not None
        and (
            OWN_MEMBERS.match(text[donor.end :])
            or (
                donor.name == "European Union"
                and re.match(r"member states|ministers", collective.group(0), re.I)
            )
        )
    ):
        collective = None  # "European Union governments approved ..." is the Union acting
    if collective and re.search(r"\band\s+(?:its|their)\s+$", before[: collective.start()]):
        return "aggregate"  # "The UN and its partners ... $1.7 billion": the donor and others
    if (collective or joined) and (
        donor is None or joined or not re.search(r"\bits\b|\bhis\b|\bher\b", before)
    ):
        return "aggregate"
    if (
        re.match(
            r"\s+(?:[\w-]+\s+){0,2}?(?:appeal|response plan|funding request|plan)\b",
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
    # a larger sum just before, or one the clause names again ("the German grants would be spent")
    again_named = re.search(
        r"\bthe\s+(?:\w+\s+)?(?:grants?|money|package|funds|loans?)\b", text, re.I
    )
    parent = next((s for s in reversed(context.sums) if (s[0] >= number_ - 1 or again_named)
                   and s[1] > amount.amount), None)  # fmt: skip
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
    currency, note = read_currency(currency, donor)
    if note:
        readings["currency"] = "read"
        flags.append("read_currency")
        notes.append(note)
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
    return Draft("pledge", fields, number_, clip(text[start:end]), flags, readings, notes)


def merge_repeats(drafts: Drafts) -> None:
    """A pledge told twice in adjacent paragraphs (the lead, then its detail) is one draft."""
    kept: list[Draft] = []
    for draft_ in drafts.pledges:
        previous = next((d for d in reversed(kept) if not d.not_a_record), None)
        if (previous and not draft_.fields.get("amount") and not previous.fields.get("amount")
                and not draft_.not_a_record and _same_parties(previous, draft_)
                and (draft_.paragraph - previous.paragraph <= 1
                     or (draft_.paragraph - previous.paragraph == 2
                         and not quantities_of(draft_) and not quantities_of(previous)))
                and previous.fields["category"] in (draft_.fields["category"], None)
                and _same_or_undated(previous, draft_)
                and not (quantities_of(previous) and quantities_of(draft_))  # two counted gifts
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
            # told beside it, or anywhere when it gives not even a date ("Denmark sent weapons")
            twin = next((o for o in detailed if _same_parties(d, o) and (
                abs(o.paragraph - d.paragraph) <= 1 or not d.fields["announced_on"])), None)  # fmt: skip
        if twin is None:
            drafts.pledges.append(d)
        elif twin.fields["announced_on"] is None and d.fields["announced_on"]:
            # "US$1.4 billion. Emergency financing, approved on March 9": its date is the pledge's
            for key in ("announced_on", "announced_precision", "announced_as"):
                twin.fields[key] = d.fields[key]
            twin.notes.extend(note for note in d.notes if note not in twin.notes)
            if "derived_date" in d.flags and "derived_date" not in twin.flags:
                twin.flags.append("derived_date")
