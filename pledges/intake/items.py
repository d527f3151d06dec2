"""Aid items as a text lists them: "5,000 helmets", "5,000 pieces of body armor", "such as
bulletproof vests and helmets", each with the kind of item (the item types of the data files)."""

import re
from dataclasses import dataclass

from pledges.intake.numbers import (
    CURRENCY_NAMES,
    FIGURES,
    MONTH_WORD,
    NUMBER,
    WEEKDAY_WORD,
    number,
    scaled,
)
from pledges.intake.places import actors

# Words of an item's name -> the slug of its item type. First match wins, so longer first.
KINDS = [
    (
        r"anti-?tank|anti-?armou?r|carl gustaf|javelin|nlaw|panzerfaust|m72|law rockets?|at4",
        "anti-tank-weapons",
    ),
    (
        r"anti-?aircraft|stinger|air[- ]defen[cs]e|s-300|surface-to-air|manpads|starstreak|"
        r"iris-t|nasams|patriots?\b|hawk\b|crotale|gepard|mistral|amraam|skynex|avenger",
        "anti-aircraft-systems",
    ),
    (r"ammunition|rounds|shells|cartridges|bullets|grenades|mortar bombs", "ammunition"),
    (
        r"body armou?r|bulletproof vests?|flak jackets?|protective vests?|vests|(?:body )?shields",
        "body-armour",
    ),
    (r"helmets", "helmets"),
    (
        r"gas masks|masks|respirators|protective suits|hazmat suits|chemical protection|"
        r"protective gear|protective equipment",
        "protective-equipment",
    ),
    (r"tents", "tents"),
    (
        r"(?:camp )?beds|mattresses|(?:floor |sleeping )?mats\b|shelter kits|shelter items",
        "shelter",
    ),
    (r"winter clothing|clothing|uniforms|boots|sleeping bags|blankets", "winter-clothing"),
    (r"field rations|rations?\b|ration packs|ready-to-eat meals|mres", "field-rations"),
    (r"food|flour|grain|wheat", "food"),
    (r"hygiene|sanitary|soap", "hygiene-products"),
    (r"cameras", "cameras"),
    (r"generators", "power-generators"),
    (
        r"(?:mobile )?water (?:purification|treatment|filtration)|water filters|water pumps",
        "water-equipment",
    ),
    (
        r"transformers|transformer substations|substations|boilers|heaters|solar panels",
        "energy-equipment",
    ),
    (r"drones|unmanned aerial|switchblade|bayraktar", "drones"),
    (
        r"howitzers|mortars\b|(?:replacement|gun|spare)\s+barrels\b|artillery|rocket launchers|himars|mlrs|mars ii|pzh ?2000|panzerhaubitze|m777|caesars?\b|"
        r"multiple[- ]launch rocket|m270",
        "artillery",
    ),
    (
        r"tanks\b|armou?red (?:personnel )?(?:vehicles|carriers)|humvees|armou?red cars|apcs|"
        r"infantry fighting vehicles|bmp-?\d|bvp-?\d|marders?\b|m113s?\b",
        "armoured-vehicles",
    ),
    (r"helicopters|aircraft|fighter jets|planes|mi-\d+s?\b|mig-\d+s?\b|su-\d+s?\b", "aircraft"),
    (
        r"rifles|machine guns|pistols|small arms|grenade launchers|guns|firearms|weapons?\b|missiles|rockets|arms|"
        r"launchers?\b",
        "small-arms-and-weapons",
    ),
    (r"radars?|night[- ]vision|binoculars|optics|thermal", "optics-and-radars"),
    (
        r"medical|medicines?|first[- ]aid|tourniquets|bandages|ambulances|hospital|vaccines?|drugs|"
        r"stretchers",
        "medical-supplies",
    ),
    (r"fuel|diesel|petrol|coal\b", "fuel"),
    (r"mine-clearing|demining|de-mining|mine clearance", "demining-equipment"),
    (
        r"vehicles|trucks|lorries|cars|fire engines|buses|excavators|tractors|bulldozers",
        "vehicles",
    ),
    (r"equipment|supplies|kits|gear", None),
]
# Item types that the data files do not (yet) declare: their names, and whether they are lethal.
NEW_KINDS = {
    "drones": ("Drones", None), "artillery": ("Artillery", True),
    "armoured-vehicles": ("Armoured vehicles", None), "aircraft": ("Aircraft", None),
    "small-arms-and-weapons": ("Weapons and missiles", True),
    "optics-and-radars": ("Optics and radars", False), "medical-supplies": ("Medical supplies", False),
    "fuel": ("Fuel", False), "vehicles": ("Vehicles", False), "shelter": ("Shelter items", False),
    "protective-equipment": ("Protective equipment", False),
    "water-equipment": ("Water equipment", False), "energy-equipment": ("Energy equipment", False),
    "demining-equipment": ("Demining equipment", False),
}  # fmt: skip
_KINDS = [(re.compile(rf"\b(?:{words})", re.IGNORECASE), slug) for words, slug in KINDS]

UNITS = (r"pieces|sets|units|tonnes|tons|metric tons|kits|boxes|packages|pairs|rounds|doses|"
         r"liters|litres|batteries|systems|crates|pallets")  # fmt: skip
PEOPLE = re.compile(
    r"^(?:people|persons|refugees|civilians|troops|soldiers|children|men|women|ukrainians|"
    r"russians|residents|citizens|staff|personnel|families|individuals|entities|banks|"
    r"companies|firms|oligarchs|officials|members|days|weeks|months|years|hours|kilometres|"
    r"kilometers|miles|percent|per cent|times|countries|nations|donors|places|cities|towns|"
    r"planeloads|shiploads|truckloads|shipments|consignments|batches|convoys|flights|"
    r"hospitals|schools|homes|villages|regions|districts|communities|municipalities|"
    r"deliveries|packages|tranches|rounds of talks)\b",
    re.IGNORECASE,
)
# A noun phrase of an item: words up to a comma, "and", a clause's verb or a preposition
# that starts another part.
PHRASE = r"[A-Za-z][\w’'/-]*(?:\s+(?!(?:and|or|to|for|from|by|in|on|at|as|worth|that|which|who|will|would|were|was|are|is|have|has|had|can|could|may|might|must|should|with|into|over|under|within|plus|while|but|together|left|reached|arrived|departed|carrying|aboard|donated|bought|purchased|free|along|delivered|sent|shipped|promised|pledged)\b)[A-Za-z0-9][\w’'/-]*){0,5}"
QUANTIFIED = re.compile(
    rf"(?<![\w$€£¥.,-])(?P<number>{NUMBER})(?:\s+(?P<scale>million|thousand))?"
    # "23,000 155mm artillery rounds": a calibre may open the name
    rf"(?:\s+(?P<unit>{UNITS})\s+(?:of|—|–))?\s+(?P<name>(?:\d+(?:\.\d+)?\s?mm\s+)?{PHRASE})"
)
# Words that name no kind of item on their own: "heavier weapons", "military equipment".
GENERIC = re.compile(
    r"(?:(?:heavy|heavier|more|other|modern|defensive|offensive|lethal|military|western)\s+)*"
    r"(?:weapons|arms|weaponry|equipment|supplies|gear|hardware|aid|help|assistance)",
    re.IGNORECASE,
)
# The words of a sum: a currency's sign or name.
MONEY_WORDS = re.compile(rf"[$€£¥]|\b(?:{CURRENCY_NAMES})\b")
LIST_START = re.compile(
    r"\b(?:such as|including|includes|include|included|comprising|consisting of|namely|like|"
    r"containing|contains)\s+|:\s+"
)


@dataclass
class Item:
    name: str
    quantity: int | None
    unit: str
    item_type: str | None
    start: int
    end: int
    words: str


def kind_of(name: str) -> tuple[bool, str | None]:
    """Whether `name` reads as an aid item, and its item type's slug; a single one as the kind
    does ("one M109 self-propelled howitzer")."""
    for pattern, slug in _KINDS:
        if pattern.search(name) or (not name.endswith("s") and pattern.search(f"{name}s")):
            return True, slug
    return False, None


def named_items(text: str, start: int) -> list[Item]:
    """The kind of item named right after a verb ("to receive Gepard self-propelled anti-aircraft
    guns"), with no quantity: none where the words name no kind of item."""
    window = text[start : start + 120]
    for match in re.finditer(PHRASE, window):
        name = re.sub(
            r"^(?:[A-Z][a-z]+\s+)?(?:(?:the|its|their|some|more|heavy|heavier|new|further|"
            r"additional|another|a|an)\s+)*(?:(?:new\s+)?round|batch|tranche|package|number)s?\s+of\s+"
            r"|^(?:and|or|out|over)\s+",  # "handing out solid fuel": the verb's particle
            "",
            _trim(match.group(0)),
        )
        name = re.sub(
            r"^(?:[A-Z][a-z]+\s+)?(?:with\s+)?(?:the|its|their|some|more|heavy|new|further|additional)\s+|^with\s+",
            "",
            name,
        )
        known, slug = kind_of(name)
        if (
            known
            and slug
            and not PEOPLE.match(name)
            and not GENERIC.fullmatch(name)
            and not PACKAGES.fullmatch(name)
        ):
            begin = start + match.start() + match.group(0).find(name)
            first = Item(name, None, "", slug, begin, begin + len(name), name)
            return [first, *_named_with(text, first)]
        if re.search(r"[,.;]", window[match.end() : match.end() + 2]):
            break
    return []


# "together with tents": words that lead a list's next name
LIST_LEAD = re.compile(r"^(?:together|along)\s+with\s+")
# "anti-tank weapons, in particular NLAW launchers": an example of the item before, not another;
# "and Poland will send trucks", "drones will follow": another clause, not a name
NOT_A_NEXT_NAME = re.compile(
    r"^(?:in\s+particular|particularly|especially|notably|mainly|mostly|chiefly|such\s+as|including)\b"
    r"|\b(?:will|would|shall|can|could|may|must|has|have|had|is|are|was|were|follow\w*)\b"
)


def _named_with(text: str, first: Item) -> list[Item]:
    """The kinds of item named in one list with the first after a verb: "will send Ukraine
    anti-tank weapons and Stinger missiles"."""
    parts = list(_listed(text, first.start))
    if not parts or not parts[0][0].startswith(first.name):
        return []
    found = []
    for listed, begin in parts[1:]:
        if NOT_A_NEXT_NAME.search(listed) or actors(listed):
            break
        # "together with tents", "helmets from military stocks", "protective suits designed"
        name = re.sub(r"\s+from\s.*$", "", _trim(re.sub(LIST_LEAD, "", listed)))
        begin += listed.find(name)
        known, slug = kind_of(name)
        if not (known and slug) or PEOPLE.match(name) or GENERIC.fullmatch(name):
            break
        found.append(Item(name, None, "", slug, begin, begin + len(name), name))
    return found


def items(text: str) -> list[Item]:
    """The items `text` lists, with quantities where it gives them."""
    counted = _counted_items(text)
    found = counted + _listed_items(text, counted)
    found.sort(key=lambda item: item.start)
    return found


def _counted_items(text: str) -> list[Item]:
    """The items a number counts ("5,000 helmets"), each looked for after the last one found."""
    found: list[Item] = []
    position = 0
    while match := QUANTIFIED.search(text, position):
        # A rejected match's words may hold the next item: "Two days later she added 100 ...".
        position = match.start("name")
        item = _counted_item(text, match)
        if item is not None:
            found.append(item)
            position = item.end
    return found


def _counted_item(text: str, match: re.Match) -> Item | None:
    """The item a counted phrase names ("5,000 helmets", "100 tonnes of flour"); None where it
    counts no item."""
    count = _count(text, match)
    if count is None or _in_a_models_name(text, match):
        return None
    named = _counted_name(text, match)
    if named is None:
        return None
    name, skipped = named
    unit = match.group("unit") or ""
    known, slug = kind_of(name)
    if unit.lower() == "rounds":
        if re.match(r"(?:talks|negotiations|sanctions|voting|fighting|discussions|meetings|"
                    r"consultations|strikes|mobili[sz]ation)\b", name, re.I):  # fmt: skip
            return None  # "two rounds of talks": meetings, not ammunition
        known, slug = True, "ammunition"  # "700,000 rounds of rifle and machine-gun ammunition"
    if not known and unit.lower() not in ("tonnes", "tons", "metric tons"):
        return None  # "100 tonnes of humanitarian aid" is an item by its weight
    end = match.start("name") + skipped + len(name)
    if re.match(r"\s+(?:can|could)\b", text[end:]):
        return None  # "one IRIS-T SLM battery can protect a city": what one does, not an item
    return Item(name, count, unit, slug, match.start(), end, text[match.start() : end])


def _in_a_models_name(text: str, match: re.Match) -> bool:
    """ "Panzerhaubitze 2000 self-propelled howitzers": the number of a model's name, right after
    a capitalised word that names no party, not a count."""
    before = re.search(r"\b([A-Z][\w-]*[a-z][\w-]*)\s+$", text[: match.start()])
    if (
        not before
        or "," in match.group("number")
        or not re.fullmatch(r"\d{1,4}", match.group("number"))
        # "sent Ukraine on Friday 200 T-72 tanks": a day, then the count
        or re.fullmatch(
            rf"(?:{MONTH_WORD}|{WEEKDAY_WORD})",
            before.group(1),
        )
    ):
        return False
    return not actors(before.group(1)) and not re.search(
        r"(?:^|[.!?:]\s+)\S+\s+$", text[: match.start()]
    )


def _count(text: str, match: re.Match) -> int | None:
    """The number a counted phrase gives, scaled; None where it is no count of items: not a
    whole number, "a" or "an" alone, "several dozen"."""
    words, scale = match.group("number"), match.group("scale")
    value = number(words)
    if value is None or value != int(value):
        return None
    if words.lower() in ("a", "an", "half a") and not scale:
        given = re.search(
            r"(?:\b(?:give|gave|given|giving|send|sent|sending|donat\w+|deliver\w*|provid\w*|suppl\w+|"
            r"hand(?:s|ed|ing)?(?:\s+over)?|transfer\w*|pledg\w*|promis\w*|offer\w*|commit(?:s|ted|ting)?)\s+"
            r"(?:\w+\s+)?|,\s*|\band\s+)$",
            text[: match.start()],
        )  # "give Ukraine a launcher", "missiles and a launcher", not "if you order a system"
        return 1 if words.lower() != "half a" and given and _one_item(match.group("name")) else None
    if words.lower() in ("dozen", "hundred", "thousand") and re.search(
        r"\b(?:several|a few|few|many|some)\s+$", text[: match.start()], re.I
    ):
        return None  # "several dozen sniper rifles", "several hundred rockets": no count
    return int(scaled(value, scale))


def _counted_name(text: str, match: re.Match) -> tuple[str, int] | None:
    """The name of what a counted phrase counts, and how many of its first characters were
    left out of it; None where it names no item of its own."""
    name = _trim(match.group("name"))
    if not name or PEOPLE.match(name):
        return None
    if MONEY_WORDS.match(name):
        return None  # "15 million euros toward air defence": a sum, not an item
    # "six more Caesars", "18 of its Krab howitzers": the donor's own, counted
    lead = re.match(
        r"(?:(?:more|additional|further|extra)\s+)?(?:of (?:its|their|our) (?:own )?)?", name
    )
    skipped = lead.end()
    name = name[skipped:]
    if _some_of_those_sent(text, match, name):
        name, skipped = name[len("of the ") :], skipped + len("of the ")
    if _counts_no_new_item(text, match, name):
        return None
    return name, skipped


def _some_of_those_sent(text: str, match: re.Match, name: str) -> bool:
    """ "Up to 39 of the vehicles", "to send 18 of the howitzers": a number of the items a verb
    of giving sends."""
    if not re.match(r"of the\s", name) or not re.fullmatch(FIGURES, match.group("number")):
        return False
    return bool(re.search(
        r"\b(?:up to|send|give|deliver|provide|supply|transfer)\w*\s+(?:\w+\s+){0,2}$",
        text[: match.start()],
    ))  # fmt: skip


# "The seven Panzerhaubitze 2000 ... that Defence Minister Christine Lambrecht promised on 6 May":
# items told here with the day they were promised, a pledge recalled.
PROMISED_ON = re.compile(
    r"[^.;]{0,60}?\bthat\s+[^.;]{0,60}?\b(?:promised|pledged|announced|offered)\s+(?:on|in)\s+\d"
)


# "two weapons packages", "more aid tranches": packages of aid, not items (but "ration packages").
PACKAGES = re.compile(
    r"(?:(?:two|three|several|the|its|weapons|aid|military|arms|assistance|support|new|more)\s+)*"
    r"(?:packages|tranches|deals)"
)


# Words after a number that name no item of its own.
NO_ITEMS_NAME = re.compile(
    # (not the "AT" of "AT-4")
    r"(?i:of|the|a|an|its|their|this|that|for|to|in|on|at|by|from)\b(?!-)|(?:mm|millimet(?:re|er))\b"
)


def _a_day_or_a_sum(before: str) -> bool:
    """Whether the number is a day's ("announced on October 28 and included artillery
    ammunition") or a sum's, its sign set apart ("US$ 300 million in petroleum derivatives")."""
    return bool(
        re.search(rf"\b{MONTH_WORD}\s+$", before)
        or re.search(
            r"(?:[$€£¥]|\b(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|NOK|SEK|DKK|PLN|CZK|UAH))\s*$", before
        )
    )


def _what_carries_aid(text: str, match: re.Match, name: str) -> bool:
    """Whether the number counts what carries aid: "Four lorries carrying 33 tonnes", "aboard
    two aircraft"."""
    return bool(
        TRANSPORT.match(text, match.start("name"))
        or (
            re.search(r"\b(?:aboard|on board)\s+$", text[: match.start()])
            and TRANSPORT_WORDS.match(name)
        )
    )


def _counts_no_new_item(text: str, match: re.Match, name: str) -> bool:
    """Whether the number counts items told before, part of a sum, or is a model's number."""
    before = text[: match.start()]
    if re.search(
        r"(?:^\W*|[“\"]\s*)(?:The|Those|These)\s+$|\bwhat the\s+$", before
    ) and not PROMISED_ON.match(text, match.end()):
        return True  # "The 39 vehicles that we are providing": items told before, named again
    if _a_day_or_a_sum(before):
        return True
    if re.match(
        r"[^.;,]{0,40}?\s(?:a|per|each)\s+(?:year|month|week|day)\b",
        f" {name} {text[match.end() :]}",
    ):
        return True  # "raise output from about 2,100 missiles a year": a rate of making
    if NO_ITEMS_NAME.match(name) or PACKAGES.fullmatch(name):
        # "a dozen of the tracked howitzers": part of a sum; "PzH 2000 the heaviest"; "rounds
        # for 105 mm howitzers": a calibre; "two weapons packages": packages, not items (but
        # "ration packages" are)
        return True
    if _what_carries_aid(text, match, name):
        return True
    if re.fullmatch(r"\d{1,2}", match.group("number")) and re.search(MODEL_BEFORE, before):
        return True  # "Leopard 2 battle tanks", "Challenger 2": a model's number
    # "PzH 2000", "MiG 29": a model's number, not a count
    return bool(re.search(r"\b(?=\w*[A-Z]\w*[A-Z])[\w-]+\s$", before))


# The vehicles that carry aid counted apart rather than are aid: "Four lorries carrying 33 tonnes
# of supplies" (but "30 lorries carrying helmets" counts what is sent by its lorries).
TRANSPORT_WORDS = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?:lorries|trucks|aircraft|planes|flights|ships|trains|wagons|vehicles)\b"
)
TRANSPORT = re.compile(
    rf"{TRANSPORT_WORDS.pattern}\s+(?:carrying|loaded with|laden with)\s+(?:about\s+|some\s+|more than\s+|over\s+)?"
    r"[\d,.]+\s+(?:tonnes|tons|metric tons|kg|kilograms|pallets|boxes|crates)\b"
)


# A model's name before its number: "Leopard 2", not "Another 50" or "Some 18".
MODEL_BEFORE = (
    r"\b(?!(?:Some|Another|About|Nearly|Almost|Around|Over|Only|All|The|These|Those|Its|Their|"
    r"Of|Up|At|And|With|Plus|Just|Roughly|Exactly|Further|Additional|More|"
    r"Ukraine|Kyiv|Kiev|Moldova|Chisinau|Ukrainians)\b)[A-Z][a-z]+\s$"  # "has handed Ukraine 18"
)


def counted(item: Item) -> bool:
    """Whether a number counts the item ("18 howitzers"), not "a" or "an" alone ("a launcher",
    one, but no count that makes a pledge of its own)."""
    return bool(item.quantity) and not re.match(r"(?:a|an)\s", item.words, re.IGNORECASE)


def _one_item(name: str) -> bool:
    """ "a launcher", "an S-300 air defense system", "a field hospital": one item of a known kind,
    not "a batch of M113s", "a number of howitzers" or "a package"."""
    name = _trim(name or "")
    head = re.split(r"\s+(?:of|for|to|with|from|in|on|that|which)\b", name)[0].strip()
    if not head or re.match(r"(?:batch|number|package|consignment|shipment|range|set|series|lot|"
                            r"variety|round|tranche|total|further|new|second|third|few|couple)\b", head, re.I):  # fmt: skip
        return False
    last = head.split()[-1]
    known, slug = kind_of(head)
    # a singular noun ("launcher"), or a model's name ("S-300 air defense system" ends in one)
    singular = (not last.endswith("s") and last.islower()) or bool(re.search(r"\d", last))
    return known and slug is not None and singular


def _listed_items(text: str, counted: list[Item]) -> list[Item]:
    """The kinds of item a list names ("such as bulletproof vests and helmets"), uncounted,
    where no counted item is."""
    found: list[Item] = []
    taken = [(item.start, item.end) for item in counted]
    for start in LIST_START.finditer(text):
        for name, begin in _listed(text, start.end()):
            if any(begin < b and a < begin + len(name) for a, b in taken):
                continue  # "more than 200 Humvees": counted already
            known, slug = kind_of(name)
            if known and slug is not None:
                found.append(Item(name, None, "", slug, begin, begin + len(name), name))
                taken.append((begin, begin + len(name)))
    return found


def _listed(text: str, start: int):
    """The names of a list that starts at `start`: "vests, helmets, and tents" up to its end."""
    end = len(text)
    stop = re.compile(
        r"[.;!?]|,\s*(?:will|would|are|is|was|were|in what|which|who|as|to)\b|\s(?:to|for|by)\s|—|\("
    )
    found = stop.search(text, start)
    if found:
        end = found.start()
    position = start
    for part in re.split(r",(?!\d{3})\s*|\s+and\s+|\s+or\s+", text[start:end]):  # not "23,000"
        part_start = text.find(part, position)
        position = part_start + len(part)
        name = re.sub(r"^(?:and|or|the|some|other)\s+", "", part.strip())
        # "has since added machine guns": the verb before the list's first name
        name = re.sub(r"^(?:has|have|had)\s+(?:\w+\s+)?\w+ed\s+", "", name)
        # not "£50m of air defence" (a sum) nor "donating ammunition" (an act)
        if (
            name
            and len(name.split()) <= 5
            and not MONEY_WORDS.search(name)
            and not re.match(r"[a-z]+ing\s", name)
        ):
            yield name, text.find(name, part_start)


def _trim(name: str) -> str:
    """The name without what follows it: "Caesars already handed over" is "Caesars"."""
    name = re.sub(
        r"\s+(?:already|still|now|recently|previously|just|made|built|produced|promised|pledged|"
        r"meant|designed|intended|needed|since|until|under|held|kept|taken|drawn)\b.*$",
        "",
        name,
    )
    return re.sub(r"[\s,]+$", "", name)
