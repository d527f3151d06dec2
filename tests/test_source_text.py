"""A source keeps its text: pasted HTML is reduced to words, records' words are checked against
it, and the source's page shows a record's sentence in its paragraph."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from pledges.models import Corroboration, Source
from tests.factories import (
    AidItemFactory,
    CountryFactory,
    FactFactory,
    ItemTypeFactory,
    PledgeFactory,
    SanctionFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db

TEXT = """Japan sends helmets to Ukraine
By A. Writer
Published: March 4, 2022

Japan will send 6,900 helmets and   body armor to Ukraine, the ministry said on Friday.

The government has also pledged “$100 million” in humanitarian aid, Tokyo’s minister said.

The EU froze the assets of 12 Russian banks.
"""


def pledge_of(**fields):
    """An unsaved pledge between saved countries, for full_clean()."""
    return PledgeFactory.build(donor=CountryFactory(), recipient=CountryFactory(), **fields)


@pytest.fixture
def source():
    return SourceFactory(text=TEXT)


def test_a_source_keeps_its_text_cut_into_paragraphs(source):
    source.refresh_from_db()
    assert source.paragraphs[0].startswith("Japan will send 6,900 helmets and body armor")
    assert source.paragraphs[2] == "The EU froze the assets of 12 Russian banks."
    assert len(source.paragraphs) == 3


def test_pasted_html_is_reduced_to_its_words():
    source = SourceFactory.build(
        text="<p>First <b>paragraph</b> here.</p><p>Second &amp; last.</p><script>x()</script>"
    )
    source.full_clean()
    source.save()
    source.refresh_from_db()
    assert source.text == "First paragraph here.\n\nSecond & last."
    assert source.paragraphs == ["First paragraph here.", "Second & last."]


@pytest.mark.parametrize(
    ("text", "message"),
    [("x" * 1_000_001, "over 1 MB"), ("Some words\x00\x01 and a NUL", "control characters")],
)
def test_bad_text_is_refused_with_a_reason(text, message):
    source = SourceFactory.build(text=text)
    with pytest.raises(ValidationError) as raised:
        source.full_clean()
    assert message in " ".join(raised.value.message_dict["text"])


def test_a_source_without_text_is_not_checked():
    pledge = pledge_of(source=SourceFactory(), paragraph=40, quote="anything at all")
    pledge.full_clean()  # the seed source keeps no text: nothing to check against


def test_a_quote_is_found_with_typographic_quotes_and_spaces_normalised(source):
    pledge = pledge_of(
        source=source, paragraph=2, quote='pledged "$100 million"  in humanitarian aid, Tokyo\'s'
    )
    pledge.full_clean()
    pledge = pledge_of(source=source, paragraph=1, quote="6,900 helmets and body armor")
    pledge.full_clean()


def test_a_quote_not_in_its_paragraph_is_refused_on_the_quote(source):
    pledge = pledge_of(source=source, paragraph=1, quote="$100 million")
    with pytest.raises(ValidationError) as raised:
        pledge.full_clean()
    assert "not in paragraph 1" in raised.value.message_dict["quote"][0]


def test_the_comparison_keeps_case(source):
    pledge = pledge_of(source=source, paragraph=1, quote="japan will send")
    with pytest.raises(ValidationError) as raised:
        pledge.full_clean()
    assert "quote" in raised.value.message_dict


def test_a_paragraph_past_the_text_is_refused_on_the_paragraph(source):
    pledge = pledge_of(source=source, paragraph=4, quote="12 Russian banks")
    with pytest.raises(ValidationError) as raised:
        pledge.full_clean()
    assert "has 3 paragraphs" in raised.value.message_dict["paragraph"][0]


def test_sanctions_facts_and_items_are_checked_too(source):
    sanction = SanctionFactory.build(
        imposer=CountryFactory(),
        target=CountryFactory(),
        source=source,
        paragraph=3,
        quote="12 Russian banks",
    )
    sanction.full_clean()
    with pytest.raises(ValidationError, match="not in paragraph"):
        SanctionFactory.build(
            imposer=CountryFactory(),
            target=CountryFactory(),
            source=source,
            paragraph=3,
            quote="13 Russian banks",
        ).full_clean()
    with pytest.raises(ValidationError, match="not in paragraph"):
        FactFactory.build(
            country=CountryFactory(), source=source, paragraph=2, quote="700,000 people"
        ).full_clean()
    pledge = PledgeFactory(source=source, paragraph=1, quote="6,900 helmets")
    AidItemFactory.build(
        pledge=pledge, item_type=ItemTypeFactory(), paragraph=1, quote="6,900 helmets"
    ).full_clean()
    item = AidItemFactory.build(
        pledge=pledge, item_type=ItemTypeFactory(), paragraph=1, quote="7,000 helmets"
    )
    with pytest.raises(ValidationError) as raised:
        item.full_clean()
    assert "quote" in raised.value.message_dict


def test_the_source_page_shows_a_records_words_marked_in_their_paragraph(client, source):
    pledge = PledgeFactory(source=source, paragraph=2, quote='"$100 million"')
    page = client.get(source.get_absolute_url()).content.decode()
    assert f'href="?context=pledge-{pledge.pk}#in-context"' in page
    assert "<mark>" not in page

    response = client.get(source.get_absolute_url(), {"context": f"pledge-{pledge.pk}"})
    assert response.status_code == 200  # the parameter is the page's own: no redirect
    page = response.content.decode()
    assert "In context: paragraph 2" in page
    assert "The government has also pledged <mark>“$100 million”</mark> in humanitarian" in page
    assert "Japan will send" not in page  # only the record's paragraph, never the whole text


def test_a_context_for_another_sources_record_shows_nothing(client, source):
    other = PledgeFactory(source=SourceFactory(text=TEXT), paragraph=3, quote="12 Russian banks")
    for key in [f"pledge-{other.pk}", "pledge-x", "nothing", f"sanction-{other.pk}"]:
        response = client.get(source.get_absolute_url(), {"context": key})
        assert response.status_code == 200
        assert "<mark>" not in response.content.decode()


def test_a_source_without_text_offers_no_context(client):
    pledge = PledgeFactory()
    page = client.get(pledge.source.get_absolute_url()).content.decode()
    assert "?context=" not in page


def test_showing_the_context_runs_no_more_queries(client, source):
    pledge = PledgeFactory(source=source, paragraph=3, quote="12 Russian banks")
    SanctionFactory(source=source, paragraph=3, quote="froze the assets")

    def queries(**params):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(source.get_absolute_url(), params).status_code == 200
        return len(captured)

    plain = queries()
    assert queries(context=f"pledge-{pledge.pk}") == plain
    PledgeFactory.create_batch(5, source=source, paragraph=1, quote="6,900 helmets")
    assert queries(context=f"pledge-{pledge.pk}") == plain


def test_a_records_page_names_the_other_sources_that_report_it(client, source):
    pledge = PledgeFactory()
    corroboration = Corroboration.objects.create(
        source=source, paragraph=3, quote="12 Russian banks", pledge=pledge
    )
    with CaptureQueriesContext(connection) as one:
        page = client.get(pledge.get_absolute_url()).content.decode()
    assert "Also reported by" in page
    # The link shows the corroborating words in their paragraph.
    link = f"{source.get_absolute_url()}?context=corroboration-{corroboration.pk}#in-context"
    assert f'href="{link}"' in page
    assert "paragraph 3" in page
    second = SourceFactory(text=TEXT)
    Corroboration.objects.create(source=second, paragraph=1, quote="Japan", pledge=pledge)
    with CaptureQueriesContext(connection) as two:
        client.get(pledge.get_absolute_url())
    assert len(two) == len(one)


def test_a_corroboration_reports_exactly_one_record(source):
    pledge, sanction = PledgeFactory(), SanctionFactory()
    for records in [{}, {"pledge": pledge, "sanction": sanction}]:
        with pytest.raises(IntegrityError), transaction.atomic():
            Corroboration.objects.create(source=source, paragraph=1, quote="Japan", **records)
    corroboration = Corroboration(source=source, paragraph=1, quote="Tokyo", pledge=pledge)
    with pytest.raises(ValidationError, match="not in paragraph 1"):
        corroboration.full_clean()


def test_lists_never_read_the_sources_texts(client, source):
    PledgeFactory(source=source, paragraph=1, quote="6,900 helmets")
    with CaptureQueriesContext(connection) as captured:
        client.get("/pledges/")
        client.get("/sources/")
    reads = [q["sql"] for q in captured if '"text"' in q["sql"] and "pledges_source" in q["sql"]]
    assert reads == []
    assert Source.objects.get(pk=source.pk).text  # kept all the same


def test_a_corroborating_sources_page_lists_what_it_reports_too(client, source):
    pledge, sanction = PledgeFactory(), SanctionFactory()
    url = source.get_absolute_url()
    assert "Also reported here" not in client.get(url).content.decode()
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    first = Corroboration.objects.create(
        source=source, paragraph=3, quote="12 Russian banks", sanction=sanction
    )
    Corroboration.objects.create(source=source, paragraph=1, quote="6,900 helmets", pledge=pledge)
    with CaptureQueriesContext(connection) as after:
        page = client.get(url).content.decode()
    assert "Also reported here (2)" in page
    assert f'href="{pledge.get_absolute_url()}"' in page
    assert f'href="{sanction.get_absolute_url()}"' in page
    assert f'href="?context=corroboration-{first.pk}#in-context"' in page
    assert len(after) == len(before)  # one query, however many


def test_a_corroborating_sources_page_shows_its_own_corroborations_words_in_context(client, source):
    pledge, sanction = PledgeFactory(), SanctionFactory()
    url = source.get_absolute_url()
    own = Corroboration.objects.create(
        source=source, paragraph=3, quote="12 Russian banks", sanction=sanction
    )
    page = client.get(url, {"context": f"corroboration-{own.pk}"}).content.decode()
    assert 'id="in-context"' in page
    assert "The EU froze the assets of <mark>12 Russian banks</mark>." in page
    assert f'The words that report <a href="{sanction.get_absolute_url()}">' in page
    other = Corroboration.objects.create(
        source=SourceFactory(text=TEXT), paragraph=1, quote="Japan", pledge=pledge
    )
    page = client.get(url, {"context": f"corroboration-{other.pk}"}).content.decode()
    assert 'id="in-context"' not in page  # only this source's own corroborations
