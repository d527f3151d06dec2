"""Bulk import of pledges in the download format, and the synthetic dataset built on it."""

import csv
import itertools
import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from pledges.exports.writing import csv_cell
from pledges.importing import ImportFileError, _unneutralised, import_pledges
from pledges.loading import default_files
from pledges.models import AidItem, Country, ItemTypeTotal, Pledge, Sanction, Source
from pledges.stats import refresh_all
from pledges.synthetic import generate, write_file
from tests.factories import AidItemFactory, PledgeFactory, SourceFactory
from tests.test_stats import snapshot

pytestmark = pytest.mark.django_db

COMPARED = ["donor__iso_code", "recipient__iso_code", "category", "lethality", "status", "amount",
            "currency", "announced_on", "announced_precision", "announced_as", "description",
            "paragraph", "quote", "reading_note", "reference", "readings"]  # fmt: skip


def downloaded(client, tmp_path, url: str, name: str) -> Path:
    path = tmp_path / name
    response = client.get(url)
    path.write_bytes(b"".join(response.streaming_content))
    return path


@pytest.fixture
def other_source(article):
    return Source.objects.create(reference="another-source", title="Another source")


def pledges_of(source) -> list[tuple]:
    rows = []
    for pledge in Pledge.objects.filter(source=source).order_by("reference"):
        values = Pledge.objects.filter(pk=pledge.pk).values_list(*COMPARED).get()
        items = sorted(pledge.items.values_list("item_type__slug", "name", "quantity", "unit",
                                                "paragraph", "quote"))  # fmt: skip
        rows.append((values, items))
    return rows


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_download_imports_back_exactly(client, tmp_path, other_source, fmt):
    article_source = Source.objects.get(reference="epoch-times-japan-defense-equipment")
    path = downloaded(client, tmp_path, f"/pledges/?format={fmt}", f"pledges.{fmt}")
    report = import_pledges(path, source_reference="another-source")
    assert (report.created, report.items, report.skipped) == (7, 16, 0)
    assert pledges_of(other_source) == pledges_of(article_source)


def test_importing_the_same_file_again_changes_nothing(client, tmp_path, other_source):
    path = downloaded(client, tmp_path, "/pledges/?format=csv", "pledges.csv")
    import_pledges(path, source_reference="another-source")
    report = import_pledges(path, source_reference="another-source")
    assert (report.created, report.skipped) == (0, 7)
    assert Pledge.objects.count() == 14


def test_pledges_already_in_their_source_are_skipped(client, tmp_path, article):
    path = downloaded(client, tmp_path, "/pledges/?format=csv", "pledges.csv")
    report = import_pledges(path)
    assert (report.created, report.skipped) == (0, 7)


def test_formula_neutralisation_is_undone_on_import(client, tmp_path, other_source):
    Pledge.objects.filter(reference="ca-ua-military-aid").update(description="=SUM(A1:A3)")
    path = downloaded(client, tmp_path, "/pledges/?format=csv&donor=ca", "canada.csv")
    assert "'=SUM(A1:A3)" in path.read_text(encoding="utf-8-sig")
    import_pledges(path, source_reference="another-source")
    assert Pledge.objects.get(source=other_source).description == "=SUM(A1:A3)"


def test_quotes_before_formulas_inside_cells_are_undone_on_import(client, tmp_path):
    pledge = PledgeFactory(description="x;=1+1\n-2", reading_note="read as:\n @x",
                           announced_as="a|+b", quote="a, -b")  # fmt: skip
    AidItemFactory(pledge=pledge, name='Javelins;=HYPERLINK("http://x")', quote="5,=000")
    helmets = AidItemFactory(pledge=pledge, name="helmets")
    path = downloaded(client, tmp_path, f"/pledges/?donor={pledge.donor.slug}&format=csv", "p.csv")
    assert "x;'=1+1\n'-2" in path.read_text(encoding="utf-8-sig")
    target = SourceFactory()
    import_pledges(path, source_reference=target.reference)
    copy = Pledge.objects.get(source=target)
    assert (copy.description, copy.reading_note, copy.announced_as, copy.quote) == (
        "x;=1+1\n-2", "read as:\n @x", "a|+b", "a, -b"
    )  # fmt: skip
    assert list(copy.items.order_by("id").values_list("name", "quote")) == [
        ('Javelins;=HYPERLINK("http://x")', "5,=000"), ("helmets", helmets.quote)
    ]  # fmt: skip


def test_reading_a_cell_undoes_exactly_what_writing_it_did():
    """Every short text without a "'" of its own comes back as it was; one with "'" just before
    a formula character could not be told from a neutralised one (docs/formats.md)."""
    for length in range(5):
        for letters in itertools.product("й ,;|\t\r\n-=+@", repeat=length):
            value = "".join(letters)
            assert _unneutralised(csv_cell(value)) == value, repr(value)


def test_import_keeps_the_precomputed_figures_right(client, tmp_path, other_source):
    path = downloaded(client, tmp_path, "/pledges/?format=csv", "pledges.csv")
    import_pledges(path, source_reference="another-source")
    assert Country.objects.get(iso_code="JP").pledges_given_count == 6
    other_source.refresh_from_db()
    assert other_source.pledge_count == 7
    kept = (snapshot(), sorted(ItemTypeTotal.objects.values_list("item_type", "donor", "unit",
                                                                "items", "stated", "unstated")))  # fmt: skip
    refresh_all()
    assert kept == (snapshot(), sorted(ItemTypeTotal.objects.values_list(
        "item_type", "donor", "unit", "items", "stated", "unstated")))  # fmt: skip


def edited_csv(client, tmp_path, reference: str, edit) -> Path:
    """The downloaded CSV of all pledges, with `edit(row)` applied to the pledge `reference`.

    Rows are edited through the csv module, so the test does not depend on how either database
    lays out the file.
    """
    path = downloaded(client, tmp_path, "/pledges/?format=csv", "pledges.csv")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    for row in rows:
        row["source_reference"] = "another-source"
        if row["reference"] == reference:
            edit(row)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def set_fields(**values):
    return lambda row: row.update(values)


def edit_item(number: int, **values):
    def edit(row):
        items = json.loads(row["items"])
        items[number - 1].update(values)
        row["items"] = json.dumps(items)

    return edit


@pytest.mark.parametrize(
    ("reference", "edit", "problem"),
    [
        ("ca-ua-military-aid", set_fields(amount="25 million"), "field amount: '25 million' is not a number"),
        ("ca-ua-military-aid", set_fields(amount="-5"), "field amount: must be at least 0.01 and less than 10^16"),
        ("ca-ua-military-aid", set_fields(currency=""), "field currency: an amount needs its currency"),
        ("ca-ua-military-aid", set_fields(currency="XXX"), "field currency: 'XXX' is not an ISO 4217 code"),
        ("ca-ua-military-aid", set_fields(donor_slug="narnia"), "field donor_slug: no country 'narnia'"),
        ("ca-ua-military-aid", set_fields(donor_slug="ukraine"), "field recipient: a donor cannot pledge to itself"),
        ("ca-ua-military-aid", set_fields(announced_on="2022-02-30"), "field announced_on: '2022-02-30' is not a date"),
        ("ca-ua-military-aid", set_fields(announced_precision="unknown"), "field announced_precision"),
        ("ca-ua-military-aid", set_fields(category="cultural"), "field category: 'cultural' is not one of"),
        ("ca-ua-military-aid", set_fields(source_reference="no-such-source"), "field source_reference: no source has the reference 'no-such-source'"),
        ("se-ua-military-shipment", edit_item(1, quantity=0), "field items, item 1, quantity: must be from 1"),
        ("se-ua-military-shipment", edit_item(3, item_type="hats"), "field items, item 3, item_type: no item type 'hats'"),
        ("se-ua-military-shipment", edit_item(2, quantity=None, unit="tonnes"), "field items, item 2, unit: a unit needs a quantity"),
        ("ca-ua-military-aid", set_fields(currency_basis="guessed"), "field currency_basis: 'guessed' is not one of stated, read, derived, unknown"),
        ("se-ua-military-shipment", set_fields(amount_basis="read"), "field amount_basis: 'read' does not fit amount, whose basis is 'unknown'"),
        ("ca-ua-military-aid", set_fields(currency_basis="unknown"), "field currency_basis: 'unknown' does not fit currency, whose basis is 'stated'"),
        ("ca-ua-military-aid", set_fields(announced_on_basis="stated"), "field announced_on_basis: 'stated' does not fit announced_on, whose basis is 'derived'"),
        ("ca-ua-military-aid", set_fields(reading_note=""), "field reading_note: say how the values marked read or derived were read"),
    ],
)  # fmt: skip
def test_a_broken_row_is_reported_by_line_and_nothing_is_written(client, tmp_path, other_source,
                                                                 reference, edit, problem):  # fmt: skip
    path = edited_csv(client, tmp_path, reference, edit)
    line = next(
        number for number, row in enumerate(csv.DictReader(path.open(encoding="utf-8")), start=2)
        if row["reference"] == reference
    )  # fmt: skip
    before = (Pledge.objects.count(), AidItem.objects.count())
    with pytest.raises(ImportFileError) as raised:
        import_pledges(path)
    assert f"line {line}: {problem}" in raised.value.problems[0], raised.value.problems
    assert (Pledge.objects.count(), AidItem.objects.count()) == before


def test_a_basis_read_or_derived_is_imported_as_a_reading(client, tmp_path, other_source):
    path = edited_csv(client, tmp_path, "ca-ua-military-aid",
                      set_fields(status_basis="read", amount_basis="derived"))  # fmt: skip
    import_pledges(path)
    canada = Pledge.objects.get(source=other_source, reference="ca-ua-military-aid")
    assert canada.readings == {"currency": "read", "status": "read", "amount": "derived"}
    assert canada.bases()["announced_on"] == "derived"  # a date's basis is its precision


def test_a_file_without_basis_columns_imports_its_values_as_stated(client, tmp_path, other_source):
    path = downloaded(client, tmp_path, "/pledges/?format=csv", "pledges.csv")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    columns = [column for column in rows[0] if not column.endswith("_basis")]
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    assert import_pledges(path, source_reference="another-source").created == 7
    assert (
        list(Pledge.objects.filter(source=other_source).values_list("readings", flat=True))
        == [{}] * 7
    )


def test_a_json_record_with_an_unknown_basis_is_refused(client, tmp_path, other_source):
    path = downloaded(client, tmp_path, "/pledges/?format=json&donor=se", "sweden.json")
    records = json.loads(path.read_text())["pledges"]
    records[0]["bases"]["lethality"] = "assumed"
    path.write_text(json.dumps(records))
    with pytest.raises(ImportFileError) as raised:
        import_pledges(path, source_reference="another-source")
    assert raised.value.problems == [
        "record 1: field lethality_basis: 'assumed' is not one of stated, read, derived, unknown"
    ]


def test_every_problem_is_reported_not_just_the_first(client, tmp_path, other_source):
    path = edited_csv(client, tmp_path, "", lambda row: None)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    for row in rows:
        row["category"] = row["category"].replace("military", "militry")
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(ImportFileError) as raised:
        import_pledges(path)
    assert len(raised.value.problems) == 5  # the five military pledges
    assert all("'militry' is not one of" in problem for problem in raised.value.problems)


def test_a_pledge_twice_in_one_file_is_refused(client, tmp_path, other_source):
    path = downloaded(client, tmp_path, "/pledges/?format=csv&donor=ca", "canada.csv")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    path.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="line 3: the same pledge as line 2"):
        import_pledges(path, source_reference="another-source")
    assert not Pledge.objects.filter(source=other_source).exists()


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("p.txt", "anything", "the file must be .csv or .json"),
        ("p.json", "{not json", "not valid JSON"),
        ("p.json", '{"pledges": 5}', "must be a list of pledges"),
        ("p.csv", "donor_code,recipient_code\n", "it holds no pledges"),
        ("p.csv", "donor_code\nJP,extra\n", "line 2: the row has more cells than the header"),
        ("p.csv", "quote\nwords\x00here\n", "field quote: contains a NUL character"),
    ],
)
def test_malformed_files_are_refused_clearly(article, tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(ImportFileError) as raised:
        import_pledges(path)
    assert any(problem in p for p in raised.value.problems), raised.value.problems


def test_json_records_of_any_layout_are_read(client, tmp_path, other_source):
    path = downloaded(client, tmp_path, "/pledges/?format=json&donor=se", "sweden.json")
    records = json.loads(path.read_text())["pledges"]
    path.write_text(json.dumps(records, indent=2))  # a plain, pretty-printed list
    assert import_pledges(path, source_reference="another-source").created == 1


def test_command_reports_lines_and_writes_nothing(client, tmp_path, other_source):
    path = edited_csv(client, tmp_path, "ca-ua-military-aid", set_fields(amount="abc"))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    line = next(n for n, row in enumerate(lines, start=1) if "ca-ua-military-aid" in row)
    with pytest.raises(
        CommandError, match=rf"nothing was imported(.|\n)*line {line}: field amount"
    ):
        call_command("import_pledges", str(path), "--source", "another-source")
    assert not Pledge.objects.filter(source=other_source).exists()


def test_command_dry_run_writes_nothing(client, tmp_path, other_source, capsys):
    path = downloaded(client, tmp_path, "/pledges/?format=csv", "pledges.csv")
    call_command("import_pledges", str(path), "--source", "another-source", "--dry-run")
    assert "7 pledges imported" in capsys.readouterr().out
    assert not Pledge.objects.filter(source=other_source).exists()


# --- The synthetic dataset -------------------------------------------------------------------


def test_synthetic_data_has_its_own_source_marked_synthetic(db):
    report, sanctions = generate(300, seed=7)
    source = Source.objects.get(is_synthetic=True)
    assert source.reference == "synthetic-seed-7"
    assert report.created == Pledge.objects.filter(source=source).count() == 300
    assert sanctions == Sanction.objects.filter(source=source).count() == 60
    assert 2 <= AidItem.objects.count() / 300 <= 4  # about three items a pledge
    assert Country.objects.with_data().count() > 100  # pledges from many countries


def test_synthetic_data_has_a_few_dominant_donors(db):
    generate(2000, seed=7)
    counts = sorted(Country.objects.values_list("pledges_given_count", flat=True), reverse=True)
    assert sum(counts[:5]) > sum(counts) / 4
    assert Country.objects.get(iso_code="UA").pledges_received_count > 2000 / 3


def test_synthetic_data_is_deterministic(db, tmp_path):
    write_file(tmp_path / "a.csv", 200, seed=11)
    write_file(tmp_path / "b.csv", 200, seed=11)
    write_file(tmp_path / "c.csv", 200, seed=12)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "c.csv").read_bytes()


def test_synthetic_file_imports_like_a_download(db, tmp_path):
    write_file(tmp_path / "synthetic.json", 120, seed=5)
    report = import_pledges(tmp_path / "synthetic.json")
    assert report.created == 120
    generate(120, seed=5, with_sanctions=False)  # the same records again: all already there
    assert Pledge.objects.count() == 120


def test_make_run_never_loads_synthetic_data():
    assert all("synthetic" not in path.name for path in default_files())


def test_generate_command_reports_what_it_added(db, capsys):
    call_command("generate_synthetic", "--pledges", "50", "--seed", "2")
    out = capsys.readouterr().out
    assert "50 pledges imported" in out
    assert "10 sanctions added" in out
    assert Pledge.objects.exclude(amount=None).filter(amount__lte=Decimal(0)).count() == 0
