"""The intake's rules, one behaviour at a time, on short texts written for each."""

import datetime
from pathlib import Path

import pytest

from pledges.intake import IntakeError, draft, paragraphs
from pledges.intake.items import items
from pledges.intake.numbers import dates, money, number
from pledges.intake.places import actors
from pledges.intake.text import plain_text, printed_date

FRIDAY = datetime.date(2022, 3, 4)


def pledges_of(text, published=FRIDAY):
    return [d for d in draft(text, published).pledges]


def measure_of(sanction):
    fields = sanction.fields
    return fields["imposer_code"], fields["measure"], fields["target_kind"], fields["targets_count"]


def sanctions_in(text, paragraph):
    """The sanctions drafted from one paragraph of `text`."""
    return [s for s in draft(text, FRIDAY).sanctions if s.paragraph == paragraph]


def only(found):
    assert len(found) == 1, [(d.fields, d.flags) for d in found]
    return found[0]


# --- Text -------------------------------------------------------------------------------------


def test_html_pasted_in_is_reduced_to_its_paragraphs():
    html = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<h1>Aid</h1><p>Canada will send Ukraine 100 helmets.</p>"
        "<p>Britain &amp; Ireland said <b>nothing</b> more.</p></body></html>"
    )
    assert plain_text(html) == (
        "Aid\n\nCanada will send Ukraine 100 helmets.\n\nBritain & Ireland said nothing more."
    )
    assert paragraphs(html)[1] == "Canada will send Ukraine 100 helmets."


def test_paragraphs_start_after_the_date_line_and_end_with_the_credit_line():
    text = (
        "Title\n\nA caption\nBy Someone\nPublished: 2022-03-05\n\nFirst.\n\nSecond.\n"
        "Reuters contributed to this report.\nAbout the author"
    )
    assert paragraphs(text) == ["First.", "Second.", "Reuters contributed to this report."]
    assert printed_date(text) == datetime.date(2022, 3, 5)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n ", "empty"),
        ("word " * 300_000, "over 1 MB"),
        ("Canada\x00\x01\x02 sends aid to Ukraine and the rest of it", "binary"),
        (b"\xff\xfe\x00\x81binary", "not text"),
        ("Die Bundesregierung hat heute beschlossen, der Ukraine Waffen zu liefern.", "English"),
        (
            "Україна отримала допомогу від Канади та Японії на суму 100 мільйонів доларів.",
            "English",
        ),
    ],
)
def test_a_text_that_cannot_be_drafted_says_why(text, message):
    with pytest.raises(IntakeError, match=message):
        draft(text)


# --- Numbers, money, dates, actors -------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("5,000", 5000),
        ("1.2", "1.2"),
        ("seven", 7),
        ("two thousand", 2000),
        ("forty-nine", 49),
        ("two dozen", 24),
        ("a dozen", 12),
        ("half a dozen", 6),
    ],
)
def test_numbers_in_figures_and_in_words(words, value):
    assert number(words) == type(number("1"))(str(value))


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a further €1.2bn in loans", "1200000000", "EUR"),
        ("£15 million", "15000000", "GBP"),
        ("$350 million worth of weapons", "350000000", "$"),
        ("C$25 million", "25000000", "CAD"),
        ("five million euros", "5000000", "EUR"),
        ("more than $12.4 billion in Canadian dollars", "12400000000", "CAD"),
        ("¥10 billion", "10000000000", "JPY"),
        ("a $5-million grant", "5000000", "$"),
        ("500 million hryvnias", "500000000", "UAH"),
        ("500 million kronor", "500000000", "SEK"),
    ],
)
def test_sums_of_money(text, amount, currency):
    found = only(money(text))
    assert (str(found.amount.quantize(1)), found.currency) == (amount, currency)


def test_dates_are_worked_out_from_the_publication_date_and_say_how():
    (friday,) = dates("said Friday", FRIDAY + datetime.timedelta(days=1))
    assert (friday.on, friday.precision) == (FRIDAY, "derived")
    assert "Friday" in friday.note
    (stated,) = dates("on Feb. 26", FRIDAY)
    assert (stated.on, stated.precision) == (datetime.date(2022, 2, 26), "derived")
    assert "no year" in stated.note
    (full,) = dates("on 26 February 2022", None)
    assert (full.on, full.precision) == (datetime.date(2022, 2, 26), "day")
    (month,) = dates("last month", FRIDAY)
    assert (month.on, month.precision) == (datetime.date(2022, 2, 1), "month")
    (unknown,) = dates("on Tuesday", None)
    assert (unknown.on, unknown.precision) == (None, "unknown")


@pytest.mark.parametrize(
    ("text", "code", "how"),
    [
        ("Berlin said it would send", "DE", "capital"),
        ("The Swedish government approved", "SE", "demonym"),
        ("the U.S. ordered", "US", "name"),
        ("Britain froze", "GB", "name"),
        ("President Joe Biden announced", "US", "official"),
        ("The EBRD lent", "", "organisation"),
    ],
)
def test_who_a_text_names(text, code, how):
    actor = actors(text)[0]
    assert (actor.code, actor.how) == (code, how)


def test_a_capital_named_as_a_place_is_not_its_government():
    assert actors("talks were held in Warsaw") == []


# --- Pledges ------------------------------------------------------------------------------------


def test_a_bare_dollar_is_read_by_the_donors_currency_and_marked():
    found = only(pledges_of("Canada will give Ukraine $20 million in humanitarian aid."))
    assert (found.fields["currency"], found.readings) == ("CAD", {"currency": "read"})
    assert "read_currency" in found.flags
    assert "bare" in found.notes[0]
    found = only(pledges_of("Japan will extend $100 million in emergency aid to Ukraine."))
    assert found.fields["currency"] == "USD"


def test_a_weekday_becomes_a_derived_date_with_its_reasoning():
    found = only(
        pledges_of("Norway said on Monday it will send Ukraine 2,000 M72 anti-tank weapons.")
    )
    assert (found.fields["announced_on"], found.fields["announced_precision"]) == (
        "2022-02-28",
        "derived",
    )
    assert found.fields["announced_as"] == "Monday"
    assert any("Monday" in note for note in found.notes)


def test_items_with_quantities_and_units():
    found = only(
        pledges_of(
            "The Swedish government approved the shipment of 5,000 helmets and 5,000 pieces of body armor to Ukraine."
        )
    )
    assert [
        (i["name"], i["quantity"], i["unit"], i["item_type"]) for i in found.fields["items"]
    ] == [
        ("helmets", 5000, "", "helmets"),
        ("body armor", 5000, "pieces", "body-armour"),
    ]


def test_totals_of_many_donors_running_totals_and_parts_are_flagged_never_proposed():
    text = (
        "Donors at the conference pledged €6 billion for Ukraine.\n\n"
        "Germany will give Ukraine €300 million in loans, bringing its total support to "
        "€1.2 billion.\n\n"
        "The package includes €50 million for hospitals."
    )
    found = pledges_of(text)
    flags = {d.fields["amount"]: d.flags for d in found}
    assert "aggregate" in flags["6000000000"]
    assert "running_total" in flags["1200000000"]
    assert "part_of_package" in flags["50000000"]
    proposed = [d for d in found if not d.not_a_record]
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in proposed] == [("DE", "300000000")]


def test_numbers_of_people_never_become_money():
    found = draft(
        "More than 2 million people have fled Ukraine, the UN refugee agency said.", FRIDAY
    )
    assert found.pledges == []
    figure = only(found.figures)
    assert (figure.fields["kind"], figure.fields["value"], figure.fields["qualifier"]) == (
        "fled_abroad", 2000000, "more_than")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "donor", "amount"),
    [
        (
            "Ukraine will receive $500 million in budget support from the United States.",
            "US",
            "500000000",
        ),
        ("Kyiv is to get 20 Harpoon missiles from Denmark.", "DK", None),
        (
            "NOK 2 billion has been earmarked by the Norwegian government for aid to Ukraine.",
            "NO",
            "2000000000",
        ),
    ],
)
def test_a_donor_named_after_the_gift(text, donor, amount):
    found = only(pledges_of(text))
    assert (found.fields["donor_code"], found.fields["amount"]) == (donor, amount)


def test_a_pledge_made_at_a_gathering_dated_before_takes_its_date_and_says_so():
    found = pledges_of(
        "Donors met in Warsaw at Thursday's donors' conference, the hosts said.\n\n"
        "Sweden's prime minister told the conference that Stockholm would add 500 million "
        "kronor to its humanitarian support for Ukraine.\n\n"
        "The Czech delegation said Prague would send two dozen ambulances to Ukraine.",
        FRIDAY + datetime.timedelta(days=2),
    )
    sweden, czech = found
    assert not sweden.not_a_record, sweden.flags  # "told the conference" is where, not who
    assert (sweden.fields["donor_code"], sweden.fields["amount"], sweden.fields["currency"]) == (
        "SE", "500000000", "SEK")  # fmt: skip
    assert [i["quantity"] for i in czech.fields["items"]] == [24]
    for pledge in found:
        assert (pledge.fields["announced_on"], pledge.fields["announced_precision"]) == (
            FRIDAY.replace(day=3).isoformat(), "derived")  # fmt: skip
        assert any("conference that paragraph 1 dates" in note for note in pledge.notes)


def test_needs_costs_and_losses_are_no_ones_pledge():
    assert (
        pledges_of(
            "The International Monetary Fund has estimated that Kyiv needs about $5 billion a month. "
            "Polish officials say caring for refugees will cost the state 30 billion zlotys this year."
        )
        == []
    )


def test_earlier_aid_a_pledge_comes_on_top_of_is_flagged():
    (earlier,) = pledges_of(
        "Those shipments come on top of up to C$620 million in loans that Ottawa offered Kyiv."
    )
    assert earlier.flags == ["earlier"]
    assert earlier.not_a_record


@pytest.mark.parametrize(
    "text",
    [
        "The two tranches took Australia's military assistance to A$95 million.",
        "That brings American security assistance since March to about $3.8 billion.",
    ],
)
def test_running_totals_with_possessives_and_qualifiers(text):
    (found,) = pledges_of(text)
    assert "running_total" in found.flags
    assert found.not_a_record


def test_a_pledge_added_days_later_is_its_own_pledge_dated_from_the_first():
    first, added = pledges_of(
        "On Sunday, Defence Minister Anita Anand said Canada would send $25 million worth of "
        "helmets to the Ukrainian military.\n\n"
        "Two days later she added 100 Carl Gustaf anti-tank weapon systems and 2,000 rounds of "
        "ammunition, drawn from Canadian Armed Forces stocks."
    )
    assert first.fields["announced_on"] == "2022-02-27"
    assert (added.fields["donor_code"], added.fields["amount"]) == ("CA", None)
    assert [i["quantity"] for i in added.fields["items"]] == [100, 2000]
    assert (added.fields["announced_on"], added.fields["announced_precision"]) == (
        "2022-03-01", "derived")  # fmt: skip


def test_a_list_after_a_colon_gives_the_counts_of_items_named_before():
    (found,) = pledges_of(
        "Finland will send assault rifles and anti-tank weapons to Ukraine, the government "
        "said. The Defence Forces will hand over the following:\n\n"
        "– 2,500 assault rifles\n\n– 1,500 single-shot anti-tank weapons"
    )
    got = {(i["name"], i["quantity"]) for i in found.fields["items"]}
    assert ("assault rifles", 2500) in got
    assert ("single-shot anti-tank weapons", 1500) in got


def test_a_day_earlier_counts_back_from_the_date_stated_beside_it():
    monday, sunday = pledges_of(
        "Finland will send 2,500 assault rifles to Ukraine, the government said on Monday.\n\n"
        "Monday's package comes on top of a decision taken a day earlier to send 2,000 "
        "bulletproof vests and 100 stretchers.",
        datetime.date(2022, 2, 28),
    )
    assert monday.fields["announced_on"] == "2022-02-28"
    assert (sunday.fields["announced_on"], sunday.fields["announced_precision"]) == (
        "2022-02-27", "derived")  # fmt: skip
    assert [i["quantity"] for i in sunday.fields["items"]] == [2000, 100]


def test_a_live_reports_timed_entry_is_dated_the_day_of_publication():
    (found,) = pledges_of(
        "10:20 — Josep Borrell says the European Union will put another €500 million towards "
        "weapons for Ukraine's armed forces."
    )
    assert (found.fields["announced_on"], found.fields["announced_precision"]) == (
        FRIDAY.isoformat(), "derived")  # fmt: skip
    assert any("live report timed 10:20" in note for note in found.notes)


def test_an_appeal_is_asked_of_many_donors_not_given():
    (found,) = pledges_of(
        "On March 1, UN agencies launched a $1.1 billion flash appeal for Ukraine."
    )
    assert found.flags[0] == "aggregate"
    assert found.not_a_record


def test_what_a_donor_did_until_now_or_avoided_is_not_a_pledge():
    assert (
        pledges_of(
            "Belgium had until now limited itself to medical supplies and protective gear for "
            "Ukraine. Finland has for decades avoided sending weapons into active conflicts."
        )
        == []
    )


def test_a_sum_attributed_to_a_party_at_the_sentences_end_is_that_partys():
    (found,) = pledges_of(
        "A further $320 million in aid will go to democracy programmes in Ukraine, the White House said."
    )
    assert (found.fields["donor_code"], found.fields["amount"]) == ("US", "320000000")


def test_a_second_package_in_the_same_clause_is_its_own_pledge_dated_from_the_first():
    first, second = pledges_of(
        "At national level, the Czech government keeps its help quiet. Prague approved on "
        "February 26 a shipment of pistols worth CZK 188 million, and a day later a second "
        "package worth CZK 400 million for Ukraine.\n\n"
        "Defence Minister Jana Černochová said that second batch would include 30,000 pistols.",
        datetime.date(2022, 3, 14),
    )
    assert (first.fields["amount"], first.fields["announced_on"]) == ("188000000", "2022-02-26")
    assert (second.fields["amount"], second.fields["announced_on"]) == ("400000000", "2022-02-27")
    assert second.fields["announced_precision"] == "derived"
    assert [i["quantity"] for i in second.fields["items"]] == [30000]


def test_a_reports_own_government_is_the_country_it_names_most():
    (found,) = pledges_of(
        "Czech volunteers drove to Lviv. The Czech Republic has taken in refugees, and Prague "
        "is sending more.\n\n"
        "At national level, the government approved CZK 300 million in humanitarian aid for "
        "Ukraine. Czech donors gave more."
    )
    assert (found.fields["donor_code"], found.fields["amount"]) == ("CZ", "300000000")


def test_a_date_told_in_the_sentence_after_a_sum_dates_it():
    (found,) = pledges_of(
        "International Monetary Fund: US$1.4 billion for Ukraine. Emergency financing, approved "
        "by the board on March 1, 2022 and paid out within days."
    )
    assert (found.fields["announced_on"], found.fields["announced_precision"]) == (
        "2022-03-01", "day")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Another $139 million for Ukraine came as guarantees from the Netherlands and Sweden.",
        "An embassy account has collected close to CZK 1 billion for Ukraine from Czech donors.",
        "The EU loan for Ukraine was agreed in January; the first €600 million was paid in March.",
        "About €1 billion of the package would be spent inside Ukraine, the EBRD said.",
    ],
)
def test_sums_of_several_givers_and_parts_are_never_proposed(text):
    assert [d for d in pledges_of(text) if not d.not_a_record] == []


def test_an_interviewers_question_states_nothing():
    assert (
        pledges_of("Q: Will Canada send Ukraine more howitzers? Canadians would like to know.")
        == []
    )


def test_a_leaders_surname_acting_names_the_country():
    (found,) = pledges_of(
        "Kishida also used the summit to announce that Japan would give another $100 million "
        "in humanitarian assistance for Ukraine."
    )
    assert found.fields["donor_code"] == "JP"


def test_kroner_are_read_by_the_donor_and_a_sum_converted_is_not_another():
    found = pledges_of(
        "Denmark's government lifted the sum set aside for military donations to Ukraine from "
        "400 million kroner to 1 billion kroner, or about $142 million.\n\n"
        "Copenhagen will also give Ukraine 50 million kroner in humanitarian aid."
    )
    proposed = [d for d in found if not d.not_a_record]
    assert [(d.fields["amount"], d.fields["currency"]) for d in proposed] == [("50000000", "DKK")]
    assert proposed[0].readings == {"currency": "read"}
    assert "$142" not in " ".join(d.quote for d in proposed)


@pytest.mark.parametrize(
    "text",
    [
        "If each committed grants worth 0.1 per cent of its GDP, the pot for Ukraine would come "
        "to about $42 billion.",
        "Belaruskali earned the equivalent of some 2.8 billion US dollars abroad last year.",
        "From April 5 Japanese companies will no longer be allowed to ship luxury goods to Russia "
        "worth more than ¥6 million.",
        "Correction: an earlier version of this article said Ukraine would get €5.7 billion.",
    ],
)
def test_conditionals_earnings_trade_with_the_target_and_corrections_are_no_pledge(text):
    assert [d for d in pledges_of(text) if not d.not_a_record] == []


def test_what_a_leader_announced_is_the_pledge_of_the_party_that_will_give():
    (found,) = pledges_of(
        "On 2 March Sánchez went to parliament and announced that Spain would also deliver "
        "offensive military material directly to the Ukrainian armed forces."
    )
    assert (found.fields["donor_code"], found.fields["announced_on"]) == ("ES", "2022-03-02")


def test_the_day_a_report_is_said_dates_every_pledge_it_reports():
    found = pledges_of(
        "Denmark will give Ukraine Harpoon anti-ship missiles, and the Czech Republic has "
        "delivered attack helicopters, U.S. Defense Secretary Lloyd Austin said on Monday."
    )
    assert {(d.fields["donor_code"], d.fields["announced_on"]) for d in found} == {
        ("DK", "2022-02-28"), ("CZ", "2022-02-28")}  # fmt: skip
    assert found[0].fields["items"][0]["name"] == "Harpoon anti-ship missiles"


def test_a_press_releases_we_is_the_country_it_speaks_for():
    found = pledges_of(
        "Today we are making an additional €30 million available to help people driven from their "
        "homes by the war in Ukraine.\n\n"
        "The Netherlands will keep standing by Ukrainians. Dutch support since February rises to "
        "more than €200 million. In the Netherlands itself, some 60,000 people are registered.\n\n"
        "We are also announcing the shipment of 40 generators and 2,500 camp beds to Ukraine.",
        datetime.date(2022, 6, 20),
    )
    proposed = [(d.fields["donor_code"], d.fields["amount"]) for d in found if not d.not_a_record]
    assert proposed == [("NL", "30000000"), ("NL", None)]


def test_francs_are_read_by_a_swiss_donor():
    (found,) = pledges_of(
        "On Tuesday Switzerland set aside at least 15 million francs to help Ukraine."
    )
    assert (found.fields["amount"], found.fields["currency"]) == ("15000000", "CHF")
    assert found.readings == {"currency": "read"}


def test_history_and_pledges_gathered_from_many_are_no_ones_pledge():
    assert [d for d in pledges_of(
        "Between 1948 and 1952 the United States spent about $13 billion on rebuilding Europe. "
        "Shmyhal said his team had gathered pledges worth close to $2 billion for Ukraine."
    ) if not d.not_a_record] == []  # fmt: skip


def test_donors_thanked_one_by_one_with_their_sums():
    found = pledges_of(
        "The World Food Programme thanked donors for its work in Ukraine. WFP is also grateful to "
        "Canada, whose minister announced C$ 10 million on Tuesday; to Japan (US$ 11 million); "
        "and to Norway (NOK 50 million)."
    )
    got = [(d.fields["donor_code"], d.fields["amount"], d.fields["currency"]) for d in found]
    assert got == [("CA", "10000000", "CAD"), ("JP", "11000000", "USD"), ("NO", "50000000", "NOK")]


def test_six_more_of_what_was_handed_over_before():
    (found,) = pledges_of(
        "Macron said that on top of the 12 Caesars already handed over, France would deliver six "
        "more to Ukraine. Before April the army had 76 Caesars in service."
    )
    assert [(i["name"], i["quantity"]) for i in found.fields["items"]] == [("Caesars", 6)]


def test_a_capital_opening_the_sentence_names_the_government_that_acts():
    found = draft(
        "In London, the government froze the assets of 59 more Russian individuals.", FRIDAY
    ).sanctions
    assert [measure_of(d) for d in found] == [("GB", "asset_freeze", "persons", 59)]


def test_each_donor_named_in_one_sentence_with_its_own_sum_and_later_items():
    found = pledges_of(
        "The United States committed $2.98 billion in weapons to Ukraine on Wednesday, Britain's "
        "departing prime minister brought a £54 million drone package to Kyiv.\n\n"
        "The Pentagon said the new package covers six more NASAMS air defence systems."
    )
    got = [(d.fields["donor_code"], d.fields["amount"], d.fields["currency"]) for d in found]
    assert got == [("US", "2980000000", "USD"), ("GB", "54000000", "GBP")]
    assert [(i["name"], i["quantity"]) for i in found[0].fields["items"]] == [
        ("NASAMS air defence systems", 6)]  # fmt: skip


def test_a_negated_pledge_is_not_a_pledge():
    assert pledges_of("Japan will not provide weapons to Ukraine, its minister said.") == []


def test_an_organisation_is_a_donor_by_name():
    found = only(pledges_of("The World Bank approved a $200 million loan for Ukraine on Monday."))
    assert (found.fields["donor"], found.fields["donor_code"], found.fields["donor_kind"]) == (
        "World Bank", "", "organisation")  # fmt: skip
    assert found.fields["category"] == "financial"


# --- Sanctions and figures ---------------------------------------------------------------------


def test_sanctions_named_or_stated_by_their_effect():
    found = draft(
        "Britain froze the assets of VTB, Russia's second-largest bank, and barred the airline "
        "Aeroflot from landing in the UK. Canada banned imports of Russian crude oil.",
        FRIDAY,
    ).sanctions
    got = [(d.fields["imposer_code"], d.fields["measure"], d.fields["target_kind"]) for d in found]
    assert got == [("GB", "asset_freeze", "banks"), ("GB", "other", "entities"),
                   ("CA", "import_ban", "sectors")]  # fmt: skip


def test_a_sanctions_count_and_named_targets():
    found = draft(
        "Japan froze the assets of seven Russian banks. It also blocked the assets of several "
        "Russian leaders, including President Vladimir Putin.",
        FRIDAY,
    ).sanctions
    assert [(d.fields["targets_count"], d.fields["named_targets"]) for d in found] == [
        (7, []), (None, ["Vladimir Putin"])]  # fmt: skip
    assert found[1].fields["imposer_code"] == "JP"  # "It" is the sentence before's Japan


def test_the_effect_told_of_them_names_the_measure_of_sanctions_just_told():
    (found,) = draft(
        "On Thursday, Mr. Trudeau announced sanctions on 10 people in Russia's energy sector. "
        "Any assets they hold in Canada are frozen.",
        FRIDAY,
    ).sanctions
    assert (found.fields["measure"], found.fields["target_kind"], found.fields["targets_count"]) == (
        "asset_freeze", "persons", 10)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "Liz Truss announced an increase of 35 percentage points in the tariffs on about £900 "
            "million of Russian imports.",
            [("GB", "other")],
        ),
        (
            "Canada will also lift tariffs on all imports from Ukraine, Ottawa said of Russia's war.",
            [],
        ),
        (
            "The European Union barred imports of Russian iron and steel products.",
            [("", "import_ban")],
        ),
        (
            "Finance Minister Anton Siluanov said $300 billion of Russia's reserves has been frozen.",
            [],
        ),
    ],
)
def test_measures_by_their_words_and_not_a_targets_own_account(text, measures):
    found = draft(text, FRIDAY).sanctions
    assert [(d.fields["imposer_code"], d.fields["measure"]) for d in found] == measures


def test_a_handful_of_people_killed_is_a_figure():
    (found,) = draft("LVIV, Ukraine - Four missiles struck the city. They killed seven people.",
                     FRIDAY).figures  # fmt: skip
    assert (found.fields["kind"], found.fields["value"], found.fields["country_code"]) == (
        "casualties", 7, "UA")  # fmt: skip


def test_hosts_counted_once_for_each_country_named_before_its_number():
    found = draft(
        "Poland has taken in 2,336,799 people from Ukraine. Romania has received 608,936, and "
        "Moldova, a country of 2.6 million, 387,151. Hungary had registered 364,851 arrivals and "
        "Slovakia 281,194. About 1,189 civilians were killed and 1,901 injured, the UN said. "
        "Roughly 100,000 of them crossed in the past 24 hours.",
        FRIDAY,
    ).figures
    got = [(d.fields["kind"], d.fields["country_code"], d.fields["value"]) for d in found]
    assert got == [
        ("refugees_hosted", "PL", 2336799), ("refugees_hosted", "RO", 608936),
        ("refugees_hosted", "MD", 387151), ("refugees_hosted", "HU", 364851),
        ("refugees_hosted", "SK", 281194), ("casualties", "UA", 1189), ("casualties", "UA", 1901),
    ]  # fmt: skip


def test_sanctions_on_people_or_firms_are_designations_that_freeze_assets():
    found = draft(
        "The United States on Thursday imposed sanctions on 328 members of Russia's State Duma. "
        "Also designated were 48 state-owned defence companies.\n\n"
        "The designations freeze any property the targets hold under U.S. jurisdiction.\n\n"
        "Seventeen members of the board of Sovcombank, a Russian lender, were designated as well. "
        "Britain has now sanctioned more than 1,000 people and businesses since the invasion.",
        FRIDAY,
    ).sanctions
    got = [measure_of(d) for d in found]
    assert got == [
        ("US", "asset_freeze", "persons", 328),
        ("US", "asset_freeze", "entities", 48),
        ("US", "asset_freeze", "persons", 17),
    ]


def test_an_offer_to_take_people_in_is_not_a_figure():
    assert (
        draft(
            "The United States would welcome up to 100,000 Ukrainians fleeing the war.", FRIDAY
        ).figures
        == []
    )


def test_targets_counted_from_the_names_listed_are_marked_worked_out():
    first, second = draft(
        "Japan said the assets of VTB Bank, Sovcombank, Novikombank and Otkritie, all Russian "
        "lenders, would be frozen. Japan also froze the assets of several Russian leaders, including Vladimir Putin.",
        FRIDAY,
    ).sanctions
    assert (first.fields["target_kind"], first.fields["targets_count"]) == ("banks", 4)
    assert first.readings == {"targets_count": "derived"}
    assert second.fields["targets_count"] is None  # "several ..., including": some of them


def test_a_listing_then_its_effects_on_them():
    found = draft(
        "The European Union added 22 officers of the Belarusian armed forces to the sanctions list. "
        "Their assets in the EU are frozen, and they may no longer enter the territory of the "
        "Union. Potash may in future no longer be imported into the Union from Belarus.",
        FRIDAY,
    ).sanctions
    got = [(d.fields["measure"], d.fields["target_kind"], d.fields["targets_count"]) for d in found]
    assert got == [("asset_freeze", "persons", 22), ("travel_ban", "persons", 22),
                   ("import_ban", "sectors", None)]  # fmt: skip


def test_a_table_of_measures_one_line_each():
    found = draft(
        "Asian exporters have lined up behind the sanctions on Russia. Here is where things stand:"
        "\n\nSouth Korea — seven banks — dealings with Sberbank, VEB, PSB, VTB, Otkritie, "
        "Sovcombank and Novikombank suspended\n"
        "Singapore — four banks — no new business with VTB, Vnesheconombank, Promsvyazbank and "
        "Bank Rossiya; existing assets frozen\n"
        "Taiwan — 57 items — export permission required from April 6 for chipmaking equipment",
        FRIDAY,
    ).sanctions
    got = [measure_of(d) for d in found]
    assert got == [("KR", "asset_freeze", "banks", 7), ("SG", "asset_freeze", "banks", 4),
                   ("TW", "export_ban", "sectors", None)]  # fmt: skip


def test_measures_told_with_their_targets_counted_first():
    found = draft(
        "EU countries will stop buying Russian crude oil shipped by sea. Three more Russian banks "
        "are being cut off from Swift. Another 65 individuals have had their assets in the EU "
        "frozen and are banned from travelling to the bloc, and 18 companies face asset freezes as "
        "well. Three Russian state-owned channels will be taken off the air in the EU. The list of "
        "goods that cannot be exported to Russia has been extended to include 80 chemicals.",
        FRIDAY,
    ).sanctions
    assert [measure_of(d) for d in found] == [
        ("", "import_ban", "sectors", None), ("", "swift_exclusion", "banks", 3),
        ("", "asset_freeze", "persons", 65), ("", "travel_ban", "persons", 65),
        ("", "asset_freeze", "entities", 18), ("", "other", "entities", 3),
        ("", "export_ban", "sectors", None),
    ]  # fmt: skip


def test_a_series_of_counts_and_hosts_told_by_where():
    found = draft(
        "The UN agency counted one million people leaving Ukraine in the first week, three million "
        "by March 15 and more than five million by April 20. Poland, where more than 3.5 million "
        "refugees from Ukraine have arrived, still shelters most. The agency has reached more than "
        "3 million people inside the country.",
        FRIDAY,
    ).figures
    assert [(d.fields["kind"], d.fields["country_code"], d.fields["value"]) for d in found] == [
        ("fled_abroad", "UA", 1000000), ("fled_abroad", "UA", 3000000),
        ("fled_abroad", "UA", 5000000), ("refugees_hosted", "PL", 3500000),
    ]  # fmt: skip


def test_counted_targets_in_another_state_and_listings():
    found = draft(
        "Canada listed 15 Russian officials and 13 people and two entities in Belarus.",
        FRIDAY,
    ).sanctions
    assert [(d.fields["target_code"], d.fields["target_kind"], d.fields["targets_count"])
            for d in found] == [("RU", "persons", 15), ("BY", "persons", 13), ("BY", "entities", 2)]  # fmt: skip


# --- Any text --------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = st.sampled_from(
    [
        "Germany",
        "will",
        "send",
        "Ukraine",
        "1,000",
        "anti-tank",
        "weapons",
        "and",
        "$5",
        "million",
        ",",
        ".",
        ";",
        ":",
        "the",
        "it",
        "we",
        "froze",
        "assets",
        "of",
        "seven",
        "Russian",
        "banks",
        "Friday",
        "last",
        "month",
        "2",
        "million",
        "people",
        "fled",
        "into",
        "Poland",
        "donors",
        "pledged",
        "€6bn",
        "bringing",
        "total",
        "to",
        "of",
        "which",
        "including",
        "such",
        "as",
        "“",
        "”",
        "Washington",
        "Berlin",
        "EU",
        "sanctions",
        "barred",
        "from",
        "entering",
        "ports",
        "12",
        "3.5",
        "bn",
        "m",
        "SWIFT",
        "—",
        "(",
        ")",
        "\n\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=10, max_size=120).map(" ".join), st.one_of(st.none(), st.dates()))
def test_any_text_is_drafted_or_refused_with_a_message_never_crashes(text, published):
    try:
        drafts = draft(text, published)
    except IntakeError:
        return
    body = paragraphs(text)
    for found in drafts:
        assert found.quote in body[found.paragraph - 1]
        assert found.fields.get("amount") is None or float(found.fields["amount"]) > 0


# --- Rules from the sixteenth blind round ------------------------------------------------------


def test_a_capital_before_summit_or_pledge_names_an_event_not_its_government():
    names = [actor.name for actor in actors("Hours before the Madrid pledge, ministers met.")]
    assert "Spain" not in names


def test_the_lender_whose_money_another_party_backs_is_not_an_actor():
    text = "Britain stood ready to guarantee another £429m of World Bank lending this year."
    assert [actor.name for actor in actors(text)] == ["United Kingdom"]
    assert "World Bank" in [actor.name for actor in actors("The World Bank approved a loan.")]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("It lifts British military assistance to Ukraine to £2.3bn, up from £1.3bn.", "earlier"),
        ("UK support for Kyiv this year comes to roughly £3.8bn.", "running_total"),
        ("With that, Britain's aid to Ukraine this year passes £1.5bn.", "running_total"),
    ],
)
def test_sums_that_are_not_a_new_pledge(text, why):
    assert not [d for d in pledges_of(text, datetime.date(2022, 7, 1)) if not d.not_a_record]
    flagged = [d for d in pledges_of(text, datetime.date(2022, 7, 1)) if d.not_a_record]
    last = flagged[-1]
    assert why in last.flags, [(d.fields["amount"], d.flags) for d in flagged]


def test_what_an_appeal_sought_is_not_a_pledge():
    text = "Before the war the UN's humanitarian plan for Ukraine sought just $190 million."
    assert not [d for d in pledges_of(text) if not d.not_a_record]


def test_states_named_together_as_the_subject_each_impose_the_measure():
    text = "Estonia, Latvia and Lithuania each closed their airspace to Russian airlines."
    imposers = [s.fields["imposer_code"] for s in draft(text, FRIDAY).sanctions]
    assert sorted(imposers) == ["EE", "LT", "LV"]


def test_that_weekday_is_the_day_stated_before():
    text = (
        "On 27 February Sweden said it would send 5,000 helmets to Ukraine.\n\n"
        "Sweden also pledged a further 500 million kronor in humanitarian aid to Ukraine in that "
        "Sunday's announcement."
    )
    sums = [d for d in pledges_of(text, datetime.date(2022, 3, 24)) if d.fields["amount"]]
    assert only(sums).fields["announced_on"] == "2022-02-27"


def test_a_condition_before_the_subject_does_not_name_the_giver():
    text = (
        "On 21 January, once Washington cleared the transfer of US-made weapons, Estonia said it "
        "would hand over Javelin anti-tank missiles to Ukraine."
    )
    assert only(pledges_of(text)).fields["donor_code"] == "EE"


def test_a_relative_clause_names_the_giver_it_stands_for():
    text = (
        "London coordinated the step with Washington, which on 1 June announced a $700m "
        "security package for Ukraine."
    )
    assert only(pledges_of(text, datetime.date(2022, 7, 1))).fields["donor_code"] == "US"


def test_the_party_of_an_earlier_measure_told_in_passing_does_not_impose_this_one():
    # "The same package froze the assets of ... Roman Abramovich, ..., who had already been
    # sanctioned by Britain last week": the EU's package, told in the paragraph before.
    article = (
        Path(__file__).parent / "articles" / "ukraine-humanitarian-aid-refugees-2022-03-16.txt"
    )
    found = draft(article.read_text(), datetime.date(2022, 3, 16)).sanctions
    assert {s.fields["imposer"] for s in found if s.paragraph == 12} == {"European Union"}


# --- Round 16, second pass: rules from the misses of the same three blind articles -------------


def test_a_counted_subject_hit_with_a_measure_is_its_count_of_targets():
    # the "and" inside the subject's own clause does not start the measure's clause
    text = (
        "Britain froze the assets of two Russian bankers on Monday.\n\n"
        "Three generals of the 35th Army, the force that shelled, looted and burned villages "
        "near Kyiv, were hit with asset freezes in the same round."
    )
    found = sanctions_in(text, 2)
    assert measure_of(only(found)) == ("GB", "asset_freeze", "persons", 3)


def test_a_measure_stated_by_what_it_bars_is_drafted():
    text = (
        "Canada imposed new sanctions on Russia on Friday. The government also said it would "
        "bar Russians from using Canadian payment services."
    )
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s)[:2] for s in found] == [("CA", "other"), ("CA", "other")]
    assert "bar Russians from using" in found[1].quote


def test_the_value_of_a_part_alone_is_not_another_pledge():
    text = (
        "Norway will give Ukraine military aid worth 300 million kroner, including 2,000 "
        "M72 anti-tank weapons. The weapons alone were valued at 90 million kroner."
    )
    found = pledges_of(text)
    assert [d.fields["amount"] for d in found if not d.not_a_record] == ["300000000"]
    assert next(d for d in found if d.fields["amount"] == "90000000").flags[0] == (
        "part_of_package"
    )


def test_the_first_sum_agreed_on_its_own_is_an_earlier_pledge_not_a_part():
    text = (
        "The European Union on Wednesday approved another €300m for Ukraine's army, which "
        "doubles its support to €600m. The first €300m was agreed by EU ministers on 1 March, "
        "with €250m set aside for arms."
    )
    found = [d for d in pledges_of(text, datetime.date(2022, 3, 25)) if not d.not_a_record]
    assert sorted(d.fields["announced_on"] for d in found) == ["2022-03-01", "2022-03-23"]
    assert {d.fields["donor"] for d in found} == {"European Union"}


def test_a_weekday_written_with_its_date_is_that_date():
    found = dates("agreed on Sunday, 27 February, and again on Friday", datetime.date(2022, 3, 24))
    assert [(w.on.isoformat(), w.words) for w in found] == [
        ("2022-02-27", "27 February"),
        ("2022-03-18", "Friday"),
    ]


def test_a_name_ending_in_ing_is_not_an_opening_phrase():
    text = "Downing Street said Britain would give Ukraine £25m, to help pay its soldiers."
    assert only(pledges_of(text)).fields["donor_code"] == "GB"


# --- Round 17: rules from the misses of three blind articles ---------------------------------


def test_the_measures_listed_after_a_package_are_the_packages():
    text = (
        "The European Union adopted a tenth package of sanctions against Russia on Friday.\n\n"
        '"This is a strong reply," said the bloc\'s foreign policy chief.\n\n'
        "Another 87 individuals and 34 entities have had their assets frozen, and the "
        "individuals may no longer travel into the bloc; they are barred from entering it."
    )
    found = draft(text, FRIDAY).sanctions
    assert {measure_of(s) for s in found} >= {
        ("", "asset_freeze", "persons", 87),
        ("", "asset_freeze", "entities", 34),
    }
    assert {s.fields["imposer"] for s in found} == {"European Union"}
    assert {s.fields["target_code"] for s in found} == {"RU"}


def test_targets_named_again_with_the_are_as_many_as_before():
    text = (
        "In Tokyo, 25 more Russian businessmen have had their assets frozen by Japan, and the "
        "businessmen are barred from entering the country."
    )
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s) for s in found] == [
        ("JP", "asset_freeze", "persons", 25),
        ("JP", "travel_ban", "persons", 25),
    ]


def test_the_aid_recipient_named_as_an_owner_does_not_impose_a_measure():
    text = (
        "The European Union adopted a new package of sanctions against Russia on Friday.\n\n"
        "Night-vision equipment can no longer be exported to Russia, whose missiles keep hitting "
        "Ukraine's power plants."
    )
    (found,) = sanctions_in(text, 2)
    assert (found.fields["imposer"], found.fields["measure"]) == ("European Union", "export_ban")


def test_it_after_a_named_bank_is_that_bank():
    text = (
        "Britain imposed new sanctions on Russia on Monday.\n\nThe largest name on the list "
        "is the Moscow Credit Bank. It is now under a full asset freeze."
    )
    found = only(sanctions_in(text, 2))
    assert measure_of(found) == ("GB", "asset_freeze", "banks", 1)
    assert found.fields["named_targets"] == ["Moscow Credit Bank"]


def test_a_pronoun_of_the_noun_just_before_it_is_not_the_last_targets():
    text = (
        "Canada froze the assets of two Russian banks on Monday. Drones and their parts can no "
        "longer be exported to Russia."
    )
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s) for s in found] == [
        ("CA", "asset_freeze", "banks", 2),
        ("CA", "export_ban", "sectors", None),
    ]


def test_a_sum_left_frozen_is_neither_a_measure_nor_a_pledge():
    text = (
        "On Monday the European Union agreed to lend Ukraine €5 billion. The deal leaves €4.1 "
        "billion of Poland's own EU funds frozen."
    )
    found = draft(text, FRIDAY)
    assert found.sanctions == []
    assert [d.fields["amount"] for d in found.pledges] == ["5000000000"]


def test_a_ban_on_selling_services_is_an_export_ban_and_the_loss_of_licences_another():
    text = (
        "Britain imposed new sanctions on Russia on Monday.\n\nBritish firms can no longer sell "
        "accounting, consulting or legal services in Russia. Three Russian channels lose their "
        "licences to broadcast in Britain."
    )
    found = sanctions_in(text, 2)
    assert [measure_of(s) for s in found] == [
        ("GB", "export_ban", "sectors", None),
        ("GB", "other", "entities", 3),
    ]


def test_goods_no_longer_allowed_into_a_country_are_its_import_ban_told_once():
    text = (
        "Ukraine's army gets a new batch of rifles from abroad every week.\n\n"
        "Russian gold will no longer be allowed into New Zealand. The prime minister said "
        "imports would be banned from next month."
    )
    found = only(draft(text, FRIDAY).sanctions)
    assert measure_of(found)[:2] == ("NZ", "import_ban")


def test_financial_sanctions_and_travel_bans_fall_on_the_same_people():
    text = (
        "Australia imposed new sanctions on Russia on Friday.\n\nTwelve more Russian officials "
        "will face targeted financial sanctions and travel bans."
    )
    found = sanctions_in(text, 2)
    assert [measure_of(s) for s in found] == [
        ("AU", "asset_freeze", "persons", 12),
        ("AU", "travel_ban", "persons", 12),
    ]


def test_a_recipient_receiving_from_no_one_named_receives_from_the_reports_country():
    text = (
        "Australia will send Ukraine 20 more Bushmaster vehicles, Canberra said on Sunday. "
        "Australia has now sent Ukraine more armour than any other country outside NATO, and "
        "Australia will keep helping.\n\n"
        "Ukraine's coast guard gets a separate A$4.5 million for new patrol boats."
    )
    found = [d for d in pledges_of(text) if d.fields["amount"]]
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in found] == [("AU", "4500000")]
    assert found[0].readings.get("donor") or "donor" in " ".join(found[0].notes).lower()


def test_a_running_count_of_items_is_no_new_pledge():
    text = (
        "Canada will send Ukraine eight armoured vehicles, the minister said on Sunday. Sunday's "
        "eight take Canada's vehicle commitment to 47 vehicles."
    )
    found = pledges_of(text)
    assert [[i["quantity"] for i in d.fields["items"]] for d in found] == [[8]]


def test_a_package_put_at_a_sum_is_a_pledge_and_its_breakdown_its_parts():
    text = (
        "Ukraine asked its allies for more help this week. "
        "At NATO headquarters on Wednesday, the minister put Norway's newest package at 900 "
        "million kroner. Of that, 300 million kroner covers artillery shells. Another 250 "
        "million kroner buys winter clothing, and radars account for 345 million kroner."
    )
    found = pledges_of(text)
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in found if not d.not_a_record] == [
        ("NO", "900000000")
    ]
    assert [d.flags[0] for d in found if d.not_a_record] == ["part_of_package"] * 3


def test_counted_items_promised_in_a_relative_clause_are_a_pledge():
    text = (
        "SPAIN - The first of the six Hawk launchers that Madrid has promised Kyiv reached "
        "Ukraine this week. Spanish officials say one Hawk battery can guard an airport."
    )
    found = only(pledges_of(text, datetime.date(2022, 10, 15)))
    assert found.fields["donor_code"] == "ES"
    assert [(i["name"], i["quantity"]) for i in found.fields["items"]] == [("Hawk launchers", 6)]
    assert found.quote == "six Hawk launchers that Madrid has promised Kyiv"


def test_the_wounded_counted_after_their_verb_are_a_figure():
    text = "A missile hit a market in eastern Ukraine on Friday, killing 8 people and wounding 27."
    found = draft(text, FRIDAY).figures
    assert sorted((f.fields["kind"], f.fields["value"]) for f in found) == [
        ("casualties", 8),
        ("casualties", 27),
    ]


def test_a_total_across_a_continent_is_not_hosted_where_its_parts_are():
    text = (
        "The UN refugee agency counts more than 6.1 million refugees from Ukraine across Europe, "
        "about 1.2 million of them in Poland and more than a million in Germany."
    )
    found = draft(text, FRIDAY).figures
    assert sorted(
        (f.fields["kind"], f.fields["country_code"], f.fields["value"]) for f in found
    ) == [
        ("fled_abroad", "UA", 6100000),
        ("refugees_hosted", "DE", 1000000),
        ("refugees_hosted", "PL", 1200000),
    ]


# --- Round 18: rules from the misses of three blind articles ---------------------------------


def test_a_recipient_getting_aid_from_a_named_donor_after_a_dateline():
    text = (
        "OTTAWA - Ukraine will get a NASAMS battery from Canada as part of C$406 million in new "
        "military aid, the government said on Wednesday."
    )
    found = only(pledges_of(text, datetime.date(2022, 11, 18)))
    assert (found.fields["donor_code"], found.fields["amount"]) == ("CA", "406000000")


def test_a_sum_announced_in_parts_and_a_sum_made_up_of_items():
    text = (
        "Norway pledged 3 billion kroner in new aid for Ukraine on Monday.\n\n"
        "The money comes in two parts. Weapons worth 2 billion kroner will come from army "
        "stocks. The remaining 1 billion kroner goes to a fund.\n\n"
        "On Friday Norway announced 500 million kroner in aid made up of 40 generators and "
        "2,000 tents."
    )
    found = pledges_of(text)
    assert [(d.fields["amount"], d.not_a_record) for d in found] == [
        ("3000000000", False),
        ("2000000000", True),
        ("1000000000", True),
        ("500000000", False),
    ]
    assert [i["quantity"] for i in found[-1].fields["items"]] == [40, 2000]


def test_what_a_package_is_said_to_give_is_not_another_pledge():
    text = (
        "The United States announced $400 million in military aid for Ukraine on Friday.\n\n"
        "The secretary said the package would give Ukraine stronger air defence and more "
        "firepower."
    )
    found = only(pledges_of(text))
    assert (found.fields["amount"], found.fields["items"]) == ("400000000", [])


@pytest.mark.parametrize(
    "sentence",
    [
        "He put US assistance to Ukraine since January at $19.3 billion.",
        "Canada's largest contribution remains the C$500 million for the Ukrainian budget.",
        "Mr Sunak said Britain had provided £2.3 billion in military aid this year.",
    ],
)
def test_aid_given_so_far_is_a_running_total(sentence):
    found = only(pledges_of("Ukraine asked for more help on Monday. " + sentence))
    assert found.flags[0] == "running_total"


def test_a_spending_bill_is_no_ones_pledge():
    text = (
        "The United States announced $400 million in military aid for Ukraine on Friday.\n\n"
        "The aid came as Congress hurried to pass a $1.7 trillion spending bill to keep the "
        "federal government open."
    )
    assert [d.fields["amount"] for d in pledges_of(text)] == ["400000000"]


def test_a_bank_blacklisted_with_subsidiaries_and_people_counted_apart():
    text = (
        "The US Treasury blacklisted Rosbank, a lender owned by a Russian tycoon, along with 12 "
        "subsidiaries of Sberbank and more than 30 people tied to Russia's banks. It also "
        "blacklisted Novikombank, a state-owned bank, and ten of its subsidiaries."
    )
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s) for s in found] == [
        ("US", "asset_freeze", "banks", 1),
        ("US", "asset_freeze", "entities", 12),
        ("US", "asset_freeze", "persons", 30),
        ("US", "asset_freeze", "banks", 1),
    ]
    assert [s.fields["named_targets"] for s in found[::3]] == [["Rosbank"], ["Novikombank"]]


def test_sums_each_sent_through_its_own_agency_are_two_pledges():
    text = (
        "Britain said on Saturday that £12 million would go to the World Food Programme and "
        "£4 million to the International Organization for Migration, to help Ukrainians."
    )
    found = pledges_of(text)
    assert [(d.fields["amount"], d.not_a_record) for d in found] == [
        ("12000000", False),
        ("4000000", False),
    ]


def test_ministers_met_in_a_scene_setting_clause_are_not_the_givers():
    text = (
        "On Wednesday, in Oslo, where he was meeting defence ministers from northern Europe, "
        "Mr Wallace said Britain would give Ukraine three Sea King helicopters."
    )
    found = only(pledges_of(text))
    assert [(i["name"], i["quantity"]) for i in found.fields["items"]] == [
        ("Sea King helicopters", 3)
    ]


def test_a_minister_of_the_reports_government_gives_for_it():
    text = (
        "Britain will send Ukraine 24 ambulances, Downing Street said. Britain is also training "
        "Ukrainian medics, and Britain will pay for more.\n\n"
        "What did the visit show?\n\n"
        "The foreign secretary made his own trip to Kyiv later in the week. He set aside £3 "
        "million to repair bridges."
    )
    found = [d for d in pledges_of(text) if d.fields["amount"]]
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in found] == [("GB", "3000000")]


def test_the_aid_recipients_adjective_and_a_target_leader_in_passing_do_not_impose():
    text = (
        "Japan imposed an oil price cap on Russia on Monday.\n\n"
        "In early October, a week after Vladimir Putin declared four Ukrainian regions part of "
        "Russia, the Cabinet froze the assets of 81 people. The same decision put 21 more "
        "Russian organisations, laboratories among them, on the list of bodies that Japanese "
        "exporters may not supply."
    )
    found = sanctions_in(text, 2)
    assert [measure_of(s) for s in found] == [
        ("JP", "asset_freeze", "persons", 81),
        ("JP", "export_ban", "entities", 21),
    ]


def test_plight_rules_and_a_sum_sized_again_are_no_new_records():
    text = (
        "Japan gave Ukraine $2.57 million in winter aid on Tuesday, for people who can no longer "
        "heat their homes. At $2.57 million, the grant is modest. Japan's rules still keep it "
        "from sending weapons."
    )
    found = draft(text, FRIDAY)
    assert found.sanctions == []
    assert [(d.fields["amount"], d.not_a_record) for d in found.pledges] == [
        ("2570000", False),
        ("2570000", True),
    ]


# --- Round 19: rules from the misses of three blind articles ---------------------------------


def test_states_refusing_entry_each_impose_a_travel_ban_on_people():
    text = (
        "From Monday, Finland and Norway are refusing entry to Russian tourists holding "
        "short-stay visas."
    )
    found = draft(text, FRIDAY).sanctions
    assert sorted(measure_of(s) for s in found) == [
        ("FI", "travel_ban", "persons", None),
        ("NO", "travel_ban", "persons", None),
    ]


def test_what_sanctions_have_so_far_frozen_is_a_tally():
    text = (
        "Danish officials say the sanctions have so far frozen more than 2 billion kroner of "
        "Russian-linked assets in the country."
    )
    assert draft(text, FRIDAY).sanctions == []


def test_a_measure_joined_to_the_next_shares_its_counted_targets():
    text = "Australia imposed asset freezes and travel bans on 25 Russian individuals on Friday."
    assert [measure_of(s) for s in draft(text, FRIDAY).sanctions] == [
        ("AU", "asset_freeze", "persons", 25),
        ("AU", "travel_ban", "persons", 25),
    ]


def test_targets_counted_among_others_are_some_of_them_not_more():
    text = (
        "The US Treasury blacklisted 22 suppliers to Russia's arms industry on Friday, among "
        "them three firms based in Turkey."
    )
    assert [measure_of(s) for s in draft(text, FRIDAY).sanctions] == [
        ("US", "asset_freeze", "entities", 22)
    ]


def test_targets_counted_before_being_added_to_a_list():
    text = (
        "On Friday, 31 Russian companies were added by Washington to the Entity List, meaning "
        "American exporters need a licence to ship them goods."
    )
    assert [measure_of(s) for s in draft(text, FRIDAY).sanctions] == [
        ("US", "export_ban", "entities", 31)
    ]


def test_a_wave_of_sanctions_told_measure_by_measure_after_is_their_summary():
    text = (
        "Britain and Canada announced a fresh wave of sanctions on Friday against Russian "
        "officials.\n\n"
        "Britain froze the assets of 12 officials.\n\n"
        "Canada froze the assets of 20 officials."
    )
    found = draft(text, FRIDAY).sanctions
    assert sorted((s.paragraph, *measure_of(s)) for s in found) == [
        (2, "GB", "asset_freeze", "persons", 12),
        (3, "CA", "asset_freeze", "persons", 20),
    ]


def test_a_wave_of_sanctions_told_no_further_stays():
    text = "Britain announced a fresh wave of sanctions against Russia on Friday."
    assert len(draft(text, FRIDAY).sanctions) == 1


def test_a_pledge_told_days_before_the_news_of_the_day():
    text = (
        "Japan froze the assets of 40 Russian officials on Friday.\n\n"
        "Since February, Japan has been under pressure to do more. The freeze came three days "
        "after Tokyo unveiled $50 million in winter aid for Ukraine."
    )
    found = only(pledges_of(text))
    assert (found.fields["amount"], found.fields["announced_on"]) == ("50000000", "2022-03-01")
    assert found.fields["announced_precision"] == "derived"


def test_days_after_a_day_not_stated_leave_the_date_unknown():
    text = "Two days after the summit, Japan pledged $30 million to Ukraine."
    assert only(pledges_of(text)).fields["announced_on"] is None


def test_a_largest_package_so_far_is_a_rank_not_a_running_total():
    text = (
        "Norway's largest aid package to Ukraine so far - NOK 2 billion\n\n"
        "The government on Friday gave Ukraine a package made up of materiel and financial "
        "contributions worth about NOK 2 billion. It is the largest package Norway has "
        "provided since the invasion."
    )
    found = [d for d in pledges_of(text) if not d.not_a_record]
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in found] == [("NO", "2000000000")]


def test_water_and_power_equipment_are_items():
    text = "Denmark will send Ukraine 12 water purification units and 40 transformers on Friday."
    found = only(pledges_of(text))
    assert [(i["name"], i["quantity"], i["item_type"]) for i in found.fields["items"]] == [
        ("water purification units", 12, "water-equipment"),
        ("transformers", 40, "energy-equipment"),
    ]


def test_a_sum_decided_on_is_pledged():
    text = (
        "Finland's government said on Friday it was helping. The Government also decided on "
        "EUR 20 million in support to Moldova, which is facing an energy crisis after Russia cut "
        "gas supplies and whose grid has been hit by the attacks on Ukraine."
    )
    found = only(pledges_of(text))
    assert (found.fields["donor_code"], found.fields["recipient_code"], found.fields["amount"]) == (
        "FI",
        "MD",
        "20000000",
    )


def test_people_granted_temporary_protection_are_hosted_there():
    text = (
        "Since the invasion, the Finnish Immigration Service has granted temporary protection "
        "under the European Union's directive to more than 40,000 people from Ukraine."
    )
    found = only(draft(text, FRIDAY).figures)
    assert (found.fields["kind"], found.fields["value"], found.fields["country_code"]) == (
        "refugees_hosted",
        40000,
        "FI",
    )


# --- Round 20: rules from the misses of three blind articles ---------------------------------


def test_targets_added_to_a_blacklist_after_a_ban_are_frozen_not_banned():
    text = (
        "The European Union adopted its eighth package of sanctions on Friday, banning imports "
        "of Russian steel products, and adding 12 individuals and four entities to its blacklist."
    )
    assert [measure_of(s) for s in draft(text, FRIDAY).sanctions] == [
        ("", "import_ban", "sectors", None),
        ("", "asset_freeze", "persons", 12),
        ("", "asset_freeze", "entities", 4),
    ]


def test_calibres_and_counted_items_in_a_list_are_counted_once():
    text = (
        "The United States on Friday announced $400 million for Ukraine. The package includes "
        "10,000 155mm artillery rounds, more than 100 Humvees and 4,000 helmets."
    )
    found = only([d for d in pledges_of(text) if d.fields["amount"]])
    assert [(i["name"], i["quantity"]) for i in found.fields["items"]] == [
        ("155mm artillery rounds", 10000),
        ("Humvees", 100),
        ("helmets", 4000),
    ]


def test_a_sum_put_toward_aid_is_a_pledge_and_no_item():
    text = "On Friday the Belgian government put 12 million euros toward air defence for Ukraine."
    found = only(pledges_of(text))
    assert (found.fields["donor_code"], found.fields["amount"], found.fields["currency"]) == (
        "BE",
        "12000000",
        "EUR",
    )
    assert found.fields["items"] == []


def test_a_headline_with_neither_sum_nor_count_is_the_bodys_pledge():
    text = (
        "Canada unveils new arms package for Ukraine\n\n"
        "Canada on Friday announced C$100 million in military aid for Ukraine."
    )
    found = pledges_of(text)
    assert [(d.paragraph, d.fields["amount"]) for d in found] == [(2, "100000000")]


def test_what_a_package_also_contains_is_no_new_pledge():
    text = (
        "The United States on Friday announced $400 million for Ukraine. The package includes "
        "4,000 helmets. It also contains more rockets, radars and medical supplies, the "
        "Pentagon said."
    )
    assert [d.fields["amount"] for d in pledges_of(text)] == ["400000000"]


def test_the_start_of_a_period_is_no_pledges_date():
    text = (
        "It is the 20th time Washington has drawn on its stocks for Kyiv since August 2021. A "
        "senior US defense official said the first two NASAMS air-defence systems promised over "
        "the summer should arrive in Ukraine within weeks."
    )
    found = only(pledges_of(text))
    assert found.fields["announced_on"] is None


def test_a_promise_of_another_time_is_not_told_of_the_days_package():
    text = (
        "The United States on Friday announced $400 million for Ukraine.\n\n"
        "A senior US defense official said the first two NASAMS air-defence systems promised over "
        "the summer should arrive in Ukraine within weeks."
    )
    found = pledges_of(text)
    assert [(d.fields["amount"], [i["quantity"] for i in d.fields["items"]], d.fields["announced_on"])
            for d in found] == [("400000000", [], "2022-03-04"), (None, [2], None)]  # fmt: skip


def test_a_donor_that_followed_with_counted_items_pledges_them():
    text = (
        "Copenhagen is sending 2,700 anti-tank weapons to Ukraine, the Danish government "
        "announced on Sunday. Oslo followed on Monday with up to 2,000 M72 anti-tank weapons, "
        "reversing a long-held policy of not arming countries at war."
    )
    found = pledges_of(text)
    assert [(d.fields["donor_code"], d.fields["announced_on"]) for d in found] == [
        ("DK", "2022-02-27"),
        ("NO", "2022-02-28"),
    ]


def test_later_in_the_week_leaves_the_day_unknown():
    text = (
        "Norway said on Monday it would send 2,000 M72 anti-tank weapons. Later in the week the "
        "Norwegian government also set aside 2 billion kroner in humanitarian aid for Ukraine."
    )
    found = [d for d in pledges_of(text) if d.fields["amount"]]
    assert [(d.fields["amount"], d.fields["announced_on"]) for d in found] == [("2000000000", None)]


def test_a_measure_someone_may_talk_about_is_not_taken():
    text = (
        "EU leaders meet on Thursday. We will be watching whether anyone in the room is ready to "
        "talk about an embargo on Russian oil and gas."
    )
    assert draft(text, FRIDAY).sanctions == []


def test_a_meeting_of_an_alliance_is_where_a_donor_speaks():
    text = (
        "At a NATO meeting in Bucharest on November 29, US Secretary of State Antony Blinken "
        "announced $53 million for grid equipment for Ukraine."
    )
    found = only(pledges_of(text, datetime.date(2022, 12, 15)))
    assert (found.fields["donor_code"], found.fields["amount"]) == ("US", "53000000")


def test_a_figures_kind_is_read_in_its_own_clause():
    text = (
        "The UN estimates that about 5.9 million people remain displaced inside Ukraine, and some "
        "7.8 million refugees from Ukraine are recorded across Europe."
    )
    found = draft(text, FRIDAY).figures
    assert sorted((d.fields["kind"], d.fields["value"]) for d in found) == [
        ("displaced", 5900000),
        ("fled_abroad", 7800000),
    ]


# --- Round 21: rules from the misses of three blind articles ---------------------------------


def test_a_minister_at_a_meeting_of_an_alliances_ministers_gives_for_his_country():
    text = (
        "At a meeting of NATO defence ministers in Brussels on October 12, Defence Secretary Ben "
        "Wallace promised Ukraine 18 more howitzers."
    )
    found = only(pledges_of(text, datetime.date(2022, 10, 21)))
    assert (found.fields["donor_code"], found.fields["announced_on"]) == ("GB", "2022-10-12")


def test_targets_of_other_states_and_the_one_more_named_after_and():
    text = (
        "Britain on Thursday froze the assets of three senior Iranian military officers and the "
        "company that builds the drones Russia has been firing at Ukrainian cities."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.fields["target_code"], *measure_of(s)) for s in found] == [
        ("IR", "GB", "asset_freeze", "persons", 3),
        ("IR", "GB", "asset_freeze", "entities", 1),
    ]


def test_the_same_targets_named_again_in_the_next_sentences():
    text = (
        "The EU froze the assets of three Iranian generals on Thursday. The three generals can "
        "no longer access any funds held in the bloc. All three are now barred from entering "
        "the Union, and the generals also face a ban on travelling through it."
    )
    found = draft(text, FRIDAY).sanctions
    assert {measure_of(s) for s in found} == {
        ("", "asset_freeze", "persons", 3),
        ("", "travel_ban", "persons", 3),
    }


def test_a_measure_a_target_is_covered_by_is_told_again():
    text = (
        "Britain froze the assets of three Iranian officers and a drone maker on Friday.\n\n"
        "The officers are named. All three are now barred from entering Britain. The "
        "manufacturer, Shahed Aviation Industries, which the Guards own, is covered by the asset "
        "freeze alone."
    )
    assert [measure_of(s) for s in draft(text, FRIDAY).sanctions] == [
        ("GB", "asset_freeze", "persons", 3),
        ("GB", "travel_ban", "persons", 3),
    ]


def test_a_named_company_and_the_others_counted_with_it():
    text = (
        "The US Treasury on Friday blacklisted Tehran-based Safiran Airport Services, which it "
        "said flew drones, personnel and equipment out of Iran, together with three other "
        "companies and one individual."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.fields["target_code"], *measure_of(s)) for s in found] == [
        ("IR", "US", "asset_freeze", "entities", 4),
        ("IR", "US", "asset_freeze", "persons", 1),
    ]


def test_a_measure_with_no_target_is_on_the_state_the_text_names_most():
    text = (
        "Drones made in Iran hit Kyiv on Monday. Russia's war goes on.\n\n"
        "Canada added 23 Russians to its sanctions list on Friday. Moscow called it theatre, and "
        "Russia vowed to respond.\n\n"
        "Further export bans apply to jet fuel."
    )
    found = draft(text, FRIDAY).sanctions
    assert {s.fields["target_code"] for s in found} == {"RU"}
    assert measure_of(found[0]) == ("CA", "asset_freeze", "persons", 23)


def test_figures_counted_with_their_words_and_tariffs_by_their_rate():
    text = (
        "New Zealand added 364 Russian political and military figures to a travel ban on "
        "Friday.\n\n"
        "Like Wellington, Canberra is reaching for tariffs: goods from Russia will attract an "
        "extra 35 per cent duty from April 25."
    )
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s) for s in found] == [
        ("NZ", "travel_ban", "persons", 364),
        ("AU", "other", "state", None),
    ]


def test_another_clauses_host_is_not_this_numbers():
    text = (
        "The UN refugee agency counts nearly 7.8 million refugees from Ukraine recorded across "
        "Europe, and roughly 1.5 million people have registered for temporary protection in "
        "Poland alone."
    )
    found = draft(text, FRIDAY).figures
    assert [(d.fields["kind"], d.fields["value"], d.fields["country_code"]) for d in found] == [
        ("fled_abroad", 7800000, "UA"),
        ("refugees_hosted", 1500000, "PL"),
    ]


def test_people_killed_are_counted_where_the_sentence_opens():
    text = (
        "12:02 - In Poland, investigators are still examining Tuesday's blast in the border "
        "village of Przewodow, which killed two farm workers."
    )
    found = only(draft(text, FRIDAY).figures)
    assert (found.fields["kind"], found.fields["value"], found.fields["country_code"]) == (
        "casualties",
        2,
        "PL",
    )


def test_a_package_put_as_a_label_in_a_live_report():
    text = (
        "09:05 - Rishi Sunak has arrived in Kyiv on his first visit since becoming Britain's "
        "prime minister last month.\n\n"
        "09:20 - The package: £50m of air defence, made up of 125 anti-aircraft guns meant to "
        "counter the Iranian-made drones Russia has been firing at Ukraine's power plants."
    )
    found = only(pledges_of(text, datetime.date(2022, 11, 19)))
    assert (found.fields["donor_code"], found.fields["amount"], found.fields["announced_on"]) == (
        "GB",
        "50000000",
        "2022-11-19",
    )
    assert [(i["name"], i["quantity"]) for i in found.fields["items"]] == [
        ("anti-aircraft guns", 125)
    ]


def test_aid_that_now_totals_goods_worth_a_sum_is_a_running_total():
    text = (
        "The European Commission says material aid sent to Ukraine through its civil protection "
        "mechanism now totals 74,000 tonnes worth more than €450m."
    )
    assert [d.not_a_record for d in pledges_of(text)] == [True]


def test_the_date_told_right_after_the_verb_is_the_pledges():
    text = (
        "Today's guns come on top of the more than 1,000 anti-air missiles for Ukraine that "
        "Britain's Ben Wallace promised earlier this month."
    )
    found = only(pledges_of(text, datetime.date(2022, 11, 19)))
    assert (found.fields["announced_on"], found.fields["announced_precision"]) == (
        "2022-11-01",
        "month",
    )


def test_a_fund_money_goes_to_and_a_currencys_sign_name_no_giver():
    text = (
        "On March 21, Jacinda Ardern announced NZ$5m for Ukraine, most of it for a NATO trust "
        "fund that buys fuel and rations for Ukrainian troops."
    )
    found = only(pledges_of(text, datetime.date(2022, 4, 12)))
    assert (found.fields["donor_code"], found.fields["announced_on"]) == ("NZ", "2022-03-21")


def test_a_party_that_buys_for_the_recipient_is_not_the_recipient():
    text = (
        "New Zealand said on Friday that NZ$13m more would go on military support, including "
        "NZ$7.5m for Britain to buy weapons on Ukraine's behalf."
    )
    found = [d for d in pledges_of(text) if not d.not_a_record]
    assert [(d.fields["amount"], d.fields["recipient_code"]) for d in found] == [("13000000", "UA")]


def test_donated_equipment_moved_and_shipping_lines_are_no_pledges():
    text = (
        "New Zealand will give Ukraine NZ$13m more, the government said yesterday.\n\n"
        "A Hercules transport plane and 40 personnel are also heading to Europe for a month to "
        "move donated equipment between hubs. Its exports range from shipping lines to cars."
    )
    assert [d.fields["amount"] for d in pledges_of(text, datetime.date(2022, 4, 12))] == [
        "13000000"
    ]


# --- Round 22: rules from the misses of three blind articles ---------------------------------


def test_a_headlines_measure_is_its_own_clauses_and_the_bodys():
    text = (
        "Briefing: Helsinki and Oslo send arms to Kyiv; Bern freezes Putin's assets\n\n"
        "On Monday the Swiss Federal Council froze the assets of Vladimir Putin, Mikhail "
        "Mishustin and Sergei Lavrov. Ukraine welcomed it."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.paragraph, *measure_of(s)) for s in found] == [
        (2, "CH", "asset_freeze", "persons", 3)
    ]


def test_nouns_that_look_like_pledge_verbs():
    text = (
        "It is day six of the invasion of Ukraine, and the weekend's rush of European weapons "
        "promises carried on into Monday, Finland said."
    )
    assert pledges_of(text) == []


def test_a_minister_listing_counted_weapons_pledges_them():
    text = (
        "Finland said on Monday that it would arm Ukraine against Russia's invasion. Defence "
        "Minister Antti Kaikkonen listed 2,500 assault rifles, 150,000 cartridges and 1,500 "
        "anti-tank weapons."
    )
    found = draft(text, FRIDAY)
    assert found.sanctions == []
    assert [(d.fields["donor_code"], quantities_of(d)) for d in found.pledges] == [
        ("FI", [1500, 2500, 150000])
    ]


def quantities_of(found):
    return sorted(item["quantity"] for item in found.fields["items"])


def test_funding_that_rises_by_a_further_sum_told_by_the_prime_minister():
    text = (
        "Magdalena Andersson told reporters that Sweden would send Ukraine 5,000 helmets.\n\n"
        "The prime minister also said humanitarian funding for Ukraine would rise by a further "
        "SEK 500m."
    )
    found = [d for d in pledges_of(text) if d.fields["amount"]]
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in found] == [("SE", "500000000")]


def test_a_request_answered_by_shipping_goods_is_a_pledge():
    text = (
        "On Saturday the Belgian prime minister said his country would answer a request from "
        "Kyiv by shipping 3,800 tonnes of fuel to Ukraine, together with 2,000 machine guns."
    )
    found = only(pledges_of(text))
    assert (found.fields["donor_code"], quantities_of(found)) == ("BE", [2000, 3800])


def test_a_bank_described_then_its_assets_frozen():
    text = (
        "Britain is imposing the largest package of sanctions that Russia has ever seen.\n\n"
        "At the centre of the package is VTB, Russia's second-largest lender. Its assets in "
        "Britain are frozen with immediate effect, the prime minister said."
    )
    assert [measure_of(s) for s in draft(text, FRIDAY).sanctions] == [
        ("GB", "asset_freeze", "banks", 1)
    ]


def test_counted_names_on_the_list_and_a_stated_count_before_names():
    text = (
        "Britain imposed sanctions on Russia on Friday.\n\n"
        "Four of the biggest names in Russia's arms industry are also on the list: Rostec, "
        "United Aircraft Corporation, United Shipbuilding Corporation and Uralvagonzavod. Five "
        "individuals close to the Kremlin had their assets frozen: Kirill Shamalov and Petr "
        "Fradkov among them."
    )
    found = [s for s in draft(text, FRIDAY).sanctions if s.paragraph == 2]
    assert [measure_of(s) for s in found] == [
        ("GB", "asset_freeze", "entities", 4),
        ("GB", "asset_freeze", "persons", 5),
    ]


def test_an_airline_no_longer_allowed_to_land_and_licences_suspended():
    text = (
        "Britain imposed sanctions on Russia on Friday.\n\n"
        "Aeroflot, the national flag carrier, will no longer be allowed to land at British "
        "airports, and export licences for dual-use goods have been suspended."
    )
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s) for s in found] == [
        ("GB", "other", "entities", 1),
        ("GB", "export_ban", "sectors", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Britain urged its allies to keep pushing for Russia to be shut out of SWIFT, the foreign "
        "secretary said.",
        'Boris Johnson replied that "nothing is off the table" on SWIFT for Russia.',
        "Switzerland said it would back international moves to cut Russian banks off from SWIFT.",
        "The EU is weighing more steps. Pressure is building for a European ban on Russian coal "
        "and oil. Warsaw and the Baltic capitals are in favour, Berlin is not.",
        "Ending the trade status that Russia has held for years requires legislation, and Britain "
        "said it would bring a bill to parliament.",
        "European Union leaders said they would also move to suspend the trade privileges Russia "
        "enjoys in the bloc, but they set no date and adopted no new sanctions at the summit.",
    ],
)
def test_measures_urged_backed_or_needing_a_law_are_not_taken(text):
    assert draft(text, FRIDAY).sanctions == []


def test_airspace_closed_to_a_states_flights():
    text = "Swiss airspace, meanwhile, has been closed since yesterday to all flights from Russia."
    assert [measure_of(s)[:2] for s in draft(text, FRIDAY).sanctions] == [("CH", "other")]


def test_barring_imports_and_the_same_restriction_applied_to_another_state():
    text = (
        "President Joe Biden on Friday announced a fresh round of economic penalties on Russia, "
        "barring Americans from importing Russian seafood and diamonds. American companies can "
        "no longer sell luxury goods to buyers in Russia, and the Commerce Department applied "
        "the same restriction to Belarus."
    )
    found = draft(text, FRIDAY)
    assert found.pledges == []
    assert [(s.fields["target_code"], s.fields["measure"]) for s in found.sanctions] == [
        ("RU", "import_ban"),
        ("RU", "export_ban"),
        ("BY", "export_ban"),
    ]


def test_a_sum_raised_to_from_an_earlier_one():
    text = (
        "In Bern, the Swiss government raised its humanitarian aid for Ukraine tenfold on "
        "Friday, to CHF 80m (about $86m), from the CHF 8m it set aside when the war began."
    )
    found = pledges_of(text)
    assert [(d.fields["amount"], d.flags[:1]) for d in found] == [
        ("80000000", ["running_total"]),
        ("8000000", ["earlier"]),
    ]


# --- Round 23: rules from the misses of three blind articles ---------------------------------


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        # blacklists someone escaped and an embargo gone without are no measures
        ("Vladimir Potanin, who had escaped the Western blacklists that caught his peers, spoke "
         "on Friday. Britain raised tariffs to 35 per cent on Russian goods, without a full "
         "embargo.", "GB"),
        ("Joe Biden signed a proclamation on Friday raising tariffs to 35 per cent on some 570 "
         "categories of Russian goods.", "US"),
    ],
)  # fmt: skip
def test_tariffs_raised_are_the_one_measure(text, imposer):
    assert [measure_of(s)[:2] for s in draft(text, FRIDAY).sanctions] == [(imposer, "other")]


def test_support_doubled_from_one_sum_to_another_is_a_running_total():
    text = (
        "Tokyo, for its part, said on Friday it was doubling its financial support for Ukraine "
        "from $300 million to $600 million."
    )
    assert [(d.fields["amount"], d.flags[:1]) for d in pledges_of(text)] == [
        ("300000000", ["running_total"]),
        ("600000000", ["running_total"]),
    ]


def test_long_names_of_counted_items_and_a_month_that_opens_the_sentence():
    text = (
        "On Thursday Germany's Christine Lambrecht announced that two further MARS II multiple "
        "rocket launchers with 200 rockets will be handed over to Ukraine.\n\n"
        "In June, Ms Lambrecht had already pledged three MARS II systems for Ukraine, together "
        "with several hundred rockets; they arrived in July."
    )
    found = pledges_of(text, datetime.date(2022, 9, 17))
    assert [(quantities_of(d), d.fields["announced_on"]) for d in found] == [
        ([2, 200], "2022-09-15"),
        ([3], "2022-06-01"),
    ]


def test_what_a_giver_receives_in_a_swap_is_not_given():
    text = (
        "Greece will receive 40 Marder from German stocks and in return pass on 40 BMP-1 to "
        "Ukraine. Slovakia is sending 30 BVP-1 infantry fighting vehicles to Ukraine, and "
        "receives 15 Leopard tanks in return."
    )
    found = pledges_of(text)
    assert [(d.fields["donor_code"], quantities_of(d)) for d in found] == [
        ("GR", [40]),
        ("SK", [30]),
    ]
    assert [i["name"] for d in found for i in d.fields["items"]] == [
        "BMP-1",
        "BVP-1 infantry fighting vehicles",
    ]


def test_money_promised_to_a_countrys_own_states_is_spent_at_home():
    text = (
        "Germany sent Ukraine 500 Stinger missiles on Friday. The Federal Government has "
        "promised the Länder €2 billion this year towards the cost of housing refugees."
    )
    assert [d.fields["amount"] for d in pledges_of(text)] == [None]


def test_people_registered_in_a_reports_own_country():
    text = (
        "Germany's Federal Government sent more weapons to Ukraine on Friday. Germany has been "
        "a donor since February, and Germany trains Ukrainian crews.\n\n"
        "According to the Federal Ministry of the Interior, more than one million people from "
        "Ukraine have been registered in the Central Register of Foreigners since February."
    )
    found = only(draft(text, FRIDAY).figures)
    assert (found.fields["kind"], found.fields["value"], found.fields["country_code"]) == (
        "refugees_hosted",
        1000000,
        "DE",
    )


# --- Round 24: rules from the misses of three blind articles ---------------------------------


def test_barring_listed_people_from_entering_is_a_travel_ban():
    text = (
        "In Brussels, the European Union on Friday added 26 people and one company to its "
        "sanctions list, freezing their assets and barring them from entering or transiting the "
        "bloc. Those listed include Kremlin spokesman Dmitry Peskov."
    )
    assert ("", "travel_ban", "persons", 26) in {
        measure_of(s) for s in draft(text, FRIDAY).sanctions
    }


def test_a_second_measure_joined_by_and_is_on_its_own_state():
    text = (
        "The Commerce Department on Friday is extending export controls to Belarus, and is "
        "restricting sales of oil-refining technology to Russia."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.fields["target_code"], s.fields["measure"]) for s in found] == [
        ("BY", "export_ban"),
        ("RU", "export_ban"),
    ]


def test_a_bank_named_after_a_city_put_on_the_list():
    text = (
        "The US Treasury on Friday sanctioned 27 executives of Gazprombank, a Russian lender, and "
        "put Moscow Industrial Bank on its list."
    )
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s) for s in found][-1] == ("US", "asset_freeze", "banks", 1)
    assert found[-1].fields["named_targets"] == ["Moscow Industrial Bank"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington has so far been careful to carve Russian energy payments out of its "
        "financial sanctions.",
        "Canada froze the assets of 46 Russian entities. Moscow responded the same day by "
        "barring 43 Canadians from entering the country.",
    ],
)
def test_sanctions_named_as_a_topic_and_a_targets_own_are_no_new_records(text):
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s) for s in found] in ([], [("CA", "asset_freeze", "entities", 46)])


def test_rounds_of_ammunition_and_items_together_with_others():
    text = (
        "Spain will send Ukraine 1,370 anti-tank grenade launchers and 700,000 rounds of rifle "
        "and machine-gun ammunition on Friday. The Dutch will pass on 50 Panzerfaust 3 anti-tank "
        "weapons together with 400 rockets."
    )
    found = pledges_of(text)
    assert [[(i["name"], i["quantity"]) for i in d.fields["items"]] for d in found] == [
        [("anti-tank grenade launchers", 1370), ("rifle", 700000)],
        [("Panzerfaust 3 anti-tank weapons", 50), ("rockets", 400)],
    ]


# --- From a browser check of the review page as an editor --------------------------------------


def test_each_part_of_a_package_takes_the_category_its_own_words_say():
    text = (
        "Joe Biden on Saturday signed a $40 billion aid package for Ukraine. The measure "
        "includes roughly $20 billion in military assistance and about $8.8 billion in economic "
        "support for the Kyiv government."
    )
    found = pledges_of(text, datetime.date(2022, 5, 21))
    assert [(d.fields["amount"], d.fields["category"]) for d in found][1:] == [
        ("20000000000", "military"),
        ("8800000000", "financial"),
    ]


def test_targets_named_between_dashes_after_their_kind():
    text = (
        "Britain on Friday froze the assets of three Russian airlines – Aeroflot, Ural Airlines "
        "and Rossiya – stopping them from selling their landing slots."
    )
    found = only(draft(text, FRIDAY).sanctions)
    assert sorted(found.fields["named_targets"]) == ["Aeroflot", "Rossiya", "Ural Airlines"]


# --- Round 25: rules from the misses of three blind articles ---------------------------------


def test_crowns_are_read_by_the_donors_currency():
    text = "The Czech government on Friday gave Ukraine 36.6 million crowns in humanitarian aid."
    found = only(pledges_of(text))
    assert (found.fields["amount"], found.fields["currency"]) == ("36600000", "CZK")
    assert found.readings.get("currency") == "read"


def test_an_act_named_as_an_example_is_neither_a_pledge_nor_an_item():
    text = (
        "The Czech government on Friday agreed to give Ukraine 4,006 rounds of artillery "
        'ammunition.\n\n"We have a wide range of options, from political support to concrete '
        'steps such as donating ammunition, which I see as a gesture of solidarity," Defence '
        "Minister Jana Cernochova said."
    )
    found = only(pledges_of(text))
    assert [(i["name"], i["quantity"]) for i in found.fields["items"]] == [
        ("artillery ammunition", 4006)
    ]


def test_a_meeting_a_sentence_opens_with_is_when_not_who():
    text = (
        "After a G7 video call with Volodymyr Zelenskiy on May 8, Kishida said Japan would ban "
        "Russian oil imports."
    )
    assert [measure_of(s)[:2] for s in draft(text, FRIDAY).sanctions] == [("JP", "import_ban")]


def test_transactions_suspended_and_dealings_forbidden_with_banks():
    text = (
        "Seoul banned exports of strategic items to Russia on Monday, and a day later its finance "
        "ministry suspended financial transactions with seven major Russian banks.\n\n"
        "Singapore's break with its usual practice was the most striking. Measures spelled out on "
        "Friday forbid financial institutions in the city-state to deal with Russian banks. "
        "Exports to Russia of military goods and of electronics, computers and telecommunications "
        "equipment that could be used in cyber operations are banned."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.paragraph, *measure_of(s)[:2]) for s in found] == [
        (1, "KR", "export_ban"),
        (1, "KR", "asset_freeze"),
        (2, "SG", "asset_freeze"),
        (2, "SG", "export_ban"),
    ]
    assert found[1].fields["targets_count"] == 7


def test_support_doubled_to_a_sum_is_a_running_total():
    text = "On Friday Kishida said Japan's budget support for Ukraine would be doubled to $600m."
    assert [d.flags[:1] for d in pledges_of(text)] == [["running_total"]]


def test_we_in_a_quotation_is_the_party_the_paragraph_is_about():
    text = (
        "The Czech government on Friday agreed to give Ukraine 4,006 rounds of artillery "
        "ammunition.\n\n"
        "In Berlin, Defence Minister Christine Lambrecht came out of a committee meeting on "
        'Friday. "We will deliver 5,000 helmets to Ukraine," she said.'
    )
    found = pledges_of(text)
    assert [(d.fields["donor_code"], quantities_of(d)) for d in found] == [
        ("CZ", [4006]),
        ("DE", [5000]),
    ]


def test_the_value_of_a_gift_told_after_its_items_is_its_sum():
    text = (
        "The Czech government has agreed to give Ukraine 4,006 rounds of artillery ammunition.\n\n"
        "The gift, approved by the cabinet on Wednesday, is worth 36.6 million crowns, the "
        "defence ministry said."
    )
    found = only(pledges_of(text))
    assert (found.paragraph, found.fields["amount"], found.fields["currency"]) == (
        2,
        "36600000",
        "CZK",
    )
    assert [(i["quantity"], i["paragraph"]) for i in found.fields["items"]] == [(4006, 1)]


# --- Round 26: rules from the misses of three blind articles ---------------------------------


def test_the_union_is_the_european_union_and_arrivals_counted_in_a_series():
    text = (
        "The Union also froze the assets of 26 more Russian people on Friday.\n\n"
        "More than 500,000 people had fled Ukraine by Monday, the UN said. Its breakdown shows "
        "more than 280,000 arrivals in Poland, nearly 85,000 in Hungary and over 36,000 in "
        "Moldova. The Soviet Union is long gone."
    )
    found = draft(text, FRIDAY)
    assert [measure_of(s) for s in found.sanctions] == [("", "asset_freeze", "persons", 26)]
    assert found.sanctions[0].fields["imposer"] == "European Union"
    assert sorted((d.fields["country_code"], d.fields["value"]) for d in found.figures) == [
        ("HU", 85000),
        ("MD", 36000),
        ("PL", 280000),
        ("UA", 500000),
    ]


def test_roads_shut_to_hauliers_of_two_states():
    text = (
        "The EU's package adopted on Friday also shuts EU roads to Russian and Belarusian freight "
        "hauliers."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.fields["target_code"], s.fields["measure"]) for s in found] == [
        ("RU", "other"),
        ("BY", "other"),
    ]


def test_sums_to_date_told_again_or_spent_on_a_donors_own_forces_are_no_pledges():
    text = (
        'Simon Coveney spoke in Kyiv on Friday. "To date, Ireland has committed €33m of '
        'assistance to the Ukrainian military," he said.\n\n'
        "Austria released €2.5m for aid groups on Monday, then a further €15m for UN agencies "
        "days later. That €17.5m has since been overshadowed by private giving.\n\n"
        "Olaf Scholz on Sunday announced a one-off €100bn fund to re-equip the armed forces. "
        "Germany has already given Ukraine close to €2bn in loans since 2014."
    )
    proposed = [d.fields["amount"] for d in pledges_of(text) if not d.not_a_record]
    assert proposed == ["2500000", "15000000"]


def test_counted_items_given_beside_earlier_money_and_services_firms_are_barred_from_selling():
    text = (
        "Ireland has shipped 350 tonnes of medicines to Ukraine, on top of the €20m in "
        "humanitarian funding it released in the first weeks of the war.\n\n"
        "From Friday, American firms are also barred from selling accounting and management "
        "consulting services to anyone in Russia."
    )
    found = draft(text, FRIDAY)
    assert [
        (d.fields["amount"], quantities_of(d)) for d in found.pledges if not d.not_a_record
    ] == [(None, [350])]
    assert [measure_of(s)[:2] for s in found.sanctions] == [("US", "export_ban")]


# --- Round 27: rules from the misses of three blind articles ---------------------------------


def test_johnson_gives_for_britain_and_a_donors_own_sum_beside_a_conference_total():
    text = (
        "In Kyiv on Wednesday, Johnson pledged Ukraine a £54m package paying for 2,000 "
        "drones.\n\n"
        "At a donor conference in Copenhagen on Thursday, 26 countries pledged more than €1.5bn "
        "for weapons, with the Danish government committing €110m (about $113m) of its own."
    )
    found = [d for d in pledges_of(text) if not d.not_a_record]
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in found] == [
        ("GB", "54000000"),
        ("DK", "110000000"),
    ]


def test_banks_listed_in_words_and_sanctions_that_target_people():
    text = (
        "The Foreign Office has listed six Russian banks, among them Alfa-Bank.\n\n"
        "The Canadian sanctions target 23 members of Russia's justice and security apparatus, "
        "Ottawa said on Friday."
    )
    assert [measure_of(s) for s in draft(text, FRIDAY).sanctions] == [
        ("GB", "asset_freeze", "banks", 6),
        ("CA", "asset_freeze", "persons", 23),
    ]


def test_a_headlines_measures_are_those_the_body_tells():
    text = (
        "MPs rally behind Boris Johnson's sanctions on VTB and Aeroflot but press for tougher "
        "action on SWIFT\n\n"
        "Britain froze the assets of VTB, Russia's second-largest lender, on Thursday."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.paragraph, s.fields["measure"]) for s in found] == [(2, "asset_freeze")]


# --- Round 28: rules from the first misses of three blind articles ------------------------------


def test_travellers_turned_away_and_visas_no_longer_accepted_are_travel_bans():
    text = (
        "Poland, Estonia and Lithuania began turning Russian tourists away on Monday.\n\n"
        "Russians holding Schengen visas issued by Estonia will be turned back at the border. "
        "Latvia's embassy in Moscow stopped accepting visa applications from Russian citizens on "
        "Friday.\n\n"
        "As for the Russians turned back at the crossing since Monday, Latvia offered no sympathy."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.paragraph, s.fields["imposer_code"], s.fields["measure"]) for s in found] == [
        (1, "PL", "travel_ban"),
        (1, "EE", "travel_ban"),
        (1, "LT", "travel_ban"),
        (2, "EE", "travel_ban"),
        (2, "LV", "travel_ban"),
    ]


def test_the_same_ban_by_states_a_later_clause_names_and_a_party_acting_anew():
    text = (
        "Norway has refused entry to Russian tourists since Friday, after Denmark and "
        "Iceland began turning such visitors away on Monday.\n\n"
        "Latvia's consulate stopped accepting visa applications from Russians last week. The "
        "Czech Republic has not issued visas to Russians since the end of February."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.paragraph, s.fields["imposer_code"], s.fields["measure"]) for s in found][1:] == [
        (1, "DK", "travel_ban"),
        (1, "IS", "travel_ban"),
        (2, "LV", "travel_ban"),
        (2, "CZ", "travel_ban"),
    ]
    assert found[1].quote.startswith("Denmark and Iceland began turning")


def test_a_ban_pressed_for_is_no_measure_and_ships_shut_out_of_ports_are():
    text = (
        "The Danish and Swedish leaders want the whole bloc to stop issuing visas to Russians.\n\n"
        "Ottawa said on Friday that Russian-flagged vessels would be shut out of Canadian ports."
    )
    assert [measure_of(s) for s in draft(text, FRIDAY).sanctions] == [
        ("CA", "other", "entities", None)
    ]


def test_a_headlines_count_a_dateline_and_the_day_told():
    text = (
        "Washington adds six rocket launchers to Kyiv's arsenal\n\n"
        "WASHINGTON, March 4 (Wire) - The United States will send Ukraine six rocket launchers "
        "in a $400 million package announced on Wednesday."
    )
    found = only(pledges_of(text))
    assert (found.paragraph, found.fields["amount"], found.fields["announced_on"]) == (
        2,
        "400000000",
        "2022-03-02",
    )


def test_items_of_an_earlier_order_belong_to_it():
    text = (
        "The United States will send Ukraine a $300 million package of arms, announced on "
        "Thursday.\n\n"
        "The package follows last month's $900 million contract, which pays industry to build "
        "arms. That contract covers 12 radars and 60 trucks."
    )
    new, earlier = pledges_of(text)
    assert (new.flags, quantities(new)) == (["read_currency", "derived_date"], [])
    assert (earlier.flags[0], quantities(earlier)) == ("earlier", [12, 60])


def quantities(draft_):
    return [item["quantity"] for item in draft_.fields["items"]]


def test_a_countrys_people_named_for_its_government_and_a_swap_is_no_aid():
    text = (
        "The Czechs had already shipped 20 BMP-1 fighting vehicles to Ukraine in the spring. "
        "Prague will hand over 15 T-72 tanks to Ukraine. In exchange, Berlin will supply "
        "the Czech army with 14 Leopard tanks."
    )
    found = pledges_of(text)
    assert [(d.fields["donor_code"], d.fields["recipient_code"], quantities(d)) for d in found] == [
        ("CZ", "UA", [20]),
        ("CZ", "UA", [15]),
    ]
    # without "the", people, not a government: "23 Russians" are targets, "Czechs" no one
    assert [a.code for a in actors("23 Russians and Czechs")] == ["RU"]


def test_trade_standing_production_and_quoted_hopes_are_no_gifts():
    text = (
        "The cap covers Russian crude shipped to third countries. Georgia's candidate status, "
        "granted in June, was welcomed. Romania and Bulgaria offered to step up production of "
        "shells for Ukraine. The pledges, she said, “will keep contributing to our stability”."
    )
    assert pledges_of(text) == []


def test_a_sum_handed_over_before_or_agreed_long_ago_is_earlier_aid():
    text = (
        "Moldova's minister said on Monday that Romania had already handed Chisinau €10m and "
        "was speeding up a €100m grant programme agreed years ago."
    )
    assert [d.flags[0] for d in pledges_of(text)] == ["earlier", "earlier"]


def test_a_report_of_aid_to_moldova_at_a_gathering_told_by_its_delegates():
    text = (
        "Donors promise Moldova €50m for the winter\n\n"
        "When the prime minister told delegates in Chisinau on Monday that the grid might fail, "
        "she spoke to envoys of 30 governments. Refugees from Ukraine keep arriving.\n\n"
        "The host was the most generous on the day. Austria pledged €12m for heating."
    )
    found = only([d for d in pledges_of(text) if not d.not_a_record])
    assert (found.fields["recipient_code"], found.fields["announced_on"]) == (
        "MD",
        "2022-02-28",
    )


def test_refugees_across_europe_fled_abroad_and_a_part_in_poland_is_not_the_whole():
    text = (
        "In London, the government froze the assets of two bankers.\n\n"
        "The UN agency says 6.1 million refugees from Ukraine have been recorded across "
        "Europe, including some 1.2 million registered for protection in Poland."
    )
    figure = draft(text, FRIDAY).figures[0]
    assert (figure.fields["kind"], figure.fields["country_code"]) == ("fled_abroad", "UA")


# --- Round 29: rules from the first misses of three blind articles ------------------------------


def test_a_sum_a_government_will_fund_and_a_tranche_from_a_fund_are_pledges():
    text = (
        "Canada said on Friday it will fund a further $300 million of Ukraine's pensions.\n\n"
        "EU ministers on Friday approved a fourth tranche of €400 million from the European Peace "
        "Facility."
    )
    found = [d for d in pledges_of(text) if not d.not_a_record]
    assert [(d.fields["donor_code"], d.fields["donor"], d.fields["amount"]) for d in found] == [
        ("CA", "Canada", "300000000"),
        ("", "European Union", "400000000"),
    ]


def test_a_packages_items_told_in_the_paragraphs_after_it():
    text = (
        "The United States on Thursday authorised a $600 million arms package for Ukraine.\n\n"
        "The shipment is built around artillery. The Pentagon said it contains 40,000 shells "
        "and 500 Javelin missiles.\n\n"
        "It also lists 30 armoured ambulances and first aid kits."
    )
    found = only(pledges_of(text))
    assert quantities(found) == [40000, 500, 30]


def test_sums_listed_after_earlier_aid_are_earlier_and_values_of_goods_no_aid():
    text = (
        "USAID said the grant lifts budget support to $6 billion, following transfers of $1.1 "
        "billion in May and $1.4 billion in June.\n\n"
        "Officials valued the goods caught by the ban at around £40m. The fund was set up with a "
        "ceiling of about €5 billion over seven years."
    )
    assert [d.flags[0] for d in pledges_of(text)] == ["running_total", "earlier", "earlier"]


def test_the_targets_just_listed_named_again_and_roles_that_are_no_measure():
    text = (
        "Britain on Friday added 12 Russians to its sanctions list. All of them are barred from "
        "entering the country.\n\n"
        "The Council added 20 individuals and three entities to its list; the individuals are "
        "also banned from entering the EU.\n\n"
        "A minister who oversaw the financial sanctions on Russia left office."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.fields["target_code"], *measure_of(s)) for s in found] == [
        ("RU", "GB", "asset_freeze", "persons", 12),
        ("RU", "GB", "travel_ban", "persons", 12),
        ("RU", "", "asset_freeze", "persons", 20),
        ("RU", "", "asset_freeze", "entities", 3),
        ("RU", "", "travel_ban", "persons", 20),
    ]


def test_goods_shut_out_of_a_market_and_firms_barred_from_selling():
    text = (
        "Japan on Friday froze the assets of 10 Belarusians. Belarusian potash is also shut out "
        "of the Japanese market.\n\n"
        "Under the EU's package, companies are now barred from selling Russia aircraft parts."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.fields["target_code"], s.fields["measure"]) for s in found] == [
        ("BY", "asset_freeze"),
        ("BY", "import_ban"),
        ("RU", "export_ban"),
    ]


def test_people_who_reached_a_country_a_share_of_them_and_those_seeking_refuge():
    text = (
        "Ireland has opened its doors to people fleeing the war in Ukraine. About 90,000 people "
        "had reached Ireland by July, roughly six in ten of them women. The war has driven more "
        "than 5.9 million Ukrainians to seek refuge elsewhere in Europe."
    )
    found = [(f.fields["kind"], f.fields["country_code"], f.fields["value"])
             for f in draft(text, FRIDAY).figures]  # fmt: skip
    assert found == [("refugees_hosted", "IE", 90000), ("fled_abroad", "UA", 5900000)]


# --- Round 30: rules from the first misses of three blind articles ------------------------------

JULY_5 = datetime.date(2022, 7, 5)


def test_a_transcripts_we_guarantees_and_designates_and_many_commit_between_them():
    text = (
        "HOUSE OF COMMONS, LONDON, Tuesday 5 July 2022 — Extract from questions.\n\n"
        "The Minister: On Sunday we said we stand ready to guarantee a further $300 million of "
        "World Bank lending to Ukraine. Leaders said that G7 members have between them "
        "committed $20 billion in budget support. Money announced in Bavaria does nothing for a "
        "nurse until it lands.\n\n"
        "The Minister: On 1 July we designated Patriarch Kirill, head of the Russian Orthodox "
        "Church."
    )
    found = draft(text, JULY_5)
    pledges = [(d.fields["donor_code"], d.fields["amount"], d.flags[:1]) for d in found.pledges]
    assert pledges == [("GB", "300000000", ["read_currency"]), (None, "20000000000", ["aggregate"])]
    assert [s.fields["imposer_code"] for s in found.sanctions] == ["GB"]


def test_a_sum_folded_into_a_bill_is_dated_by_its_sentence_not_by_another_sums():
    text = (
        "The largest slice came on Friday, when the House of Representatives passed the spending "
        "bill. Folded into it is about $20 billion for Ukraine, more than the $18 billion the "
        "White House had asked for last month."
    )
    found = [d for d in pledges_of(text, JULY_5) if not d.not_a_record]
    assert [(d.fields["donor_code"], d.fields["amount"], d.fields["announced_on"])
            for d in found] == [("US", "20000000000", "2022-07-01")]  # fmt: skip


def test_claims_earlier_bills_totals_and_a_pledges_breakdown_are_no_new_pledges():
    text = (
        'Posts say Washington "gave Ukraine $90 billion this year", which is misleading.\n\n'
        "Congress approved $30 billion for Ukraine on Friday. That package follows two others. "
        "The law signed in March carried $10 billion; a bill in May added $20 billion. Add them "
        "up and the total is close to $60 billion.\n\n"
        "WHERE IT GOES: The package shows why. Nearly $10 billion is earmarked for stocks. A "
        "further $5 billion covers troops. The $4 billion for training buys courses.\n\n"
        "Germany is hosting more Ukrainian refugees than any other country."
    )
    found = [d for d in pledges_of(text, JULY_5) if not d.not_a_record]
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in found] == [("US", "30000000000")]


def test_the_same_controls_extended_to_another_state_and_a_targets_own_measure():
    text = (
        "Since April, Taiwanese companies have been barred from exporting chips to Russia, and "
        "the same controls were extended to Belarus in May. Moscow had already put Taiwan on "
        "its list of unfriendly states."
    )
    found = draft(text, JULY_5).sanctions
    assert [(s.fields["imposer_code"], s.fields["target_code"], s.fields["measure"])
            for s in found] == [("TW", "RU", "export_ban"), ("TW", "BY", "export_ban")]  # fmt: skip


def test_relief_goods_part_of_the_arrangement_belong_to_its_pledge():
    text = (
        "Under the deal signed on Wednesday, Taiwan is contributing US$1 million so Kyiv can buy "
        "generators. Relief goods are part of the arrangement too: blankets and food rations, to "
        "be handed out to families."
    )
    found = only(pledges_of(text, JULY_5))
    assert {i["name"] for i in found.fields["items"]} >= {"blankets", "food rations"}


def test_a_figures_kind_is_its_own_clauses_and_refugees_across_europe_have_no_host():
    text = (
        "In Warsaw, officials met the agency. Across Europe the agency has recorded more than "
        "five million refugees from Ukraine, and inside the country about seven million people "
        "remain driven from their homes."
    )
    found = [(f.fields["kind"], f.fields["country_code"], f.fields["value"])
             for f in draft(text, JULY_5).figures]  # fmt: skip
    assert found == [("fled_abroad", "UA", 5000000), ("displaced", "UA", 7000000)]


# --- Round 31: rules from the first misses of three blind articles ------------------------------

JUNE_15 = datetime.date(2022, 6, 15)


def test_a_sum_from_two_pots_has_parts_and_its_items_told_after_them():
    text = (
        "The United States on Wednesday announced a $1 billion arms package for Ukraine.\n\n"
        "The money comes from two separate pots. Equipment worth $350 million will be taken "
        "from Pentagon stocks, while the other $650 million will be spent through contracts.\n\n"
        "The package includes 18 howitzers and 36,000 rounds.\n\n"
        "The announcement lifts the total security assistance committed since Russia's invasion "
        "on Feb. 24 to more than $5.6 billion."
    )
    found = pledges_of(text, JUNE_15)
    assert [(d.fields["amount"], d.flags[0], quantities(d)) for d in found] == [
        ("1000000000", "read_currency", [18, 36000]),
        ("350000000", "part_of_package", []),
        ("650000000", "part_of_package", []),
        ("5600000000", "running_total", []),
    ]


def test_sums_bought_earlier_rates_totals_and_a_pledge_told_also_or_on_the_same_trip():
    text = (
        "KYIV, 23 NOVEMBER. Ministers were in Kyiv on Wednesday 23 November. Berlin will provide "
        "€40 million in winter aid, a German minister said. Berlin is also putting €5 million "
        "into schools. Generators worth €11 million, bought earlier, are on their way.\n\n"
        "Romania's contribution on the same trip: Bucharest is sending €300,000 for winter "
        "relief in Ukraine. The cap of $60 a barrel is still argued over. It takes U.S. military "
        "aid to about $19.7 billion."
    )
    found = [d for d in pledges_of(text, datetime.date(2022, 12, 2)) if not d.not_a_record]
    assert [
        (d.fields["donor_code"], d.fields["amount"], d.fields["announced_on"]) for d in found
    ] == [
        ("DE", "40000000", "2022-11-23"),
        ("DE", "5000000", "2022-11-23"),
        ("RO", "300000", "2022-11-23"),
    ]


def test_an_interviews_answer_dated_by_its_question_with_us_the_ministers_country():
    text = (
        "Lithuania's defence minister on shells and winter kit\n\n"
        "Lithuania's State Defence Council met in Vilnius on Monday. We spoke to the minister "
        "in Vilnius about Lithuania's aid.\n\n"
        "Q: What did the council decide on Monday?\n\n"
        "Minister: That Ukraine will keep getting ammunition from us. Our total support to "
        "Ukraine, counting humanitarian aid and what we spend on refugees, is now over €640 "
        "million. Military assistance alone is more than €232 million."
    )
    found = draft(text, datetime.date(2022, 11, 24)).pledges
    assert [(d.fields["donor_code"], d.fields["announced_on"], d.not_a_record) for d in found] == [
        ("LT", "2022-11-21", False),
        ("LT", None, True),
        ("LT", None, True),
    ]


def test_channels_no_longer_rebroadcast_and_a_measure_named_in_passing():
    text = (
        "Vilnius keeps Kremlin channels off its screens\n\n"
        "Russian state channels such as RTR Planeta can no longer be rebroadcast in Lithuania, "
        "the regulator said on Friday.\n\n"
        "The price cap, meant to take effect alongside the EU's oil embargo on Monday, had not "
        "been adopted. The deputy prime minister, who oversees kit for mobilised troops, tops "
        "the list."
    )
    found = draft(text, FRIDAY)
    assert [(s.fields["imposer_code"], s.fields["measure"]) for s in found.sanctions] == [
        ("LT", "other")
    ]
    assert found.pledges == []


# --- Round 32: rules from the first misses of three blind articles ------------------------------

MAY_16 = datetime.date(2022, 5, 16)


def test_sums_in_yuan_a_national_red_cross_society_and_later_that_month():
    text = (
        "Beyond the West\n\n"
        "On March 9, the foreign ministry in Beijing said the Red Cross Society of China would "
        "supply Ukraine with goods worth 5 million yuan (about $790,000).\n\n"
        "A second tranche worth 10 million yuan followed later that month."
    )
    found = [d for d in pledges_of(text, MAY_16) if not d.not_a_record]
    assert [
        (d.fields["donor_code"], d.fields["amount"], d.fields["currency"], d.fields["announced_on"])
        for d in found
    ] == [
        ("CN", "5000000", "CNY", "2022-03-09"),
        ("CN", "10000000", "CNY", "2022-03-01"),
    ]


def test_capitals_beyond_europe_a_relative_clauses_date_and_help_without_guns():
    text = (
        "How Dublin and Valletta help Ukraine without sending guns\n\n"
        "New Delhi shipped 90 tonnes of medicines to Ukraine on Friday. The United Arab Emirates, which "
        "abstained in late February, announced in early March that they would provide $5 million "
        "in aid. Turkey, which has hosted two rounds of talks, makes a similar case."
    )
    found = pledges_of(text, MAY_16)
    assert [(d.fields["donor_code"], d.fields["announced_on"]) for d in found] == [
        ("IN", "2022-05-13"),
        ("AE", "2022-03-01"),
    ]


def test_services_barred_are_an_export_ban_and_seats_on_boards_a_measure():
    text = (
        "Britain said on Friday its firms will no longer be allowed to provide consulting or "
        "accounting services to Russian clients.\n\n"
        "EU nationals can no longer sit on the governing bodies of Russian state-owned companies, "
        "the EU said on Friday."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.fields["imposer_code"], s.fields["measure"]) for s in found] == [
        ("GB", "export_ban"),
        ("", "other"),
    ]


def test_a_release_dated_by_its_dateline_with_additional_items_and_the_package_it_follows():
    text = (
        "Statement on additional security assistance\n\n"
        "WASHINGTON, June 23, 2022 — The Department keeps moving capabilities to Ukraine.\n\n"
        "Secretary Lloyd Austin has authorized the Department to send Ukraine up to $450 million in "
        "arms.\n\n"
        "The package includes four additional HIMARS and 2,000 machine guns.\n\n"
        "Today's announcement follows the $1 billion in assistance announced on June 15. "
        "Members of the group have provided Ukraine with artillery systems."
    )
    found = pledges_of(text, datetime.date(2022, 6, 23))
    assert [
        (d.fields["amount"], d.fields["announced_on"], d.flags[:1], quantities(d)) for d in found
    ] == [
        ("450000000", "2022-06-23", ["read_currency"], [4, 2000]),
        ("1000000000", None, ["earlier"], []),
    ]


def test_a_sale_cleared_is_no_gift_and_ships_kept_from_american_ports():
    text = (
        "Washington will fund $322 million in military financing for Kyiv, officials said on "
        "Monday. The State Department also cleared Ukraine to buy $165 million worth of "
        "ammunition.\n\n"
        "Germany has sent helmets. Russian-flagged ships will no longer be allowed to dock at "
        "American ports."
    )
    found = draft(text, datetime.date(2022, 4, 26))
    money_ = [d for d in found.pledges if d.fields["amount"] and not d.not_a_record]
    assert [d.fields["amount"] for d in money_] == ["322000000"]
    assert [(s.fields["imposer_code"], s.fields["measure"]) for s in found.sanctions] == [
        ("US", "other")
    ]


# --- Round 33: rules from the first misses of three blind articles ------------------------------

SEPT_28 = datetime.date(2022, 9, 28)


def test_people_named_again_by_their_kind_or_as_they_with_the_count_told_before():
    text = (
        "London answers the votes\n\n"
        "On Monday the Foreign Office published new designations on Russia. The individuals "
        "named have had their assets in Britain frozen and can no longer travel to the UK.\n\n"
        "The US Treasury on Friday froze the assets of 14 Russian people.\n\n"
        "On Tuesday London named 12 senior Russian commanders. Their assets in Britain are "
        "frozen and they will not be allowed to enter the country."
    )
    found = draft(text, SEPT_28).sanctions
    assert [measure_of(s) for s in found] == [
        ("GB", "asset_freeze", "persons", None),
        ("GB", "travel_ban", "persons", None),
        ("US", "asset_freeze", "persons", 14),
        ("GB", "asset_freeze", "persons", 12),
        ("GB", "travel_ban", "persons", 12),
    ]


def test_measures_intended_proposed_or_haggled_over_are_not_taken():
    text = (
        "Trudeau said on Friday that Canada intends to sanction more people complicit in the "
        "votes.\n\n"
        "Von der Leyen said the proposal would cap the price of Russian oil and add import bans on "
        "Russian steel. Brussels is still haggling over a package that would bar the export of "
        "drone engines to Russia."
    )
    assert draft(text, SEPT_28).sanctions == []


def test_sums_set_beside_their_donors_and_a_pledge_announced_again():
    text = (
        "Ottawa is giving C$30 million to the WFP. The minister announced the money on Saturday.\n\n"
        "Smaller sums for Ukraine announced at the summit came from Sweden, about $9.5 million, "
        "and Austria, about $3.9 million."
    )
    found = pledges_of(text, datetime.date(2022, 11, 28))
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in found] == [
        ("CA", "30000000"),
        ("SE", "9500000"),
        ("AT", "3900000"),
    ]


def test_one_howitzer_is_an_item_and_a_package_it_comes_after_is_earlier():
    text = (
        "On Friday Norway's defence minister unveiled a package. It contains 55,000 items of "
        "winter clothing as well as one M109 self-propelled howitzer.\n\n"
        "It comes three weeks after Lloyd Austin used a meeting on September 8 to announce a "
        "$675 million drawdown for Ukraine."
    )
    package, earlier = pledges_of(text, datetime.date(2022, 11, 28))
    assert quantities(package) == [55000, 1]
    assert earlier.flags[0] == "earlier"


def test_a_live_entry_labelled_breaking_and_a_package_first_told_out_of_which_it_pays():
    text = (
        "Ukraine war live\n\n"
        "21:50 Breaking: Washington has announced another $1.1 billion in military aid.\n\n"
        "The Dutch are paying for 45 tanks, and Washington for another 45 out of the $400 million "
        "package it announced on 4 November, which also funds 1,100 drones."
    )
    published = datetime.date(2022, 12, 15)
    found = [d for d in pledges_of(text, published) if not d.not_a_record and d.fields["amount"]]
    assert [(d.fields["amount"], d.fields["announced_on"]) for d in found] == [
        ("1100000000", "2022-12-15"),
        ("400000000", "2022-11-04"),
    ]


# --- Round 34: rules from the first misses of three blind articles ------------------------------

JULY_29 = datetime.date(2022, 7, 29)


def test_a_scene_with_a_sum_is_no_lead_and_totals_told_alike_or_asked_are_no_pledges():
    text = (
        "The Commissioner was in Kyiv on 9 June.\n\n"
        "During that visit Brussels allocated another €205 million (about $220 million) for "
        "Ukraine, which brings EU funding to over €700 million since the invasion began.\n\n"
        "USAID says the funds take its contribution since the invasion to more than $1 billion, "
        "and that of the US government as a whole to over $1.5 billion. The response plan asks a "
        "further $1.85 billion for host countries."
    )
    found = [d for d in pledges_of(text, JULY_29) if not d.not_a_record]
    assert [(d.fields["donor"], d.fields["amount"], d.fields["announced_on"]) for d in found] == [
        ("European Union", "205000000", "2022-06-09")
    ]


def test_a_paragraph_of_parts_breaks_down_the_sum_before_and_a_briefing_dates_it():
    text = (
        "The briefing took place on Thursday 2 June, led by the defence minister.\n\n"
        "Sweden is providing a further SEK 1 billion to Ukraine.\n\n"
        "SEK 578 million goes into the central bank's account for the armed forces, and SEK 60 "
        "million to NATO's trust fund. The materiel, valued at SEK 262 million, comprises 5,000 "
        "AT4 anti-tank launchers.\n\n"
        "The government was also examining whether more ammunition could be released."
    )
    found = pledges_of(text, datetime.date(2022, 6, 3))
    assert [(d.fields["amount"], d.flags[:1], quantities(d)) for d in found] == [
        ("1000000000", ["derived_date"], [5000]),
        ("578000000", ["part_of_package"], []),
        ("60000000", ["part_of_package"], []),
        ("262000000", ["part_of_package"], []),
    ]


def test_fears_of_a_ban_correspondents_counted_and_blocked_websites():
    text = (
        "Britain acts on metals and media\n\n"
        "Palladium hit a record on fears that Russian metal would be shut out of Western markets.\n\n"
        "The package froze any British assets held by three Russian war correspondents, Yevgeny "
        "Poddubny and Alexander Kots of Komsomolskaya Pravda and Dmitry Steshin, on Friday. "
        "Ministers also ordered internet companies to block access to the websites of RT."
    )
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s) for s in found] == [
        ("GB", "asset_freeze", "persons", 3),
        ("GB", "other", "entities", None),
    ]


# --- Round 35: rules from the first misses of three blind articles ------------------------------

MAY_10 = datetime.date(2022, 5, 10)


def test_a_targets_wealth_an_earlier_transfer_in_a_relative_clause_and_a_decrees_end():
    text = (
        "Italy freezes a yacht\n\n"
        "Italy has shipped howitzers to Ukraine under a decree valid until Dec. 31.\n\n"
        "Police sealed a villa owned by an oligarch and valued at about €17 million.\n\n"
        "On Thursday Draghi said Rome, which transferred €110 million to Kyiv's budget at the end "
        "of February, will fund up to €200 million more."
    )
    found = pledges_of(text, MAY_10)
    proposed = [(d.fields["amount"], d.fields["announced_on"]) for d in found if not d.not_a_record]
    assert proposed == [(None, None), ("200000000", "2022-05-05")]
    assert [d.flags[0] for d in found if d.not_a_record] == ["earlier"]


def test_a_freeze_named_again_a_measure_not_blocked_and_goods_not_allowed_in():
    text = (
        "Italy froze the yacht of a Russian oligarch on Friday. Until the others agree, the freeze "
        "is an Italian stopgap. The yard said that the freeze would not affect its business. Rome "
        "will not stand in the way of an EU embargo on Russian oil, which Brussels is still "
        "negotiating.\n\n"
        "New Zealand said on Friday that Russian vodka will not be allowed into the country."
    )
    found = draft(text, FRIDAY).sanctions
    assert [(s.fields["imposer_code"], s.fields["measure"]) for s in found] == [
        ("IT", "asset_freeze"),
        ("NZ", "import_ban"),
    ]


def test_what_they_own_frozen_people_barred_by_name_and_sovereign_debt():
    text = (
        "New Zealand froze the assets of 20 Russians on Friday.\n\n"
        "The listings widen a regime that began in March.\n\n"
        "Four Russian companies were added as well. Whatever they own in New Zealand is now "
        "frozen.\n\n"
        "Britain barred three billionaires, Gennady Timchenko and Boris and Igor Rotenberg, from "
        "entering the country, freezing their British holdings as well. Washington acted too: "
        "American investors can no longer buy newly issued Russian sovereign debt."
    )
    found = draft(text, FRIDAY).sanctions
    assert [measure_of(s) for s in found] == [
        ("NZ", "asset_freeze", "persons", 20),
        ("NZ", "asset_freeze", "entities", 4),
        ("GB", "travel_ban", "persons", 3),
        ("GB", "asset_freeze", "persons", 3),
        ("US", "investment_ban", "state", None),
    ]


def test_an_air_force_delivering_a_pledge_and_arms_export_deals_are_no_aid():
    text = (
        "On January 17 Ben Wallace said London was sending anti-armour weapons to Kyiv. Within "
        "days, Royal Air Force transports had landed roughly 2,000 NLAW launchers in Ukraine.\n\n"
        "In August Bulgaria approved arms export deals worth more than 1 billion leva ($540 "
        "million)."
    )
    found = [d for d in pledges_of(text, datetime.date(2022, 12, 30)) if not d.not_a_record]
    assert [(d.fields["donor_code"], quantities(d)) for d in found] == [("GB", [None, 2000])]


# --- Rounds 36 and 37: rules from the first misses of six blind articles ------------------------

FEB_25 = datetime.date(2022, 2, 25)


def test_a_council_release_its_travel_investment_and_extended_freezes_and_its_loan():
    text = (
        "Council release\n\n"
        "The Council of the European Union decided on Friday to freeze the assets of Vladimir "
        "Putin, President of the "
        "Russian Federation. Asset freezes also apply to the members of the Security Council of "
        "the Russian Federation.\n\n"
        "The members listed today will, in addition, not be allowed to enter or transit through the "
        "territory of the "
        "European Union. EU investors will no longer be allowed to buy new shares or bonds of "
        "Russian state-owned banks, and EU banks will be prohibited from granting them new "
        "loans.\n\n"
        "On 24 February the European Parliament and the Council signed the decision providing "
        "Ukraine with 1.2 billion euros. EU leaders called for a further sanctions package "
        "covering the energy sector and export controls."
    )
    found = draft(text, FEB_25)
    assert [s.fields["measure"] for s in found.sanctions] == [
        "asset_freeze",
        "travel_ban",
        "investment_ban",
    ]
    pledges = [(d.fields["donor"], d.fields["amount"]) for d in found.pledges]
    assert pledges == [("European Union", "1200000000")]


def test_tourists_who_can_no_longer_enter_and_a_fund_they_will_give_with_a_sum():
    text = (
        "We had a call with the Dutch foreign ministry on Friday. They will fund our transport "
        "operation, the buses that move older people out of the east of Ukraine, with six "
        "million euros.\n\n"
        "Since 30 September, Russian tourists can no longer enter Finland."
    )
    found = draft(text, datetime.date(2022, 11, 17))
    assert [(s.fields["imposer_code"], s.fields["measure"]) for s in found.sanctions] == [
        ("FI", "travel_ban")
    ]
    assert [(d.fields["donor_code"], d.fields["amount"]) for d in found.pledges] == [
        ("NL", "6000000")
    ]


def test_refused_transfers_what_should_be_done_and_tallies_of_frozen_assets():
    text = (
        "Bern said no again on Friday: the 12,400 rounds in question could not be re-exported, "
        "and permission cannot be granted for a country at war.\n\n"
        "In August Bern adopted the EU's ban on Russian gold, meaning Swiss refineries can no "
        "longer import gold that originated in Russia. By the autumn 7.5 billion francs of "
        "Russian-owned assets were frozen in Swiss banks. Lawmakers said Berlin should stop "
        "buying Swiss arms."
    )
    found = draft(text, datetime.date(2022, 11, 28))
    assert found.pledges == []
    assert [(s.fields["imposer_code"], s.fields["measure"]) for s in found.sanctions] == [
        ("CH", "import_ban")
    ]


def test_sanctions_under_regulations_on_people_and_entities_then_frozen():
    text = (
        "Canada is imposing sanctions under the Special Economic Measures Regulations on 40 "
        "individuals and 10 entities in Russia, Ottawa said on Friday. Any property they hold in "
        "Canada is effectively frozen.\n\n"
        "Poland remains the biggest host, with nearly 1.4 million Ukrainians registered there."
    )
    found = draft(text, FRIDAY)
    assert [measure_of(s) for s in found.sanctions] == [
        ("CA", "asset_freeze", "persons", 40),
        ("CA", "asset_freeze", "entities", 10),
    ]
    assert [(f.fields["kind"], f.fields["country_code"]) for f in found.figures] == [
        ("refugees_hosted", "PL")
    ]


# --- Round 39: rules from the first misses of three blind articles ------------------------------


def test_the_president_in_a_white_house_briefing_and_a_pieces_items():
    text = (
        "Press briefing at the White House, Washington\n\n"
        "MR. KIRBY: The President has approved a new tranche of security assistance for Ukraine "
        "worth about $270 million.\n\n"
        "MR. KIRBY: Roughly $175 million of that total is a drawdown. Under that piece we are "
        "sending four more HIMARS launchers."
    )
    found = [d for d in pledges_of(text, datetime.date(2022, 7, 22)) if not d.not_a_record]
    assert [(d.fields["donor_code"], d.fields["amount"], quantities(d)) for d in found] == [
        ("US", "270000000", [4])
    ]


def test_the_four_named_before_and_a_which_clause_names_no_target():
    text = (
        "Britain moves on Belarus\n\n"
        "On March 1 Truss named four senior Belarusian military figures. The four are subject to "
        "an asset freeze and a travel ban. London also froze the assets of two state enterprises, "
        "the 558 Aircraft Repair Plant, which services jets used by Russian aircraft, and "
        "Integral.\n\n"
        "Ukrainian officials have pressed Western capitals to cut every Belarusian bank out of "
        "SWIFT. Ottawa said on Friday that Belarusian aircraft will not be allowed into Canadian "
        "airspace."
    )
    found = draft(text, datetime.date(2022, 3, 28)).sanctions
    assert [(s.fields["target_code"], *measure_of(s)) for s in found] == [
        ("BY", "GB", "asset_freeze", "persons", 4),
        ("BY", "GB", "travel_ban", "persons", 4),
        ("BY", "GB", "asset_freeze", "entities", 2),
        ("BY", "CA", "other", "state", None),
    ]


def test_assets_no_longer_held_and_a_total_counting_the_decision():
    text = (
        "Canada said on Friday that sixty-two Russian businessmen close to the Kremlin can no "
        "longer hold assets or do business there.\n\n"
        "TALLINN — Estonia approved another shipment of mortars for Ukraine in August. Counting "
        "that decision, Tallinn has now provided about €250 million worth of military aid."
    )
    found = draft(text, datetime.date(2022, 9, 10))
    assert [measure_of(s) for s in found.sanctions] == [("CA", "asset_freeze", "persons", 62)]
    assert [d.fields["amount"] for d in found.pledges if not d.not_a_record] == [None]


# --- Round 38: rules from the first misses of three blind articles ------------------------------


def test_crowns_named_by_country_sums_paid_earlier_and_earlier_deals():
    text = (
        "Oslo will pay for around 17,000 artillery shells for Ukraine, Gram said on Wednesday, "
        "setting aside up to 210 million Norwegian crowns ($20 million).\n\n"
        "Gram said in a statement released by his ministry that well-supplied artillery was "
        "vital. The cash will be drawn from the 400 million crowns Norway paid earlier this year "
        "into a fund.\n\n"
        "Earlier deals include a loan of up to €300mn to Naftogaz in June."
    )
    found = pledges_of(text, datetime.date(2022, 10, 13))
    proposed = [(d.fields["amount"], d.fields["currency"]) for d in found if not d.not_a_record]
    assert proposed == [("210000000", "NOK")]
    assert [d.flags[0] for d in found if d.not_a_record] == ["earlier", "earlier"]


def test_a_headlines_sum_the_body_puts_together_and_a_summary_of_adopted_sanctions():
    text = (
        "Bank lines up €372mn for Ukraine's grid as Dutch grant tops up loan\n\n"
        "The EBRD has approved a €300mn loan to Ukrenergo, the bank said on Wednesday.\n\n"
        "The Hague's contribution is a grant of up to €72mn. Put together, Ukrenergo is getting "
        "roughly €372mn in fresh money.\n\n"
        "Oslo has adopted almost all of the bloc's sanctions against Moscow."
    )
    found = draft(text, datetime.date(2022, 11, 24))
    proposed = [(d.fields["amount"], d.paragraph) for d in found.pledges if not d.not_a_record]
    assert proposed == [("300000000", 2), ("72000000", 3)]
    assert [d.paragraph for d in found.pledges] == [2, 3, 3]
    assert found.sanctions == []


# --- Rounds 40 and 41: rules from the first misses of six blind articles ------------------------


def proposed_of(pledges, *keys):
    """The given fields of each pledge proposed as a record."""
    return [tuple(d.fields[key] for key in keys) for d in pledges if not d.not_a_record]


def flags_of(pledges):
    """(amount, flag) of each sum drafted as no record."""
    return [(d.fields["amount"], d.flags[0]) for d in pledges if d.not_a_record]


SEOUL_RELEASE = (
    "Korea to Join Sanctions\nPublished: March 8, 2022\n\n"
    "The Government of the Republic of Korea will send 40 tons of emergency medical supplies to "
    "Ukraine. The shipment follows the Government's announcement on February 28 that it would "
    "provide US$10 million in humanitarian assistance to Ukraine.\n\n"
    "The Government has decided to impose additional financial sanctions on the Russian "
    "Federation. Korean institutions will suspend all transactions with three Russian state "
    "financial institutions.\n\n"
    "Bank Rossiya, one of the seven Russian banks the European Union excluded from the SWIFT "
    "messaging system on March 2, will be added to the list of banks with which transactions "
    "are suspended. Together with the seven major banks whose transactions have been suspended "
    "since March 1, this means Korea has now halted dealings with eleven Russian financial "
    "institutions.\n\n"
    "Korea will also take part in the exclusion of seven Russian banks from SWIFT, and Korean "
    "institutions remain barred from investing in Russian government bonds.\n\n"
    "On Sunday, the Government decided to apply export controls to Belarus, which it judges to "
    "be supporting Russia's invasion. Since March 7, exports of strategic items to Belarus have "
    "been banned, and two Belarusian entities, including the Ministry of Defence, have been "
    "placed on the export blacklist.\n\n"
    "The Government decided on March 4 to place 49 Russian entities on its export blacklist. "
    "It will offer legal advice to companies facing disputes as a result of the SWIFT measures."
)


def test_a_ministry_release_is_its_governments_and_korea_is_south_korea():
    found = draft(SEOUL_RELEASE, datetime.date(2022, 3, 8))
    assert {s.fields["imposer_code"] for s in found.sanctions} == {"KR"}
    assert [(d.fields["amount"], d.flags) for d in found.pledges if d.fields["amount"]] == [
        ("10000000", ["earlier"])
    ]
    assert [measure_of(s) for s in found.sanctions] == [
        ("KR", "asset_freeze", "banks", 3),
        ("KR", "asset_freeze", "banks", None),
        ("KR", "swift_exclusion", "banks", 7),
        ("KR", "investment_ban", "state", None),
        ("KR", "export_ban", "sectors", None),
        ("KR", "export_ban", "entities", 2),
        ("KR", "export_ban", "entities", 49),
    ]
    assert [a.key for a in actors("Minister of State (Europe and North America)")] == []
    assert [a.key for a in actors("the Commission's proposal; a commission of inquiry")] == [
        "European Union"
    ]


def test_a_written_answer_its_funding_split_and_rates_paid_to_hosts():
    text = (
        "Answered by James Cleverly, Minister of State (Europe and North America): The UK "
        "remains one of the largest humanitarian donors to Ukraine. Last Thursday "
        "the Foreign Secretary announced a £45 million package for UN agencies helping people "
        "inside Ukraine. With that allocation, all of the £220 million in humanitarian aid the "
        "UK has pledged since the invasion began is now committed.\n\n"
        "The new funding is split four ways. The UN's Ukraine Humanitarian Fund receives £15 "
        "million and UNICEF a further £15 million. Organisations in Moldova will receive £10 "
        "million.\n\n"
        "On Tuesday last week the Prime Minister confirmed that Ukraine will receive a further "
        "£300 million of military aid from the UK.\n\n"
        "Moldova is under strain, which is why part of last week's package is earmarked for "
        "organisations working there.\n\n"
        "Here in the UK, more than 40,000 people had arrived under the Ukraine Family Scheme. "
        "Sponsors receive a £350 monthly thank-you payment, and councils are given £10,500 for "
        "each guest.\n\n"
        "On 6 April we imposed a ban on all new outward investment into Russia."
    )
    found = draft(text, datetime.date(2022, 5, 12))
    assert proposed_of(found.pledges, "donor_code", "amount", "announced_on") == [
        ("GB", "45000000", "2022-05-05"),
        ("GB", "300000000", "2022-05-03"),
    ]
    flagged = flags_of(found.pledges)
    assert {("220000000", "running_total"), ("15000000", "part_of_package")} <= set(flagged)
    figure = only([f for f in found.figures if f.fields["value"] == 40000])
    assert (figure.fields["kind"], figure.fields["country_code"]) == ("refugees_hosted", "GB")
    assert [measure_of(s) for s in found.sanctions] == [("GB", "investment_ban", "state", None)]
    assert dates("Friday of last week", datetime.date(2022, 5, 12))[0].on == datetime.date(
        2022, 5, 6
    )


def test_a_package_signed_after_a_colon_what_is_inside_it_and_sums_asked_for():
    text = (
        "We could talk about the money as a law rather than a bill: President Biden signed the "
        "$40 billion package for Ukraine on Saturday.\n\n"
        "Tomasz walked us through what is actually inside. About $6 billion goes to the Ukraine "
        "Security Assistance Initiative, $11 billion is new drawdown authority, and $8.8 billion "
        "is economic support. Another $4.35 billion is for food aid around the world.\n\n"
        "The final number is well above the $33 billion the White House asked for in April.\n\n"
        "The G7 finance ministers came away saying they had mobilised $19.8 billion in budget "
        "support for Ukraine between them.\n\n"
        "The Commission's plan last Wednesday set aside about €2 billion for oil infrastructure "
        "in landlocked member states."
    )
    found = pledges_of(text, datetime.date(2022, 5, 23))
    proposed = [(d.fields["amount"], d.fields["announced_on"]) for d in found if not d.not_a_record]
    assert proposed == [("40000000000", "2022-05-21")]
    flags = {d.fields["amount"]: d.flags[0] for d in found if d.not_a_record}
    assert {flags[a] for a in ("6000000000", "8800000000", "4350000000")} == {"part_of_package"}
    assert flags["19800000000"] == "aggregate"


def test_a_list_proposed_and_stuck_and_companies_shut_out_of_tenders():
    text = (
        "Poland froze the assets of 35 companies. The 35 companies are shut out of public "
        "tenders.\n\n"
        "The sixth sanctions package, with its phased embargo on Russian oil, was proposed on "
        "May 4 and is still stuck because Hungary wants money."
    )
    assert [measure_of(s) for s in draft(text, FRIDAY).sanctions] == [
        ("PL", "asset_freeze", "entities", 35),
        ("PL", "other", "entities", 35),
    ]


def test_a_package_signed_off_after_its_items_and_aid_handed_over_before_the_decision():
    text = (
        "Artillery ammunition, mortars and several thousand sets of winter uniforms are heading "
        "to Ukraine's armed forces after the Estonian government signed off on a fresh military "
        "aid package on Thursday.\n\n"
        "The Ministry of Defence did not say how many uniforms would be sent. Spokesman Thomas "
        "Mell said more detail would be released once the equipment had reached Ukraine.\n\n"
        "Prime Minister Kaja Kallas announced the decision on social media.\n\n"
        "Before Thursday's decision, Estonia had already handed Kyiv military aid worth more "
        "than €255 million.\n\n"
        "Finland closed its border to Russian tourists on September 30."
    )
    found = draft(text, datetime.date(2022, 10, 14))
    assert [
        (d.fields["donor_code"], d.fields["announced_on"], d.paragraph)
        for d in found.pledges
        if not d.not_a_record
    ] == [("EE", "2022-10-13", 1)]
    assert only([d for d in found.pledges if d.not_a_record]).flags == ["earlier"]
    assert [measure_of(s) for s in found.sanctions] == [("FI", "travel_ban", "persons", None)]


def test_payments_of_a_loan_the_whole_it_is_a_slice_of_and_a_commission_proposal():
    text = (
        "The European Union comes next. "
        "The Council formally adopted €5 billion in macro-financial assistance for Ukraine on "
        "September 20. Payments have followed a stop-start rhythm: €2 billion reached Kyiv on "
        "October 18. The €5 billion is itself the second slice of the up to €9 billion that the "
        "European Commission promised in May.\n\n"
        "We do not count the Commission's November 9 proposal to provide €18 billion in 2023.\n\n"
        "In January, the Commission had also announced that it would double its assistance to "
        "Ukraine, with an additional 120 million euros."
    )
    found = pledges_of(text, datetime.date(2022, 11, 25))
    proposed = [(d.fields["donor"], d.fields["amount"]) for d in found if not d.not_a_record]
    assert proposed == [("European Union", "5000000000"), ("European Union", "18000000000")]
    flags = {d.fields["amount"]: d.flags[0] for d in found if d.not_a_record}
    assert flags == {"2000000000": "part_of_package", "5000000000": "part_of_package",
                     "9000000000": "earlier", "120000000": "earlier"}  # fmt: skip


def test_how_a_drawdown_works_a_request_to_congress_and_a_day_that_is_no_count():
    text = (
        "A: Under a presidential drawdown, the Pentagon hands over weapons it already has in its "
        "own stocks. The November 4 package uses a different tool, under which the US signs "
        "contracts with industry. The most recent drawdown, worth $275 million, was announced on "
        "October 28 and included artillery ammunition and HIMARS rockets.\n\n"
        "A: On Tuesday the White House asked Congress for another $37.7 billion for Ukraine."
    )
    drafted = only([d for d in pledges_of(text, datetime.date(2022, 11, 16)) if not d.not_a_record])
    assert (drafted.fields["amount"], drafted.fields["announced_on"]) == ("275000000", "2022-10-28")
    assert [(i["name"], i["quantity"]) for i in drafted.fields["items"]] == [
        ("artillery ammunition", None),
        ("HIMARS rockets", None),
    ]


def test_a_total_broken_down_and_a_stake_frozen_in_a_whose_clause():
    text = (
        "Poland published its own list of sanctions on Russia.\n\n"
        "Poland listed 50 names – 35 companies and 15 individuals – and froze their assets. The "
        "companies include Gazprom, whose 48 percent stake in EuRoPol Gaz, co-owner of the "
        "Polish stretch of the Yamal pipeline, is now frozen."
    )
    assert [measure_of(s) for s in sanctions_in(text, 2)] == [
        ("PL", "asset_freeze", "entities", 35),
        ("PL", "asset_freeze", "persons", 15),
    ]


# --- Rounds 42 and 43: rules from the first misses of six blind articles ------------------------


def test_a_belgian_communique_its_council_of_ministers_and_an_eu_port_ban():
    text = (
        "Brussels, 6 May 2022 – On the proposal of the Minister of Development Cooperation, "
        "Meryame Kitir, the Council of Ministers today agreed to release 25 million euros in "
        "additional funding for humanitarian needs in Ukraine.\n\n"
        "Belgium's support also has a military dimension. The Council of Ministers approved on 18 "
        "March the purchase of 11 million euros' worth of weapons for Ukraine. That decision "
        "brought the value of the military equipment sent by Belgium to 31.6 million euros.\n\n"
        "Belgium applies the measures of the European Union. Since 16 April, ships flying the "
        "Russian flag have been refused entry to EU ports. Customs officers enforcing the EU ban "
        "on exports of luxury goods to Russia have held back a thousand vehicles.\n\n"
        "The government supports the sixth package of sanctions presented by the European "
        "Commission on Wednesday, which foresees the removal of Sberbank from SWIFT."
    )
    found = draft(text, datetime.date(2022, 5, 6))
    assert proposed_of(found.pledges, "donor_code", "amount", "announced_on") == [
        ("BE", "25000000", "2022-05-06"),
        ("BE", "11000000", "2022-03-18"),
    ]
    assert flags_of(found.pledges) == [("31600000", "running_total")]
    assert [measure_of(s) for s in found.sanctions] == [("", "other", "entities", None)]
    assert only(found.sanctions).fields["imposer"] == "European Union"


def test_services_barred_told_twice_a_rate_in_lei_and_dollars_moved_outside_swift():
    text = (
        "Britain will also ban the export to Russia of nearly 700 more goods, and prohibit "
        "British firms from providing IT consultancy services to Russian customers.\n\n"
        "UNHCR pays refugees registered in Moldova 2,200 lei (about $120) per person per month.\n\n"
        "In Washington, the U.S. Treasury on Wednesday froze the assets of two Russian lenders, "
        "accusing one of offering clients a way to move dollars outside the SWIFT network. The "
        "State Department imposed visa restrictions on 635 Russian nationals and on 17 "
        "Belarusians."
    )
    found = draft(text, datetime.date(2022, 4, 21))
    assert [measure_of(s) for s in found.sanctions] == [
        ("GB", "export_ban", "sectors", None),
        ("US", "asset_freeze", "banks", 2),
        ("US", "travel_ban", "persons", 635),
        ("US", "travel_ban", "persons", 17),
    ]
    assert found.sanctions[-1].fields["target_code"] == "BY"
    assert proposed_of(found.pledges, "amount") == []
    assert money("2,200 lei")[0].currency == "lei"


def test_a_recipient_getting_items_a_government_announced_and_part_of_a_package():
    text = (
        "Ukraine is getting another 30 Australian-made Bushmaster protected mobility vehicles, "
        "the federal government announced on Wednesday. Australia's support is unequivocal, "
        "Canberra says.\n\n"
        "Wednesday's announcement follows the $99.5 million package Mr Albanese unveiled in Kyiv "
        "in July, which included 14 M113 armoured personnel carriers.\n\n"
        "Earlier this month, Foreign Minister Penny Wong imposed targeted financial sanctions on "
        "28 Russian-appointed separatists."
    )
    found = draft(text, datetime.date(2022, 10, 27))
    gift = only([d for d in found.pledges if not d.not_a_record])
    assert gift.fields["donor_code"] == "AU"
    assert [(i["name"], i["quantity"]) for i in gift.fields["items"]] == [
        ("Australian-made Bushmaster protected mobility vehicles", 30)
    ]
    assert [measure_of(s) for s in found.sanctions] == [("AU", "asset_freeze", "persons", 28)]
    half = (
        "The United States will send another $1 billion worth of weapons to Ukraine, the "
        "Pentagon said on Wednesday. Under the contracting half, Kyiv is getting two Harpoon "
        "coastal defence systems from Washington."
    )
    assert proposed_of(pledges_of(half, datetime.date(2022, 6, 15)), "amount") == [("1000000000",)]


def test_a_client_alerts_sdn_list_annex_iv_listed_individuals_and_a_forfeiture():
    text = (
        "United States. On Thursday, December 15, the Office of Foreign Assets Control (OFAC) "
        "added Rosbank, the lender bought earlier this year by Vladimir Potanin's group, to the "
        "Specially Designated Nationals (SDN) List, together with 17 subsidiaries of VTB Bank.\n\n"
        "European Union. On Friday, December 16, the Council adopted the ninth sanctions package "
        "against Russia. It adds 141 individuals to the EU asset-freeze list, and the listed "
        "individuals are barred from entering the EU. The package also adds 168 entities "
        "connected to Russia's military-industrial complex to Annex IV.\n\n"
        "Canada. On Monday, Foreign Minister Melanie Joly announced that Ottawa will seize and "
        "seek the forfeiture of US$26 million held by a company owned by Roman Abramovich, whom "
        "Canada sanctioned in March."
    )
    found = draft(text, datetime.date(2022, 12, 21))
    assert [measure_of(s) for s in found.sanctions] == [
        ("US", "asset_freeze", "banks", 1),
        ("US", "asset_freeze", "entities", 17),
        ("", "asset_freeze", "persons", 141),
        ("", "travel_ban", "persons", 141),
        ("", "export_ban", "entities", 168),
        ("CA", "other", "state", None),
    ]


def test_sums_seized_spent_at_home_or_on_earlier_loans_and_a_bill_if_enacted():
    text = (
        "The Canadian government also set aside C$76 million this autumn for a new sanctions "
        "enforcement bureau for Canada.\n\n"
        "Budapest withdrew its objection as part of a deal that cut to EUR 6.3 billion the "
        "cohesion funding the EU is suspending. The new instrument replaces this year's ad hoc "
        "loans, under which Brussels disbursed EUR 7.2 billion to Kyiv.\n\n"
        "In Washington, the omnibus spending bill released on Tuesday would, if enacted, allow "
        "the transfer of forfeited assets to fund assistance for Ukraine. A first test case is "
        "the roughly $5.4 million seized from Konstantin Malofeyev.\n\n"
        "The Commission says the cap would raise more than €140 billion for hard-pressed "
        "European households. The Commission proposed new import bans worth about €7 billion."
    )
    found = pledges_of(text, datetime.date(2022, 12, 21))
    assert proposed_of(found, "amount") == []
    assert ("7200000000", "earlier") in flags_of(found)


def test_the_council_of_the_eu_a_package_followed_with_and_a_visa_deal_suspended():
    text = (
        "Money first. The Council formally approved on Tuesday 20 September a further €5 billion "
        "in loans for Kyiv.\n\n"
        "On 28 September the Pentagon followed with a $1.1 billion package for Ukraine that will "
        "buy 18 more HIMARS launchers.\n\n"
        "On Friday 9 September the Council fully suspended the EU-Russia visa facilitation "
        "agreement. The Council of Europe met in Strasbourg."
    )
    found = draft(text, datetime.date(2022, 10, 4))
    assert proposed_of(found.pledges, "donor", "amount") == [
        ("European Union", "5000000000"),
        ("United States", "1100000000"),
    ]
    assert [(s.fields["imposer"], s.fields["measure"]) for s in found.sanctions] == [
        ("European Union", "other")
    ]


# --- Rounds 44 and 45: rules from the first misses of six blind articles ------------------------


def test_a_government_briefing_its_chancellors_loan_and_the_eus_first_package():
    text = (
        "Berlin, 23 February 2022. Hebestreit confirmed that Chancellor Olaf Scholz had halted "
        "the certification of the Nord Stream 2 pipeline on Tuesday.\n\n"
        "According to the Foreign Office, the EU package freezes the assets of the 351 members of "
        "the Russian State Duma and bars them from entering the EU, and restricts the Russian "
        "state's access to EU capital and financial markets. Cutting Russian banks off the SWIFT "
        "payment system was not part of the package.\n\n"
        "A Finance Ministry spokesperson pointed to the new loan of €150 million (about $170 "
        "million) that the chancellor announced in Kyiv on February 14. Germany has helped "
        "Ukraine for years, and Germany will go on.\n\n"
        "On January 26 the ministry said it would send 5,000 military helmets to Ukraine."
    )
    found = draft(text, datetime.date(2022, 2, 23))
    assert proposed_of(found.pledges, "donor_code", "amount", "announced_on") == [
        ("DE", "150000000", "2022-02-14"),
        ("DE", None, "2022-01-26"),
    ]
    told = [(s.fields["imposer"], s.fields["measure"], s.fields["targets_count"])
            for s in found.sanctions]  # fmt: skip
    assert told[:3] == [
        ("Germany", "other", None),
        ("European Union", "asset_freeze", 351),
        ("European Union", "travel_ban", 351),
    ]
    assert told[3][:2] == ("European Union", "investment_ban")


def test_visas_suspended_bonds_banned_names_to_come_and_aid_extended_since():
    text = (
        "Prime Minister Fumio Kishida said Japan would suspend the issuance of visas to Russian "
        "individuals. The specific individuals and banks will be designated in the coming days.\n\n"
        "The measures build on a first round announced on Wednesday, when the government banned "
        "the issuance and circulation in Japan of new Russian government bonds.\n\n"
        "Since 2014, Japan has extended about $1.86 billion in assistance to Ukraine."
    )
    found = draft(text, datetime.date(2022, 2, 26))
    assert [measure_of(s)[:2] for s in found.sanctions] == [
        ("JP", "travel_ban"),
        ("JP", "investment_ban"),
    ]
    assert flags_of(found.pledges) == [("1860000000", "running_total")]


def test_sales_industry_orders_and_earlier_deliveries_are_no_gifts():
    text = (
        "Slovak Defence Minister Jaroslav Nad said Konstrukta-Defence had signed a contract to "
        "deliver eight Zuzana 2 self-propelled howitzers to Ukraine. Unlike most Western "
        "deliveries so far, it is a commercial sale: Kyiv pays for the guns.\n\n"
        "The Army disclosed a $624.6 million contract modification awarded to Raytheon for "
        "Stinger missiles. The order covers about 1,300 missiles to refill Pentagon inventories "
        "after Washington shipped some 1,400 Stingers to Ukraine. Raytheon was already working "
        "through a $340 million Stinger order placed last year on behalf of a foreign customer."
        "\n\nOn April 26, Anand announced that Canada had finalised a contract with Roshel for "
        "eight Senator armoured vehicles that will go to Ukraine. Canada had already donated more "
        "than C$130 million worth of military equipment to Ukraine since the invasion began.\n\n"
        "On Thursday Washington blocked the property of Sergei Roldugin, a friend of President "
        "Vladimir Putin."
    )
    found = draft(text, datetime.date(2022, 6, 3))
    assert proposed_of(found.pledges, "donor_code", "announced_on") == [("CA", "2022-04-26")]
    assert ("130000000", "running_total") in flags_of(found.pledges)
    assert [measure_of(s) for s in found.sanctions] == [("US", "asset_freeze", "persons", 1)]


def test_tourists_no_longer_let_in_a_proposed_package_and_a_shipment_worth_a_sum():
    text = (
        "Finland will stop letting Russian tourists into the country from midnight tonight, the "
        "government said on Thursday. Estonia, Latvia, Lithuania and Poland closed their borders "
        "to most Russian tourists on 19 September.\n\n"
        "On Wednesday the European Commission proposed an eighth sanctions package that would "
        "widen export bans on technology used by the Russian military.\n\n"
        "On 1 September, President Sauli Niinistö approved Finland's eighth package of defence "
        "materiel for Ukraine. The ministry has not disclosed what it contains, but the shipment "
        "has been reported to be worth about €8.3 million. Finland has channelled more than €50 "
        "million in humanitarian aid to Ukraine since February."
    )
    found = draft(text, datetime.date(2022, 9, 29))
    assert [s.fields["imposer_code"] for s in found.sanctions] == ["FI", "EE", "LV", "LT", "PL"]
    assert {s.fields["measure"] for s in found.sanctions} == {"travel_ban"}
    assert proposed_of(found.pledges, "amount", "announced_on") == [("8300000", "2022-09-01")]
    assert flags_of(found.pledges) == [("50000000", "running_total")]


def test_an_office_named_once_with_its_country_and_companies_named_by_their_trade():
    text = (
        "On Tuesday the US Treasury and State Department went after people close to Vladimir "
        "Putin.\n\n"
        "On Tuesday the Treasury froze any US assets of Alina Kabaeva. Kabaeva is already under "
        "British and EU sanctions.\n\n"
        "The Treasury also blacklisted MMK, one of Russia's largest steelmakers. Separately, the "
        "State Department imposed sanctions on 24 Russian defence and technology companies.\n\n"
        "Last week the German government approved the export of 100 PzH 2000 self-propelled "
        "howitzers to Ukraine, to be paid for by Kyiv."
    )
    found = draft(text, datetime.date(2022, 8, 3))
    assert [measure_of(s) for s in found.sanctions][1:] == [
        ("US", "asset_freeze", "state", None),
        ("US", "asset_freeze", "entities", 24),
    ]
    assert measure_of(found.sanctions[0])[:2] == ("US", "asset_freeze")
    assert found.pledges == []


def test_a_committee_report_its_earlier_loans_a_total_of_many_and_a_package_announced_by():
    text = (
        "The Committee deplores the procedure under which the Commission has recommended "
        "suspending €7.5 billion of cohesion funding for Hungary.\n\n"
        "The Council adopted the €5 billion exceptional MFA operation for Ukraine on 20 "
        "September. That operation came after the €1.2 billion emergency loan disbursed in the "
        "spring and the first €1 billion of the €9 billion envelope announced in May.\n\n"
        "According to the Commission, the EU, its member states and European financial "
        "institutions had mobilised some €19.7 billion in support for Ukraine.\n\n"
        "The Committee welcomes the €250 million package announced last month in Chisinau by "
        "Commission President Ursula von der Leyen to help Moldova.\n\n"
        "On Wednesday the Commission presented its proposal for a ninth package. It would impose "
        "a full transaction ban on three more Russian banks."
    )
    found = draft(text, datetime.date(2022, 12, 8))
    assert proposed_of(found.pledges, "donor", "amount") == [
        ("European Union", "5000000000"),
        ("European Union", "250000000"),
    ]
    flagged = dict(flags_of(found.pledges))
    assert (flagged["1200000000"], flagged["9000000000"]) == ("earlier", "earlier")
    assert flagged["19700000000"] == "aggregate"
    assert found.sanctions == []


def test_figures_driven_from_home_in_millions_written_mn_and_protection_applied_for():
    text = (
        "More than 5 million people have fled Ukraine, and a further 6.5 million have been "
        "driven from their homes but remain inside the country.\n\n"
        "About 6.5mn people are displaced inside Ukraine, and more than 7.8mn refugees from the "
        "country are across Europe.\n\n"
        "Around 38,000 people from Ukraine have applied for temporary protection in Finland this "
        "year. Some 1.4 million registered for temporary protection in Poland."
    )
    found = draft(text, datetime.date(2022, 5, 1)).figures
    assert [(f.fields["kind"], f.fields["value"], f.fields["country_code"]) for f in found] == [
        ("fled_abroad", 5000000, "UA"),
        ("displaced", 6500000, "UA"),
        ("displaced", 6500000, "UA"),
        ("fled_abroad", 7800000, "UA"),
        ("refugees_hosted", 38000, "FI"),
        ("refugees_hosted", 1400000, "PL"),
    ]


# --- Rounds 46 and 47: rules from the first misses of six blind articles ------------------------


def test_a_un_agencys_donors_a_sum_received_from_one_and_an_additional_sum():
    text = (
        "UNHCR will also receive €15 million from Germany for its winter response in Ukraine, the "
        "Federal Foreign Office announced on Friday, adding to the €40 million Berlin gave the "
        "agency in the spring.\n\n"
        "The United States, UNHCR's largest donor, has provided an additional US$ 64 million for "
        "the response inside Ukraine, bringing its funding this year to more than US$ 370 million."
        "\n\nOn Monday, Japan signed an agreement with UNHCR for US$ 16 million for Ukraine."
    )
    found = pledges_of(text, datetime.date(2022, 8, 23))
    assert proposed_of(found, "donor_code", "amount") == [
        ("DE", "15000000"),
        ("US", "64000000"),
        ("JP", "16000000"),
    ]


def test_an_italian_ministry_ports_closed_and_an_embargo_not_on_the_table():
    text = (
        "The Farnesina also signed off €10 million for Ukraine's children.\n\n"
        "Draghi has said Italy would not stand in the way of an EU embargo on Russian oil, but a "
        "gas embargo is not on the table.\n\n"
        "Under the EU's fifth package, Italian ports have been closed to Russian-flagged ships "
        "since April 16. Britain has already decided to end imports of Russian oil."
    )
    found = draft(text, datetime.date(2022, 4, 28))
    assert proposed_of(found.pledges, "donor_code", "amount") == [("IT", "10000000")]
    assert [measure_of(s)[:2] for s in found.sanctions] == [("", "other"), ("GB", "import_ban")]


def test_an_opinions_tallies_budgets_and_debt_are_no_pledges():
    text = (
        "It is also less than a tenth of the $778 billion national defense budget for this "
        "fiscal year.\n\n"
        "The Kiel Institute's tracker counts about 52 billion euros in American commitments "
        "through early October, against roughly 29 billion euros from EU governments and "
        "institutions combined. Britain, at about 6 billion euros, has given more than any "
        "single country on the continent.\n\n"
        "Bondholders agreed in August to defer payments on roughly $20 billion of Ukrainian debt."
    )
    found = pledges_of(text, datetime.date(2022, 11, 1))
    assert proposed_of(found, "amount") == []
    assert dict(flags_of(found)) == {
        "52000000000": "running_total",
        "29000000000": "aggregate",
        "6000000000": "running_total",
    }


def test_executives_blocked_two_dozen_companies_and_designating_as_a_subject():
    text = (
        "On Thursday the Treasury's Office of Foreign Assets Control blocked three executives who "
        "run Russia's market plumbing. OFAC also blacklisted more than two dozen technology and "
        "electronics companies.\n\n"
        "Designating the people at the top adds pressure on the few foreign custodians."
    )
    assert [measure_of(s) for s in draft(text, datetime.date(2022, 9, 19)).sanctions] == [
        ("US", "asset_freeze", "persons", 3),
        ("US", "asset_freeze", "entities", 24),
    ]


def test_donors_paying_together_a_commercial_contract_and_a_package_of_measures():
    text = (
        "Bratislava, October 7 (TASR) - Germany, Denmark and Norway are paying for 16 Zuzana 2 "
        "self-propelled howitzers for Ukraine, Defence Minister Jaroslav Nad said on Friday.\n\n"
        "Kyiv also agreed in June to buy eight Zuzana 2 guns from Slovakia under a commercial "
        "contract.\n\n"
        "In Brussels, EU member states adopted an eighth package of sanctions against Russia. "
        "Exports of aviation goods to Russia are restricted further. EU citizens are barred from "
        "sitting on the boards of Russian state-owned companies. Slovnaft will keep processing "
        "Russian crude delivered through the Druzhba pipeline, which was left out of the oil "
        "embargo the EU agreed in June."
    )
    found = draft(text, datetime.date(2022, 10, 7))
    donors = [(d.fields["donor_code"], d.fields["items"][0]["quantity"]) for d in found.pledges]
    assert donors == [("DE", None), ("DK", None), ("NO", None)]
    assert (
        "16 Zuzana 2 self-propelled howitzers for the donors together" in found.pledges[0].notes[-1]
    )
    assert [measure_of(s)[:2] for s in found.sanctions] == [("", "export_ban"), ("", "other")]


# --- Rounds 48 and 49: rules from the first misses of six blind articles ------------------------


def test_an_irish_statement_its_minister_of_state_the_sixth_package_and_a_possible_ban():
    text = (
        "The Taoiseach visited Bucha, where he said that those responsible for the atrocities "
        "committed in the town must be held to account. Ireland supports Ukraine.\n\n"
        "The Taoiseach welcomed the decision of the European Council to grant candidate status to "
        "Ukraine. Ireland will keep helping.\n\n"
        "On Monday, the Minister of State for Overseas Development Aid, Colm Brophy T.D., approved "
        "€2 million for the refugee response in Moldova.\n\n"
        "Ireland has supported each of the six packages adopted by the EU. The sixth package, "
        "adopted on 3 June, prohibits the purchase of Russian crude oil delivered by sea. The "
        "Government supports work on a possible ban on imports of Russian gold."
    )
    found = draft(text, datetime.date(2022, 7, 6))
    assert proposed_of(found.pledges, "donor_code", "amount") == [("IE", "2000000")]
    assert [measure_of(s)[:2] for s in found.sanctions] == [("", "import_ban")]


def test_the_bloc_a_loan_worth_a_sum_in_dollars_a_stage_of_up_to_and_sums_that_could_follow():
    text = (
        "EU finance ministers approved a €5 billion loan for Ukraine on Friday. The loan, worth "
        "roughly $5 billion with the euro close to parity, will be lent on concessional terms. The "
        "loan is the second stage of up to 9 billion euros that the Commission promised in May."
        "\n\nIn June the bloc banned seaborne imports of Russian crude oil, and it formally "
        "suspended in full the bloc's 2007 visa facilitation agreement with Russia.\n\n"
        "Seoul approved $30 million for Ukraine; a further $20 million could follow depending on "
        "conditions. Lithuania will stop the rail transit of steel subject to EU sanctions to "
        "Russia's Kaliningrad."
    )
    found = draft(text, datetime.date(2022, 9, 9))
    assert proposed_of(found.pledges, "donor", "amount") == [
        ("European Union", "5000000000"),
        ("South Korea", "30000000"),
    ]
    assert flags_of(found.pledges) == [("9000000000", "earlier")]  # the others no aid at all
    assert [measure_of(s)[:2] for s in found.sanctions] == [
        ("", "import_ban"),
        ("", "other"),
        ("LT", "other"),
    ]


def test_a_coal_bill_a_year_a_price_that_fell_and_supplies_cut_off_are_no_aid():
    text = (
        "The European Commission has valued the coal the bloc used to buy from Russia at around "
        "€8 billion a year. Coal traded above $400 a tonne in March and fell to about $350.\n\n"
        "Gazprom itself cut off supplies to the Dutch gas trader GasTerra on 31 May. The "
        "Netherlands pledged another €20 million in humanitarian aid for Ukraine."
    )
    found = pledges_of(text, datetime.date(2022, 8, 11))
    assert proposed_of(found, "donor_code", "amount") == [("NL", "20000000")]


def test_arms_bought_for_oneself_tallies_by_a_date_thousands_counted_and_measures_prepared():
    text = (
        "Poland is refilling its arsenal in Korea. On August 26 Warsaw signed contracts worth $5.8 "
        "billion for 180 K2 tanks. Tokyo had committed $600 million in financial support to "
        "Ukraine by the end of May.\n\n"
        "EU member states gave the final green light to €5 billion in loans for Ukraine. The money "
        "is the second part of the up to €9 billion in macro-financial assistance promised in May."
        "\n\nLast Wednesday, EU governments renewed the asset freezes on 1,206 individuals over "
        "Russia's war. EU foreign ministers have agreed to prepare new sanctions against Russia."
    )
    found = draft(text, datetime.date(2022, 9, 21))
    assert proposed_of(found.pledges, "amount") == [("5000000000",)]
    assert dict(flags_of(found.pledges)) == {"600000000": "running_total", "9000000000": "earlier"}
    assert [measure_of(s) for s in found.sanctions] == [("", "asset_freeze", "persons", 1206)]


def test_review_of_rounds_40_to_49_words_that_looked_like_rules_but_are_not():
    text = (
        "Zelensky signed the 2023 budget law on Monday. Paris getting ready for winter, France "
        "will give €20 million for the UN refugee agency in Ukraine.\n\n"
        "The Ukrainian defence ministry said its troops advanced. The defence ministry also "
        "thanked donors, and Canada pledged C$10 million for Ukraine.\n\n"
        "The new aid comes after a $1 billion package told last month. The Commission proposed "
        "a sixth package on May 4, which EU ambassadors adopted on Friday; it bans imports of "
        "Russian coal."
    )
    found = draft(text, datetime.date(2022, 6, 3))
    assert proposed_of(found.pledges, "donor_code", "amount") == [
        ("FR", "20000000"),
        ("CA", "10000000"),
    ]
    assert ("1000000000", "earlier") in flags_of(found.pledges)
    assert [measure_of(s)[1] for s in found.sanctions] == ["import_ban"]


# --- Wrong drafts of the test set cut (7 Dec), and rounds 50 and 51 ----------------------------


def test_measures_not_in_force_or_not_ours_are_not_drafted():
    text = (
        "Moscow answered at once. It put Japan on its list of “unfriendly” countries.\n\n"
        "The pledge to cut Russian banks off SWIFT has yet to be turned into law. Congress voted "
        "to write a ban on Russian oil imports into law; the bill awaits the president's "
        "signature. A gas embargo is not on the formal agenda of the summit.\n\n"
        "Kyiv has pressed European capitals to cut every Belarusian bank out of SWIFT and to ban "
        "all imports of potash. Several capitals remain wary of an oil embargo. Partners say the "
        "earlier removal of seven Russian banks from SWIFT slowed some purchases."
    )
    assert draft(text, FRIDAY).sanctions == []


def test_sums_asked_of_a_legislature_or_spent_elsewhere_are_no_pledges():
    text = (
        "The Norwegian government has asked parliament to approve an additional 3 billion crowns "
        "for Ukraine. Biden urged lawmakers to pass quickly the $33 billion in further aid. "
        "Officials say the request could exceed $40 billion.\n\n"
        "The United States pledged $11 billion over five years to improve food security around "
        "the world. The EIB wants to disburse €1.3 billion of loans it signed with Ukraine "
        "before the war. Apart from the trust-fund grants, nearly all of it is lent."
    )
    found = pledges_of(text, datetime.date(2022, 5, 13))
    assert proposed_of(found, "amount") == []
    assert dict(flags_of(found))["1300000000"] == "earlier"


def test_levels_reached_are_running_totals():
    text = (
        "The US announced $275 million from its own stocks for Ukraine. That package takes the "
        "military aid committed since January past $18.5 billion.\n\n"
        "Washington unveiled an $800 million package for Ukraine. It lifts US assistance to more "
        "than $1.7bn since the invasion began, and to more than $2.4bn since Biden took office."
        "\n\nCanada will send rockets to Ukraine. Ottawa's loan offer, which stood at C$120 "
        "million in January, was lifted to C$620 million in mid-February.\n\n"
        "Norway gave NOK 2 billion to Ukraine. Allocations from the UN's emergency fund for the "
        "crisis now stand at US$40 million."
    )
    found = pledges_of(text, datetime.date(2022, 4, 22))
    assert proposed_of(found, "amount") == [
        ("275000000",),
        ("800000000",),
        (None,),
        ("2000000000",),
    ]
    assert {flag for _, flag in flags_of(found)} == {"running_total"}


def test_targets_counted_again_with_the_and_close_associates_are_counted():
    text = (
        "Canada imposed sanctions on 40 individuals and 10 entities from Russia's defence "
        "sector, and the 40 individuals are barred from entering Canada.\n\n"
        "Sixty-two close associates of the Kremlin can no longer hold assets in Canada."
    )
    found = draft(text, datetime.date(2022, 5, 8)).sanctions
    assert ("CA", "travel_ban", "persons", 40) in [measure_of(s) for s in found]
    assert ("CA", "asset_freeze", "persons", 62) in [measure_of(s) for s in found]


def test_a_code_after_the_article_is_the_sums_and_spaces_set_thousands_apart():
    assert [(m.amount, m.currency) for m in money("on top of a EUR 300 million loan")] == [
        (300_000_000, "EUR")
    ]
    assert [(m.amount, m.currency) for m in money("a fifty-four million pound package")] == [
        (54_000_000, "GBP")
    ]
    assert number("90 000") == 90_000
    text = "Moldova now hosts more than 90 000 refugees from Ukraine."
    figure = only(draft(text, datetime.date(2022, 11, 21)).figures)
    assert (figure.fields["kind"], figure.fields["value"]) == ("refugees_hosted", 90_000)
    # a year and a count beside it stay apart
    assert [m.amount for m in money("In 2022 300 million euros went to Kyiv")] == [300_000_000]


def test_a_country_named_in_a_conference_is_the_place_not_the_giver():
    text = (
        "Norway gives NOK 2 billion for Ukraine's gas\n\n"
        "The grant is drawn from the NOK 10 billion set aside for Ukraine this year.\n\n"
        "At the Moldova Support Platform conference in Paris, a state secretary said Norway will "
        "give NOK 100 million to help Moldova with energy prices."
    )
    found = pledges_of(text, datetime.date(2022, 11, 21))
    assert ("Norway", "Moldova", "100000000") in proposed_of(found, "donor", "recipient", "amount")


def test_a_pledge_told_last_week_is_not_dated_by_a_date_told_before():
    text = (
        "The donors' first meeting, in Berlin in April, raised more than €650 million.\n\n"
        "Last week the defence ministry announced that Norway will donate around 160 Hellfire "
        "missiles to Ukraine."
    )
    hellfire = only([p for p in pledges_of(text, datetime.date(2022, 11, 21)) if p.paragraph == 2])
    assert hellfire.fields["announced_on"] is None


def test_a_national_sanctions_list_and_goods_no_longer_exported():
    text = (
        "On Friday Norway decided to adopt the EU's eighth package against Russia. Steel from "
        "Russia may no longer be imported into Norway, and more goods may no longer be exported "
        "there.\n\n"
        "In addition, 30 individuals, among them officials who ran the annexation votes, are "
        "added to the Norwegian sanctions list."
    )
    found = [measure_of(s) for s in draft(text, datetime.date(2022, 11, 21)).sanctions]
    assert ("NO", "import_ban", "sectors", None) in found
    assert ("NO", "export_ban") in [m[:2] for m in found]
    assert ("NO", "asset_freeze", "persons", 30) in found


def test_a_fund_ceiling_pledges_added_up_and_plans_being_finalised_are_no_pledges():
    text = (
        "EU ministers agreed to raise the ceiling of the European Peace Facility, the fund that "
        "repays member states for arms sent to Ukraine, by €2bn for 2023.\n\n"
        "On Tuesday, Emmanuel Macron hosted a conference in Paris for the Ukrainian people. "
        "Pledges added up to just over 1 billion euros.\n\n"
        "France itself put in 76 million euros of its own, including a hundred generators.\n\n"
        "US officials said the administration was finalising plans to send a Patriot battery to "
        "Ukraine."
    )
    found = pledges_of(text, datetime.date(2022, 12, 17))
    assert proposed_of(found, "donor", "amount") == [("France", "76000000")]
    assert dict(flags_of(found))["1000000000"] == "aggregate"


def test_a_numbered_package_adopted_carries_its_imposer_and_target():
    text = (
        "Talks on new sanctions against Russia dragged on.\n\n"
        "The Council formally adopted the ninth package. It freezes the assets of nearly 200 more "
        "individuals and entities and bars the individuals from travelling to the bloc.\n\n"
        "Drone engines may no longer be shipped to Russia. New investment in Russia's mining "
        "sector is prohibited, and four more Russian channels lose the right to broadcast in "
        "the EU."
    )
    found = [measure_of(s) for s in draft(text, datetime.date(2022, 12, 17)).sanctions]
    assert [m[:2] for m in found] == [
        ("", "asset_freeze"),
        ("", "travel_ban"),
        ("", "export_ban"),
        ("", "investment_ban"),
        ("", "other"),
    ]
    assert found[-1][3] == 4
    assert found[-2][3] is None


def test_refugees_counted_without_a_noun_and_a_partner_in_coordination():
    text = (
        "Russia invaded Ukraine. Some 6.9 million Ukrainians are displaced, and more than 6.6 "
        "million are recorded as refugees."
    )
    assert ("fled_abroad", 6_600_000) in [
        (f.fields["kind"], f.fields["value"]) for f in draft(text, FRIDAY).figures
    ]
    text = (
        "On April 22, the Prime Minister confirmed that Canada had sent four M777 howitzers to "
        "Ukraine, in close coordination with the United States."
    )
    howitzers = only(pledges_of(text, datetime.date(2022, 5, 8)))
    assert howitzers.fields["announced_on"] == "2022-04-22"


def test_aid_of_earlier_this_year_and_aid_kept_up_are_no_new_pledges():
    text = (
        "Kyiv — Canada will provide $50 million in military aid to Ukraine, the Prime Minister "
        "announced today. The embassy moved to Lviv in February.\n\n"
        "“Canada will keep providing the equipment Ukraine needs,” he said.\n\n"
        "Quick facts: Earlier this year, Canada provided Ukraine with up to $620 million in loans."
    )
    found = pledges_of(text, datetime.date(2022, 5, 8))
    assert proposed_of(found, "amount", "announced_on") == [("50000000", "2022-05-08")]
    assert flags_of(found) == [("620000000", "earlier")]


def test_a_heading_of_donors_and_a_day_counted_from_a_month():
    text = (
        "Other donors: Japan, which on 1 March pledged US$100 million in emergency aid to Ukraine, is "
        "channelling it through UN agencies."
    )
    assert proposed_of(pledges_of(text, datetime.date(2022, 3, 16)), "donor", "amount") == [
        ("Japan", "100000000")
    ]
    text = (
        "Pedro Sanchez visited Kyiv on Thursday. The shipment comes on top of the rifles Spain "
        "flew to Poland in early March.\n\n"
        "Later that day, in Washington, Joe Biden unveiled another $800 million in weapons for "
        "Ukraine."
    )
    us = only([p for p in pledges_of(text, datetime.date(2022, 4, 22)) if p.paragraph == 2])
    assert us.fields["announced_on"] == "2022-04-21"


# --- Rounds 52 and 53: rules from the first misses of six blind articles ------------------------


def test_a_package_approved_by_another_giver_on_its_day_is_that_givers_pledge():
    text = (
        "The IMF board on Wednesday approved $1.4 billion in emergency financing for Ukraine. "
        "The IMF money follows a $723 million package of loans approved by the World Bank on "
        "Monday."
    )
    found = pledges_of(text, datetime.date(2022, 3, 10))
    assert proposed_of(found, "donor", "amount", "announced_on") == [
        ("International Monetary Fund", "1400000000", "2022-03-09"),
        ("World Bank", "723000000", "2022-03-07"),
    ]


def test_a_total_and_its_parts_a_funding_bill_and_a_swift_adoption():
    text = (
        "Brussels also froze the assets of 160 more individuals, 14 oligarchs and 146 members of "
        "Russia's Federation Council. Biden on Tuesday banned U.S. imports of Russian crude oil."
        "\n\nThe House passed a $1.5 trillion government funding bill that includes aid for "
        "Ukraine.\n\n"
        "The premier welcomed the sixth package of sanctions presented by the Commission, which "
        "provides for a phased embargo on Russian oil, and appealed for its swift adoption."
    )
    found = draft(text, datetime.date(2022, 3, 10))
    assert [measure_of(s) for s in found.sanctions] == [
        ("", "asset_freeze", "persons", 160),
        ("US", "import_ban", "sectors", None),
    ]
    assert proposed_of(found.pledges, "amount") == []


def test_fire_engines_mine_clearing_machines_and_a_package_that_also_covers_items():
    text = (
        "Poland will send 30 ambulances, a dozen fire engines and 200 tonnes of medicines to "
        "Ukraine.\n\n"
        "The Federal Council approved an additional CHF 100 million in aid for Ukraine. The "
        "package also covers material deliveries: Switzerland will send 60 large generators and "
        "11 mine-clearing machines."
    )
    found = pledges_of(text, datetime.date(2022, 12, 21))
    assert [[(i["name"], i["quantity"]) for i in p.fields["items"]] for p in found] == [
        [("ambulances", 30), ("fire engines", 12), ("medicines", 200)],
        [("large generators", 60), ("mine-clearing machines", 11)],
    ]
    assert found[1].fields["amount"] == "100000000"


def test_a_tally_since_a_date_told_first_is_a_running_total():
    text = (
        "This is not the first Polish contribution. Since 24 February, Poland has handed over "
        "military equipment worth around 1.6 billion US dollars to Ukraine."
    )
    assert flags_of(pledges_of(text, datetime.date(2022, 5, 6))) == [
        ("1600000000", "running_total")
    ]


def test_the_unions_instruments_and_a_tally_told_alongside_another():
    text = (
        "Parliament on Thursday gave its consent to a further €5 billion in macro-financial "
        "assistance for Kyiv.\n\n"
        "Von der Leyen said Team Europe had mobilised more than €19 billion for Ukraine since "
        "the invasion began, while €2.5 billion had been committed through the European Peace "
        "Facility."
    )
    found = pledges_of(text, datetime.date(2022, 9, 15))
    assert proposed_of(found, "donor", "amount") == [("European Union", "5000000000")]
    assert {flag for _, flag in flags_of(found)} == {"running_total"}


def test_a_visit_names_a_place_and_dollars_written_the_australian_way():
    text = (
        "Australia will send another 30 Bushmaster vehicles to Ukraine, Richard Marles said on "
        "Monday.\n\n"
        "When he visited Kyiv in early July, Prime Minister Anthony Albanese pledged $99.5 "
        "million in further military aid.\n\n"
        "Across the Pacific, Washington on Wednesday unveiled a further $US1.1 billion ($1.7 "
        "billion) in military assistance for Ukraine."
    )
    found = pledges_of(text, datetime.date(2022, 10, 4))
    assert proposed_of(found, "donor_code", "amount", "currency")[1:] == [
        ("AU", "99500000", "AUD"),
        ("US", "1100000000", "USD"),
    ]


def test_a_swiss_department_a_list_expanded_and_a_summary_then_told_in_detail():
    text = (
        "The UN estimates that some 5.9 million people remain displaced in Ukraine.\n\n"
        "On 20 December, the Federal Department of Economic Affairs (EAER) adopted further "
        "sanctions against Russia.\n\n"
        "The Swiss sanctions list has been expanded by 190 names: 141 individuals and 49 "
        "entities. Their assets in Switzerland are frozen. In addition, new investments in the "
        "Russian mining sector are prohibited.\n\n"
        "Financial assets worth CHF 7.5 billion are currently frozen in Switzerland."
    )
    found = [measure_of(s) for s in draft(text, datetime.date(2022, 12, 21)).sanctions]
    assert found == [
        ("CH", "asset_freeze", "persons", 141),
        ("CH", "asset_freeze", "entities", 49),
        ("CH", "investment_ban", "sectors", None),
    ]


def test_an_appeal_a_suspended_visa_deal_and_refugees_hosted_by_the_country_named_before():
    text = (
        "Within Ukraine, the UN's humanitarian appeal for this year, amounting to USD 4.3 "
        "billion, is still not fully funded.\n\n"
        "The Council last Friday adopted the full suspension of the visa facilitation agreement "
        "with Russia.\n\n"
        "Moldova was also on the agenda. The EU is releasing €5 million in aid for the country, "
        "which has taken in more than 90,000 refugees from Ukraine. The Swiss gave CHF 5 million "
        "to the Republic of Moldova, which is facing an energy crisis while continuing to host "
        "more than 100,000 people who fled Ukraine."
    )
    found = draft(text, datetime.date(2022, 9, 15))
    assert dict(flags_of(found.pledges))["4300000000"] == "aggregate"
    assert [measure_of(s)[1] for s in found.sanctions] == ["other"]
    assert [
        (f.fields["kind"], f.fields["value"], f.fields["country_code"]) for f in found.figures
    ] == [
        ("refugees_hosted", 90_000, "MD"),
        ("refugees_hosted", 100_000, "MD"),
    ]


# --- Rounds 54 and 55: rules from the first misses of six blind articles ------------------------


def test_us_agencies_a_drawdown_that_includes_items_and_a_rate_of_making():
    text = (
        "On June 15, President Biden announced an additional $1 billion in security assistance "
        "for Ukraine. The drawdown, the eleventh of its kind authorized since August 2021, "
        "includes 18 howitzers and 36,000 rounds of ammunition.\n\n"
        "On June 7, USAID announced $1.7 billion in budget support for Ukraine.\n\n"
        "On June 2, the Department of State imposed visa restrictions on 2,596 members of the "
        "Russian military. The United States is exploring a ban on imports of Russian gold.\n\n"
        "Lockheed Martin plans to raise output from about 2,100 missiles a year to 4,000."
    )
    found = draft(text, datetime.date(2022, 6, 16))
    assert proposed_of(found.pledges, "donor_code", "amount") == [
        ("US", "1000000000"),
        ("US", "1700000000"),
    ]
    assert [(i["name"], i["quantity"]) for i in found.pledges[0].fields["items"]] == [
        ("howitzers", 18),
        ("ammunition", 36000),
    ]
    assert [measure_of(s) for s in found.sanctions] == [("US", "travel_ban", "persons", 2596)]


def test_a_meeting_named_for_a_group_a_numbered_heading_and_measures_in_addition():
    text = (
        "1. Assistance. At the G7 Leaders' Meeting held in Brussels on Thursday, the Prime "
        "Minister announced that Japan will extend an additional 100 million US dollars in "
        "humanitarian assistance for Ukraine.\n\n"
        "2. Asset freeze against Russian individuals. Japan will freeze the assets of 25 Russian "
        "individuals. Existing export restrictions on semiconductors to Russia remain in place."
        "\n\n3. Belarus. In addition to the measures against Alexander Lukashenko announced "
        "earlier this month, Japan will freeze the assets of 7 Belarusian individuals. A bill to "
        "withdraw most-favoured-nation treatment from Russia has been submitted to the Diet."
    )
    found = draft(text, datetime.date(2022, 3, 25))
    assert proposed_of(found.pledges, "donor_code", "amount") == [("JP", "100000000")]
    assert [(measure_of(s), s.quote) for s in found.sanctions] == [
        (("JP", "asset_freeze", "persons", 25), "freeze the assets of 25 Russian individuals"),
        (("JP", "asset_freeze", "persons", 7), "freeze the assets of 7 Belarusian individuals"),
    ]


def test_a_pledge_dated_by_the_sentence_announcing_it_and_two_earlier_pledges_in_one_sentence():
    text = (
        "Denmark will provide a further DKK 845 million in military support to Ukraine. The "
        "Minister of Defence announced the contribution on Thursday 11 August at the conference "
        "in Copenhagen, which Denmark co-hosted with the United Kingdom.\n\n"
        "The new Danish contribution, equivalent to roughly EUR 113 million, will be divided.\n\n"
        "The United Kingdom also used the occasion to announce new deliveries. Ben Wallace said "
        "that London will send additional M270 multiple-launch rocket systems to Ukraine.\n\n"
        "In February, Denmark pledged 2,700 anti-tank weapons, and in May the government decided "
        "to give Harpoon anti-ship missiles to help Ukraine."
    )
    found = pledges_of(text, datetime.date(2022, 8, 11))
    assert proposed_of(found, "donor_code", "amount", "announced_on") == [
        ("DK", "845000000", "2022-08-11"),
        ("GB", None, "2022-08-11"),
        ("DK", None, "2022-02-01"),
        ("DK", None, "2022-05-01"),
    ]


def test_sums_approved_so_far_spent_at_home_and_a_share_of_a_pledge():
    text = (
        "Congress has approved roughly $68bn for Ukraine since February.\n\n"
        "Berlin is the obvious laggard. Germany's commitments to Ukraine come to about €3bn, "
        "according to the Kiel tracker.\n\n"
        "Nor can the chancellor plead poverty. A government that found €200bn for an energy "
        "price shield in a single weekend can find the money to keep Ukraine's lights on.\n\n"
        "On Monday Justin Trudeau promised C$500m in additional military aid to Ukraine, and "
        "yesterday Ottawa said it would use C$406m of that to buy a NASAMS system."
    )
    found = pledges_of(text, datetime.date(2022, 11, 17))
    assert proposed_of(found, "donor_code", "amount") == [("CA", "500000000")]
    assert dict(flags_of(found)) == {
        "68000000000": "running_total",
        "3000000000": "aggregate",
        "406000000": "part_of_package",
    }


def test_an_explainers_tallies_a_listing_that_freezes_and_a_yes_or_no_answer():
    text = (
        "How much has the UK given? Only the United States, which has committed about $6.1bn "
        "over the same period, has given more. The UK has also committed £220m in humanitarian "
        "aid since the start of the war.\n\n"
        "What weapons has Britain sent? Since January the UK has supplied more than 5,000 NLAWs "
        "to Ukraine.\n\n"
        "Is it only about weapons? No. At the G7 summit in Bavaria on Monday, the government "
        "said it would guarantee a further £429m of World Bank lending to Kyiv.\n\n"
        "What about sanctions? The UK says it has now sanctioned more than 1,000 individuals "
        "from Russia. On Wednesday it added Vladimir Potanin, Russia's second-richest man, and "
        "Putin's cousin Anna Tsivileva to the list, freezing any assets they hold in Britain.\n\n"
        "How many Ukrainians has Britain taken in? Government figures show about 88,000 "
        "Ukrainians have arrived under the Homes for Ukraine scheme."
    )
    found = draft(text, datetime.date(2022, 6, 30))
    assert proposed_of(found.pledges, "donor_code", "amount") == [("GB", "429000000")]
    assert [(measure_of(s), s.fields["named_targets"]) for s in found.sanctions] == [
        (("GB", "asset_freeze", "persons", 2), ["Vladimir Potanin", "Anna Tsivileva"])
    ]
    assert [(f.fields["kind"], f.fields["country_code"]) for f in found.figures] == [
        ("refugees_hosted", "GB")
    ]


# --- Rounds 56 and 57: rules from the first misses of six blind articles ------------------------


def test_a_fund_envelope_a_place_after_the_agent_and_a_package_the_commission_proposed():
    text = (
        "The European Peace Facility, with an original envelope of about 5.7 billion euros, has "
        "been drained. The EU has so far committed 3.1 billion euros to Ukraine through it in six "
        "tranches. The latest, "
        "worth 500 million euros, was approved by ministers at their meeting in Luxembourg on "
        "October 17.\n\n"
        "Hungary kept blocking the 18 billion euro package that the European Commission proposed "
        "last month for Ukraine."
    )
    found = pledges_of(text, datetime.date(2022, 12, 12))
    assert proposed_of(found, "donor", "amount") == [
        ("European Union", "500000000"),
        ("European Union", "18000000000"),
    ]


def test_a_joint_statement_of_leaders_its_effect_and_a_decision_still_to_be_adopted():
    text = (
        "On Thursday, Prime Minister Ingrida Šimonytė and the heads of government of Latvia, "
        "Estonia and Poland agreed to restrict the entry of Russian citizens holding Schengen "
        "visas.\n\n"
        "From that date, Russian tourists will no longer be able to cross into Lithuania. EU "
        "ministers agreed to suspend the visa facilitation agreement with Russia, a decision "
        "that still has to be formally adopted by the Council."
    )
    found = draft(text, datetime.date(2022, 9, 8)).sanctions
    assert sorted(measure_of(s)[:2] for s in found) == [
        ("EE", "travel_ban"),
        ("LT", "travel_ban"),
        ("LV", "travel_ban"),
        ("PL", "travel_ban"),
    ]


def test_a_states_formal_name_substations_and_what_is_not_a_states_new_gift():
    text = (
        "Earlier transfers from the army's stocks have included Stinger systems and M113 "
        "carriers. When the manufacturer decided to donate the aircraft free of charge, the "
        "money was redirected.\n\n"
        "On Monday, the ministry announced that Lithuania would send 25 power generators and two "
        "mobile transformer substations to Ukraine.\n\n"
        "In July, the Government also decided to grant EUR 500,000 to the Republic of Moldova. "
        "The state has spent some EUR 90 million on their accommodation."
    )
    found = pledges_of(text, datetime.date(2022, 9, 8))
    assert proposed_of(found, "donor_code", "recipient_code", "amount") == [
        ("LT", "UA", None),
        ("LT", "MD", "500000"),
    ]
    assert [i["quantity"] for i in found[0].fields["items"]] == [25, 2]


def test_a_ledger_a_share_of_a_sum_paid_out_and_launchers_ordered_from_industry():
    text = (
        "The tracker counted 94 billion euros in commitments. Brussels promised 9 billion euros "
        "in macro-financial assistance to Ukraine in May, yet only a third of that money had "
        "been paid out.\n\n"
        "Direct budget support, United States: $13bn committed; roughly $8.5bn disbursed.\n\n"
        "Some 18 of the HIMARS launchers were ordered from industry in September."
    )
    found = pledges_of(text, datetime.date(2022, 11, 28))
    assert proposed_of(found, "donor", "amount") == [("European Union", "9000000000")]
    assert ("13000000000", "running_total") in flags_of(found)


def test_a_firm_named_by_what_it_is_its_other_gift_and_a_place_named_for_a_country():
    text = (
        "Four lorries left Raheen on Tuesday, bound for the Polish border town of Przemysl.\n\n"
        "Shannonside Freight, the family-run haulage company behind the run, said on Tuesday that "
        "it was donating the load to Ukraine: 40 diesel generators and 1,500 sleeping bags. The "
        "firm has also bought two second-hand ambulances.\n\n"
        "EU ministers signed off on a €500m tranche, which doubles the bloc's military support "
        "to €1bn."
    )
    found = pledges_of(text, datetime.date(2022, 3, 24))
    firm = only([p for p in found if not p.not_a_record and p.fields["donor"] != "European Union"])
    assert firm.fields["donor"] == "Shannonside Freight"
    assert [i["quantity"] for i in firm.fields["items"]] == [40, 1500, 2]
    assert ("1000000000", "running_total") in flags_of(found)


def test_one_item_given_and_what_groups_of_states_or_plans_only_expected_give():
    text = (
        "Slovakia said Friday that it had donated an S-300 air defense system to Kyiv. Denmark "
        "will give Harpoon missiles and a launcher to Ukraine.\n\n"
        "The G7 committed a further $4.5bn to global food security. US officials said Washington "
        "was expected to announce the purchase of NASAMS systems for Ukraine. The EU, which "
        "agreed earlier this month to phase out most Russian oil imports by sea, has yet to sign "
        "on."
    )
    found = draft(text, datetime.date(2022, 6, 28))
    assert [
        (p.fields["donor_code"], [(i["name"], i["quantity"]) for i in p.fields["items"]])
        for p in found.pledges
        if not p.not_a_record
    ] == [
        ("SK", [("S-300 air defense system", 1)]),
        ("DK", [("launcher", 1)]),
    ]
    assert "4500000000" not in [amount for (amount,) in proposed_of(found.pledges, "amount")]
    assert found.sanctions == []


# --- Rounds 58 and 59: rules from the first misses of six blind articles ------------------------


def test_a_dateline_with_its_country_a_calibre_a_model_number_and_a_contract_to_buy():
    text = (
        "RAMSTEIN AIR BASE, Germany (Reuters) - The United States will send Ukraine another "
        "$675 million in weapons, Lloyd Austin said on Thursday.\n\n"
        "Drawn from Pentagon stocks, the package includes 36,000 rounds for 105 mm howitzers and "
        "100 armoured Humvees, officials said.\n\n"
        "The new drawdown brings U.S. military aid since Russia's Feb. 24 invasion to about "
        "$14.5 billion.\n\n"
        "Christine Lambrecht sidestepped questions about Leopard 2 battle tanks. Kyiv is also "
        "buying arms: in June it signed a contract with Poland's PGZ for 54 Krab howitzers."
    )
    found = pledges_of(text, datetime.date(2022, 9, 8))
    us = only([p for p in found if not p.not_a_record])
    assert (us.fields["donor_code"], us.fields["amount"]) == ("US", "675000000")
    assert [(i["name"], i["quantity"]) for i in us.fields["items"]] == [
        ("rounds", 36000),
        ("armoured Humvees", 100),
    ]


def test_tallies_of_deliveries_a_date_in_the_lead_and_export_controls_then_their_goods():
    text = (
        "France, for its part, has already delivered more than 100 million euros' worth of "
        "military equipment to Ukraine. National Societies have already disbursed more than 100 "
        "million francs in cash assistance.\n\n"
        "Earlier in August, Tokyo committed US$7.5 million to the IFRC for shelter in Ukraine.\n\n"
        "The Union is also tightening its export controls. Jet fuel and quantum computers can no "
        "longer be sold to Russia. Road haulage companies from Russia will likewise be forbidden "
        "to carry goods on EU roads."
    )
    found = draft(text, datetime.date(2022, 8, 24))
    assert proposed_of(found.pledges, "donor_code", "amount", "announced_on") == [
        ("JP", "7500000", "2022-08-01")
    ]
    assert [measure_of(s)[1] for s in found.sanctions] == ["export_ban", "other"]


def test_a_seizure_a_price_ceiling_and_freezes_said_in_passing():
    text = (
        "The federal government has launched its first attempt to take, rather than merely "
        "freeze, money belonging to a sanctioned Russian oligarch, ordering the seizure of "
        "US$26-million held in Canada by Granite Capital Holdings Ltd., a company Ottawa says "
        "is owned by Roman Abramovich.\n\n"
        "Until now, the government had relied on freezes.\n\n"
        "On Dec. 9, Canada imposed sanctions on 33 current and former senior Russian officials "
        "and six entities.\n\n"
        "On Dec. 5, Canada joined its G7 partners in putting a ceiling of US$60 a barrel on "
        "Russian seaborne crude, although Canada itself stopped importing Russian oil in "
        "February. The Commission floated a ceiling of $65 a barrel."
    )
    found = [measure_of(s) for s in draft(text, datetime.date(2022, 12, 20)).sanctions]
    assert found == [
        ("CA", "other", "entities", None),
        ("CA", "asset_freeze", "persons", 33),
        ("CA", "asset_freeze", "entities", 6),
        ("CA", "other", "sectors", None),
    ]


def test_a_podcasts_drawdown_a_request_a_price_and_a_network_hit():
    text = (
        "HOST: The Pentagon put out another package. What's in it?\n\n"
        "GUEST: It's a $400 million presidential drawdown, and it's heavily about the drones. "
        "The White House asked Congress last week for another $37.7 billion for Ukraine.\n\n"
        "GUEST: Poland says that's barely below what Russian Urals crude is fetching anyway, "
        "roughly $70.\n\n"
        "GUEST: The concrete one came on Monday. The US Treasury hit a procurement network that "
        "was sourcing microelectronics for Russia's military: 42 targets in all, 14 individuals "
        "and 28 entities. Their US assets are frozen and Americans can't deal with them. Czech "
        "defence companies have signed "
        "commercial contracts with Ukraine worth more than CZK 30 billion."
    )
    found = draft(text, datetime.date(2022, 11, 25))
    assert proposed_of(found.pledges, "donor_code", "amount") == [("US", "400000000")]
    assert [measure_of(s) for s in found.sanctions] == [
        ("US", "asset_freeze", "persons", 14),
        ("US", "asset_freeze", "entities", 28),
    ]


# --- Rounds 60 and 61: rules from the first misses of six blind articles ------------------------


def test_an_agencys_place_line_parts_that_help_and_spending_from_the_budget():
    text = (
        "Bucharest, July 22 /Agerpres/ - The Council of the European Union on Thursday adopted a "
        "new package of restrictive measures against the Russian Federation. Under the same "
        "decision, Sberbank, Russia's largest lender, has its assets frozen in the EU.\n\n"
        "Germany announced an additional grant of up to 77 million euros for Moldova. According "
        "to Berlin, 40 million euros will help poor households.\n\n"
        "The federal states are receiving 2 billion euros from the federal budget this year."
    )
    found = draft(text, datetime.date(2022, 7, 22))
    assert [measure_of(s)[:2] for s in found.sanctions] == [("", "asset_freeze")]
    assert proposed_of(found.pledges, "donor_code", "amount") == [("DE", "77000000")]
    assert ("40000000", "part_of_package") in flags_of(found.pledges)


def test_imports_that_will_end_channels_that_may_not_transmit_and_items_promised_on_a_day():
    text = (
        "Under the sixth EU sanctions package, seaborne imports of Russian crude oil into the EU "
        "will end within six months. Three Russian state broadcasters may no longer transmit "
        "their programmes in the EU."
    )
    found = draft(text, datetime.date(2022, 6, 22)).sanctions
    assert [measure_of(s)[1] for s in found] == ["import_ban", "other"]
    promised = items(
        "The seven Panzerhaubitze 2000 self-propelled howitzers that Defence Minister Christine "
        "Lambrecht promised on 6 May have also arrived."
    )
    assert [(i.name, i.quantity) for i in promised] == [
        ("Panzerhaubitze 2000 self-propelled howitzers", 7)
    ]


def test_those_listed_an_interviewers_statement_and_what_is_not_canadas_new_aid():
    text = (
        "Canada's defence minister sat down with us days after Ottawa committed another tranche "
        "of military aid to Kyiv.\n\n"
        "Anand: With this tranche, our military commitments since the invasion are well over "
        "C$1 billion. One case involves about US$26 million held by a company linked to Roman "
        "Abramovich. Kyiv has also bought directly from Canadian firms, under contracts worth "
        "roughly C$30 million.\n\n"
        "Q: The Americans committed another $400 million last week for Ukraine. Will Canada "
        "help?\n\n"
        "Q: John, two weeks ago you announced a $300 million drawdown. Iran is preparing to give "
        "Russia hundreds of drones.\n\n"
        "Anand: On Wednesday we listed 23 more Russian individuals. Those listed are also "
        "barred from travelling to Canada."
    )
    found = draft(text, datetime.date(2022, 11, 19))
    assert proposed_of(found.pledges, "donor_code", "amount") == [("US", "400000000")]
    assert [measure_of(s) for s in found.sanctions] == [
        ("CA", "asset_freeze", "persons", 23),
        ("CA", "travel_ban", "persons", 23),
    ]


def test_proposals_set_out_and_millions_written_m():
    text = (
        "In Brussels, ambassadors are poring over the Commission's proposals for an eighth round "
        "of sanctions. Ursula von der Leyen unveiled them on Wednesday: a ban on Russian imports "
        "worth about €7bn a year and new curbs on exports of aviation components.\n\n"
        "More than 2.5m people have left Ukraine since February 24th."
    )
    found = draft(text, datetime.date(2022, 9, 30))
    assert found.sanctions == []
    assert [(f.fields["kind"], f.fields["value"]) for f in found.figures] == [
        ("fled_abroad", 2_500_000)
    ]


# --- Rounds 62 and 63: rules from the first misses of six blind articles ------------------------


def test_the_largest_package_so_far_and_a_proposal_the_commission_made():
    text = (
        "Portugal's prime minister visited Kyiv on Saturday.\n\n"
        "The visit takes place days after the European Commission, on Wednesday, proposed up to "
        "€9 billion in macro-financial assistance to Ukraine. Renault has written down €2.2bn.\n\n"
        "Washington went further on Wednesday with its largest single package so far, worth "
        "$2.98bn, bringing US military assistance to Ukraine to about $13.5bn."
    )
    found = pledges_of(text, datetime.date(2022, 5, 21))
    assert proposed_of(found, "donor_code", "amount") == [("", "9000000000"), ("US", "2980000000")]


def test_a_package_welcomed_one_under_discussion_and_licences_suspended():
    text = (
        "The Netherlands welcomes the ninth package of EU sanctions against Russia. The "
        "Government also backs the sixth package now under discussion in Brussels, including a "
        "phased embargo on Russian oil.\n\n"
        "The EU is freezing the assets of 190 more individuals. In addition, new investment in "
        "the Russian mining sector is prohibited, and the "
        "broadcasting licences of four more Kremlin-controlled channels, NTV Mir and Rossiya 1 "
        "among them, are suspended in the EU."
    )
    found = [measure_of(s)[:2] for s in draft(text, datetime.date(2022, 12, 16)).sanctions]
    assert found == [("", "asset_freeze"), ("", "investment_ban"), ("", "other")]


def test_claims_shared_packages_counted_tallies_counted_and_a_payment_of_a_loan():
    text = (
        'One post, shared more than 40,000 times, says the United States "shipped $60 billion '
        'in weapons to Ukraine in October alone."\n\n'
        "The Pentagon has announced two weapons packages for Ukraine so far this month. Congress "
        "passed roughly $54 billion in Ukraine-related funding in March and May.\n\n"
        "On Tuesday, Brussels paid out 2 billion euros, the first tranche of a 5 billion-euro "
        "loan for Ukraine. The Kiel Institute counts about 93 billion euros in commitments."
    )
    found = pledges_of(text, datetime.date(2022, 10, 20))
    assert "60000000000" not in [a for (a,) in proposed_of(found, "amount")]
    assert dict(flags_of(found)) == {
        "54000000000": "running_total",
        "2000000000": "part_of_package",
        "93000000000": "running_total",
    }
    assert all(not p.fields.get("items") for p in found)  # no "two weapons packages" counted


def test_review_of_rounds_50_to_63_sentences_the_new_rules_must_leave_alone():
    found = pledges_of(
        "The Pentagon will send Ukraine 18 155 mm howitzers. The US will send Ukraine 500 pound "
        "bombs worth $10 million. Separately, a Czech company will donate 20 drones to Ukraine.",
        datetime.date(2022, 5, 5),
    )
    assert proposed_of(found, "donor_code", "amount") == [
        ("US", None),
        ("US", "10000000"),
        ("CZ", None),
    ]
    assert [(i["name"], i["quantity"]) for i in found[0].fields["items"]] == [
        ("155 mm howitzers", 18)
    ]
    found = pledges_of(
        "Germany will give Ukraine 1 billion euros from the federal budget. The World Bank "
        "pledged $200 million for vulnerable households in Ukraine. Britain announced a £500 "
        "million funding package for Ukraine. The EU pledged 600 million euros to help Ukraine "
        "export grain and ease hunger around the world.",
        datetime.date(2022, 5, 5),
    )
    assert [a for (a,) in proposed_of(found, "amount")] == [
        "1000000000",
        "200000000",
        "500000000",
        "600000000",
    ]
    found = draft(
        "The EU condemned Russia's seizure of the Zaporizhzhia nuclear plant. Ukraine said "
        "Russian missiles hit the power network in Kyiv on Monday. Britain announced new "
        "investments in Ukraine's energy sector. The EU on Friday, despite opposition from "
        "Hungary, banned imports of Russian coal.",
        datetime.date(2022, 5, 5),
    )
    assert [measure_of(s)[:2] for s in found.sanctions] == [("", "import_ban")]


# --- Rounds 64 and 65: rules from the first misses of six blind articles ------------------------


def test_a_statements_topic_a_clause_on_the_items_and_a_metaphor_are_no_records():
    text = (
        "The Secretary of State: I should like to make a statement on the support the United "
        "Kingdom is giving Ukraine as winter sets in. Russia now hopes to freeze the Ukrainian "
        "people into submission.\n\n"
        "On Saturday the Prime Minister travelled to Kyiv. He announced a £50 million package of "
        "air defence for Ukraine, including 125 anti-aircraft guns to counter the drones that "
        "Tehran has supplied to Moscow.\n\n"
        "The UK's Foreign Secretary designated 22 Russian officials. Their assets in the UK are frozen "
        "and they may no longer travel here. They join more than 1,200 individuals already "
        "sanctioned since February."
    )
    found = draft(text, datetime.date(2022, 11, 24))
    assert "GB" not in [p.fields["donor_code"] for p in found.pledges if p.paragraph == 1]
    assert [measure_of(s) for s in found.sanctions] == [
        ("GB", "asset_freeze", "persons", 22),
        ("GB", "travel_ban", "persons", 22),
    ]


def test_a_rate_of_exchange_wealth_held_and_sums_already_made_available():
    text = (
        "The Federal Council approved 100 million francs in winter aid for Ukraine. The additional "
        "aid (about $100 million at current exchange rates) will pay for repairs.\n\n"
        "Switzerland had already made around 80 million francs available for humanitarian work "
        "in Ukraine since February. Swiss banks are estimated to manage up to 200 billion francs "
        "of Russian money. Europe has paid Russia about €35bn for energy, compared with the €1bn "
        "it has given Ukraine for weapons."
    )
    found = pledges_of(text, datetime.date(2022, 10, 20))
    assert proposed_of(found, "amount") == [("100000000",)]
    assert dict(flags_of(found)).get("1000000000") == "running_total"


def test_a_measure_being_discussed_and_one_a_package_would_take():
    text = (
        "An oil embargo on Russia is being discussed, but Germany is resisting.\n\n"
        "The Government welcomes the agreement on a sixth package of sanctions against Russia, "
        "which would phase out most imports of Russian oil."
    )
    assert draft(text, datetime.date(2022, 6, 2)).sanctions == []


def test_a_minister_who_met_a_leader_the_only_giver_named_and_targets_by_their_adjective():
    text = (
        "I should like to make a statement on the support the United Kingdom is giving Ukraine "
        "as winter sets in.\n\n"
        "Russia has fired wave after wave of missiles at power plants, and the United Kingdom "
        "condemns it.\n\n"
        "On Saturday, my right honourable friend the Prime Minister travelled to Kyiv. He met "
        "President Zelensky and announced a £50 million package of air defence, including 125 "
        "anti-aircraft guns."
    )
    found = pledges_of(text, datetime.date(2022, 11, 24))
    assert proposed_of(found, "donor_code", "amount") == [("GB", "50000000")]


def test_the_state_of_targets_counted_by_their_adjective_and_those_already_sanctioned():
    text = (
        "On March 2 the EU removed seven Russian banks from the Swift messaging system, VTB and "
        "Bank Otkritie among them, and three Belarusian lenders were cut off a week later.\n\n"
        "The UK's Foreign Secretary designated 22 Russian officials. They join more than 1,200 "
        "individuals already sanctioned since February."
    )
    found = draft(text, datetime.date(2022, 11, 24)).sanctions
    assert [measure_of(s) for s in found] == [
        ("", "swift_exclusion", "banks", 7),
        ("", "swift_exclusion", "banks", 3),
        ("GB", "asset_freeze", "persons", 22),
    ]
    assert [s.fields["target_code"] for s in found] == ["RU", "BY", "RU"]


def test_the_day_of_a_lead_and_no_filing_day_for_another_partys_pledge():
    text = (
        "The Government of Sweden today decided on a new package for Ukraine.\n\n"
        "In March, the Government decided to send a further 5,000 AT4 anti-tank weapons to "
        "Ukraine, on top of the 5,000 delivered at the end of February."
    )
    found = pledges_of(text, datetime.date(2022, 6, 2))
    assert [(p.fields["announced_on"], p.fields["announced_precision"]) for p in found][-1] == (
        "2022-03-01",
        "month",
    )
    release = (
        "WASHINGTON, December 21, 2022 — The World Bank today approved an additional $500 "
        "million loan for Ukraine.\n\n"
        "Denmark has committed DKK 250 million to support the payment of pensions."
    )
    found = pledges_of(release, datetime.date(2022, 12, 21))
    assert [(p.fields["donor_code"], p.fields["announced_on"]) for p in found] == [
        ("", "2022-12-21"),
        ("DK", None),
    ]


# --- Rounds 66 and 67: rules from the first misses of six blind articles ------------------------


def test_one_item_handed_or_committed_a_remainder_and_donors_thanked_unnamed():
    assert [
        (i.name, i.quantity) for i in items("Slovakia has handed Kyiv an S-300 air defence system")
    ] == [("S-300 air defence system", 1)]
    assert [(i.name, i.quantity) for i in items("Copenhagen committed a Harpoon launcher")] == [
        ("Harpoon launcher", 1)
    ]
    text = (
        "The Estonian cabinet approved an extra €1.5 million in humanitarian aid for Ukraine. Of that, "
        "€1 million will go to the World Food Programme, while the remainder is earmarked for "
        "Estonian NGOs buying medicines and generators.\n\n"
        "UNHCR is grateful to the donors who have provided flexible funding for the Moldova "
        "operation.\n\n"
        "Japan: The Government of Japan has allocated US$ 4.5 million from its Emergency Grant "
        "Aid to UNHCR's operations in Moldova."
    )
    found = pledges_of(text, datetime.date(2022, 6, 17))
    assert [(p.paragraph, p.fields["amount"]) for p in found if not p.not_a_record] == [
        (1, "1500000"),
        (3, "4500000"),
    ]


def test_a_package_broken_down_a_second_one_a_purchase_for_ukraine_and_a_month_told_before():
    text = (
        "On 9 November the Commission proposed €18bn for Ukraine. The next day, Ursula von der "
        "Leyen was in Chișinău with a €250m package for Moldova, of which €100m in grants is "
        "meant to help households.\n\n"
        "Justin Trudeau said on 14 November that Ottawa would buy a NASAMS surface-to-air "
        "system from the United States for Ukraine, at a cost of C$406m.\n\n"
        "Rishi Sunak went to Kyiv on 19 November.\n\n"
        "Washington kept up its steady rhythm. Earlier in the month a $400m drawdown brought four Avenger air-defence systems. A second "
        "$400m package, announced on 23 November, included 150 heavy machine guns."
    )
    found = pledges_of(text, datetime.date(2022, 11, 30))
    assert proposed_of(found, "donor_code", "amount", "announced_on", "announced_precision") == [
        ("", "18000000000", "2022-11-09", "derived"),
        ("", "250000000", "2022-11-10", "derived"),
        ("CA", "406000000", "2022-11-14", "derived"),
        ("US", "400000000", "2022-11-01", "month"),
        ("US", "400000000", "2022-11-23", "derived"),
    ]
    month = next(p for p in found if p.fields["announced_precision"] == "month")
    assert "“Earlier in the month” is the month of 19 November, stated before." in month.notes


def test_a_giver_in_the_lead_one_that_approved_a_law_that_extends_and_an_open_welcome():
    text = (
        "At European level, the member states agreed on Monday to finance arms: from the "
        "European Peace Facility, Ukraine is to receive a total of 500 million euros.\n\n"
        "Federal Minister of the Interior Nancy Faeser assured that Germany would take in those "
        "fleeing the war, regardless of how many arrive.\n\n"
        "On the military front, the Council of Ministers approved a decree-law extending until "
        "31 December 2023 the authorisation to transfer military means to the Ukrainian "
        "authorities.\n\n"
        "At European level, the President welcomed the final green light, given by the European "
        "Parliament and the Council on Wednesday, to the 18 billion euro macro-financial "
        "assistance package for Ukraine for 2023.\n\n"
        "Officials confirmed that the four M777 howitzers announced by the Prime Minister of "
        "Canada on April 22 had been delivered."
    )
    found = pledges_of(text, datetime.date(2022, 12, 16))
    assert proposed_of(found, "donor", "amount") == [
        ("European Union", "500000000"),
        ("European Union", "18000000000"),
        ("Canada", None),
    ]


def test_a_clause_of_its_own_a_package_another_adopted_and_words_that_tell_what_stands():
    text = (
        "London announced that it had banned the export to Russia of almost 700 further goods, "
        "while Ottawa imposed sanctions on 35 individuals.\n\n"
        "OFAC designated 278 members of Russia's legislature. The lawmakers designated today "
        "comprise 109 members of the State Duma and 169 members of the Federation Council. They "
        "join the 328 Duma members that the United States sanctioned in March. Officials said "
        "these listings brought to more than 1,000 the number of individuals sanctioned.\n\n"
        "As a result of today's action, all property of the designated persons is blocked. Any "
        "entities owned 50 percent or more by one or more blocked persons are also blocked. "
        "Unless authorized by a license issued by OFAC, U.S. persons are generally prohibited "
        "from engaging in transactions with blocked persons."
    )
    found = draft(text, datetime.date(2022, 9, 30)).sanctions
    assert [
        (s.fields["imposer"], s.fields["measure"], s.fields["targets_count"]) for s in found
    ] == [
        ("United Kingdom", "export_ban", None),
        ("Canada", "asset_freeze", 35),
        ("United States", "asset_freeze", 278),
    ]
    package = (
        "Italy also backed the ninth package of sanctions against Russia, which the Council "
        "adopted today. The package subjects a further 190 individuals and entities to an asset "
        "freeze.\n\n"
        "The leaders noted that the price cap on Russian crude has been in force since 5 "
        "December, together with the embargo on seaborne imports. They asked the Commission to "
        "work on options for using immobilised Russian assets, estimated at around 300 billion "
        "euros, to support the reconstruction of Ukraine."
    )
    found = draft(package, datetime.date(2022, 12, 16))
    assert [measure_of(s) for s in found.sanctions] == [("", "asset_freeze", "persons", 190)]
    assert found.sanctions[0].fields["imposer"] == "European Union"
    assert proposed_of(found.pledges, "amount") == []


# --- Rounds 68 to 71: rules from the first misses of twelve blind articles ----------------------


def test_parts_of_new_funds_dates_carried_and_sums_that_are_wealth_or_in_a_bill():
    text = (
        "On 19 May, the Government decided to donate around 100 Mistral missiles to Ukraine.\n\n"
        "At the same time, the Government is stepping up its humanitarian support. Norway will "
        "provide an additional NOK 1 billion for humanitarian efforts in Ukraine.\n\n"
        "Of the new funds, NOK 500 million will be channelled through UN agencies, NOK 300 "
        "million through the Red Cross and NOK 200 million through Norwegian organisations.\n\n"
        "At the Moldova Support Platform conference in Berlin on 5 April, Norway pledged NOK 100 "
        "million to help Moldova.\n\n"
        "Russian clients hold between 150 billion and 200 billion francs in Swiss banks."
    )
    found = pledges_of(text, datetime.date(2022, 5, 19))
    assert proposed_of(found, "amount", "announced_on") == [
        (None, "2022-05-19"),
        ("1000000000", "2022-05-19"),
        ("100000000", "2022-04-05"),
    ]
    assert [flag for amount, flag in flags_of(found) if amount in ("500000000", "200000000")] == [
        "part_of_package",
        "part_of_package",
    ]


def test_a_bill_signed_a_sum_to_another_country_and_sums_reckoned_so_far():
    text = (
        "On Tuesday, President Joe Biden signed a spending bill containing $13.6bn in emergency "
        "funding for Ukraine, with about $4bn of it set aside for humanitarian assistance.\n\n"
        "On March 1, the European Commission released 85 million euros in humanitarian funding "
        "for people inside Ukraine. It also allocated five million euros to Moldova.\n\n"
        "Tallinn estimates its military aid to Ukraine at about 250 million euros. Beyond "
        "security assistance, the United States has provided more than $1.5 billion in "
        "humanitarian aid.\n\n"
        "The State Department has also approved a possible $165 million sale of non-standard "
        "ammunition to Ukraine. Earlier this month Berlin raised a budget line for military help "
        "to partner countries to 2 billion euros."
    )
    found = pledges_of(text, datetime.date(2022, 3, 16))
    assert proposed_of(found, "donor", "recipient_code", "amount") == [
        ("United States", "UA", "13600000000"),
        ("European Union", "UA", "85000000"),
        ("European Union", "MD", "5000000"),
    ]
    assert {"250000000": "running_total", "1500000000": "running_total"}.items() <= dict(
        flags_of(found)
    ).items()


def test_officials_of_many_a_meeting_dated_a_models_number_and_a_drawdowns_items():
    text = (
        "RAMSTEIN AIR BASE, Germany, April 26 (Wire) — Defence officials from some 40 countries "
        "promised on Tuesday to keep weapons flowing to Ukraine, as the United States hosted the "
        "first meeting of a new contact group.\n\n"
        "Berlin will allow the delivery of some 50 Gepard anti-aircraft guns, Defence Minister "
        "Christine Lambrecht announced at the meeting.\n\n"
        "The Netherlands said it would send Panzerhaubitze 2000 self-propelled howitzers, though "
        "it would not say how many."
    )
    found = pledges_of(text, datetime.date(2022, 4, 26))
    assert [
        (
            p.fields["donor_code"],
            p.fields["announced_on"],
            [(i["name"], i["quantity"]) for i in p.fields["items"]],
        )
        for p in found
    ] == [
        ("DE", "2022-04-26", [("Gepard anti-aircraft guns", 50)]),
        ("NL", "2022-04-26", [("Panzerhaubitze 2000 self-propelled howitzers", None)]),
    ]
    drawdown = (
        "On September 15, the President authorized the 21st drawdown of U.S. arms and equipment "
        "for Ukraine since August 2021, valued at $600 million. It provides additional "
        "ammunition for HIMARS; 36,000 rounds of 105mm artillery ammunition; and four "
        "counter-artillery radars."
    )
    pledge = only(pledges_of(drawdown, datetime.date(2022, 9, 30)))
    assert (pledge.fields["amount"], pledge.fields["announced_on"]) == ("600000000", "2022-09-15")
    assert [i["quantity"] for i in pledge.fields["items"]] == [None, 36000, 4]


def test_an_earlier_pledge_with_its_month_joined_donors_dated_and_an_open_habit():
    text = (
        "Belgium and Sweden followed on Sunday. Belgium pledged 2,000 machine guns. Sweden's "
        "Prime Minister Magdalena Andersson announced 5,000 AT4 anti-tank weapons.\n\n"
        "Prime Minister Fumio Kishida had pledged 100 million dollars in emergency humanitarian "
        "aid in March. Japan, which traditionally accepts very few refugees, has taken in about "
        "1,900 evacuees from Ukraine."
    )
    found = pledges_of(text, datetime.date(2022, 9, 27))
    assert proposed_of(found, "donor_code", "amount", "announced_on") == [
        ("BE", None, "2022-09-25"),
        ("SE", None, "2022-09-25"),
        ("JP", "100000000", "2022-03-01"),
    ]


def test_sanctions_with_an_aside_a_law_named_adopted_measures_built_on_and_a_question():
    text = (
        "The Swiss government tightened its sanctions, adopting EU measures that bar Swiss "
        "companies from selling Moscow goods that could strengthen its military. Minsk, which "
        "has let Russian troops attack Ukraine from its territory, faces the same export "
        "restrictions. SECO said it could not yet say how much money had been frozen so far.\n\n"
        "Five senior members of the Belarusian military, which has allowed Russian forces to "
        "attack Ukraine, also face asset freezes under the Russia Sanctions Act. The new "
        "designations build on the 35 per cent tariff on Russian imports introduced earlier "
        "this year.\n\n"
        "As a result, Russian-flagged vessels may no longer call at Norwegian ports."
    )
    found = draft(text, datetime.date(2022, 11, 21)).sanctions
    assert [
        (
            s.fields["imposer_code"],
            s.fields["measure"],
            s.fields["target_code"],
            s.fields["targets_count"],
        )
        for s in found
    ] == [
        ("CH", "export_ban", "RU", None),
        ("CH", "export_ban", "BY", None),
        ("CH", "asset_freeze", "BY", 5),
        ("CH", "other", "RU", None),
    ]


def test_a_council_release_listing_people_and_entities_and_an_export_list():
    text = (
        "The Council today adopted a ninth package of sanctions against Russia.\n\n"
        "The Council decided to list nearly 200 additional individuals and entities, 141 persons "
        "and 49 entities. Their assets are frozen, and the individuals are also subject to a "
        "travel ban.\n\n"
        "The Council added 168 entities from Russia's military-industrial complex to the list of "
        "those subject to tighter export restrictions on dual-use goods.\n\n"
        "TOKYO, Sept. 27 -- Japan on Monday banned the export of goods that could be used to make "
        "chemical weapons to 21 Russian organisations. The government also froze the assets of "
        "three Russian entities, the Finance Ministry said."
    )
    found = draft(text, datetime.date(2022, 12, 16)).sanctions
    assert [
        (
            s.fields["imposer"],
            s.fields["measure"],
            s.fields["target_kind"],
            s.fields["targets_count"],
        )
        for s in found
    ] == [
        ("European Union", "asset_freeze", "persons", 141),
        ("European Union", "asset_freeze", "entities", 49),
        ("European Union", "travel_ban", "persons", 141),
        ("European Union", "export_ban", "entities", 168),
        ("Japan", "export_ban", "entities", 21),
        ("Japan", "asset_freeze", "entities", 3),
    ]
    assert found[-1].fields["named_targets"] == []


REVIEW_64_TO_71_PLEDGES = [
    (
        "The World Bank said on Monday it has approved more than $700 million in new financing "
        "for Ukraine, to be disbursed this week.",
        ("amount",),
        [("700000000",)],
    ),
    (
        "Austin told defence officials from some 40 countries on Tuesday that the United States "
        "would send a further $800 million in military aid to Ukraine.",
        ("donor_code", "amount"),
        [("US", "800000000")],
    ),
    (
        "Britain pledged £1 billion in military aid to Ukraine on Monday. On Thursday, Britain "
        "promised £74 million in humanitarian aid to Ukraine, with most of the money going to UN "
        "agencies.",
        ("amount",),
        [("1000000000",), ("74000000",)],
    ),
    (
        "Slovakia will send Ukraine more ammunition, and it put the value of the new aid package "
        "at 60 million euros.",
        ("amount",),
        [("60000000",)],
    ),
    (
        "President Joe Biden on Tuesday signed a spending bill containing $1.5 trillion to fund "
        "the government through September, including $13.6 billion in aid for Ukraine. Germany "
        "will buy ammunition for the Bundeswehr, at a cost of 5 billion euros.",
        ("amount",),
        [("13600000000",)],
    ),
    (
        "After the meeting Canada announced C$500 million in military aid for Ukraine on "
        "Thursday. At Tuesday's meeting Germany pledged 50 Gepard anti-aircraft tanks to Ukraine.",
        ("donor_code",),
        [("CA",), ("DE",)],
    ),
    (
        "Switzerland adopted the sanctions approved by the EU and will give Ukraine 80 million "
        "francs.",
        ("donor_code",),
        [("CH",)],
    ),
    (
        "Japan pledged $200 million in humanitarian aid for Ukraine on Tuesday. The package "
        "includes $50 million to Poland and other neighbouring countries hosting refugees.",
        ("amount",),
        [("200000000",)],
    ),
    (
        "Canada will send Ukraine eight armoured vehicles, Defence Minister Anita Anand said on "
        "Monday, as she thanked the partners who have already supported Kyiv. The new aid "
        "Britain is giving Ukraine will include 120 armoured vehicles, Johnson said.",
        ("donor_code",),
        [("CA",), ("GB",)],
    ),
    (
        "Germany pledged 10 howitzers to Ukraine on Tuesday.\n\n"
        "The war began when Russia invaded Ukraine on February 24.\n\n"
        "At the same time, France said it would send Ukraine 12 Caesar howitzers.\n\n"
        "Two days after the killings in Bucha came to light on April 3, Britain pledged 120 "
        "armoured vehicles to Ukraine and Canada pledged eight howitzers.",
        ("announced_on",),
        [("2022-04-26",), ("2022-04-26",), (None,)],
    ),
]


@pytest.mark.parametrize(("text", "keys", "expected"), REVIEW_64_TO_71_PLEDGES)
def test_review_of_rounds_64_to_71_sentences_the_new_rules_must_leave_alone(text, keys, expected):
    """Sentences a review of the rules from rounds 64 to 71 found them misreading."""
    assert proposed_of(pledges_of(text, datetime.date(2022, 4, 29)), *keys) == expected


def test_review_of_rounds_64_to_71_a_day_before_a_count_is_no_models_name():
    assert [
        (i.name, i.quantity) for i in items("Poland sent Ukraine on Friday 200 T-72 tanks")
    ] == [("T-72 tanks", 200)]


REVIEW_64_TO_71_MEASURES = [
    (
        "As a result of the decision, Canada will also ban imports of Russian crude oil.",
        [("CA", "import_ban", None)],
    ),
    (
        "The US Treasury on Friday designated 20 Russian defence companies, each owned 50 "
        "percent or more by the state conglomerate Rostec.",
        [("US", "asset_freeze", 20)],
    ),
    (
        "Japan froze the assets of 25 Russian individuals on Friday; a ban on Russian coal "
        "imports has been in force since May.",
        [("JP", "asset_freeze", 25)],
    ),
    (
        "It is unclear how many will be hit, but Japan froze the assets of 25 Russian "
        "individuals on Friday.",
        [("JP", "asset_freeze", 25)],
    ),
    (
        "Japan froze the assets of 25 Russian individuals on Friday and banned exports of "
        "semiconductors, which would halt production at Russian arms plants.",
        [("JP", "asset_freeze", 25), ("JP", "export_ban", None)],
    ),
    (
        "Japan will freeze the assets of 25 Russians, and tariffs are being discussed.",
        [("JP", "asset_freeze", 25)],
    ),
    (
        "Canada sanctioned 14 more Russian oligarchs on Monday, who join the 1,000 individuals "
        "already on its list.",
        [("CA", "asset_freeze", 14)],
    ),
    (
        "Britain will build on its existing sanctions and freeze the assets of 10 more Russian "
        "banks.",
        [("GB", "asset_freeze", 10)],
    ),
    (
        "The new measures, which Canada announced on Tuesday, freeze the assets of 14 Russian "
        "oligarchs.",
        [("CA", "asset_freeze", 14)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVIEW_64_TO_71_MEASURES)
def test_review_of_rounds_64_to_71_measures_the_new_rules_must_leave_alone(text, expected):
    found = draft(text, datetime.date(2022, 4, 29)).sanctions
    assert [
        (s.fields["imposer_code"], s.fields["measure"], s.fields["targets_count"]) for s in found
    ] == expected


def test_review_of_rounds_64_to_71_a_clause_of_its_own_names_its_subject():
    found = draft(
        "Canada sanctioned 12 Russian officials on Friday, but three Belarusian banks with "
        "branches in Latvia were also added to its sanctions list.",
        datetime.date(2022, 4, 29),
    ).sanctions
    assert {s.fields["imposer_code"] for s in found} == {"CA"}


# --- Rounds 72 to 75: rules from the first misses of twelve blind articles ----------------------


def test_a_firm_introduced_by_what_it_is_gives_and_a_sanctioned_states_firm_stays_a_target():
    text = (
        "The Turkish manufacturer Baykar announced on Monday that it would donate three "
        "Bayraktar TB2 drones to Ukraine.\n\n"
        "Britain froze the assets of the Russian oil firm Rosneft."
    )
    found = draft(text, datetime.date(2022, 6, 10))
    assert proposed_of(found.pledges, "donor", "announced_on") == [("Baykar", "2022-06-06")]
    assert [measure_of(s) for s in found.sanctions] == [("GB", "asset_freeze", "sectors", None)]


def test_sums_that_are_tallies_two_givers_spending_at_home_wealth_or_a_source_of_loans():
    text = (
        "Spain has committed more than 30 million euros in humanitarian aid to Ukraine.\n\n"
        "The loan of €1 billion pledged by the Commission together with the EBRD will help "
        "Ukraine's energy firms. The Commission also counts €193 million allocated to "
        "humanitarian partners in eastern Ukraine before this year.\n\n"
        "Germany approved a €100 billion fund to modernise the German armed forces on Sunday.\n\n"
        "Aircraft lessors said on Monday that 135 jets are stuck in Russia, with a book value of "
        "about $3.1 billion. Britain pledged £10 million to Ukraine.\n\n"
        "The World Bank said on Monday it would lend Ukraine $200 million. The loan is drawn from "
        "the up to $1 billion in new loan resources."
    )
    found = pledges_of(text, datetime.date(2022, 6, 10))
    assert proposed_of(found, "donor", "amount") == [
        ("United Kingdom", "10000000"),
        ("World Bank", "200000000"),
    ]
    assert flags_of(found) == [
        ("30000000", "running_total"),
        ("1000000000", "aggregate"),
        ("193000000", "earlier"),
    ]


def test_a_second_sum_for_a_country_and_a_donor_that_announced_it_would_hand_over_more():
    text = (
        "The European Union said on Tuesday it would give a second €500 million to Ukraine for "
        "weapons.\n\n"
        "Spain announced 200 million euros for Ukraine on Monday.\n\n"
        "On Tuesday, Spain announced it would hand over 20 M113 armoured personnel carriers to "
        "Ukraine."
    )
    found = pledges_of(text, datetime.date(2022, 6, 10))
    assert [
        (p.fields["donor_code"], p.fields["amount"], [i["quantity"] for i in p.fields["items"]])
        for p in found
        if not p.not_a_record
    ] == [("", "500000000", []), ("ES", "200000000", []), ("ES", None, [20])]


def test_mortars_a_ministry_of_national_defence_and_an_eu_level_opening():
    text = (
        "Poland will send 20 tanks to Ukraine, Poland's ministry of national defence said. "
        "Germany will send 10 tanks.\n\n"
        "The ministry of national defence also said it would give 500 helmets and 12 mortars.\n\n"
        "At EU level, foreign ministers agreed to freeze the assets of 26 Russian businessmen."
    )
    found = draft(text, datetime.date(2022, 6, 10))
    assert [
        (p.fields["donor_code"], [(i["name"], i["quantity"]) for i in p.fields["items"]])
        for p in found.pledges
    ] == [
        ("PL", [("tanks", 20)]),
        ("DE", [("tanks", 10)]),
        ("PL", [("helmets", 500), ("mortars", 12)]),
    ]
    assert [(s.fields["imposer"], s.fields["measure"], s.fields["targets_count"])
            for s in found.sanctions] == [("European Union", "asset_freeze", 26)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the system named by what it does, and a purchase banned
        (
            "In Belarus, one more bank loses access to the messaging system, the European Union "
            "said. The European Union also bans the purchase of Russian gold.",
            [("", "swift_exclusion", "banks", 1), ("", "import_ban", "sectors", None)],
        ),
        # the party of a 'which' clause, not the one that welcomes its decision
        (
            "Kyiv welcomes the decision of the United Kingdom, which last Thursday froze the "
            "assets of 12 Russian banks.",
            [("GB", "asset_freeze", "banks", 12)],
        ),
        # measures told as history: 'add to the', 'has already', 'became the first ... to',
        # 'already imposed'
        (
            "Australia froze the assets of 14 oligarchs. These add to the travel bans on 800 "
            "Russian officials.",
            [("AU", "asset_freeze", "persons", 14)],
        ),
        (
            "Japan froze the assets of 14 oligarchs. Tokyo has already banned exports of chips "
            "to Russia.",
            [("JP", "asset_freeze", "persons", 14)],
        ),
        (
            "Lithuania, which became the first EU country to stop importing Russian gas, sent 20 "
            "generators to Ukraine.",
            [],
        ),
        (
            "Japan froze the assets of 25 Russian individuals. The move follows the travel bans "
            "already imposed on 50 Russian officials.",
            [("JP", "asset_freeze", "persons", 25)],
        ),
        # a step only considered, and only that step; a measure discussed across an aside
        (
            "New Zealand barred 100 Russian officials from entering the country and may close "
            "its ports to Russian ships, a step the government says it is considering.",
            [("NZ", "travel_ban", "persons", 100)],
        ),
        ("A ban on Russian oil, pushed by the Baltic states and Poland, is being discussed.", []),
        # ports shut to a state's ships
        ("Canada shut its ports to Russian ships on Sunday.", [("CA", "other", "entities", None)]),
    ],
)
def test_rounds_72_to_75_measures_named_by_their_effect_told_as_history_or_only_considered(
    text, expected
):
    assert [measure_of(s) for s in draft(text, datetime.date(2022, 6, 10)).sanctions] == expected


def test_a_numbered_package_adopted_by_the_council_names_the_union_for_what_follows():
    text = (
        "Canada sent 100 helmets to Ukraine.\n\n"
        "The sixth package adopted by the Council on 3 June is the most far-reaching so far.\n\n"
        "Imports of Russian crude oil by sea are banned."
    )
    assert [(s.fields["imposer"], s.fields["measure"]) for s in draft(text, FRIDAY).sanctions] == [
        ("European Union", "import_ban")
    ]


# --- Rounds 76 to 79: rules from the first misses of twelve blind articles ----------------------
JUNE_10 = datetime.date(2022, 6, 10)


def assert_read_as(text, pledges, sanctions):
    """The review sentences' readings: each pledge's donor, amount, items and whether it is a
    record, and each sanction's imposer, measure, target and count."""
    found = draft(text, JUNE_10)
    assert [(p.fields["donor"], p.fields["amount"], [(i["name"], i["quantity"]) for i in p.fields["items"]],
             p.not_a_record) for p in found.pledges] == pledges  # fmt: skip
    assert [(s.fields["imposer"], s.fields["measure"], s.fields["target_code"], s.fields["targets_count"])
            for s in found.sanctions] == sanctions  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second of two earlier sums after "on top of ..., and of"
        (
            "Portugal pledged €30 million to Ukraine on Monday. That comes on top of the €10 "
            "million it gave in March, and of its promise to guarantee up to €50 million of loans "
            "to Ukraine.",
            [
                ("Portugal", "30000000", []),
                ("Portugal", "10000000", ["earlier"]),
                ("Portugal", "50000000", ["earlier"]),
            ],
        ),
        # a sum still expected, and one only asked for and not approved, with its parts
        (
            "EU ministers meet next week, when they are expected to approve another €500 million "
            "for Ukraine's army.",
            [],
        ),
        # the party whose decision gives the sum, not the one that backed it
        (
            "Belgium backed the decision taken by the Council on 3 March to mobilise EUR 250 "
            "million for Ukraine's army.",
            [("European Union", "250000000", [])],
        ),
        # given earlier; a tally of what has been handed over; many people's collection
        (
            "The Dutch had earlier provided 140 million euros to Ukraine.",
            [("Netherlands", "140000000", ["earlier"])],
        ),
        (
            "Officials in Vilnius put the value of the weapons Lithuania has handed over to "
            "Ukraine since February at about €100m.",
            [("Lithuania", "100000000", ["running_total"])],
        ),
        (
            "Denmark gave Ukraine €40 million on Tuesday. Danish households and firms have "
            "collected more than €10 million for Ukraine.",
            [("Denmark", "40000000", []), ("Denmark", "10000000", ["running_total"])],
        ),
        # another tranche is new money, not a part
        (
            "Foreign ministers signed off a third €500m tranche from the European Peace Facility "
            "in April, bringing the money earmarked for arms to Ukraine to €1.5bn.",
            [
                ("European Union", "1500000000", ["running_total"]),
                ("European Union", "500000000", []),
            ],
        ),
        # a second pledge after the first one's items
        (
            "The Pentagon announced $400 million in weapons for Ukraine on Friday, including 20 "
            "mortars and 10,000 rounds, as well as $100 million in fuel aid to Ukraine.",
            [("United States", "400000000", []), ("United States", "100000000", [])],
        ),
        # one of the gifts a combined value summed is a pledge of its own
        (
            "Poland approved three gifts for Ukraine with a combined value of PLN 50 million on "
            "Monday.\n\nThe largest gift approved today, PLN 30 million, goes to Ukraine's "
            "health ministry.",
            [(None, "50000000", ["aggregate"]), ("Poland", "30000000", [])],
        ),
        # a list's entry names its giver before a colon
        (
            "UNHCR thanks its donors for their support.\n\nSaudi Arabia: On 14 October, the "
            "Kingdom announced a US$ 400 million package for Ukraine.",
            [("Saudi Arabia", "400000000", [])],
        ),
        # "he" is the official the sentence before names
        (
            "10:55 - A reminder of what Boris Johnson offered yesterday. Addressing Ukraine's "
            "parliament by video link, the first Western leader to do so, he promised £300m in "
            "new military aid.",
            [("United Kingdom", "300000000", [])],
        ),
        # a currency's sign set apart is no item's count
        (
            "Norway said it would give Ukraine US$ 50 million in fuel on Monday.",
            [("Norway", "50000000", [])],
        ),
    ],
)
def test_rounds_76_to_79_sums_given_before_expected_decided_by_others_or_of_many_gifts(
    text, expected
):
    found = pledges_of(text, JUNE_10)
    assert [(p.fields["donor"], p.fields["amount"], [f for f in p.flags if f not in
             ("derived_date", "read_currency")]) for p in found] == expected  # fmt: skip
    # no sum read as a count of items ("US$ 50 million in fuel")
    assert not any((i["quantity"] or 0) >= 1_000_000 for p in found for i in p.fields["items"])


def test_rounds_76_to_79_a_request_and_its_parts_none_of_it_approved_are_no_pledges():
    text = (
        "14:25 - Parliament is still debating the request the president sent on Friday for "
        "$20bn to help Ukraine. It splits into $15bn for weapons and $5bn for aid. None of it "
        "has been approved.\n\nCanada gave Ukraine $10 million on Monday."
    )
    assert proposed_of(pledges_of(text, JUNE_10), "donor", "amount") == [("Canada", "10000000")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a statement in the Commons says "we" give is the United Kingdom's
        (
            "House of Commons, Tuesday 15 March 2022. Statement by the Minister for Europe.\n\n"
            "On Sunday the Prime Minister announced that we will donate more than 500 mobile "
            "generators to Ukraine.",
            [("United Kingdom", [("mobile generators", 500)])],
        ),
        # lorries that carry counted aid are not aid
        (
            "Spain's defence ministry said five lorries carrying 20 tonnes of medical supplies "
            "reached Ukraine on Monday.",
            [("Spain", [("medical supplies", 20)])],
        ),
        (
            "Italy sent Ukraine 300 camp beds, 400 floor mats and 200 sleeping bags on Friday.",
            [("Italy", [("camp beds", 300), ("floor mats", 400), ("sleeping bags", 200)])],
        ),
        ("Romania will give Ukraine two Mi-8s free of charge.", [("Romania", [("Mi-8s", 2)])]),
        # a lead's count that the next sentence breaks down is one pledge
        (
            "Ukraine's army has five more helicopters, and they came from Croatia. Croatia said "
            "on Monday that three Mi-8 helicopters and two Mi-17s had been handed over to "
            "Ukrainian crews.",
            [("Croatia", [("Mi-8 helicopters", 3), ("Mi-17s", 2)])],
        ),
        # where the giver bought the guns gives nothing
        (
            "Ukraine's defence minister thanked Mr Anand for four M777 howitzers, guns that "
            "Canada bought second-hand from Italy.",
            [],
        ),
    ],
)
def test_rounds_76_to_79_items_a_parliament_a_lead_broken_down_and_a_seller(text, expected):
    found = pledges_of(text, JUNE_10)
    assert [(p.fields["donor"], [(i["name"], i["quantity"]) for i in p.fields["items"]])
            for p in found] == expected  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement in parliament: its "we" and "everyone designated" are the first measure's
        (
            "Madam Speaker, I rise to update the House. My right honourable friend the Foreign "
            "Secretary today announced sanctions on 120 further Russian individuals. Everyone "
            "designated today faces an asset freeze and is banned from travelling to the United "
            "Kingdom.",
            [("GB", "asset_freeze", "persons", 120), ("GB", "travel_ban", "persons", 120)],
        ),
        (
            "Canada froze the assets of 9 Russian oligarchs on Monday; they may not travel to "
            "Canada either.",
            [("CA", "asset_freeze", "persons", 9), ("CA", "travel_ban", "state", None)],
        ),
        (
            "Finland stopped admitting most Russian tourists holding Schengen visas on Friday, "
            "the government in Helsinki said in a statement.",
            [("FI", "travel_ban", "persons", None)],
        ),
        # one target described by its place, not two
        (
            "Japan froze the assets of 20 Russian officials on Friday. Japan also designated the "
            "Wagner Group, the St Petersburg mercenary firm.",
            [("JP", "asset_freeze", "persons", 20), ("JP", "asset_freeze", "entities", 1)],
        ),
        # a tally, options examined, time granted, a possible step, a bill, a task force's aim,
        # money frozen so far, a comment: no measure
        (
            "Australia froze the assets of 14 Russian oligarchs on Friday. After today, more than "
            "800 individuals and entities have been sanctioned by Australia since the invasion "
            "began.",
            [("AU", "asset_freeze", "persons", 14)],
        ),
        (
            "Britain banned imports of Russian oil on Monday. It is also examining options for "
            "ending imports of Russian coal, but no decision has been taken.",
            [("GB", "import_ban", "sectors", None)],
        ),
        (
            "The EU adopted its sixth package on Friday. The draft gave Bulgaria until mid-2024 to "
            "stop buying Russian oil.",
            [],
        ),
        (
            "The EU froze the assets of 20 Russian officials on Monday. The member states continue "
            "to discuss further steps, including the possible exclusion of more Russian banks from "
            "SWIFT.",
            [("", "asset_freeze", "persons", 20)],
        ),
        (
            "The US froze the assets of 10 Russian banks on Monday. Senators are pushing legislation "
            "that would ban imports of Russian gold.",
            [("US", "asset_freeze", "banks", 10)],
        ),
        (
            "The US froze the assets of 10 Russian banks on Monday. The Justice Department launched "
            "a task force to track and seize the assets of sanctioned Russians.",
            [("US", "asset_freeze", "banks", 10)],
        ),
        (
            "The EU froze the assets of 10 Russian oligarchs on Monday. EU member states have frozen "
            "close to 30 billion euros in assets of listed people.",
            [("", "asset_freeze", "persons", 10)],
        ),
        (
            "Canada froze the assets of 10 Russian firms. It is the first time Ottawa has sanctioned "
            "a Russian shipyard.",
            [("CA", "asset_freeze", "entities", 10)],
        ),
        (
            "Japan froze the assets of 10 Russian banks on Monday. The president said Russian state "
            "and oligarch assets frozen abroad should pay for rebuilding Ukraine.",
            [("JP", "asset_freeze", "banks", 10)],
        ),
        # goods barred by their sale, a bank blocked by name, ships barred from ports, people a
        # list targets by name, a network hit, a part of the designations counted
        (
            "The EU adopted new sanctions on Belarus on Wednesday. Imports into the Union of "
            "Belarusian potash, timber, cement, steel and rubber products are prohibited, and the "
            "sale to Belarus of drones is banned.",
            [("", "import_ban", "sectors", None), ("", "export_ban", "sectors", None)],
        ),
        (
            "The US Treasury on Tuesday blocked Sovcombank, a Russian private lender.",
            [("US", "asset_freeze", "banks", 1)],
        ),
        (
            "The United States froze the assets of 10 Russian oligarchs on Monday. On Thursday "
            "the president barred ships flagged in Russia from entering American ports.",
            [("US", "asset_freeze", "persons", 10), ("US", "other", "entities", None)],
        ),
        (
            "Britain froze the assets of 10 Russian firms on Thursday. Britain published a new "
            "list on Friday. It targets General Ivan Petrov, General Pavel Sidorov and Colonel "
            "Oleg Ivanov, who led the assault.",
            [("GB", "asset_freeze", "entities", 10), ("GB", "asset_freeze", "persons", 3)],
        ),
        (
            "The US Treasury froze the assets of 10 Russian banks on Monday. The same action hit a "
            "network of more than 30 people and firms around a Russian banker.",
            [("US", "asset_freeze", "banks", 10), ("US", "asset_freeze", "persons", 30)],
        ),
        (
            "Britain froze the assets of 12 Russian officials on Monday. The Foreign Office has "
            "also frozen the assets of the broadcasters Zvezda, RT-2 and NTV, part of 40 new "
            "designations.",
            [("GB", "asset_freeze", "persons", 12), ("GB", "asset_freeze", "entities", 40)],
        ),
        (
            "Today the Council turned to Belarus. It listed 12 generals of the Belarusian army, "
            "who are now subject to an asset freeze and a ban on entering the Union.",
            [("", "asset_freeze", "persons", 12), ("", "travel_ban", "persons", 12)],
        ),
        (
            "The new rules bar EU investors from projects backed by the Russian Direct Investment "
            "Fund.",
            [("", "investment_ban", "entities", None)],
        ),
        (
            "From Monday, EU banks will be barred from insuring cargoes of Russian crude above "
            "the cap, and EU citizens are banned from sitting on the governing bodies of Russian "
            "state companies.",
            [("", "other", "sectors", None), ("", "other", "entities", None)],
        ),
    ],
)
def test_rounds_76_to_79_measures_named_by_effect_tallies_and_steps_not_taken(text, expected):
    assert [measure_of(s) for s in draft(text, JUNE_10).sanctions] == expected


def test_rounds_76_to_79_a_paragraphs_sanctions_on_iran_by_the_reports_own_government():
    text = (
        "Wellington\nPublished: 2022-12-15\n\nUkrainian President Volodymyr Zelenskyy thanked "
        "New Zealand on Wednesday. New Zealand gave Ukraine NZ$3 million more.\n\n"
        "Iran is supplying Russia with drones. The Iran sanctions, announced by New Zealand on "
        "Monday, target three individuals and one entity: two generals, an official and a drone "
        "maker. Any assets they hold in New Zealand are frozen, and the three men are barred from "
        "entering the country."
    )
    found = draft(text, datetime.date(2022, 12, 15)).sanctions
    assert [
        (
            s.fields["imposer_code"],
            s.fields["target_code"],
            s.fields["measure"],
            s.fields["targets_count"],
        )
        for s in found
    ] == [
        ("NZ", "IR", "asset_freeze", 3),
        ("NZ", "IR", "asset_freeze", 1),
        ("NZ", "IR", "travel_ban", 3),
    ]


def test_rounds_76_to_79_a_proposal_told_in_a_live_entry_and_a_target_acting_again():
    text = (
        "09:00 - The Commission presented its plans on Wednesday.\n\n"
        "09:10 - More from the proposal. Brussels wants three more Russian banks cut off from "
        "SWIFT and a ban on Russian coal. None of it applies yet.\n\n"
        "Australia froze the assets of 10 Russian banks on Monday. Moscow has called Canberra's "
        "measures hostile. In May it barred the prime minister and more than 120 other "
        "Australian officials, politicians, journalists and business people from entering Russia."
    )
    assert [measure_of(s) for s in draft(text, JUNE_10).sanctions] == [
        ("AU", "asset_freeze", "banks", 10)
    ]


# --- Rounds 80 to 83: rules from the first misses of twelve blind articles ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release headed with its ministry and capital; its minister; "may not enter"
        (
            "Communication of the Ministry of Foreign Affairs, Vilnius\n\nThe Minister has frozen "
            "the assets of 12 Russian businessmen and 8 Russian companies. The 12 businessmen may "
            "not enter the country. All 8 companies are also excluded from public procurement in "
            "Lithuania.",
            [
                ("LT", "asset_freeze", "persons", 12),
                ("LT", "asset_freeze", "entities", 8),
                ("LT", "travel_ban", "persons", 12),
                ("LT", "other", "entities", 8),
            ],
        ),
        # the Union's package told in a relative clause is the Union's
        (
            "Estonia welcomes the EU's ninth package of sanctions against Russia, adopted on "
            "Friday, which subjects a further 141 individuals and 49 entities to asset freezes.",
            [("", "asset_freeze", "persons", 141), ("", "asset_freeze", "entities", 49)],
        ),
        # an office's name, a power and a "sanctioned party" take no measure
        (
            "Japan froze the assets of 10 Russian banks on Monday. British firms face new rules "
            "from June 15, when the Office of Financial Sanctions Implementation gains the power "
            "to impose civil penalties on anyone dealing with a sanctioned party.",
            [("JP", "asset_freeze", "banks", 10)],
        ),
        (
            "Poland froze the assets of 10 Russian firms. The new law also prohibits bringing "
            "Russian coal into Poland.",
            [("PL", "asset_freeze", "entities", 10), ("PL", "import_ban", "sectors", None)],
        ),
        (
            "Tokyo restricted transactions with the Bank of Russia on Monday.",
            [("JP", "asset_freeze", "banks", None)],
        ),
        (
            "Japan said on Tuesday that it would phase out Russian coal.",
            [("JP", "import_ban", "sectors", None)],
        ),
        (
            "Australia banned Russian oil on Monday. Goods from Russia have also attracted an "
            "additional tariff of 35 per cent.",
            [("AU", "other", "state", None)],
        ),
        # a tally of sanctions imposed since a day
        (
            "Since the invasion began on February 24, Canada has imposed sanctions on more than "
            "1,000 Russian individuals and entities.",
            [],
        ),
    ],
)
def test_rounds_80_to_83_releases_the_unions_package_offices_and_tallies(text, expected):
    assert [measure_of(s) for s in draft(text, JUNE_10).sanctions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # estimates and counts by a tracker are tallies
        (
            "The Kiel Institute puts Italian military commitments at about €0.15 billion. Kiel "
            "counts about €90 billion in commitments from all governments to Ukraine.",
            [
                ("Italy", "150000000", ["running_total"]),
                ("Italy", "90000000000", ["running_total"]),
            ],
        ),
        # a threshold, one's own forces' inventory, contracts and budget: no aid
        (
            "Canada promised to give Ukraine $10 million on Monday; only donations below $100,000 "
            "count.",
            [("Canada", "10000000", [])],
        ),
        (
            "Norway gave Ukraine 20 howitzers on Monday. The Norwegian Army operates 40 K9 "
            "howitzers.",
            [("Norway", None, [])],
        ),
        (
            "Norway gave Ukraine 20 howitzers on Monday. Its artillery will grow under a contract "
            "worth about $1 billion. The 2022 Budget provides $8 billion for Defence.",
            [("Norway", None, [])],
        ),
        # a fund for the recipient, a gift at a cost, a package's worth: pledges
        (
            "On October 7 Macron announced a special fund of €100 million that Kyiv can draw on to "
            "buy French equipment.",
            [("France", "100000000", [])],
        ),
        (
            "On May 24, the minister said Canada would fund 20,000 rounds of artillery ammunition "
            "for Ukraine at a cost of up to $98 million.",
            [("Canada", "98000000", [])],
        ),
        (
            "Spain will send Ukraine two launchers, and Sweden has put together a package worth "
            "about $287 million for Ukraine.",
            [("Spain", None, []), ("Sweden", "287000000", [])],
        ),
        (
            "Washington's most recent package for Ukraine, announced last Thursday, is worth $400 "
            "million and includes 100 Humvees. The previous package, announced in May, was worth "
            "$100 million.",
            [("United States", "400000000", [])],
        ),
        # options explored give nothing yet
        (
            "Canada is exploring further options to supply Ukraine with ammunition, including the "
            "possible purchase of 100,000 shells.",
            [],
        ),
        # a total since a day, a part of an earlier package, a part of the sum just told
        (
            "Emergency financing mobilized by the World Bank for Ukraine since the invasion "
            "approaches $13 billion.",
            [(None, "13000000000", ["running_total"])],
        ),
        (
            "This loan is the second part of an aid package of up to €9 billion for Ukraine.",
            [(None, "9000000000", ["earlier"])],
        ),
        (
            "Canada pledged $100 million to Ukraine on Tuesday. On Thursday the prime minister "
            "said $50 million of the $100 million had already been allocated.",
            [
                ("Canada", "100000000", []),
                ("Canada", "50000000", ["part_of_package"]),
                ("Canada", "100000000", ["running_total"]),
            ],
        ),
        # "added" with a count is a new pledge; the leaders of a call give nothing
        (
            "Canada said on Monday it would send Ukraine 100 anti-tank weapons. On March 3 it "
            "added up to 4,500 M72 rocket launchers.",
            [("Canada", None, []), ("Canada", None, [])],
        ),
        (
            "Kishida told President Zelenskiy that Japan would lend Ukraine $100 million. On April "
            "19, during a video call with U.S. President Joe Biden and other allied leaders, he "
            "added $200 million.",
            [("Japan", "100000000", []), ("Japan", "200000000", [])],
        ),
        # each party a reported list names gives its own
        (
            "Austin said that Greece had offered artillery ammunition to Ukraine, that Germany had "
            "pledged 20 rocket launchers, and that Poland had committed 30 tanks.",
            [("Greece", None, []), ("Germany", None, []), ("Poland", None, [])],
        ),
    ],
)
def test_rounds_80_to_83_sums_valued_counted_funded_or_only_explored(text, expected):
    found = pledges_of(text, JUNE_10)
    assert [(p.fields["donor"], p.fields["amount"], [f for f in p.flags if f not in
             ("derived_date", "read_currency")]) for p in found] == expected  # fmt: skip
    assert all(p.fields["recipient_code"] == "UA" for p in found)


def test_rounds_80_to_83_items_along_with_barrels_and_a_second_date():
    found = pledges_of(
        "Denmark will send Ukraine 12 Caesar howitzers along with 200 Milan missiles.\n\n"
        "Canada will provide Ukraine with 10 replacement barrels for its howitzers.",
        JUNE_10,
    )
    assert [[(i["name"], i["quantity"]) for i in p.fields["items"]] for p in found] == [
        [("Caesar howitzers", 12), ("Milan missiles", 200)],
        [("replacement barrels", 10)],
    ]


# --- Review of rounds 72 to 83: sentences the new rules must leave alone ------------------------
# A review of the rules from rounds 72 to 83 (git diff c096231..53c1eff) found each of these read
# worse than before; the rules were narrowed, and each case fails on the code before the mend.
REVIEW_72_TO_83 = {
    "ifv_with_cannon": (
        "Germany will deliver 40 infantry fighting vehicles with 20mm cannons to Ukraine, the defence ministry said on Thursday. The vehicles will arrive in July.",
        [("Germany", None, [("infantry fighting vehicles", 40)], False)],
        [],
    ),
    "aircraft_with": (
        "The Czech Republic will give Ukraine 10 aircraft with 2 engines each, the defence ministry said on Monday. The planes are Soviet-made.",
        [("Czechia", None, [("aircraft", 10)], False)],
        [],
    ),
    "barrels_fuel": (
        "Japan will donate 100,000 barrels of diesel to Ukraine, the foreign ministry said on Monday. The fuel will be shipped through Poland.",
        [("Japan", None, [("barrels of diesel", 100000)], False)],
        [],
    ),
    "proposal_None": (
        "Germany pledged 500 million euros in military aid to Ukraine on Monday. Kyiv has also asked for 100 Leopard tanks. None of these has been approved yet, officials said.",
        [("Germany", "500000000", [], False)],
        [],
    ),
    "proposal_None_sanc": (
        "The EU froze the assets of 10 Russian oligarchs on Friday. Kyiv has also asked for a full oil embargo and a gas price cap. None of this has been agreed yet.",
        [],
        [("European Union", "asset_freeze", "RU", 10)],
    ),
    "neither": (
        "Britain froze the assets of 12 Russian bankers on Tuesday. Ministers have also floated a tax on Russian oil and a ban on Russian ships. Neither proposal has yet been approved by parliament.",
        [],
        [("United Kingdom", "asset_freeze", "RU", None)],
    ),
    "it_amounts": (
        "Canada announced a new military aid package for Ukraine on Tuesday. It amounts to C$500 million and will buy armoured vehicles, Defence Minister Anita Anand said.",
        [("Canada", "500000000", [], False)],
        [],
    ),
    "amounts_to": (
        "Germany unveiled a new aid package for Ukraine on Friday. It amounts to 500 million euros and includes air defence systems, the government said.",
        [("Germany", "500000000", [("air defence systems", None)], False)],
        [],
    ),
    "bigger_previous": (
        "The United States announced a new military aid package for Ukraine on Friday that is larger than the previous packages, at $1 billion. It includes anti-ship missiles.",
        [("United States", "1000000000", [("anti-ship missiles", None)], False)],
        [],
    ),
    "gift_cost2": (
        "Slovakia will send its S-300 air defence system to Ukraine and will replace it with US Patriot batteries at a cost of about $500 million, the defence ministry said.",
        [],
        [],
    ),
    "contract_worth": (
        "The Pentagon signed a contract worth $182 million on Friday to provide Ukraine with two NASAMS air defence systems. Delivery is expected next year.",
        [("United States", "182000000", [("NASAMS air defence systems", 2)], False)],
        [],
    ),
    "share_of_the": (
        "Norway will provide $100 million of the $1 billion sought by the World Bank for Ukraine, the government said on Monday. The money will pay pensions.",
        [("Norway", "1000000000", [], True), ("Norway", "100000000", [], False)],
        [],
    ),
    "as_well_as_part": (
        "Washington unveiled a $1 billion package for Ukraine on Wednesday, including 18 howitzers and 36,000 rounds, as well as $200 million worth of Javelin missiles. The Pentagon said deliveries would begin soon.",
        [
            ("United States", "200000000", [], True),
            ("United States", "1000000000", [("howitzers", 18), ("rounds", 36000)], False),
        ],
        [],
    ),
    "summit_with": (
        "At a summit with Ukraine's president, donors pledged $1 billion for reconstruction. The pledges came from 30 countries.",
        [(None, "1000000000", [], True)],
        [],
    ),
    "meeting_allies": (
        "After a meeting with Zelenskyy in Kyiv, the leaders together pledged 500 million euros for Ukraine. The money will go to the budget.",
        [(None, "500000000", [], True)],
        [],
    ),
    "ukr_charity": (
        "Britain will give £2 million to the Ukrainian charity Come Back Alive, the government said on Tuesday. The money will buy drones.",
        [("United Kingdom", "2000000", [], False)],
        [],
    ),
    "firm_german": (
        "The German arms maker Rheinmetall will deliver 50 Marder vehicles to Ukraine, paid for by the German government. The vehicles will be refurbished first.",
        [("Germany", None, [("Marder vehicles", 50)], False)],
        [],
    ),
    "home_bundestag2": (
        "Ukrainian President Volodymyr Zelenskyy addressed the Bundestag by video on Thursday.\n\nThe United States said it would send $150 million in military aid to Ukraine, the White House said. Washington has now given more than $3 billion.\n\nUkraine's army said it urgently needed more artillery.\n\nThe government also approved 20 more Stinger missiles for Kyiv.",
        [
            ("United States", "150000000", [], False),
            ("United States", "3000000000", [], True),
            ("United States", None, [("Stinger missiles", 20)], False),
        ],
        [],
    ),
    "toughest_possible": (
        "In the toughest possible response, Japan froze the assets of 10 Russian banks on Tuesday. Tokyo also banned exports of semiconductors to Russia.",
        [],
        [("Japan", "asset_freeze", "RU", 10), ("Japan", "export_ban", "RU", None)],
    ),
    "discuss_before": (
        "After meeting in Brussels to discuss the war, EU foreign ministers froze the assets of 20 Russian officials on Monday. The list was published in the Official Journal.",
        [],
        [("European Union", "asset_freeze", "RU", 20)],
    ),
    "unlike_eu_pkg": (
        "Unlike the EU's sixth package, which took a month to agree, Britain on Tuesday froze the assets of 12 Russian bankers. The Foreign Office published the list.",
        [],
        [("United Kingdom", "asset_freeze", "RU", None)],
    ),
    "may_not_enter2": (
        "Ukrainian officials said men aged 18 to 60 may not travel to Poland or other countries. Poland has taken in more than two million refugees.",
        [],
        [],
    ),
    "move_weighing": (
        "Britain banned imports of Russian oil on Tuesday, a move the EU is still weighing. The ban will take effect by the end of the year.",
        [],
        [("United Kingdom", "import_ban", "RU", None)],
    ),
    "first_time": (
        "In what is the first time it has targeted a sitting president, the EU froze the assets of Vladimir Putin on Friday. Britain followed later that day.",
        [],
        [("European Union", "asset_freeze", "RU", 1)],
    ),
    "set_up_list": (
        "The EU set up a new list on Friday to ban exports of dual-use goods to Russia, officials said. The list covers 50 items.",
        [],
        [("European Union", "export_ban", "RU", None)],
    ),
    "establish_regime": (
        "Japan established a new framework on Tuesday to freeze the assets of 25 Russian officials, the foreign ministry said.",
        [],
        [("Japan", "asset_freeze", "RU", 25)],
    ),
    "paragraph_target_by": (
        "The EU adopted its sixth package of sanctions against Russia on Friday. Belarus also faces sanctions for its role in the war. The package freezes the assets of 20 Kremlin-linked businessmen.",
        [],
        [("European Union", "asset_freeze", "RU", 20)],
    ),
    "for_the_eu": (
        "In a first for Japan, the government banned imports of Russian coal on Friday, officials said. The ban takes effect in August.",
        [],
        [("Japan", "import_ban", "RU", None)],
    ),
    "the_minister_has": (
        "British officials met Ukrainian counterparts in Lviv on Tuesday.\n\nUkraine's economy minister said on Monday the country needed $5 billion a month. The minister has also banned exports of grain to Russia.",
        [],
        [("Ukraine", "export_ban", "RU", None)],
    ),
    "announced_it_would": (
        "Germany will send 1,000 anti-tank weapons and 500 Stinger missiles to Ukraine, the government said on Saturday.\n\nChancellor Olaf Scholz announced it would deliver the 1,000 anti-tank weapons within days.",
        [("Germany", None, [("anti-tank weapons", 1000), ("Stinger missiles", 500)], False)],
        [],
    ),
    "summed_lead": (
        "Canada will send 8 armoured vehicles to Ukraine, Defence Minister Anita Anand said on Monday.\n\nNext month Canada will also send 4 armoured vehicles and 4 trucks to Ukraine, she said.",
        [
            ("Canada", None, [("armoured vehicles", 8)], False),
            ("Canada", None, [("armoured vehicles", 4), ("trucks", 4)], False),
        ],
        [],
    ),
    "firm_us": (
        "The American company Lockheed Martin will deliver 100 Javelin missiles to Ukraine under a US government grant, the Pentagon said.",
        [("United States", None, [("Javelin missiles", 100)], False)],
        [],
    ),
    "targets_people": (
        "Russia's invasion has displaced millions. The EU announced 100 million euros in humanitarian aid for Ukraine on Monday, which, the Commission said, targets 2 million people in the east.",
        [("European Union", "100000000", [], False)],
        [],
    ),
    "bringing_into": (
        "Russia's invasion has forced millions to flee. Poland prohibits bringing firearms into the country, border guards said on Monday.",
        [],
        [],
    ),
    "possible_asap": (
        "To act as quickly as possible, Canada froze the assets of 14 Russian officials on Friday, Foreign Minister Melanie Joly said.",
        [],
        [("Canada", "asset_freeze", "RU", 14)],
    ),
    "men_may_not": (
        "Britain froze the assets of 5 Russian oligarchs on Monday. Under martial law, Ukrainian men of fighting age may not travel to Britain or anywhere else.",
        [],
        [("United Kingdom", "asset_freeze", "RU", 5)],
    ),
}


@pytest.mark.parametrize("case", sorted(REVIEW_72_TO_83))
def test_review_of_rounds_72_to_83_sentences_the_new_rules_must_leave_alone(case):
    assert_read_as(*REVIEW_72_TO_83[case])


def test_review_of_rounds_72_to_83_barrels_of_fuel_are_fuel():
    text = (
        "Japan will donate 100,000 barrels of diesel to Ukraine, the foreign ministry said on "
        "Monday. The fuel will be shipped through Poland."
    )
    assert [i["name"] for p in pledges_of(text, JUNE_10) for i in p.fields["items"]] == [
        "barrels of diesel"
    ]
    assert items("100,000 barrels of diesel")[0].item_type == "fuel"


# --- Rounds 84 to 87: rules from the first misses of twelve blind articles ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the government's match of many people's donations is its own pledge
        (
            "On 3 March Britain pledged to match public donations to the Disasters Emergency "
            "Committee's Ukraine Humanitarian Appeal pound for pound, up to £20 million.",
            [("United Kingdom", "20000000", False)],
        ),
        (
            "The appeal for Ukraine raised more than £200 million in its first two weeks, a total "
            "that includes £25 million from the UK government, which matched the public's "
            "donations in March.",
            [(None, "200000000", True), ("United Kingdom", "25000000", False)],
        ),
        # a loan offer increased to a sum is its new level; a conversion; an earlier agreement
        (
            "Japan said on Tuesday it would increase its emergency loans to Ukraine to $300 "
            "million from the $100 million it first offered.",
            [("Japan", "300000000", True), ("Japan", "100000000", True)],
        ),
        (
            "Boris Johnson pledged £88m to Ukraine on Tuesday. The money, equivalent to about "
            "$119m, will help Ukraine cut its dependence on Russian energy.",
            [("United Kingdom", "88000000", False)],
        ),
        (
            "Britain pledged £88m to Ukraine on Tuesday. It is separate from the £1.7bn of UK "
            "export finance agreed last year to help rebuild Ukraine's navy.",
            [("United Kingdom", "88000000", False), ("United Kingdom", "1700000000", True)],
        ),
        # "and that" two more parties give
        (
            "On 21 January the Baltic defence ministers said that Estonia would send Javelin "
            "missiles to Ukraine and that Latvia and Lithuania would send Stinger missiles.",
            [("Latvia", None, False), ("Lithuania", None, False)],
        ),
    ],
)
def test_rounds_84_to_87_matched_donations_loans_raised_conversions_and_reported_lists(
    text, expected
):
    found = pledges_of(text, JUNE_10)
    assert [(p.fields["donor"], p.fields["amount"], p.not_a_record) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the eighth EU package ... It bans" is the Union's, though another party describes it
        (
            "On sanctions, the Foreign Office described the eighth EU package against Russia, "
            "adopted on 6 October. It bans imports of further Russian products, among them steel "
            "goods and paper.",
            [("", "import_ban", "sectors", None)],
        ),
        # approval required for exports, a ban extended to another state
        (
            "South Korea will require government approval for exports of 57 categories of goods "
            "to Russia, starting Saturday. On March 6, the government extended the strategic-items "
            "ban to Belarus.",
            [("KR", "export_ban", "sectors", None), ("KR", "export_ban", "sectors", None)],
        ),
        (
            "Biden said on Thursday that ships flying the Russian flag would be barred from U.S. "
            "ports.",
            [("US", "other", "entities", None)],
        ),
        # the subject of the clause that states the measure imposes it
        (
            "Japan froze the assets of 10 Russian banks on Monday. Korean banks have struggled "
            "since the European Union disconnected seven Russian banks from the SWIFT messaging "
            "system.",
            [("JP", "asset_freeze", "banks", 10), ("", "swift_exclusion", "banks", 7)],
        ),
    ],
)
def test_rounds_84_to_87_a_package_described_licences_ports_and_a_subclauses_imposer(
    text, expected
):
    assert [measure_of(s) for s in draft(text, JUNE_10).sanctions] == expected


# --- Rounds 88 to 91: rules from the first misses of twelve blind articles ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "38 million for food" is a sum of a breakdown, not 38 million items; a rest unassigned
        (
            "France pledged 1 billion euros for Ukraine on Tuesday. By sector, 415 million euros "
            "is earmarked for energy, 38 million for food and 25 million for water. Nearly 493 "
            "million euros has not yet been assigned.",
            [
                ("France", "1000000000", []),
                ("France", "415000000", []),
                ("France", "493000000", []),
            ],
        ),
        # a sum at the current exchange rate is the same sum
        (
            "The EU pledged €250 million to Moldova on Thursday. At the current exchange rate, the "
            "whole package is worth close to 4.9 billion lei.",
            [("European Union", "250000000", [])],
        ),
        # items end at "delivered" and "sent"; hospitals kept running are no items
        (
            "France pledged 100 generators to Ukraine on Monday. Those come on top of the 100 "
            "generators France delivered last month. The EU said 40 large generators sent by the "
            "bloc were keeping 30 hospitals running.",
            [
                ("France", None, [("generators", 100)]),
                ("France", None, [("generators France", 100)]),
                ("European Union", None, [("large generators", 40)]),
            ],
        ),
        # Saudi Arabia's crown prince; a nationality in a list names no giver
        (
            "In mid-October, Prince Mohammed announced a $400 million package for Ukraine, after a "
            "prisoner exchange that freed a Croatian and two Americans.",
            [("Saudi Arabia", "400000000", [])],
        ),
    ],
)
def test_rounds_88_to_91_breakdowns_rates_items_and_officials(text, expected):
    found = pledges_of(text, JUNE_10)
    assert [(p.fields["donor"], p.fields["amount"], [(i["name"], i["quantity"]) for i in p.fields["items"]])
            for p in found] == expected  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country at war stopping its own exports is no sanction
        (
            "Japan froze the assets of 10 Russian banks on Monday. Ukraine, which used to sell "
            "Moldova electricity, halted exports last month after Russian missiles hit its power "
            "plants.",
            [("JP", "asset_freeze", "banks", 10)],
        ),
        # states that apply the price cap
        (
            "The EU adopted a price cap on Friday. The United States, Britain and Canada said they "
            "would apply the same cap on Russian oil from today.",
            [
                ("US", "other", "sectors", None),
                ("GB", "other", "sectors", None),
                ("CA", "other", "sectors", None),
            ],
        ),
    ],
)
def test_rounds_88_to_91_own_trade_and_the_price_cap(text, expected):
    assert [measure_of(s) for s in draft(text, JUNE_10).sanctions] == expected


def test_rounds_88_to_91_earlier_aid_built_on_a_list_of_frozen_assets_and_the_unions_ban():
    found = pledges_of(
        "Canada gave Ukraine $10 million on Monday. It builds on $17.38 million in satellite "
        "imagery for Ukraine announced in May.",
        JUNE_10,
    )
    assert flags_of(found) == [("17380000", "earlier")]
    package = (
        "The EU adopted its eighth package of sanctions against Russia on Thursday. The package "
        "bans imports of Russian steel and adds 30 individuals and seven entities to the list of "
        "those whose assets are frozen in the EU."
    )
    assert [measure_of(s) for s in draft(package, JUNE_10).sanctions] == [
        ("", "import_ban", "sectors", None),
        ("", "asset_freeze", "persons", 30),
        ("", "asset_freeze", "entities", 7),
    ]
    applied = (
        "Since 5 December, Italy has applied, together with its European partners, the European "
        "Union's ban on imports of Russian crude oil by sea. Japan froze the assets of 10 Russian "
        "banks on Monday and joined the EU's ban on imports of Russian coal."
    )
    assert [measure_of(s) for s in draft(applied, JUNE_10).sanctions] == [
        ("", "import_ban", "sectors", None),
        ("JP", "asset_freeze", "banks", 10),
        ("JP", "import_ban", "sectors", None),
    ]


# --- Review of the rules of rounds 84 to 91 (git diff f60f7dc..072f293) ---------------------------
# A helper wrote sentences the new rules also match, ran them through the code before and after,
# and found these read worse: "build on this support with a further £100 million" told as earlier
# aid, "a loan with a cap of €5 billion" as a price, the grant's own "20 billion yen" dropped after
# "At current exchange rates", companies' matched donations as one government's, "AT-4" read as
# "at", Qatar's Sheikh Mohamed as the UAE's, "and that Ukraine would also get 300 drones" cut
# from its giver, Ukraine's own sanctions dropped, a state outside the Union that adopts or
# applies the Union's measures replaced by the Union, "Britain announced its own measures. It
# bans" given to an earlier EU package, "Two days after Scholz's visit Italy froze" given to
# Germany, "moved from freezing the assets" lost. Each is read as a careful reader would.
REVIEW_84_TO_91 = {
    "B3": (
        "Britain will build on this support with a further £100 million for Ukraine's armed forces, Defence Secretary Ben Wallace said on Monday.\n\nThe money will buy drones and night-vision goggles.",
        [("United Kingdom", "100000000", [], False)],
        [],
    ),
    "B3b": (
        "Germany will build on that help with €200 million more for Ukraine's energy grid, Chancellor Olaf Scholz said on Monday.\n\nThe money will buy transformers.",
        [("Germany", "200000000", [], False)],
        [],
    ),
    "C2": (
        "The European Investment Bank will lend Ukraine €1.6 billion in addition to loans approved last year, the bank said on Tuesday.\n\nThe loans will help repair infrastructure.",
        [("European Investment Bank", "1600000000", [], False)],
        [],
    ),
    "C1b": (
        "Britain will provide £50 million on top of funding committed last year, the Foreign Office said on Wednesday, to help Ukraine repair its railways.\n\nThe money will buy rails.",
        [("United Kingdom", "50000000", [], False)],
        [],
    ),
    "C6": (
        "The European Commission will lend Ukraine €1 billion beyond what was agreed last year, it said on Wednesday.\n\nThe loan will be paid in July.",
        [("European Union", "1000000000", [], False)],
        [],
    ),
    "C2c": (
        "Sweden will send Ukraine 1 billion kronor more than it promised last year, Prime Minister Magdalena Andersson said on Tuesday.\n\nThe money will go to the army.",
        [("Sweden", "1000000000", [], False)],
        [],
    ),
    "C3": (
        "Norway said on Monday it will give Ukraine $200 million more than it pledged last year.\n\nThe money will help Ukraine's farmers.",
        [("Norway", "200000000", [], False)],
        [],
    ),
    "D1b": (
        "The European Union approved a loan to Ukraine with a cap of €5 billion on Tuesday.\n\nThe money will be paid in two tranches.",
        [("European Union", "5000000000", [], False)],
        [],
    ),
    "D1": (
        "The European Commission proposed a loan with a cap of €9 billion for Ukraine on Wednesday, to be paid in tranches this year.\n\nThe money will keep Ukraine's government running.",
        [("European Union", "9000000000", [], False)],
        [],
    ),
    "F1": (
        "Japan pledged new aid to Ukraine on Friday. At current exchange rates, the grant of 20 billion yen is worth about $150 million, the foreign ministry said.\n\nThe money will go to Ukraine's budget.",
        [("Japan", "20000000000", [], False)],
        [],
    ),
    "F1b": (
        "Norway announced a grant for Ukraine on Monday. At current exchange rates, the grant of 1 billion kroner is worth about $100 million.\n\nThe money will go to the World Food Programme.",
        [("Norway", "1000000000", [], False)],
        [],
    ),
    "F2": (
        "At today's exchange rate Switzerland will give Ukraine 100 million francs, the government said on Wednesday.\n\nThe money will help rebuild schools.",
        [("Switzerland", "100000000", [], False)],
        [],
    ),
    "F3": (
        "Poland will spend 8 billion zlotys on refugees from Ukraine this year. At today's exchange rate, Poland's aid of 8 billion zlotys is about $1.9 billion.\n\nMost refugees are women and children.",
        [("Poland", "8000000000", [], False)],
        [],
    ),
    "F4": (
        "At the current exchange rate the 10 billion yen Japan pledged to Ukraine on Friday is worth $75 million.\n\nThe money will go to UNHCR.",
        [("Japan", "10000000000", [], False)],
        [],
    ),
    "H1": (
        "Dozens of British companies have promised to match their staff's donations to the appeal for Ukraine, and together they have pledged £10 million.\n\nThe appeal is run by the Disasters Emergency Committee.",
        [(None, "10000000", [], True)],
        [],
    ),
    "H1b": (
        "Several Nordic governments promised to match donations to the Red Cross appeal for Ukraine, and together they gave $50 million.\n\nThe Red Cross said the money would buy food.",
        [(None, "50000000", [], True)],
        [],
    ),
    "H5": (
        "Microsoft and Google promised to match employee donations for Ukraine, pledging $10 million between them.\n\nThe money will go to the Red Cross.",
        [(None, "10000000", [], True)],
        [],
    ),
    "L1": (
        "Canada will send 100 AT-4 anti-tank weapons to Ukraine, Defence Minister Anita Anand said on Monday.\n\nThe weapons will be flown to Poland.",
        [("Canada", None, [("AT-4 anti-tank weapons", 100)], False)],
        [],
    ),
    "L1b": (
        "Britain has sent 1,000 NLAW and 500 AT-4 anti-tank launchers to Ukraine, Defence Secretary Ben Wallace said on Wednesday.\n\nMore will follow.",
        [("United Kingdom", None, [("NLAW", 1000), ("AT-4 anti-tank launchers", 500)], False)],
        [],
    ),
    "L3": (
        "The United States will send 2,000 AT-4 launchers and 100 Switchblade drones to Ukraine, the Pentagon said on Friday.\n\nThe weapons will arrive within days.",
        [("United States", None, [("AT-4 launchers", 2000), ("Switchblade drones", 100)], False)],
        [],
    ),
    "L4": (
        "Canada sent 100 AT-4 rocket launchers and 2,000 rockets to Ukraine, the defence department said on Monday.\n\nThe weapons arrived in Poland.",
        [("Canada", None, [("AT-4 rocket launchers", 100), ("rockets", 2000)], False)],
        [],
    ),
    "M2": (
        "Sheikh Mohamed bin Abdulrahman Al Thani, Qatar's foreign minister, announced a $10 million donation to Ukraine on Monday.\n\nThe money will go to UN agencies.",
        [("Qatar", "10000000", [], False)],
        [],
    ),
    "M3": (
        "Crown Prince Mohammed bin Zayed of Abu Dhabi said on Friday that the United Arab Emirates would give $5 million in humanitarian aid to Ukraine.\n\nThe aid will be flown to Poland.",
        [("United Arab Emirates", "5000000", [], False)],
        [],
    ),
    "M3b": (
        "Crown Prince Mohammed bin Zayed of Abu Dhabi said on Friday that the Emirates would send $5 million to Ukraine.\n\nThe UAE abstained in a UN Security Council vote last week.",
        [],
        [],
    ),
    "N1": (
        "Biden said the United States would send 20 Mi-17 helicopters to Ukraine and that Ukraine would also get 300 Switchblade drones.\n\nThe weapons will arrive within weeks.",
        [("United States", None, [("Mi-17 helicopters", 20), ("Switchblade drones", 300)], False)],
        [],
    ),
    "N1b": (
        "Austin said the United States would send 18 howitzers to Ukraine and that Kyiv would also receive 36,000 artillery rounds.\n\nThe rounds will be shipped from Germany.",
        [("United States", None, [("howitzers", 18), ("artillery rounds", 36000)], False)],
        [],
    ),
    "O1": (
        "Ukraine banned all imports of Russian goods on Saturday, the economy ministry in Kyiv said.\n\nRussia was Ukraine's largest trading partner before 2014.",
        [],
        [("Ukraine", "import_ban", "RU", None)],
    ),
    "O2": (
        "Ukraine froze the assets of 30 Russian businessmen with ties to the Kremlin on Monday, the National Security Council said.\n\nThe businessmen own factories in eastern Ukraine.",
        [],
        [("Ukraine", "asset_freeze", "RU", 30)],
    ),
    "O3": (
        "Ukraine closed its airspace to Russian airlines in 2015, and on Monday it banned Russian ships from its ports.\n\nThe government said the measures would stay in place.",
        [],
        [("Ukraine", "other", "RU", None)],
    ),
    "O4": (
        "Ukraine expelled 12 Russian diplomats on Friday, the foreign ministry said.\n\nMoscow promised to respond.",
        [],
        [("Ukraine", "other", "RU", None)],
    ),
    "O5": (
        "Ukraine banned imports of Belarusian fuel on Tuesday, the government said.\n\nBelarus has let Russian troops use its territory.",
        [],
        [("Ukraine", "import_ban", "BY", None)],
    ),
    "O8": (
        "Ukraine's central bank blocked the accounts of Russian state banks on Monday, the bank said in Kyiv.\n\nSberbank and VTB still had subsidiaries in Ukraine.",
        [],
        [("Ukraine", "asset_freeze", "RU", None)],
    ),
    "O10": (
        "Zelensky signed a decree on Saturday freezing the assets of 236 Russian companies.\n\nUkraine has frozen assets worth billions of dollars since February.",
        [],
        [("Ukraine", "asset_freeze", "RU", 236)],
    ),
    "O11": (
        "Kyiv banned Russian-flagged ships from its ports on Monday, the infrastructure ministry said.\n\nThe ports are already blockaded.",
        [],
        [("Ukraine", "other", "RU", None)],
    ),
    "O13": (
        "Ukraine froze the assets of 50 Belarusian companies on Friday, the security council said.\n\nBelarus has let Russian troops use its territory.",
        [],
        [("Ukraine", "asset_freeze", "BY", 50)],
    ),
    "X1": (
        "Ukraine's security service added 20 Russian propagandists to the list of people whose assets are frozen, the service said on Monday.\n\nThe propagandists work for Russian state television.",
        [],
        [("Ukraine", "asset_freeze", "RU", 20)],
    ),
    "P3": (
        "Switzerland adopted the eighth EU package against Russia on Friday. It bans imports of Russian steel.\n\nThe Swiss government said it would apply the measures from Monday.",
        [],
        [("Switzerland", "import_ban", "RU", None)],
    ),
    "P3b": (
        "Norway adopted the eighth EU package against Russia on Friday, the foreign ministry said.\n\nIt bans imports of Russian steel and paper.",
        [],
        [("Norway", "import_ban", "RU", None)],
    ),
    "Q1": (
        "The EU adopted its sixth package of sanctions against Russia on Friday.\n\nBritain announced its own measures on Monday. It bans imports of Russian silver and wood products.",
        [],
        [("United Kingdom", "import_ban", "RU", None)],
    ),
    "Q1b": (
        "The EU adopted its sixth package of sanctions against Russia on 3 June. Japan announced new sanctions on Friday. The package bans exports of quantum computers to Russia.\n\nTokyo has followed the G7's lead.",
        [],
        [("Japan", "export_ban", "RU", None)],
    ),
    "Q3": (
        "The EU adopted its eighth package of sanctions against Russia on Thursday. Canada announced sanctions on Friday. It freezes the assets of 20 Russian officials.\n\nOttawa has now sanctioned more than 1,400 people.",
        [],
        [("Canada", "asset_freeze", "RU", 20)],
    ),
    "Q4": (
        "The EU adopted its sixth package of sanctions against Russia on 3 June.\n\nCanada said on Thursday it was imposing sanctions of its own. It bans the export of 28 services to Russia's oil and gas industry.",
        [],
        [("Canada", "export_ban", "RU", None)],
    ),
    "Q5": (
        "The EU adopted its eighth package of sanctions against Russia on Thursday.\n\nBritain's new package was published on Friday. It freezes the assets of 20 Russian officials.",
        [],
        [("United Kingdom", "asset_freeze", "RU", 20)],
    ),
    "Q1c": (
        "The EU adopted its eighth package of sanctions against Russia on 6 October.\n\nOn Friday Britain published its own sanctions list. It adds 20 Russian officials to the list of those whose assets are frozen.",
        [],
        [("United Kingdom", "asset_freeze", "RU", 20)],
    ),
    "R3": (
        "Two days after Scholz's visit Italy froze the assets of 5 Russian oligarchs.\n\nThe assets include villas in Sardinia.",
        [],
        [("Italy", "asset_freeze", "RU", 5)],
    ),
    "R3b": (
        "A week after Biden's call with Kishida Japan froze the assets of 10 Russian banks.\n\nTokyo had been slow to act.",
        [],
        [],
    ),
    "S1": (
        "Norway will implement the EU's ban on imports of Russian coal from August, the government said on Friday.\n\nNorway is not a member of the European Union.",
        [],
        [("Norway", "import_ban", "RU", None)],
    ),
    "S1b": (
        "Switzerland will implement the European Union's ban on imports of Russian gold from Friday, the government in Bern said.\n\nSwitzerland is a major gold trading hub.",
        [],
        [("Switzerland", "import_ban", "RU", None)],
    ),
    "S2": (
        "Switzerland on Friday took over the European Union's freeze on the assets of 300 Russian individuals.\n\nThe Swiss had been criticised for moving slowly.",
        [],
        [("Switzerland", "asset_freeze", "RU", 300)],
    ),
    "S5": (
        "Iceland has applied the European Union's asset freeze on Russian oligarchs since March, the foreign ministry said.\n\nIceland is not an EU member.",
        [],
        [("Iceland", "asset_freeze", "RU", None)],
    ),
    "S10": (
        "Montenegro has applied the EU's asset freeze on Russian oligarchs since March, the government said.\n\nMontenegro is a candidate for EU membership.",
        [],
        [("Montenegro", "asset_freeze", "RU", None)],
    ),
    "S12": (
        "Britain on Friday extended the EU's ban on Russian steel to its own ports, the Treasury said.\n\nThe UK left the EU in 2020.",
        [],
        [("United Kingdom", "import_ban", "RU", None)],
    ),
    "V1": (
        "Canada moved from freezing the assets of Russian oligarchs to seizing them on Friday, Justice Minister David Lametti said.\n\nThe law allows the money to go to Ukraine.",
        [],
        [("Canada", "asset_freeze", "RU", None)],
    ),
}


@pytest.mark.parametrize("case", sorted(REVIEW_84_TO_91))
def test_review_of_rounds_84_to_91_sentences_the_new_rules_must_leave_alone(case):
    assert_read_as(*REVIEW_84_TO_91[case])


def test_the_country_a_reported_clause_says_will_give_is_the_giver():
    found = pledges_of(
        "Sánchez travelled to Kyiv with Frederiksen, who announced the same day that Denmark "
        "would give 600 million kroner more to buy weapons for Ukraine.",
        JUNE_10,
    )
    assert proposed_of(found, "donor_code", "amount", "currency") == [("DK", "600000000", "DKK")]
    found = pledges_of(
        "Spain's prime minister met the Danish leader, who said that Denmark would send 20 more "
        "trucks to Ukraine.",
        JUNE_10,
    )
    assert proposed_of(found, "donor_code") == [("DK",)]


# --- Rounds 92 to 95 (7 Dec, fifth session) --------------------------------------------------------


def test_measures_a_party_continues_to_impose_are_no_new_measure():
    found = draft(
        "Japan will continue to impose strong sanctions on Russia, in close cooperation with the "
        "G7. Canada will keep imposing sanctions on Russia for as long as the war goes on, "
        "Trudeau said. Britain will continue to impose new sanctions on Russia, and on Monday it "
        "froze the assets of 12 Russian bankers.",
        JUNE_10,
    )
    assert [(s.fields["imposer"], s.fields["measure"]) for s in found.sanctions] == [
        ("United Kingdom", "asset_freeze")
    ]


def test_a_named_list_keeps_its_names_past_their_descriptions():
    found = draft(
        "The assets of Sberbank, Russia's largest bank, and Alfa-Bank will be frozen, Japan said.",
        JUNE_10,
    )
    assert [(s.fields["targets_count"], s.fields["named_targets"]) for s in found.sanctions] == [
        (2, ["Sberbank", "Alfa-Bank"])
    ]


def test_together_with_a_further_sum_is_the_same_donors_second_sum():
    found = draft(
        "On 1 March, the European Commission made available EUR 85 million in humanitarian aid "
        "for civilians inside Ukraine, together with a further EUR 5 million for the refugee "
        "response in the Republic of Moldova.\n\n"
        "Norway agreed, together with Denmark and Germany, to pay for 16 howitzers worth 92 "
        "million euros.",
        JUNE_10,
    )
    assert proposed_of(found.pledges, "donor", "amount") == [
        ("European Union", "85000000"),
        ("European Union", "5000000"),
    ]
    assert ("92000000", "aggregate") in flags_of(found.pledges)


def test_a_firm_described_without_an_article_gives_for_itself():
    found = pledges_of(
        "VILNIUS - Turkish drone maker Baykar will give Lithuania a Bayraktar TB2 combat drone "
        "free of charge, to be passed on to Ukraine's armed forces.",
        JUNE_10,
    )
    assert proposed_of(found, "donor") == [("Baykar",)]
    found = pledges_of(
        "German arms maker Rheinmetall will deliver 20 Marder vehicles to Ukraine, paid for by "
        "the German government.",
        JUNE_10,
    )
    assert proposed_of(found, "donor_code") == [("DE",)]


def test_a_sum_in_dollars_written_as_a_word_before_its_noun():
    found = pledges_of(
        "President Biden promised Zelensky a Patriot air defence battery as part of a new 1.85 "
        "billion dollar package for Ukraine. Canada pledged a 500-million-dollar loan to Ukraine.",
        JUNE_10,
    )
    assert proposed_of(found, "donor_code", "amount", "currency") == [
        ("US", "1850000000", "USD"),
        ("CA", "500000000", "CAD"),
    ]
    assert pledges_of("Canada will send 500 dollar vouchers to 20 refugee families.", JUNE_10) == []


def test_aid_of_a_sum_told_in_addition_is_earlier():
    found = draft(
        "At its meeting on 2 November, the Swiss Federal Council made CHF 100 million available "
        "for Ukraine's winter, in addition to the humanitarian aid of CHF 80 million approved in "
        "March.",
        JUNE_10,
    )
    assert proposed_of(found.pledges, "amount") == [("100000000",)]
    assert ("80000000", "earlier") in flags_of(found.pledges)


def test_the_worth_of_items_of_the_package_just_told_is_a_part():
    found = draft(
        "Australia will gift 14 M113 carriers and 20 Bushmasters to Ukraine in a new $60.9 "
        "million package.\n\n"
        "The M113 carriers, valued at $12 million, will come from army holdings. The 20 "
        "Bushmasters are valued at $48.9 million.",
        JUNE_10,
    )
    assert proposed_of(found.pledges, "amount") == [("60900000",)]
    assert {a for a, flag in flags_of(found.pledges) if flag == "part_of_package"} == {
        "12000000",
        "48900000",
    }


def test_the_party_a_speaker_says_adopted_a_package_imposes_it():
    found = draft(
        "Asked about the sixth sanctions package against Russia, the Foreign Office spokesperson "
        "said the Council of the EU had formally adopted it today. It bans imports of Russian "
        "crude oil by sea.\n\n"
        "Belgian Prime Minister Alexander De Croo said on Sunday that Brussels would deliver "
        "2,000 machine guns to Ukraine.",
        JUNE_10,
    )
    assert [(s.fields["imposer"], s.fields["measure"]) for s in found.sanctions] == [
        ("European Union", "import_ban")
    ]
    assert proposed_of(found.pledges, "donor_code") == [("BE",)]


def test_their_assets_after_a_semicolon_are_those_counted_before_it():
    found = draft(
        "The EU adopted its sixth package of sanctions against Russia on Friday. In addition, 65 "
        "individuals and 18 entities have been added to the EU list; their assets are frozen, "
        "and the individuals are banned from entering the Union.",
        JUNE_10,
    )
    assert [(s.fields["measure"], s.fields["target_kind"], s.fields["targets_count"])
            for s in found.sanctions] == [
        ("asset_freeze", "persons", 65),
        ("asset_freeze", "entities", 18),
        ("travel_ban", "persons", 65),
    ]  # fmt: skip


# --- Rounds 96 to 99 (7 Dec, fifth session) --------------------------------------------------------


def test_an_office_named_by_one_word_acts_with_a_day_before_its_verb():
    found = pledges_of(
        "The Pentagon on Friday unveiled a $400 million package for Ukraine, which means the "
        "equipment will be ordered from industry rather than taken from U.S. stocks.",
        JUNE_10,
    )
    assert proposed_of(found, "donor_code", "amount") == [("US", "400000000")]
    assert (
        pledges_of(
            "The Pentagon said 18 of the HIMARS launchers for Ukraine were ordered from industry "
            "in September.",
            JUNE_10,
        )
        == []
    )


def test_the_taoiseach_and_the_nzdf_act_for_their_countries():
    found = pledges_of(
        "Ireland's aid now stands at €20 million, on top of the €10 million the Taoiseach pledged "
        "to Ukraine on February 24. The NZDF will send 1,066 body armour plates to Ukraine.",
        JUNE_10,
    )
    assert ("IE", "10000000") in proposed_of(found, "donor_code", "amount") + [
        (p.fields["donor_code"], p.fields["amount"]) for p in found if p.not_a_record
    ]
    assert ("NZ", None) in proposed_of(found, "donor_code", "amount")


def test_restrictive_measures_on_counted_people_designate_them():
    found = draft(
        "The EU adopted new sanctions against Russia. In parallel, the Council decided to impose "
        "restrictive measures on an additional 54 individuals and 10 entities.\n\n"
        "New Zealand widened its sanctions on Russia. On Monday Foreign Minister Nanaia Mahuta "
        "announced measures against 14 individuals and seven entities in Russia's defence "
        "sector. They include missile makers. Their assets are frozen, and the individuals are "
        "banned from entering New Zealand.",
        JUNE_10,
    )
    assert [(s.fields["imposer_code"], s.fields["measure"], s.fields["target_kind"],
             s.fields["targets_count"]) for s in found.sanctions if s.fields["targets_count"]] == [
        ("", "asset_freeze", "persons", 54),
        ("", "asset_freeze", "entities", 10),
        ("NZ", "asset_freeze", "persons", 14),
        ("NZ", "asset_freeze", "entities", 7),
        ("NZ", "travel_ban", "persons", 14),
    ]  # fmt: skip


def test_a_gift_stays_when_the_recipient_then_buys_more_of_it():
    found = pledges_of(
        "In May, Poland handed over 18 Krab self-propelled howitzers to Ukraine, and in June the "
        "Ukrainian side signed a contract with Huta Stalowa Wola for a further 54 Krab howitzers.",
        JUNE_10,
    )
    assert [(i["name"], i["quantity"]) for p in found for i in p.fields["items"]] == [
        ("Krab self-propelled howitzers", 18)
    ]


def test_an_appeals_total_includes_a_governments_own_gift():
    found = draft(
        "The Disasters Emergency Committee's Ukraine Humanitarian Appeal has raised more than "
        "£300 million since it launched on 3 March.\n\n"
        "The total includes £25 million from the UK Government, which matched the public's "
        "donations pound for pound.\n\n"
        "In Scotland, where donations have passed £29 million, the Scottish Government has "
        "contributed £2 million.",
        JUNE_10,
    )
    assert ("GB", "25000000") in proposed_of(found.pledges, "donor_code", "amount")
    assert ("29000000", "aggregate") in flags_of(found.pledges)


def test_every_kind_of_item_in_the_list_after_the_verb():
    found = pledges_of(
        "Germany will send Ukraine anti-tank weapons and Stinger missiles, the government said. "
        "Japan will also provide helmets from its military stocks, together with tents, winter "
        "clothing and generators.",
        JUNE_10,
    )
    assert [[i["name"] for i in p.fields["items"]] for p in found] == [
        ["anti-tank weapons", "Stinger missiles"],
        ["helmets", "tents", "winter clothing", "generators"],
    ]


def test_a_year_is_no_count_and_an_executive_order_no_target():
    found = draft(
        "The United States announced new sanctions on Russia. OFAC first designated Malofeyev "
        "in 2014 for financing separatists in Crimea. OFAC is designating more than 40 "
        "individuals and entities that make up a network, and is re-designating Malofeyev "
        "himself under Executive Order 14024.",
        JUNE_10,
    )
    # the designation of 2014 counts no 2,014 targets; "Executive Order" is no one's name
    assert [(s.fields["targets_count"], s.fields["named_targets"]) for s in found.sanctions] == [
        (40, [])
    ]


def test_the_whole_counted_before_the_part_a_list_goes_on_to_count():
    found = draft(
        "Japan announced new sanctions on Russia. The government added 17 Russians to its "
        "asset-freeze list, among them 11 members of the State Duma.\n\n"
        "Seven Russian banks, including VTB and Bank Rossiya, were disconnected from SWIFT by the "
        "EU on March 12, and three Belarusian lenders, among them Belagroprombank, have since "
        "been cut off as well.",
        JUNE_10,
    )
    counts = [(s.fields["target_code"], s.fields["targets_count"]) for s in found.sanctions]
    assert ("RU", 17) in counts
    assert ("BY", 3) in counts
    assert ("RU", 11) not in counts
    assert ("BY", 7) not in counts


def test_a_measure_told_at_a_time_of_its_own_is_another():
    found = draft(
        "Canada banned imports of Russian oil in February, and in June it banned imports of "
        "Russian gold. Japan banned imports of Russian coal and of Russian vodka on Friday.",
        JUNE_10,
    )
    assert [(s.fields["imposer_code"], s.fields["measure"]) for s in found.sanctions] == [
        ("CA", "import_ban"),
        ("CA", "import_ban"),
        ("JP", "import_ban"),
    ]


def test_a_second_sum_as_well_as_for_another_kind_of_aid_is_a_pledge():
    found = pledges_of(
        "On 20 March Australia committed an additional $21 million in defensive military "
        "assistance to Ukraine, which took military support at that time to $91 million, as well "
        "as $30 million in emergency humanitarian assistance, which lifted total humanitarian "
        "funding to $65 million. Britain gave £10 million in loans as well as £5 million in "
        "loan guarantees to Ukraine.",
        JUNE_10,
    )
    assert proposed_of(found, "donor_code", "amount") == [
        ("AU", "21000000"),
        ("AU", "30000000"),
        ("GB", "10000000"),
    ]


# --- Review of the rules of the fifth session of 7 Dec (git diff 072f293..7f39634) ----------------
# A helper ran 265 sentences of its own through the code before and after: 30 read worse. A
# country named in a reported clause took the main clause's pledge ("..., adding that he hoped
# that Germany would give more"); hoped-for and conditional gifts became pledges; Ukraine became
# an imposer when it only called for a ban, or announced measures on its own collaborators; "Polish
# arms maker Huta Stalowa Wola delivered" made the firm the giver; a new package "valued at" a sum
# became a part of the running total before it; "The total includes $350 million from Pentagon
# stocks" a record of its own; "At current exchange rates, that is roughly $150 million" a second
# pledge; "together with another €300 million from member states" the EU's. Three sentences the
# code read wrongly before and after are left out (a second pledge told after "a day after").
REVIEW_OF_THE_FIFTH_SESSION = {
    "R1": (
        "Lithuania will give Ukraine €10 million in humanitarian aid, President Gitanas Nauseda said on Monday, adding that he hoped that Germany would give more.",
        [("Lithuania", "10000000", [], False)],
        [],
    ),
    "R31": (
        "The Netherlands will give Ukraine €100 million for air defence, Rutte said on Tuesday, expressing hope that Germany would give more.",
        [("Netherlands", "100000000", [], False)],
        [],
    ),
    "R32": (
        "Britain will send Ukraine £50 million in humanitarian aid, Truss said, adding she was sure that Canada would contribute as well.",
        [("United Kingdom", "50000000", [], False)],
        [],
    ),
    "R34": (
        "Poland will give Ukraine 40 more tanks, Duda said on Monday, a day after Zelensky complained that Germany will send nothing.",
        [("Poland", None, [("tanks", 40)], False)],
        [],
    ),
    "R42": (
        "Germany will send Ukraine 30 Gepard tanks, Lambrecht said, adding that the United States would provide training for the crews.",
        [("Germany", None, [("Gepard tanks", 30)], False)],
        [],
    ),
    "R45": (
        "Italy will send Ukraine a fourth package of arms, Draghi said on Thursday, dismissing reports that France would send Leclerc tanks.",
        [("Italy", None, [("a fourth package of arms", None)], False)],
        [],
    ),
    "R50": (
        "Portugal will give Ukraine €250 million in credit guarantees, Costa said, though he said that Spain would give more.",
        [("Portugal", "250000000", [], False)],
        [],
    ),
    "R62": (
        "Spain will send 200 tonnes of aid to Ukraine, Robles said, after her Italian counterpart said that Italy would send 300 tonnes.",
        [("Spain", None, [("aid", 200)], False)],
        [],
    ),
    "R9": (
        "Biden announced $1 billion in new military aid for Ukraine on Wednesday and said that Canada would give more too.",
        [("United States", "1000000000", [], False)],
        [],
    ),
    "R8": (
        "Kyiv had hoped that Germany would send 100 Marder vehicles, but Berlin pledged only 5,000 helmets on Wednesday.",
        [("Germany", None, [("helmets", 5000)], False)],
        [],
    ),
    "R33": (
        "Zelensky said on Friday that Germany would deliver 100 Leopard tanks if Kyiv asked for them.\n\nBerlin has not confirmed the offer.",
        [],
        [],
    ),
    "R3": (
        "Zelensky said on Sunday that Germany would send tanks only if the United States did the same.\n\nBerlin has so far sent helmets and anti-tank weapons.",
        [("Germany", None, [("helmets", None), ("anti-tank weapons", None)], False)],
        [],
    ),
    "R36": (
        "Zelensky said that Germany would send tanks.\n\nImports of Russian coal are banned from Monday, the government said.",
        [("Germany", None, [("tanks", None)], False)],
        [],
    ),
    "U1": (
        "Ukraine called on the EU on Monday to ban imports of Russian oil.",
        [],
        [],
    ),
    "U2": (
        "Ukraine has long demanded a ban on imports of Russian gas in Europe.",
        [],
        [],
    ),
    "RM4": (
        "Ukraine announced measures against 200 individuals accused of collaborating with Russia on Tuesday.",
        [],
        [],
    ),
    "RM10": (
        "Ukraine's parliament announced measures against 50 officials who fled to Russia.",
        [],
        [],
    ),
    "F1": (
        "Polish arms maker Huta Stalowa Wola delivered 18 Krab howitzers to Ukraine in May.",
        [("Poland", None, [("Krab howitzers", 18)], False)],
        [],
    ),
    "F2": (
        "German arms maker Rheinmetall will deliver 20 Marder vehicles to Ukraine.",
        [("Germany", None, [("Marder vehicles", 20)], False)],
        [],
    ),
    "V1": (
        "Canada has given Ukraine C$500 million in military aid this year. The latest package, valued at C$20 million, includes 39 armoured vehicles.",
        [
            ("Canada", "500000000", [], True),
            ("Canada", "20000000", [("armoured vehicles", 39)], False),
        ],
        [],
    ),
    "V2": (
        "Australia has committed $285 million in military aid to Ukraine. The new package, valued at $100 million, includes 14 M113 carriers.",
        [
            ("Australia", "285000000", [], False),
            ("Australia", "100000000", [("M113 carriers", 14)], False),
        ],
        [],
    ),
    "V3": (
        "The United States has sent Ukraine $6.3 billion in weapons since February. The newest package, valued at $400 million, includes four more HIMARS.",
        [
            ("United States", "6300000000", [], True),
            ("United States", "400000000", [("HIMARS", 4)], False),
        ],
        [],
    ),
    "T1": (
        "The United States announced a $1 billion package for Ukraine on Wednesday. The total includes $350 million from Pentagon stocks.",
        [("United States", "1000000000", [], False), ("United States", "350000000", [], True)],
        [],
    ),
    "T4": (
        "The EU has mobilised €2 billion for Ukraine. The total includes €500 million from the European Peace Facility.",
        [("European Union", "2000000000", [], False), ("European Union", "500000000", [], True)],
        [],
    ),
    "XR1": (
        "Japan will give Ukraine 20 billion yen. At current exchange rates, that is roughly $150 million.",
        [("Japan", "20000000000", [], False)],
        [],
    ),
    "TG9": (
        "The EU will give €500 million, together with another €300 million from member states, for weapons for Ukraine.",
        [("European Union", "500000000", [], False), (None, "300000000", [], True)],
        [],
    ),
    "TG5": (
        "The Netherlands, together with another Nordic partner, will finance 20 air defence systems for €300 million.",
        [(None, "300000000", [], True)],
        [],
    ),
}


@pytest.mark.parametrize("case", sorted(REVIEW_OF_THE_FIFTH_SESSION))
def test_review_of_the_fifth_session_sentences_the_new_rules_must_leave_alone(case):
    assert_read_as(*REVIEW_OF_THE_FIFTH_SESSION[case])


# --- Review of the last rules of the fifth session (git diff 7f39634..4c0714c) ---------------------
# A third helper ran 372 sentences: 34 read worse. The list after a verb ran into the next clause
# ("... and Poland will send trucks"); a loose item was folded into another counted later
# ("ammunition for HIMARS" into "105mm artillery ammunition", a rule since dropped); "in
# particular NLAW launchers" became a second item; "Baykar pledged" lost the firm; Ukraine's own
# measures were lost after "last week", "voted to", "will" or a longer body's name; an "if" in a
# later clause dropped a stated pledge; "from its partners' fund" read as many donors'.
REVIEW_OF_THE_LAST_RULES = {
    "A1": (
        "The EU will send Ukraine fuel and medical supplies and Poland will send trucks, officials said on Friday.",
        [("European Union", None, [("fuel", None), ("medical supplies", None)], False)],
        [],
    ),
    "A2": (
        "Germany will send Ukraine helmets and body armour and Britain will send anti-tank weapons, officials said.",
        [("Germany", None, [("helmets", None), ("body armour", None)], False)],
        [],
    ),
    "A3": (
        "Italy will send Ukraine ammunition and medicines and Greece will send rifles, officials said on Friday.",
        [("Italy", None, [("ammunition", None), ("medicines", None)], False)],
        [],
    ),
    "A4": (
        "Japan will send Ukraine bulletproof vests and helmets, and drones will follow later, officials said.",
        [("Japan", None, [("bulletproof vests", None), ("helmets", None)], False)],
        [],
    ),
    "A5": (
        "Estonia will send Ukraine Javelin missiles and howitzers, Latvia Stinger missiles, officials said on Friday.",
        [("Estonia", None, [("Javelin missiles", None), ("howitzers", None)], False)],
        [],
    ),
    "B6": (
        "The United States will send Ukraine ammunition for HIMARS, the Pentagon said.\n\nThe package includes 36,000 rounds of 105mm artillery ammunition.",
        [
            (
                "United States",
                None,
                [("ammunition", None), ("105mm artillery ammunition", 36000)],
                False,
            )
        ],
        [],
    ),
    "B7": (
        "Canada will send Ukraine ammunition for its M777 howitzers, Anand said on Friday.\n\nThe package includes 20,000 rounds of small arms ammunition.",
        [("Canada", None, [("ammunition", None), ("small arms ammunition", 20000)], False)],
        [],
    ),
    "B8": (
        "The United States will send Ukraine ammunition for air defence, the Pentagon said on Friday.\n\nThe package includes 75,000 rounds of 155mm artillery ammunition.",
        [
            (
                "United States",
                None,
                [("ammunition", None), ("155mm artillery ammunition", 75000)],
                False,
            )
        ],
        [],
    ),
    "B9": (
        "Germany will send Ukraine tanks, Scholz said on Friday.\n\nThe package includes 30 Gepard anti-aircraft tanks and 10 fuel tanks.",
        [
            (
                "Germany",
                None,
                [("tanks", None), ("Gepard anti-aircraft tanks", 30), ("fuel tanks", 10)],
                False,
            )
        ],
        [],
    ),
    "C10": (
        "Britain will send Ukraine anti-tank weapons, in particular NLAW launchers, the defence ministry said on Friday.",
        [("United Kingdom", None, [("anti-tank weapons", None)], False)],
        [],
    ),
    "C11": (
        "Germany will send Ukraine air defence systems, especially Gepard tanks, the government said on Friday.",
        [("Germany", None, [("air defence systems", None)], False)],
        [],
    ),
    "C12": (
        "The United States will send Ukraine artillery, mainly M777 howitzers, the Pentagon said on Friday.",
        [("United States", None, [("artillery", None)], False)],
        [],
    ),
    "C13": (
        "France will send Ukraine Milan missiles and fuel, in particular diesel, the ministry said on Friday.",
        [("France", None, [("Milan missiles", None), ("fuel", None)], False)],
        [],
    ),
    "D14": (
        "Turkish drone maker Baykar pledged three Bayraktar drones to Ukraine free of charge, the company said.",
        [("Baykar", None, [("Bayraktar drones", 3)], False)],
        [],
    ),
    "D15": (
        "Turkish drone maker Baykar offered three Bayraktar drones to Ukraine for free, the company said.",
        [("Baykar", None, [("Bayraktar drones", 3)], False)],
        [],
    ),
    "E16": (
        "Ukraine's parliament voted to ban imports of Russian goods.",
        [],
        [("Ukraine", "import_ban", "RU", None)],
    ),
    "E17": (
        "Ukraine seized the assets of Russian state banks.",
        [],
        [("Ukraine", "asset_freeze", "RU", None)],
    ),
    "E18": (
        "Ukraine stopped the transit of Russian gas through Luhansk.",
        [],
        [("Ukraine", "other", "RU", None)],
    ),
    "E19": (
        "Ukraine last week banned imports of Russian goods.",
        [],
        [("Ukraine", "import_ban", "RU", None)],
    ),
    "E20": (
        "Ukraine formally banned imports of Russian goods on Friday.",
        [],
        [("Ukraine", "import_ban", "RU", None)],
    ),
    "E21": (
        "Ukraine will ban imports of Russian goods from next month.",
        [],
        [("Ukraine", "import_ban", "RU", None)],
    ),
    "E22": (
        "Ukraine introduced a ban on imports of Russian goods.",
        [],
        [("Ukraine", "import_ban", "RU", None)],
    ),
    "E23": (
        "Ukraine in April banned imports of Russian goods.",
        [],
        [("Ukraine", "import_ban", "RU", None)],
    ),
    "E24": (
        "Ukraine has decided to freeze the assets of Russian banks.",
        [],
        [("Ukraine", "asset_freeze", "RU", None)],
    ),
    "E25": (
        "Ukraine prohibited imports of Russian books and music, the culture ministry said on Sunday.",
        [],
        [("Ukraine", "import_ban", "RU", None)],
    ),
    "E26": (
        "On Friday Ukraine blacklisted 20 Russian banks and froze their assets, the central bank said.",
        [],
        [("Ukraine", "asset_freeze", "RU", 20)],
    ),
    "E27": (
        "Ukraine's parliament last month voted to ban imports of Russian books, the speaker said on Tuesday.",
        [],
        [("Ukraine", "import_ban", "RU", None)],
    ),
    "E28": (
        "Ukraine's National Security and Defense Council froze the assets of 500 Russian companies, Zelensky said.",
        [],
        [("Ukraine", "asset_freeze", "RU", 500)],
    ),
    "F29": (
        "Zelensky said that Norway would give Ukraine NOK 1 billion, and asked if other countries would follow.",
        [("Norway", "1000000000", [], False)],
        [],
    ),
    "G30": (
        "Germany will give Ukraine €200 million from its partners' fund.",
        [("Germany", "200000000", [], False)],
        [],
    ),
    "G31": (
        "The European Peace Facility will give Ukraine €500 million from member states' contributions.",
        [("European Union", "500000000", [], False)],
        [],
    ),
}


@pytest.mark.parametrize("case", sorted(REVIEW_OF_THE_LAST_RULES))
def test_review_of_the_last_rules_sentences_they_must_leave_alone(case):
    assert_read_as(*REVIEW_OF_THE_LAST_RULES[case])


# --- Rounds 104 to 107 (7 Dec, fifth session) ------------------------------------------------------


def test_a_sum_a_party_had_announced_on_a_day_of_its_own_is_its_pledge():
    found = pledges_of(
        "Members of the Estonian parliament noted that the United States had announced another "
        "725 million dollars in weapons and ammunition for Ukraine on Friday.",
        datetime.date(2022, 10, 18),
    )
    assert proposed_of(found, "donor_code", "amount", "announced_on") == [
        ("US", "725000000", "2022-10-14")
    ]


def test_states_listed_with_the_applying_the_cap_each_take_the_measure():
    found = draft(
        "The price cap on Russian oil took effect on Monday. The United States, the United "
        "Kingdom, Japan, Canada and Australia are applying the cap through their own rules.",
        JUNE_10,
    )
    assert found.pledges == []
    assert [s.fields["imposer_code"] for s in found.sanctions] == ["US", "GB", "JP", "CA", "AU"]


def test_they_after_a_freeze_are_its_targets_and_a_bill_that_will_allow_is_no_measure():
    found = draft(
        "The UK froze the assets of seven Russian oligarchs on Thursday. The measures mean that "
        "the seven individuals are subject to an asset freeze. They are also barred from "
        "travelling to or from the UK. The Economic Crime Bill now passing through Parliament "
        "will allow the UK to move faster in designating individuals.",
        JUNE_10,
    )
    assert [(s.fields["measure"], s.fields["target_kind"], s.fields["targets_count"])
            for s in found.sanctions] == [
        ("asset_freeze", "persons", 7),
        ("travel_ban", "persons", 7),
    ]  # fmt: skip


# A fourth helper ran 76 sentences at the rules of rounds 104 to 107: 18 read worse (a day told of
# something else taken as the announcement's, "that will arrive in Ukraine on Monday"; a state
# at the end of an opening phrase read as a second imposer, "After talks with Ukraine, the United
# States imposed"; "They also imposed an embargo" read as the targets' rather than the imposers';
# "will allow Hungary to keep buying pipeline oil, bans imports" holding back the ban). Each was
# narrowed; two sentences read no better before are left out.
REVIEW_OF_ROUNDS_104_TO_107 = {
    "W2": (
        "Poland had announced a new 200 million euro package of arms that will arrive in Ukraine on Monday, officials said.",
        [("Poland", "200000000", [], True)],
        [],
    ),
    "W3": (
        "The Netherlands had announced 40 million euros for reconstruction that is due to be spent in May.",
        [("Netherlands", "40000000", [], True)],
        [],
    ),
    "W5": (
        "Spain had announced a new 15 million euro package of aid in a statement released on Sunday.",
        [("Spain", "15000000", [], True)],
        [],
    ),
    "W6": (
        "After talks with Ukraine, the United States imposed new sanctions on 20 Russian officials.",
        [],
        [("United States", "asset_freeze", "RU", 20)],
    ),
    "W7": (
        "In a joint statement with Poland, the United Kingdom banned imports of Russian coal.",
        [],
        [("United Kingdom", "import_ban", "RU", None)],
    ),
    "W8": (
        "Speaking after a meeting with Germany, the Netherlands said it would ban Russian ships from its ports.",
        [],
        [("Netherlands", "other", "RU", None)],
    ),
    "W9": (
        "With support from Britain, the United States added 30 Russian companies to its sanctions list.",
        [],
        [("United States", "asset_freeze", "RU", 30)],
    ),
    "W11": (
        "Finland sanctioned 40 Russian officials. Their government also said it would suspend visa facilitation for Russia.",
        [],
        [("Finland", "asset_freeze", "RU", 40), ("Finland", "other", "RU", None)],
    ),
    "W12": (
        "The Czech Republic sanctioned 10 Russian businessmen. They also imposed an embargo on Russia.",
        [],
        [("Czechia", "asset_freeze", "RU", 10), ("Czechia", "import_ban", "RU", None)],
    ),
    "W13": (
        "Canada sanctioned 12 Russian officials. They will also impose a 35 percent tariff on all Russian imports, ministers said.",
        [],
        [("Canada", "asset_freeze", "RU", 12), ("Canada", "other", "RU", None)],
    ),
    "W14": (
        "The EU's new package, which will allow Hungary to keep buying pipeline oil, bans imports of Russian seaborne crude.",
        [],
        [("European Union", "import_ban", "RU", None)],
    ),
    "W15": (
        "Poland said the deal would enable Ukraine to export grain, and banned imports of Russian coal on Friday.",
        [],
        [("Poland", "import_ban", "RU", None)],
    ),
    "W16": (
        "The waiver will let Germany buy Russian gas until 2024, but the EU banned Russian coal imports.",
        [],
        [("European Union", "import_ban", "RU", None)],
    ),
    "W17": (
        "The United States will allow transactions for food, but it imposed sanctions on 22 Russian defence firms.",
        [],
        [("United States", "asset_freeze", "RU", 22)],
    ),
    "W18": (
        "Japan would let its firms keep stakes in Sakhalin, while it banned imports of Russian machinery.",
        [],
        [("Japan", "import_ban", "RU", None)],
    ),
}


@pytest.mark.parametrize("case", sorted(REVIEW_OF_ROUNDS_104_TO_107))
def test_review_of_rounds_104_to_107_sentences_the_rules_must_leave_alone(case):
    assert_read_as(*REVIEW_OF_ROUNDS_104_TO_107[case])


def test_a_sum_told_of_a_named_target_does_not_stop_its_count():
    found = draft(
        "On Thursday 24 February the UK imposed a full asset freeze on VTB, Russia's second "
        "largest bank, whose global assets amount to some £154 billion.",
        JUNE_10,
    )
    assert [(s.fields["targets_count"], s.fields["named_targets"]) for s in found.sanctions] == [
        (1, ["VTB"])
    ]
