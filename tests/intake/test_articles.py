"""The intake against articles with known answers: the project's own test articles
(tests/intake/articles/, written for it, reporting real events of 2022) and the article the data
file was written from, when it is on this machine.

Scored as the issue asks: at least 90% of the stated pledges and sanctions found, 90% of the
drafts right, 90% of the dates right, and not one amount that the text does not state.
"""

import datetime
import functools
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from pledges.intake import draft
from pledges.intake.text import paragraphs

ARTICLES = Path(__file__).parent / "articles"


def expected_articles():
    return sorted(path.stem for path in ARTICLES.glob("*.json"))


@functools.cache
def load(slug):
    """The article's text, its answers and its drafts, drafted once per test process (the tests
    only read them)."""
    text = (ARTICLES / f"{slug}.txt").read_text()
    expected = json.loads((ARTICLES / f"{slug}.json").read_text())
    published = expected.get("published")
    drafts = draft(text, datetime.date.fromisoformat(published) if published else None)
    return text, expected, drafts


def amount(value):
    return None if value in (None, "") else Decimal(value)


def same_actor(draft_fields, expected, role):
    code, name = expected.get(f"{role}_code"), expected.get(role)
    if code:
        return draft_fields.get(f"{role}_code") == code
    return bool(name) and draft_fields.get(role) == name


def quantities(items):
    return sorted(item["quantity"] for item in items if item.get("quantity"))


def pledge_matches(found, wanted):
    fields = found.fields
    if not same_actor(fields, wanted, "donor"):
        return False
    if wanted.get("amount"):
        return (amount(fields["amount"]), fields["currency"]) == (
            amount(wanted["amount"]),
            wanted["currency"],
        )
    if fields.get("amount"):
        return False
    wanted_quantities = quantities(wanted.get("items", []))
    if wanted_quantities:
        return quantities(fields.get("items", [])) == wanted_quantities
    return found.paragraph == wanted["paragraph"] or (
        {i["name"].lower() for i in fields.get("items", [])}
        & {i["name"].lower() for i in wanted.get("items", [])}
    )


def sanction_matches(found, wanted):
    fields = found.fields
    return (
        same_actor(fields, wanted, "imposer")
        and fields["target_code"] == wanted["target_code"]
        and fields["measure"] == wanted["measure"]
        and (
            wanted.get("targets_count") is None
            or fields["targets_count"] == wanted["targets_count"]
        )
    )


def figure_matches(found, wanted):
    fields = found.fields
    return (fields["kind"], fields["value"], fields["country_code"]) == (
        wanted["kind"],
        wanted["value"],
        wanted["country_code"],
    )


def first_match(candidates, wanted, matches, matched):
    """The first candidate not matched yet that `matches` the wanted record, now matched too."""
    hit = next((d for d in candidates if id(d) not in matched and matches(d, wanted)), None)
    if hit:
        matched.add(id(hit))
    return hit


def invented_amounts(expected, drafts):
    """The drafts' amounts that the article states neither as a pledge nor otherwise."""
    stated = {amount(p["amount"]) for p in expected["pledges"] if p.get("amount")}
    stated |= {amount(p["amount"]) for p in expected.get("not_pledges", [])}
    return [
        d.fields["amount"]
        for d in drafts.pledges
        if d.fields.get("amount") and amount(d.fields["amount"]) not in stated
    ]


def matches_of(expected, proposed, sanctions):
    """The article's pledges and its sanctions, each as (the draft that matches it or None, the
    record); a draft is the match of one record at most."""
    matched = set()
    pledges = [(first_match(proposed, w, pledge_matches, matched), w) for w in expected["pledges"]]
    sanctions = [(first_match(sanctions, w, sanction_matches, matched), w)
                 for w in expected["sanctions"]]  # fmt: skip
    return pledges, sanctions


def figures_found(expected, drafts):
    """How many of the article's figures a draft has."""
    return sum(
        any(figure_matches(d, wanted) for d in drafts.figures) for wanted in expected["figures"]
    )


def score(expected, drafts):
    """Counts over one article: found, right, dated right, and amounts not in the text."""
    proposed = [d for d in drafts.pledges if not d.not_a_record]
    pledges, sanctions = matches_of(expected, proposed, drafts.sanctions)
    dated = [(hit, wanted) for hit, wanted in pledges if hit]
    found = [hit for hit, _ in [*pledges, *sanctions] if hit]
    return {
        "wanted": len(pledges) + len(sanctions),
        "found": len(found),
        "drafts": len(proposed) + len(drafts.sanctions),
        "right": len(found),  # each draft found is the match of one record only
        "dates": sum(hit.fields["announced_on"] == w.get("announced_on") for hit, w in dated),
        "dated": len(dated),
        "invented": invented_amounts(expected, drafts),
        "figures": figures_found(expected, drafts),
        "figures_wanted": len(expected["figures"]),
    }


@pytest.mark.parametrize("slug", expected_articles())
def test_every_quote_is_in_its_paragraph(slug):
    text, _, drafts = load(slug)
    body = paragraphs(text)
    for found in drafts:
        assert found.quote, found
        assert found.quote in body[found.paragraph - 1], (found.kind, found.quote)
        for item in found.fields.get("items", []):
            assert item["quote"] in body[item["paragraph"] - 1], item


@pytest.mark.parametrize("slug", expected_articles())
def test_every_answers_quote_is_in_its_paragraph(slug):
    """The answers number paragraphs as the intake does, so that a record matched by its
    paragraph is matched where the text states it."""
    body = paragraphs((ARTICLES / f"{slug}.txt").read_text())
    expected = json.loads((ARTICLES / f"{slug}.json").read_text())
    for record in [*expected["pledges"], *expected["sanctions"], *expected.get("figures", [])]:
        number = record["paragraph"]
        assert 1 <= number <= len(body), record
        assert record["quote"] in body[number - 1], (number, record["quote"])


@pytest.mark.parametrize("slug", expected_articles())
def test_no_amount_that_the_text_does_not_state(slug):
    _, expected, drafts = load(slug)
    assert score(expected, drafts)["invented"] == []


def test_the_articles_are_drafted_as_well_as_the_issue_asks():
    totals = {}
    report = []
    for slug in expected_articles():
        _, expected, drafts = load(slug)
        result = score(expected, drafts)
        report.append((slug, result))
        for key, value in result.items():
            if isinstance(value, int):
                totals[key] = totals.get(key, 0) + value
    summary = "\n".join(f"{slug}: {result}" for slug, result in report)
    assert len(report) >= 6, "at least six test articles"
    assert totals["found"] >= 0.9 * totals["wanted"], summary
    assert totals["right"] >= 0.9 * totals["drafts"], summary
    assert totals["dates"] >= 0.9 * totals["dated"], summary
    assert totals["figures"] >= 0.9 * totals["figures_wanted"], summary


SEED = Path(
    os.environ.get("AIDTRACKER_SEEDS", Path(__file__).resolve().parents[3] / "shared/seeds")
)


@pytest.mark.skipif(
    not (SEED / "000_9d8b2385698a8fef.txt").exists(),
    reason="the seed article is not on this machine",
)
def test_the_seed_article_reproduces_the_data_file():
    """At least 90% of the hand-made data file's pledges, items (with quantities) and
    sanctions, and no amount that the article does not state."""
    import tomllib

    text = (SEED / "000_9d8b2385698a8fef.txt").read_text()
    data_file = (
        Path(__file__).resolve().parents[2]
        / "pledges/data/epoch-times-japan-defense-equipment.toml"
    )
    data = tomllib.loads(data_file.read_text())
    drafts = draft(text, data["source"]["published_on"])
    proposed = [d for d in drafts.pledges if not d.not_a_record]
    wanted = sum(1 + len(p.get("items", [])) for p in data["pledges"]) + len(data["sanctions"])
    found = sum(seed_pledge_found(pledge, proposed) for pledge in data["pledges"])
    found += sum(seed_sanction_found(sanction, drafts.sanctions) for sanction in data["sanctions"])
    assert found >= 0.9 * wanted, (found, wanted)
    stated = {amount(p["amount"]) for p in data["pledges"] if p.get("amount")}
    assert {amount(d.fields["amount"]) for d in drafts.pledges if d.fields["amount"]} <= stated


def seed_pledge_matches(found, pledge):
    """Whether a draft is the data file's pledge: same donor, amount and currency, and the same
    paragraph unless the pledge lists items (found by them wherever it is told)."""
    fields = found.fields
    return (
        fields["donor_code"] == pledge["donor"]
        and amount(fields["amount"]) == amount(pledge.get("amount"))
        and fields["currency"] == pledge.get("currency")
        and bool(found.paragraph == pledge["paragraph"] or pledge.get("items"))
    )


def seed_pledge_found(pledge, proposed) -> int:
    """How much of one of the data file's pledges the drafts have: the pledge itself, and each
    of its items with the same quantity."""
    hit = next((d for d in proposed if seed_pledge_matches(d, pledge)), None)
    if hit is None:
        return 0
    got = {(i["name"].lower(), i["quantity"]) for i in hit.fields.get("items", [])}
    return 1 + sum((i["name"].lower(), i.get("quantity")) in got for i in pledge.get("items", []))


def seed_sanction_found(sanction, sanctions) -> bool:
    """Whether a draft has the data file's sanction: same imposer, measure and targets."""
    return any(
        d.fields["imposer_code"] == sanction["imposer"]
        and d.fields["measure"] == sanction["measure"]
        and d.fields["target_kind"] == sanction["target_kind"]
        and d.fields["targets_count"] == sanction.get("targets_count")
        for d in sanctions
    )
