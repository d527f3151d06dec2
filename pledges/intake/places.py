"""Who a text names: countries by name, demonym or capital, and international organisations.

Country names come from ISO 3166 (pycountry), with the short names people write ("Russia",
"Britain", "the U.S."). No well-kept library ships English demonyms or the capitals that news
writing uses as metonyms ("Berlin said"), so those two tables are here, for the countries that give,
receive or impose in the news this app tracks; an editor adds a missing one in a line.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from pledges.intake.numbers import WEEKDAY_WORD


@dataclass(frozen=True)
class Actor:
    code: str  # ISO 3166-1 alpha-2, or "" for an organisation
    name: str
    kind: str  # "country" or "organisation"
    start: int
    end: int
    words: str
    how: str  # "name", "demonym", "capital" or "organisation"

    @property
    def key(self) -> str:
        return self.code or self.name


# Short names, where ISO's is not what people write (and what the app's country list calls them).
SHORT_NAMES = {
    "RU": "Russia", "GB": "United Kingdom", "US": "United States", "KR": "South Korea",
    "KP": "North Korea", "IR": "Iran", "SY": "Syria", "MD": "Moldova", "TW": "Taiwan",
    "VN": "Vietnam", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "LA": "Laos",
    "CZ": "Czechia", "TR": "Türkiye", "NL": "Netherlands", "PS": "Palestine",
}  # fmt: skip

# Other ways the news names a country.
ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK"],
    "CZ": ["Czech Republic"], "TR": ["Turkey"], "NL": ["Holland"], "KR": ["Korea", "Republic of Korea"],
    # "to the Republic of Moldova": the state's formal name, one name, not "Republic of" and a state
    "MD": ["Republic of Moldova"], "LT": ["Republic of Lithuania"], "LV": ["Republic of Latvia"],
    "EE": ["Republic of Estonia"], "PL": ["Republic of Poland"], "BY": ["Republic of Belarus"],
    "SK": ["Slovak Republic"],
    "AE": ["UAE"], "CD": ["DRC"], "MK": ["Macedonia"],
}  # fmt: skip

DEMONYMS = {
    "US": ["American"], "GB": ["British", "UK's"], "CA": ["Canadian"], "JP": ["Japanese"],
    "DE": ["German"], "FR": ["French"], "IT": ["Italian"], "ES": ["Spanish"], "PL": ["Polish"],
    "SE": ["Swedish"], "NO": ["Norwegian"], "DK": ["Danish"], "FI": ["Finnish"],
    "NL": ["Dutch"], "BE": ["Belgian"], "AT": ["Austrian"], "CH": ["Swiss"], "IE": ["Irish"],
    "PT": ["Portuguese"], "GR": ["Greek"], "CZ": ["Czech"], "SK": ["Slovak"],
    "HU": ["Hungarian"], "RO": ["Romanian"], "BG": ["Bulgarian"], "HR": ["Croatian"],
    "SI": ["Slovenian"], "EE": ["Estonian"], "LV": ["Latvian"], "LT": ["Lithuanian"],
    "UA": ["Ukrainian"], "RU": ["Russian"], "BY": ["Belarusian"], "MD": ["Moldovan"],
    "AU": ["Australian"], "NZ": ["New Zealand"], "KR": ["South Korean", "Korean"], "CN": ["Chinese"],
    "IN": ["Indian"], "TR": ["Turkish"], "IL": ["Israeli"], "LU": ["Luxembourgish"],
    "IS": ["Icelandic"], "SG": ["Singaporean"], "TW": ["Taiwanese"], "MX": ["Mexican"],
    "BR": ["Brazilian"], "SA": ["Saudi"], "QA": ["Qatari"], "GE": ["Georgian"],
    "IR": ["Iranian"], "KP": ["North Korean"], "SY": ["Syrian"], "MT": ["Maltese"],
    "CY": ["Cypriot"], "AL": ["Albanian"], "ME": ["Montenegrin"], "MK": ["North Macedonian"],
    "RS": ["Serbian"], "AM": ["Armenian"], "AZ": ["Azerbaijani"], "KZ": ["Kazakh"],
}  # fmt: skip
# "The Slovenians had already shipped ...", "the Danes set the tone": a country's people, named
# with "the" for its government; most add an "s" to the demonym, these do not.
PEOPLES = {
    "DK": ["Danes"], "PL": ["Poles"], "SE": ["Swedes"], "FI": ["Finns"], "GB": ["Brits"],
    "CZ": ["Czechs"], "SK": ["Slovaks"], "ES": ["Spaniards"], "GR": ["Greeks"], "TR": ["Turks"],
    "IL": ["Israelis"], "LU": ["Luxembourgers"], "IS": ["Icelanders"], "NZ": ["New Zealanders"],
    "CY": ["Cypriots"],
}  # fmt: skip

# The states under sanctions in the news of 2022: the targets, never the givers or imposers.
TARGET_STATES = {"RU", "BY", "IR", "KP", "SY"}
# The Union's 27 members in 2022: a measure they apply as the Union's is the Union's; a state
# outside it that takes one over imposes it itself (Norway, Switzerland, the United Kingdom).
EU_MEMBERS = frozenset({"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
                        "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK",
                        "SI", "ES", "SE"})  # fmt: skip
# "23 Russians": the people of a state under sanctions, named as its targets.
for _code in TARGET_STATES:
    DEMONYMS[_code] = [*DEMONYMS[_code], *(f"{word}s" for word in DEMONYMS[_code])]
for _code, _words in DEMONYMS.items():
    if _code not in TARGET_STATES:
        PEOPLES[_code] = PEOPLES.get(_code, []) + [
            w + "s" for w in _words if re.search("(?:an|in)$", w)
        ]

CAPITALS = {
    "US": ["Washington"], "GB": ["London", "Downing Street", "Whitehall"], "CA": ["Ottawa"],
    "JP": ["Tokyo"], "DE": ["Berlin"], "FR": ["Paris"], "IT": ["Rome"], "ES": ["Madrid"],
    "PL": ["Warsaw"], "SE": ["Stockholm"], "NO": ["Oslo"], "DK": ["Copenhagen"],
    "FI": ["Helsinki"], "NL": ["The Hague"], "AT": ["Vienna"], "CH": ["Bern"],
    "IE": ["Dublin"], "PT": ["Lisbon"], "GR": ["Athens"], "CZ": ["Prague"],
    "SK": ["Bratislava"], "HU": ["Budapest"], "RO": ["Bucharest"], "EE": ["Tallinn"],
    "LV": ["Riga"], "LT": ["Vilnius"], "UA": ["Kyiv", "Kiev"], "RU": ["Moscow", "the Kremlin", "Kremlin"],
    "BY": ["Minsk"], "AU": ["Canberra"], "NZ": ["Wellington"], "KR": ["Seoul"],
    "CN": ["Beijing"], "TR": ["Ankara"], "BG": ["Sofia"], "HR": ["Zagreb"], "SI": ["Ljubljana"],
    "IS": ["Reykjavik"], "IR": ["Tehran"], "KP": ["Pyongyang"], "SY": ["Damascus"],
    "IN": ["New Delhi"], "AE": ["Abu Dhabi"], "SA": ["Riyadh"],
    "LU": ["Luxembourg City"], "MD": ["Chisinau"], "GE": ["Tbilisi"], "IL": ["Jerusalem"],
    "SG": ["Singapore"], "TW": ["Taipei"], "QA": ["Doha"], "MT": ["Valletta"],
    "CY": ["Nicosia"], "AL": ["Tirana"], "ME": ["Podgorica"], "MK": ["Skopje"], "RS": ["Belgrade"],
}  # fmt: skip

# Organisations: canonical name, then the ways the news writes it.
ORGANISATIONS = {
    "European Union": ["European Union", "EU", "E.U.", "European Commission", "Brussels", "Union",
                       "Commission", "Council", "bloc", "European Parliament", "MEPs",
                       # the Union's own instruments: "€5 billion in macro-financial assistance"
                       "European Peace Facility", "macro-financial assistance"],
    "European Bank for Reconstruction and Development": [
        "European Bank for Reconstruction and Development", "EBRD"],
    "European Investment Bank": ["European Investment Bank", "EIB"],
    "World Bank": ["World Bank", "IBRD", "International Bank for Reconstruction and Development"],
    "International Monetary Fund": ["International Monetary Fund", "IMF"],
    "United Nations": ["United Nations", "UN", "U.N."],
    "UNHCR": ["UNHCR", "UN Refugee Agency", "U.N. Refugee Agency", "UN refugee agency",
              "U.N. refugee agency", "United Nations High Commissioner for Refugees"],
    "UNICEF": ["UNICEF", "United Nations Children's Fund"],
    "World Food Programme": ["World Food Programme", "World Food Program", "WFP"],
    "World Health Organization": ["World Health Organization", "WHO"],
    "UNDP": ["UNDP", "UN Development Programme", "United Nations Development Programme"],
    "UNFPA": ["UNFPA", "UN Population Fund", "United Nations Population Fund"],
    "Food and Agriculture Organization": ["Food and Agriculture Organization", "FAO"],
    "International Organization for Migration": ["International Organization for Migration",
                                                  "IOM"],
    "NATO": ["NATO", "North Atlantic Treaty Organization"],
    "G7": ["G7", "G-7", "Group of Seven"],
    "Baykar": ["Baykar"],  # the drone maker that gave drones in 2022
    "International Committee of the Red Cross": ["International Committee of the Red Cross",
                                                  "ICRC", "Red Cross"],
}  # fmt: skip
# Cities that name an organisation as its seat ("Brussels decided"), and are places after "in".
CITY_NAMES = {"Brussels"}

# Offices and officials who speak for their governments in the news of 2022, and the government
# each speaks for: "President Joe Biden announced ..." is the United States announcing.
OFFICIALS = {
    "US": ["White House", "Pentagon", "State Department", "Joe Biden", "Biden", "Kamala Harris",
           "Antony Blinken", "Blinken", "Lloyd Austin", "Janet Yellen", "Linda Thomas-Greenfield",
           "Jake Sullivan", "John Kirby", "Ned Price", "Gina Raimondo", "Samantha Power",
           "Jen Psaki", "Psaki", "Karine Jean-Pierre", "Treasury Department", "Commerce Department",
           "Office of Foreign Assets Control", "OFAC", "Bureau of Industry and Security",
           "Congress", "House of Representatives", "USAID", "Department of Defense",
           "Department of State", "Department of the Treasury", "Defense Department",
           "presidential drawdown"],  # the President's power to give from US stocks
    "GB": ["Boris Johnson", "Johnson", "Liz Truss", "Rishi Sunak", "Ben Wallace", "Foreign Office",
           "James Heappey", "Priti Patel", "Anne-Marie Trevelyan",
           "Downing Street", "Royal Air Force", "RAF", "Royal Navy", "British Army"],
    "SA": ["Mohammed bin Salman", "Crown Prince Mohammed", "Prince Mohammed", "KSrelief"],
    "AE": ["Mohamed bin Zayed", "Mohammed bin Zayed", "Sheikh Mohamed"],
    "CA": ["Justin Trudeau", "Trudeau", "Anita Anand", "Chrystia Freeland", "Mélanie Joly",
           "Melanie Joly", "Omar Alghabra", "Sean Fraser", "Jonathan Wilkinson", "Harjit Sajjan"],
    "DE": ["Olaf Scholz", "Scholz", "Christine Lambrecht", "Annalena Baerbock", "Bundeswehr",
           "Bundestag", "Robert Habeck", "Christian Lindner", "Svenja Schulze", "Lambrecht", "Baerbock",
           "Federal Government", "Federal Chancellor", "Bundesregierung", "Nancy Faeser",
           "Federal Foreign Office", "Auswärtiges Amt"],
    "FR": ["Emmanuel Macron", "Macron", "Élysée", "Elysee", "Jean-Yves Le Drian", "Florence Parly",
           "Bruno Le Maire"],
    "JP": ["Fumio Kishida", "Kishida", "Hirokazu Matsuno", "Yoshimasa Hayashi", "Nobuo Kishi",
           "Shunichi Suzuki"],
    "AU": ["Scott Morrison", "Anthony Albanese", "Albanese", "Richard Marles", "Peter Dutton",
           "Marise Payne"],
    "NL": ["Mark Rutte", "Rutte", "Kajsa Ollongren", "Wopke Hoekstra"],
    "SE": ["Magdalena Andersson", "Peter Hultqvist", "Ann Linde"],
    "SK": ["Eduard Heger", "Heger", "Zuzana Čaputová", "Zuzana Caputova", "Jaroslav Naď",
           "Jaroslav Nad"],
    "NO": ["Jonas Gahr Støre", "Jonas Gahr Store", "Odd Roger Enoksen", "Bjørn Arild Gram",
           "Bjorn Arild Gram", "Anniken Huitfeldt"],
    "DK": ["Mette Frederiksen", "Frederiksen", "Morten Bødskov", "Jeppe Kofod"],
    "FI": ["Sanna Marin", "Sauli Niinistö", "Sauli Niinisto", "Antti Kaikkonen", "Pekka Haavisto"],
    "PL": ["Andrzej Duda", "Mateusz Morawiecki", "Morawiecki", "Mariusz Błaszczak", "Mariusz Blaszczak",
           "Zbigniew Rau"],
    "IT": ["Mario Draghi", "Draghi", "Lorenzo Guerini", "Luigi Di Maio", "Farnesina"],
    "ES": ["Pedro Sánchez", "Pedro Sanchez", "Sánchez", "Margarita Robles", "José Manuel Albares"],
    "BE": ["Alexander De Croo", "Ludivine Dedonder"],
    "IE": ["Micheál Martin", "Simon Coveney", "Taoiseach", "Tánaiste", "Tanaiste"],
    "CH": ["Ignazio Cassis", "Federal Council", "Guy Parmelin", "Karin Keller-Sutter",
           "Federal Department of Economic Affairs", "EAER", "SECO", "FDFA",
           "State Secretariat for Economic Affairs", "Federal Department of Foreign Affairs"],
    "CZ": ["Petr Fiala", "Jana Černochová", "Jana Cernochova"], "EE": ["Kaja Kallas"],
    "LT": ["Gitanas Nausėda", "Gitanas Nauseda", "Gabrielius Landsbergis", "Arvydas Anušauskas",
           "Ingrida Šimonytė", "Ingrida Simonyte"],
    "LV": ["Krišjānis Kariņš", "Krisjanis Karins", "Artis Pabriks"],
    "NZ": ["Jacinda Ardern", "Nanaia Mahuta", "NZDF", "New Zealand Defence Force"],
    "KR": ["Yoon Suk-yeol", "Moon Jae-in"], "TR": ["Recep Tayyip Erdoğan", "Erdogan"],
    "UA": ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy", "Denys Shmyhal",
           "Dmytro Kuleba"],
    "RU": ["Vladimir Putin", "Putin", "Sergei Lavrov", "Dmitry Peskov", "Anton Siluanov",
           "Elvira Nabiullina", "Kremlin"],
    "BY": ["Alexander Lukashenko", "Lukashenko"],
}  # fmt: skip
OFFICIAL_BODIES = {
    "European Union": ["Ursula von der Leyen", "von der Leyen", "Charles Michel", "Josep Borrell",
                       "Council of the European Union", "Council of the EU", "EU Council", "European Council", "European Parliament", "Valdis Dombrovskis", "Janez Lenarčič"],
    "NATO": ["Jens Stoltenberg"],
    "International Monetary Fund": ["Kristalina Georgieva"],
    "World Bank": ["David Malpass"],
    "European Bank for Reconstruction and Development": ["Odile Renaud-Basso"],
}  # fmt: skip

# Words that are names of countries only in some uses ("Chad", "Jordan", "Georgia" are people's
# or states' names too); they count only where nothing else reads them.
AMBIGUOUS = {"Chad", "Jordan", "Georgia", "Niger", "Guinea", "Turkey", "Dominica"}


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names[value] = code
    for code, name in SHORT_NAMES.items():
        names[name] = code
    for code, aliases in ALIASES.items():
        for alias in aliases:
            names[alias] = code
    return names


# Names that take "the" in a sentence ("aid from the United Kingdom").
WITH_THE = {"United Kingdom", "United States", "Netherlands", "Czech Republic", "Philippines",
            "United Arab Emirates", "Bahamas", "Gambia", "Maldives", "Central African Republic",
            "Dominican Republic"}  # fmt: skip
BARE_ACRONYMS = {"NATO", "UNHCR", "UNICEF"}


def in_sentence(name: str, kind: str = "country") -> str:
    """A party's name as a sentence writes it: "the United Kingdom", "the World Bank", "Japan"."""
    if name in WITH_THE or (kind == "organisation" and name not in BARE_ACRONYMS):
        return f"the {name}"
    return name


def short_name(code: str) -> str:
    if code in SHORT_NAMES:
        return SHORT_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name


# The ways of naming an actor besides a country's name: each table, the kind of actor its words
# name and how they name it.
NAMINGS = (
    (DEMONYMS, "country", "demonym"),
    (CAPITALS, "country", "capital"),
    (PEOPLES, "country", "people"),
    (ORGANISATIONS, "organisation", "organisation"),
    (OFFICIALS, "country", "official"),
    (OFFICIAL_BODIES, "organisation", "official"),
)


@cache
def _lexicon() -> tuple[re.Pattern, dict[str, tuple[str, str, str]]]:
    """One pattern for every way of naming an actor, longest first, and what each means."""
    meanings: dict[str, tuple[str, str, str]] = {}
    for name, code in _country_names().items():
        meanings[name] = (code, "country", "name")
    for table, kind, how in NAMINGS:
        for actor, words in table.items():
            for word in words:
                meanings[word] = (actor, kind, how)
    alternatives = sorted(meanings, key=len, reverse=True)
    body = "|".join(re.escape(word) for word in alternatives)
    # Whole words, names case-sensitive; a trailing "'s" or "’s" belongs to the name.
    pattern = re.compile(rf"(?<![\w.])(?:the\s+)?({body})(?![\w])(?:['’]s)?")
    return pattern, meanings


def actors(text: str) -> list[Actor]:
    """Every actor named in `text`, in order, with where."""
    return list(_actors(text))


# The rules ask again of the same sentence, clause and paragraph; each is read once.
@lru_cache(maxsize=4096)
def _actors(text: str) -> tuple[Actor, ...]:
    pattern, meanings = _lexicon()
    found = []
    for match in pattern.finditer(text):
        words = match.group(1)
        target, kind, how = meanings[words]
        if not _names_an_actor(text, match, how):
            continue
        if kind == "country":
            found.append(Actor(target, short_name(target), kind, match.start(1),
                               match.end(), words, how))  # fmt: skip
        else:
            found.append(Actor("", target, kind, match.start(1), match.end(), words, how))
    found += _firms_described(text, found)
    found = _without_firms_adjectives(text, found + _firms_introduced(text, found))
    return tuple(sorted(found, key=lambda actor: actor.start))


# "Shannonside Freight, the family-run haulage company behind the run, said": a firm or charity
# the text introduces by what it is, an organisation of its own.
FIRM_DESCRIBED = re.compile(
    r"\b(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and))*?(?:\s+[A-Z][\w&'’.-]*)?),\s+"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|haulier|charity|foundation|retailer|"
    r"manufacturer|maker|producer)\b"
)


# Words that open a clause rather than name a firm: "Separately, a Czech company", "On Monday, a
# Czech firm said".
NOT_A_FIRM = re.compile(
    r"(?:The|A|An|On|In|At|By|For|Separately|Meanwhile|However|Also|Earlier|Later|Today|Yesterday|"
    rf"Last|Next|This|That|Then|Now|Still|Instead|Elsewhere|{WEEKDAY_WORD})\b|\w+ly$"
)


def _firms_described(text: str, found: list[Actor]) -> list[Actor]:
    """The firms and charities the text names with what they are, not named as another actor."""
    firms = []
    for match in FIRM_DESCRIBED.finditer(text):
        name = match.group("name")
        start, end = match.start("name"), match.end("name")
        if any(a.start < end and start < a.end for a in found) or NOT_A_FIRM.match(name):
            continue
        firms.append(Actor("", name, "organisation", start, end, name, "firm"))
    return firms


# "the Turkish manufacturer Baykar announced": a firm the text introduces by what it is, before
# its name.
FIRM_INTRODUCED = re.compile(
    r"\b[Tt]he\s+(?P<what>(?:[\w-]+\s+){0,3}?(?:company|firm|manufacturer|maker|producer|charity|foundation))\s+"
    r"(?P<name>[A-Z][\w&'’.-]*[a-z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"
    # with no article, only a firm that gives of its own ("VILNIUS - Turkish drone maker Baykar
    # will give ... free of charge"; not "German arms maker Rheinmetall will deliver", paid for)
    r"|(?<![\w,]\s)\b(?=[A-Z])(?P<what2>(?:[\w-]+\s+){0,3}?(?:company|firm|manufacturer|maker|producer|charity|foundation))\s+"
    r"(?P<name2>[A-Z][\w&'’.-]*[a-z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"
    r"(?=\s+(?:will\s+|has\s+|have\s+)?(?:give|gives|gave|given|donate|donates|donated|gift|gifts|gifted|"
    r"pledge|pledges|pledged|offer|offers|offered|promise|promises|promised)\b)"
)


def _firms_introduced(text: str, found: list[Actor]) -> list[Actor]:
    """The firms named after what they are ("the Turkish manufacturer Baykar"), not named as
    another actor."""
    firms = []
    for match in FIRM_INTRODUCED.finditer(text):
        start, end = _group(match, "name")
        name = text[start:end].rstrip(".")
        if not any(a.start < end and start < a.end for a in found) and not NOT_A_FIRM.match(name):
            firms.append(Actor("", name, "organisation", start, start + len(name), name, "firm"))
    return firms


def _without_firms_adjectives(text: str, found: list[Actor]) -> list[Actor]:
    """The actors less a country's adjective that only says where a firm introduced is from
    ("the Turkish manufacturer Baykar"), so that the firm, not its country, is the giver; a
    sanctioned state's stays ("the Russian oil firm Rosneft" is a Russian target), and so does
    the recipient's ("the Ukrainian charity Come Back Alive")."""
    if GOVERNMENT_PAYS.search(text):
        return found  # "The German arms maker Rheinmetall ..., paid for by the German government"
    spans = _firms_descriptions(text, found)
    return [
        a
        for a in found
        if a.code in TARGET_STATES | {"UA"}
        or not (a.how == "demonym" and any(b <= a.start < e for b, e in spans))
    ]


def _firms_descriptions(text: str, found: list[Actor]) -> list[tuple[int, int]]:
    """Where the words that say what a firm introduced is are ("Turkish manufacturer")."""
    spans = [(_group(m, "what"), _group(m, "name")) for m in FIRM_INTRODUCED.finditer(text)]
    return [what for what, name in spans
            if any(a.kind == "organisation" and a.start == name[0] for a in found)]  # fmt: skip


def _group(match: re.Match, name: str) -> tuple[int, int]:
    """Where a group of FIRM_INTRODUCED is, in whichever of its two forms matched."""
    which = name if match.group(name) is not None else f"{name}2"
    return match.start(which), match.end(which)


# "paid for by the German government", "under a US government grant": a state pays the firm.
GOVERNMENT_PAYS = re.compile(
    r"\b(?:paid\s+for|funded|financed|bought)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?government\b"
    r"|\bgovernment\s+(?:grant|contract|order)\b",
    re.IGNORECASE,
)


def _names_an_actor(text: str, match: re.Match, how: str) -> bool:
    """Whether the words matched name an actor here: not words of another meaning, a capital
    named as a place, or an official's surname said in passing."""
    words = match.group(1)
    if _other_meaning(text, match):
        return False
    if (how == "capital" or words in CITY_NAMES) and _capital_is_place(text, match):
        return False
    if _names_whose_money(text, match):
        return False
    if how == "people" and not re.search(r"\b[Tt]he\s+$", text[: match.start(1)]):
        return False  # "23 Russians", "Ukrainians fleeing": people, not their government
    return not (how == "official" and (_surname_in_passing(text, match)
                                       or _another_bearer(text, match)))  # fmt: skip


# Titles with a first name that name one leader only when no other father's name follows:
# "Sheikh Mohamed bin Abdulrahman Al Thani" is Qatar's minister, not the UAE's president.
SHORT_FORMS = {"Sheikh Mohamed": "bin Zayed", "Prince Mohammed": "bin Salman",
               "Crown Prince Mohammed": "bin Salman"}  # fmt: skip


def _another_bearer(text: str, match: re.Match) -> bool:
    """Whether a title and first name (`SHORT_FORMS`) go on with another man's father's name."""
    own = SHORT_FORMS.get(match.group(1))
    rest = text[match.end(1) : match.end(1) + 40]
    return bool(own and re.match(r"\s+(?:bin|ibn)\s", rest) and not rest.lstrip().startswith(own))


def _names_whose_money(text: str, match: re.Match) -> bool:
    """ "guarantee another £429m of World Bank lending": the lender's money that another party
    backs, not the lender acting."""
    before = text[max(0, match.start(1) - 4) : match.start(1)]
    return before.lower().endswith("of ") and bool(WHOSE_MONEY.match(text, match.end(1)))


def _other_meaning(text: str, match: re.Match) -> bool:
    """Whether the words matched mean something else here: a name that is also a word
    ("Chad"), "WHO" asking, "US dollars"."""
    words = match.group(1)
    if words in AMBIGUOUS:
        return True
    if _a_continent_or_a_body(text, match):
        return True
    if words in ("US", "UN", "EU", "WHO", "IOM") and not words.isupper():
        return True
    if _a_currency(text, match):
        return True
    if (words == "Red Cross" and _a_national_society(text, match)) or _a_place_described(
        text, match
    ):
        return True
    return words == "WHO" and not re.search(r"\bWHO\b(?! (?:is|are|was|were)\b)", text)


def _a_place_described(text: str, match: re.Match) -> bool:
    """ "bound for the Polish border town of Przemyśl": a place in that country, not the state."""
    return bool(
        A_PLACE_OF.match(text, match.end(1)) and re.search(r"\bthe\s+$", text[: match.start(1)])
    )


# "the Polish border town", "the Romanian port of Constanta": a place the country's name describes.
A_PLACE_OF = re.compile(
    r"\s+(?:border\s+)?(?:town|city|village|port|border crossing|region|coast)\b"
)


def _a_continent_or_a_body(text: str, match: re.Match) -> bool:
    """ "Minister of State (Europe and North America)": a continent, not the United States;
    "the Soviet Union", "a trade union", "a commission of inquiry", "the Security Council": not
    "The Union also barred ...", nor "the Commission" or "the Council" of the EU."""
    words, before = match.group(1), text[max(0, match.start(1) - 8) : match.start(1)]
    if words in ("America", "American"):
        return bool(re.search(r"\b(?:North|South|Latin|Central)\s+$", before))
    if words == "Council" and re.match(r"\s+of\b", text[match.end(1) :]):
        return True  # "the Council of Ministers", "the Council of Europe": another council
    return words in ("Union", "Commission", "Council", "bloc") and not re.search(
        r"\b[Tt]he\s+$", before
    )


def _a_currency(text: str, match: re.Match) -> bool:
    """ "2.8 billion US dollars", "NZ$5m": a currency, not the government."""
    after = text[match.end(1) :]
    return after[:1] == "$" or (
        match.group(1) in ("US", "U.S.") and bool(re.match(r"\s*(?:dollars?\b|\$)", after))
    )


def _a_national_society(text: str, match: re.Match) -> bool:
    """ "the Red Cross Society of China", "the Polish Red Cross": a country's own society, not
    the International Committee."""
    return bool(
        re.match(r"\s+Society of\b", text[match.end(1) :])
        or re.search(r"\b(?:[A-Z][a-z]+(?:ese|ian|ish|an|ch|ic))\s+$", text[: match.start(1)])
    )


def _surname_in_passing(text: str, match: re.Match) -> bool:
    """Whether an official is named by a surname alone that neither follows a title nor acts:
    "Kishida also used ...", "Scholz said" act, as news names a leader once the full name is
    given."""
    words = match.group(1)
    if " " in words:
        return False
    if re.search(
        r"(?:Mr|Ms|Mrs|President|Minister|Chancellor|Premier|Secretary)\.?\s+$",
        text[max(0, match.start(1) - 20) : match.start(1)],
    ):
        return False
    return not re.match(
        # "Scholz on Friday announced": a day between the name and its verb
        r"(?:['’]s\b|\s+(?:on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\s+)?"
        r"(?:also\s+|then\s+|later\s+)?(?:said|says|told|announced|added|"
        r"confirmed|pledged|promised|used|has|had|will|would|is|was|[a-z]+ed|[a-z]+s)\b)",
        text[match.end(1) :],
    )


WHOSE_MONEY = re.compile(r"\s+(?:lending|loans?|financing|credit|bonds?)\b", re.IGNORECASE)
EVENT_HELD_THERE = re.compile(
    r"\s+(?:summit|pledge|pledging conference|conference|talks|meeting|declaration|format|"
    r"process|agreement|accord|gathering|forum|donors' conference)\b",
    re.IGNORECASE,
)


# ", 6 May 2022 –", ", May 6 —": the date of a dateline, after its place.
DATED_PLACE = re.compile(
    r",\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    # "Bratislava, October 7 (TASR) -", "Bucharest, July 22 /Agerpres/ -"
    r"(?:\s*\([^)]{1,30}\)|\s*/[^/]{1,30}/)?\s*[-–—]"
)


def _capital_is_place(text: str, match: re.Match) -> bool:
    """ "In Kyiv", "to Warsaw": a capital named as a place, not as its government."""
    before = text[max(0, match.start(1) - 12) : match.start(1)].lower()
    if re.search(r"\b(in|to|near|at|into|around|outside|over|of)\s+$", before):
        return True
    if (
        re.fullmatch(r"\W*", text[: match.start(1)])
        and (
            DATED_PLACE.match(text, match.end(1))
            # not "Singapore — four banks — no new business with VTB": a list's entry
            or re.match(
                r"(?:,\s+[A-Z][a-z]+)?\s+[-–—]+\s+(?=[A-Z])(?![^.;]{0,80}\s[-–—]\s)",
                text[match.end(1) :],
            )
        )
    ):
        return True  # "Brussels, 6 May 2022 – ...", "Kyiv — ...": where a release was issued
    # "the Madrid pledge", "the Vilnius summit": the city names an event held there.
    after = text[match.end(1) : match.end(1) + 30]
    return bool(EVENT_HELD_THERE.match(after)) and before.rstrip().endswith("the")
