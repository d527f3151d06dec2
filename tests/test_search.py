"""Full-text search (pledges.search): stemmed words through the database's own index, ranked,
and kept current by every way records are written. Runs on SQLite and on PostgreSQL."""

import pytest
from django.db import connection
from django.urls import reverse

from pledges import search
from pledges.importing import import_records
from pledges.models import Fact, Pledge, Sanction
from pledges.synthetic import generate
from tests.factories import (
    AidItemFactory,
    FactFactory,
    ItemTypeFactory,
    PledgeFactory,
    SanctionFactory,
    SanctionTargetFactory,
)

pytestmark = pytest.mark.django_db


def found(model, words: str) -> list[int]:
    ranked = search.best_first(search.match(model.objects.all(), words), words)
    return list(ranked.values_list("pk", flat=True))


def listed(client, name: str, query: dict) -> list[int]:
    response = client.get(reverse(f"pledges:{name}"), query)
    assert response.status_code == 200
    return [record.pk for record in response.context["page_obj"]]


def test_words_are_found_in_any_form_of_the_word(article, client):
    japan = Pledge.objects.filter(donor__slug="japan", items__name__icontains="helmet").get()
    # The article says "helmets"; a reader types the singular, or another case.
    for words in ("helmet", "HELMETS", "helmeted"):
        assert japan.pk in listed(client, "pledge-list", {"q": words}), words
    assert listed(client, "pledge-list", {"q": "helmets zeppelin"}) == []


def test_every_word_must_be_found_and_punctuation_is_ignored(db):
    both = PledgeFactory(description="Winter tents and generators for hospitals.")
    PledgeFactory(description="Tents only.")
    assert found(Pledge, "tents, generators!") == [both.pk]
    assert found(Pledge, '"generators" AND (NOT tents*') == [both.pk]
    # Words too common to tell records apart (PostgreSQL's English stop words) are ignored.
    assert found(Pledge, "the generators and the tents") == [both.pk]
    assert found(Pledge, "?!* --") == found(Pledge, "the and") == []


def test_a_pledge_is_found_by_its_figure_words_items_and_their_types(db):
    pledge = PledgeFactory(description="Equipment.", quote="shipment of 5,000 parkas")
    AidItemFactory(pledge=pledge, name="winter coats", item_type=ItemTypeFactory(name="Clothing"))
    for words in ("parkas", "coats", "clothing"):
        assert found(Pledge, words) == [pledge.pk], words


def test_the_index_follows_every_change_made_through_the_models(db):
    pledge = PledgeFactory(description="Field kitchens.")
    assert found(Pledge, "kitchens") == [pledge.pk]
    pledge.description = "Water purification units."
    pledge.save()
    assert found(Pledge, "kitchens") == []
    assert found(Pledge, "purification") == [pledge.pk]

    item = AidItemFactory(pledge=pledge, name="stretchers")
    assert found(Pledge, "stretchers") == [pledge.pk]
    item.name = "ambulances"
    item.save()
    assert (found(Pledge, "stretchers"), found(Pledge, "ambulance")) == ([], [pledge.pk])
    item.delete()
    assert found(Pledge, "ambulances") == []

    pledge.delete()
    assert found(Pledge, "purification") == []


def test_a_partial_save_keeps_the_document_current(db):
    pledge = PledgeFactory(description="Mine clearing.")
    pledge.description = "Demining vehicles."
    pledge.save(update_fields=["description"])
    assert found(Pledge, "demining") == [pledge.pk]


def test_the_most_relevant_first_unless_another_order_is_chosen(client, db):
    once = PledgeFactory(description="Generators, cables, fuel, lamps and many other things.")
    often = PledgeFactory(description="Generators: diesel generators and petrol generators.")
    assert listed(client, "pledge-list", {"q": "generators"}) == [often.pk, once.pk]
    once.announced_on = often.announced_on.replace(year=2023)
    once.save()
    newest = listed(client, "pledge-list", {"q": "generators", "sort": "-announced"})
    assert newest == [once.pk, often.pk]
    best = listed(client, "pledge-list", {"q": "generators", "sort": "match"})
    assert best == [often.pk, once.pk]


def test_best_match_without_words_says_why_and_lists_newest_first(client, db):
    older = PledgeFactory(announced_on=PledgeFactory().announced_on.replace(year=2021))
    response = client.get(reverse("pledges:pledge-list"), {"sort": "match"})
    assert response.status_code == 200
    assert "Give words to search to order by best match" in response.content.decode()
    assert [p.pk for p in response.context["page_obj"]][-1] == older.pk


def test_sanctions_are_found_by_measure_and_named_targets(client, db):
    sanction = SanctionFactory(description="Restrictions on lenders.")
    SanctionTargetFactory(sanction=sanction, name="Promsvyazbank")
    SanctionFactory(description="Something else.", measure="export_ban")
    assert listed(client, "sanction-list", {"q": "promsvyazbank"}) == [sanction.pk]
    assert listed(client, "sanction-list", {"q": "asset freeze"}) == [sanction.pk]
    assert listed(client, "sanction-list", {"q": "lender"}) == [sanction.pk]


def test_figures_about_people_are_found_by_their_words(client, db):
    fact = FactFactory(description="People who crossed into Moldova.", unit="people")
    FactFactory(description="Something else.")
    assert listed(client, "fact-list", {"q": "crossing moldova"}) == [fact.pk]


def test_an_import_writes_the_words_the_models_would(db):
    kind = ItemTypeFactory(name="Night vision devices")
    source = PledgeFactory().source
    record = {
        "donor_code": "XA", "recipient_code": "XB", "category": "military",
        "description": "Optics for the army.", "paragraph": 1, "quote": "2,000 scopes",
        "source_reference": source.reference,
        "items": [{"item_type": kind.slug, "name": "thermal scopes", "quantity": 2000,
                   "paragraph": 1, "quote": "2,000 scopes"}],
    }  # fmt: skip
    from tests.factories import CountryFactory

    CountryFactory(iso_code="XA")
    CountryFactory(iso_code="XB")
    report = import_records([("record 1", record)])
    assert report.created == 1, report.summary()
    pledge = Pledge.objects.get(quote="2,000 scopes")
    assert pledge.search_document == search.document(*pledge.search_texts())
    for words in ("optics", "thermal scope", "night vision"):
        assert found(Pledge, words) == [pledge.pk], words


def test_synthetic_data_is_searchable_as_saved_records_are(db):
    generate(50, seed=7)
    for model in (Pledge, Sanction):
        for record in model.objects.all()[:20]:
            assert record.search_document == search.document(*record.search_texts())
    assert len(found(Sanction, "synthetic measure")) == Sanction.objects.count() > 0


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 tables")
def test_sqlite_rebuilds_an_index_that_lost_its_triggers(db):
    pledge = PledgeFactory(description="Bridging equipment.")
    with connection.cursor() as cursor:
        # What a migration that rebuilds the table does to the triggers.
        cursor.execute("DROP TRIGGER pledges_pledge_search_update")
    Pledge.objects.filter(pk=pledge.pk).update(search_document="pontoon bridges")
    assert found(Pledge, "pontoon") == []  # the index missed the write
    assert search.ensure_sqlite_indexes() == ["pledges_pledge"]
    assert found(Pledge, "pontoon") == [pledge.pk]
    assert search.ensure_sqlite_indexes() == []  # nothing missing: nothing rebuilt
    Pledge.objects.filter(pk=pledge.pk).update(search_document="ferries")
    assert (found(Pledge, "pontoon"), found(Pledge, "ferries")) == ([], [pledge.pk])


def test_facts_are_kept_out_of_the_history_but_stay_searchable(db):
    fact = FactFactory(description="Shelters opened in Lviv.")
    assert "search_document" not in {f.name for f in Fact.history.model._meta.fields}
    assert found(Fact, "shelter") == [fact.pk]


def test_too_many_matches_to_rank_are_listed_newest_first_and_the_page_says_so(
    client, db, monkeypatch
):
    monkeypatch.setattr(search, "RANKED_AT_MOST", 2)
    oldest = PledgeFactory(description="Generators: diesel generators and petrol generators.")
    middle = PledgeFactory(description="Generators and cables.")
    newest = PledgeFactory(description="Generators, fuel, lamps, tents, stoves and cables.")
    unmatched = PledgeFactory(description="Cables and lamps.")  # newer still, without the word
    for pledge, year in ((oldest, 2021), (middle, 2022), (newest, 2023), (unmatched, 2024)):
        pledge.announced_on = pledge.announced_on.replace(year=year)
        pledge.save()
    for query in ({"q": "generators"}, {"q": "generators", "sort": "match"}):
        response = client.get(reverse("pledges:pledge-list"), query)
        # Newest first, and no more of them than could be ranked.
        assert [p.pk for p in response.context["page_obj"]] == [newest.pk, middle.pk]
        assert "More than 2 pledges hold these words" in response.content.decode()
    # Few enough to rank: the best match first, and no note.
    response = client.get(reverse("pledges:pledge-list"), {"q": "generators cables"})
    assert [p.pk for p in response.context["page_obj"]] == [middle.pk, newest.pk]
    assert "hold these words" not in response.content.decode()


def test_a_search_with_other_filters_counts_and_caps_what_it_lists(client, db, monkeypatch):
    monkeypatch.setattr(search, "RANKED_AT_MOST", 3)
    first = PledgeFactory(description="Tents.")
    for _ in range(2):
        PledgeFactory(description="Tents.", donor=first.donor)
    PledgeFactory(description="Tents.")  # another donor's
    response = client.get(reverse("pledges:pledge-list"), {"q": "tent", "donor": first.donor.slug})
    assert response.context["paginator"].count == 3
    assert not response.context["paginator"].capped
    for _ in range(2):
        PledgeFactory(description="Tents.", donor=first.donor)
    response = client.get(reverse("pledges:pledge-list"), {"q": "tent", "donor": first.donor.slug})
    assert (response.context["paginator"].count, response.context["paginator"].capped) == (3, True)
    assert "More than <strong>3</strong> pledges" in response.content.decode()


SEARCHED = [(Pledge, PledgeFactory, "donor"), (Sanction, SanctionFactory, "imposer")]


def index_and_records_counts(model, words: str) -> tuple[int, int]:
    """The bounded count of a search with no other filter, and the same read through the
    records (bounded at the same limit)."""
    through_records = search.match(model.objects.all(), words).count()
    return search.bounded_count(model.objects.all(), words), min(
        through_records, search.RANKED_AT_MOST + 1
    )


@pytest.mark.parametrize(("model", "factory", "party"), SEARCHED)
def test_a_search_with_no_other_filter_counts_as_through_the_records(
    db, monkeypatch, model, factory, party
):
    """With no other filter, SQLite counts the matches in its index alone: the same count as
    through the records, up to the limit, after edits and deletions too."""
    monkeypatch.setattr(search, "RANKED_AT_MOST", 3)
    records = [factory(description=f"Tents and {word}.") for word in ("stoves", "fuel", "lamps")]
    factory(description="Cables.")
    assert index_and_records_counts(model, "tents") == (3, 3)
    assert index_and_records_counts(model, "tents stoves") == (1, 1)
    assert index_and_records_counts(model, "generators") == (0, 0)
    records[0].description = "Cables only."
    records[0].save()
    records[1].delete()
    assert index_and_records_counts(model, "tents") == (1, 1)
    assert index_and_records_counts(model, "cables") == (2, 2)
    for _ in range(4):
        factory(description="Tents.")
    assert index_and_records_counts(model, "tents") == (4, 4)  # one past the limit


@pytest.mark.parametrize(("model", "factory", "party"), SEARCHED)
def test_a_search_with_another_filter_counts_only_its_records(
    db, monkeypatch, model, factory, party
):
    monkeypatch.setattr(search, "RANKED_AT_MOST", 3)
    chosen = factory(description="Tents.")
    factory(description="Tents.", **{party: getattr(chosen, party)})
    factory(description="Tents.")  # another party's
    within = model.objects.filter(**{party: getattr(chosen, party)})
    assert search.bounded_count(within, "tents") == 2
    assert search.bounded_count(model.objects.all(), "tents") == 3
