"""The public pages: thin views that pick a queryset, a filter and a template."""

import difflib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    Max,
    Prefetch,
    Q,
    prefetch_related_objects,
)
from django.http import FileResponse, Http404, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from aidtracker.canonical import accepts_query
from pledges import cards, charts, exports, formatting, prebuilt, search
from pledges.filters import (
    ChangeFilter,
    FactFilter,
    PledgeFilter,
    SanctionFilter,
    StageFilter,
    printable,
)
from pledges.models import (
    AidItem,
    Category,
    Change,
    Corroboration,
    Country,
    CountryMonth,
    CountryRole,
    CountryTotal,
    DatePrecision,
    Fact,
    ItemType,
    ItemTypeTotal,
    Pledge,
    PledgeEvent,
    Sanction,
    SanctionDate,
    SiteCategory,
    SiteMonth,
    Source,
)
from pledges.models.events import timeline_key
from pledges.models.links import address, page_url
from pledges.models.pledges import OLDEST_FIRST
from pledges.models.statements import quote_span
from pledges.pagination import CappedPaginator
from pledges.templating import for_rows

LATEST = 10  # rows of each kind shown on a summary page, with a link to all of them
# What a list, or a page's summary, cannot place for want of a date or value is counted up to
# this many rows, then said to be "more than" it: enough to tell readers, who follow the link to
# see them all, and read from an index in well under a millisecond at a million pledges.
UNPLACED_ROWS = 1_000
# The other sources that report a record, for its page's provenance.
CORROBORATIONS = Prefetch("corroborations", queryset=Corroboration.objects.for_listing())
NO_SUCH_FORMAT = gettext_lazy("There is no format “%(format)s”: ask for format=csv or format=json.")


class PagedListMixin:
    """Pagination with bounded counts, that answers a page out of range with the nearest page
    and a message."""

    paginate_by = 25
    paginator_class = CappedPaginator
    query_parameters = frozenset({"page"})
    # Whether the page's records are drawn by templating.rows, which reads their related records
    # for the rows it draws (see for_rows).
    rows_drawn = False

    def get_paginator(self, queryset, per_page, **kwargs):
        counted = getattr(getattr(self, "filterset", None), "search_count", None)
        if counted is not None:  # a search lists at most as many records as it can rank
            kwargs.update(max_rows=search.RANKED_AT_MOST, counted=counted)
        return super().get_paginator(queryset, per_page, known_total=self.known_total, **kwargs)

    def known_total(self) -> int | None:
        """The number of rows listed, where precomputed figures tell it; None if they do not."""
        return None

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        requested = self.request.GET.get(self.page_kwarg, "1")
        page = paginator.get_page(requested)
        if requested != str(page.number):
            self.page_message = _(
                "There is no page “%(asked)s”: showing page %(number)s of %(pages)s."
            ) % {"asked": printable(requested, 20), "number": page.number,
                 "pages": paginator.num_pages}  # fmt: skip
        if self.rows_drawn:
            page.object_list = for_rows(page.object_list)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_message"] = getattr(self, "page_message", "")
        return context


class Counted(NamedTuple):
    """A count that stops at a limit; `capped` if there are more rows than it."""

    count: int
    capped: bool


class Figures:
    """Figures a page shows beside its rows, read in one query however many there are: bounded
    counts, and the first value of an order, each a subquery of a single SELECT that an index
    answers. `read()` gives them by name."""

    def __init__(self):
        self.parts, self.params, self.converters = {}, [], {}
        self.db = (
            DEFAULT_DB_ALIAS  # the database the records are read from (see aidtracker.routers)
        )

    def count(self, name: str, records, limit: int) -> None:
        """How many `records` there are, counting no further than `limit` + 1 rows."""
        bounded = records.order_by().values("pk")[: limit + 1]
        self._add(name, bounded, "SELECT COUNT(*) FROM ({}) AS counted", empty="0")
        self.converters[name] = lambda n: Counted(min(n, limit), n > limit)

    def first(self, name: str, records, field: str) -> None:
        self._add(name, records.values_list(field)[:1], "{}", empty="NULL")
        # SQLite gives a subquery's date as text: the field reads it as the ORM would.
        self.converters[name] = records.model._meta.get_field(field).to_python

    def _add(self, name: str, records, template: str, empty: str) -> None:
        try:
            self.db = records.db
            sql, params = records.query.get_compiler(records.db).as_sql()
        except EmptyResultSet:  # filters that can match nothing
            self.parts[name] = empty
            return
        self.parts[name] = "(" + template.replace("{}", sql) + ")"
        self.params.extend(params)

    def read(self) -> dict:
        if not self.parts:
            return {}
        with connections[self.db].cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(self.parts.values()), self.params)
            row = cursor.fetchone()
        values = zip(self.parts, row, strict=True)
        return {name: self.converters[name](value) for name, value in values}


class UnplacedMixin:
    """Under a filtered list's count: how many records its date or value filters leave out, or
    its order lists apart, for want of a date or value, each with a link to them (the
    FilterSet's `unplaced()`), all counted in one query."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        notes = self.filterset.unplaced()
        figures = Figures()
        for number, note in enumerate(notes):
            figures.count(f"note{number}", note.records, UNPLACED_ROWS)
        counts = figures.read()
        listed = context["paginator"].count
        shown = []
        for number, note in enumerate(notes):
            note.count, note.capped = counts[f"note{number}"]
            if note.reason == "date_order" and note.count == listed:
                continue  # none has a date: nothing is placed apart
            if note.count or note.reason == "value_rank":
                shown.append(note)
        context["unplaced"] = shown
        return context


class BadDownload(Exception):
    """A download that cannot be made as asked; the message says why."""


class DownloadMixin:
    """`?format=csv` or `?format=json` downloads every row of the list, across all its pages.

    Without `format` the view shows its page; with any other value it answers 400. The whole
    list, unfiltered, is a file built ahead (pledges.prebuilt), to which the download redirects;
    a filtered list streams its rows.
    """

    query_parameters = frozenset({"format"})
    export: exports.Export

    def get(self, request, *args, **kwargs):
        fmt = request.GET.get("format")
        if not fmt:
            return super().get(request, *args, **kwargs)
        try:
            if fmt not in exports.FORMATS:
                raise BadDownload(NO_SUCH_FORMAT % {"format": printable(fmt, 20)})
            if request.GET.keys() == {"format"}:
                name = prebuilt.whole_list_file(self.export.name, fmt)
                if name:
                    return redirect("pledges:download-file", name=name)
            # Reach the database before the download starts: once its first bytes are sent, an
            # outage could only cut it short, where now it is answered with a clear 503.
            connection.ensure_connection()
            return self.download(fmt)
        except BadDownload as error:
            return render(request, "400.html", {"message": str(error)}, status=400)

    def filtered_queryset(self):
        """The rows the page's filters select, all pages of them; BadDownload if they are wrong."""
        filterset = self.get_filterset(self.get_filterset_class())
        if not filterset.is_valid():
            problems = "; ".join(
                f"{filterset.form[name].label if name in filterset.form.fields else name}: "
                f"{' '.join(errors)}"
                for name, errors in filterset.errors.items()
            )
            raise BadDownload(
                _("The filters cannot be applied, so nothing was downloaded. %(problems)s")
                % {"problems": problems}
            )
        return filterset.qs

    def download(self, fmt):
        """The download of the rows the filters select; lists without filters override it."""
        return self.export.response(self.request, fmt, self.filtered_queryset())


class RecordJsonMixin:
    """`?format=json` answers a detail page with its one record, written by the download's
    record builder (pledges.exports): the download's field names, absolute addresses from the
    request. Without `format` the view shows its page; with any other value it answers 400.
    """

    query_parameters = frozenset({"format"})
    # The download's record builder, (rows, request) -> their records, as a staticmethod.
    records: staticmethod

    def dispatch(self, request, *args, **kwargs):
        fmt = request.GET.get("format")
        if fmt and fmt != "json":
            message = _("There is no format “%(format)s” here: ask for format=json.") % {
                "format": printable(fmt, 20)
            }
            return render(request, "400.html", {"message": message}, status=400)
        self.as_json = fmt == "json"
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if self.as_json:
            return self.json_response(self.get_queryset().filter(pk=kwargs["pk"]))
        return super().get(request, *args, **kwargs)

    def json_response(self, rows) -> HttpResponse:
        """The record of `rows`, the page's one, as JSON; 404 when there is none."""
        record = next(iter(self.records(rows, self.request)), None)
        if record is None:
            raise Http404("There is no such record.")
        return HttpResponse(
            exports.json_record(record), content_type="application/json; charset=utf-8"
        )

    def redirect_to(self, record):
        """A permanent redirect to the record's own address, still asking for JSON if it was."""
        query = "?format=json" if self.as_json else ""
        return redirect(record.get_absolute_url() + query, permanent=True)


class HomeView(TemplateView):
    template_name = "pledges/home.html"

    def get_context_data(self, **kwargs):
        given_totals = Prefetch("totals", queryset=CountryTotal.objects.filter(role="given"))
        donors_by_value = top_donors_by_value(8)
        donors_by_pledges = list(
            Country.objects.filter(pledges_given_count__gt=0)
            .order_by("-pledges_given_count", "name")
            .prefetch_related(given_totals)[:8]
        )
        counts = {
            **Source.objects.record_totals(),
            "countries": Country.objects.with_data().count(),
            "sources": Source.objects.count(),
        }
        return super().get_context_data(
            counts=counts,
            spans=date_spans(),
            latest_pledges=for_rows(Pledge.objects.for_listing()[:LATEST]),
            # By their values in US dollars (a lower bound: only the pledges whose value could
            # be converted), from the precomputed totals: a few rows per country.
            donors_by_value=donors_by_value,
            value_chart=charts.bar_chart(
                "donors-value",
                _("Donors by the value of their pledges in US dollars (computed)"),
                f"{reverse('pledges:pledge-list')}?sort=-value",
                [value_bar(donor.local_name, donor.given_usd) for donor in donors_by_value],
            ),
            category_chart=category_chart(
                "categories",
                _("Pledges by category"),
                dict(SiteCategory.objects.values_list("category", "count")),
            ),
            donors_by_pledges=donors_by_pledges,
            count_chart=charts.bar_chart(
                "donors-count",
                _("Donors by number of pledges"),
                f"{reverse('pledges:pledge-list')}",
                [
                    pledges_bar(country.local_name, country.pledges_given_count)
                    for country in donors_by_pledges
                ],
            ),
            time_chart=months_chart(
                "pledges-time",
                _("Pledges by the month they were announced"),
                f"{reverse('pledges:pledge-list')}?sort=announced",
                SiteMonth.objects.filter(role=CountryRole.GIVEN).values_list(
                    "month", "count", "derived"
                ),
                counts["pledges"],
            ),
            **card_context(cards.home(counts, donors_by_value), "pledges:home-card"),
            **kwargs,
        )


def pledges_bar(label: str, n: int) -> charts.Bar:
    return charts.Bar(label, charts.counted("pledge", n), n)


def value_bar(label: str, usd) -> charts.Bar:
    """A bar of a value in US dollars, computed, and so approximate."""
    about = _("about %(value)s") % {"value": formatting.approximate_money(usd, "USD")}
    return charts.Bar(label, about, float(usd))


def country_charts(country, role: str) -> dict[str, charts.BarChart | charts.TimeChart]:
    """A country's charts of the pledges it gave or received (`role`), named as its page reads
    them: its partners, the categories and the months (`partners_given`, `chart_given`,
    `time_given`)."""
    titles = charts.ROLE_CHARTS[role]
    named = {"country": country.local_name}
    listed = f"{reverse('pledges:pledge-list')}?{titles['filter']}={country.slug}"
    return {
        f"partners_{role}": partner_chart(country, role, titles["partners"] % named, listed),
        f"chart_{role}": category_chart(
            role,
            titles["categories"] % named,
            country.category_counts(role),
            **{titles["filter"]: country.slug},
        ),
        f"time_{role}": months_chart(
            f"time-{role}",
            titles["months"] % named,
            f"{listed}&sort=announced",
            country.months_by_role[role],
            getattr(country, f"pledges_{role}_count"),
        ),
    }


def partner_chart(country, role: str, title: str, url: str) -> charts.BarChart:
    """The countries most linked to `country` in `role` (pledges given or received), by number
    of pledges, from the precomputed partner counts."""
    bars = [pledges_bar(name, n) for name, _, n in country.partner_summary[role]["top"]]
    return charts.bar_chart(f"partners-{role}", title, url, bars)


def category_chart(key: str, title: str, counts: dict, **filters: str) -> charts.BarChart:
    """How many pledges of each category there are (`counts`, from the precomputed totals),
    each bar linking to the list of them (`filters` narrows the list as the counts are)."""
    bars = [pledges_bar(category.label, n) for category in Category if (n := counts.get(category))]
    query = QueryDict(mutable=True)
    query.update(filters)
    url = reverse("pledges:pledge-list") + (f"?{query.urlencode()}" if filters else "")
    return charts.bar_chart(key, title, url, bars, colour_each=True)


def months_chart(key: str, title: str, url: str, months: list, total: int) -> charts.TimeChart:
    """Pledges per month, from precomputed (month, pledges, dates worked out) rows; `total`, how
    many pledges there are, tells how many give no month and are not drawn."""
    drawn = sum(n for _, n, _ in months)
    return charts.time_chart(
        key,
        title,
        url,
        [(month, 0, n) for month, n, _ in months],
        noun="pledge",
        unplaced=total - drawn,
        derived=sum(derived for *_, derived in months),
    )


def sanctions_chart() -> charts.TimeChart:
    """All sanctions by the month they started, stacked by imposer: the imposers of most
    sanctions each in their colour, the rest together. From the precomputed figures: the top
    imposers' months and the site's, the rest being the difference."""
    imposers = list(
        Country.objects.filter(sanctions_imposed_count__gt=0)
        .order_by("-sanctions_imposed_count", "name")
        .values_list("pk", "name", "sanctions_imposed_count")
    )
    site = list(
        SiteMonth.objects.filter(role=CountryRole.IMPOSED).values_list("month", "count", "derived")
    )
    top = imposers[: charts.PALETTE_SIZE - 2]
    series = [name for _, name, _ in top]
    columns = _imposer_columns([pk for pk, *_ in top], site)
    if len(imposers) > len(top):
        series.append(_("Other imposers"))
    else:
        columns = [column for column in columns if column[1] < len(top)]
    drawn = sum(n for _, n, _ in site)
    return charts.time_chart(
        "sanctions-time",
        _("Sanctions by the month they started, by imposer"),
        f"{reverse('pledges:sanction-list')}",
        columns,
        noun="sanction",
        series=series,
        unplaced=sum(n for *_, n in imposers) - drawn,
        derived=sum(derived for *_, derived in site),
    )


def _imposer_columns(top: list[int], site: list[tuple]) -> list[tuple]:
    """(month, series, sanctions): the top imposers' months, each its own series by rank, and
    the rest of the site's months (`site`) as one more series after theirs."""
    rows = list(
        CountryMonth.objects.filter(role=CountryRole.IMPOSED, country__in=top)
        .order_by()
        .values_list("country", "month", "count")
    )
    index = {pk: position for position, pk in enumerate(top)}
    others = Counter({month: n for month, n, _ in site})
    for _country, month, n in rows:
        others[month] -= n
    return [(month, index[country], n) for country, month, n in rows] + [
        (month, len(top), n) for month, n in others.items() if n
    ]


@dataclass
class Span:
    """The first and last dates that records of one kind give, written at their precision and
    each marked when worked out, and how many records give none. The home page writes it in
    words: “4 Mar 2022”, or “between 26 Feb 2022 and 4 Mar 2022”."""

    first: str
    first_derived: bool
    last: str
    last_derived: bool
    undated: Counted

    @property
    def one_date(self) -> bool:
        """Whether the span starts and ends on the same date, written and marked alike."""
        return (self.first, self.first_derived) == (self.last, self.last_derived)


def date_spans() -> dict[str, Span]:
    """The span of dates of the sources, pledges and sanctions, for the home page to say what the
    data covers; in one query, each end of the pledges' and sanctions' read from a date index."""
    kinds = {
        "sources": (Source.objects.all(), "published"),
        "pledges": (Pledge.objects.all(), "announced"),
        "sanctions": (Sanction.objects.all(), "imposed"),
    }
    figures = Figures()
    for kind, (records, prefix) in kinds.items():
        on, precision = f"{prefix}_on", f"{prefix}_precision"
        # On a date that records both state and work out, the span's end is stated.
        derived = ExpressionWrapper(Q(**{precision: DatePrecision.DERIVED}), BooleanField())
        dated = records.filter(**{f"{on}__isnull": False})
        ends = {
            "first": dated.order_by(F(on).asc(nulls_first=True), derived, "-id"),
            "last": dated.order_by(F(on).desc(nulls_last=True), derived, "-id"),
        }
        for end, ordered in ends.items():
            figures.first(f"{kind}_{end}", ordered, on)
            figures.first(f"{kind}_{end}_precision", ordered, precision)
        figures.count(f"{kind}_undated", records.filter(**{on: None}), UNPLACED_ROWS)
    found = figures.read()
    spans = {}
    for kind in kinds:
        first, last = (found[f"{kind}_{end}"] for end in ("first", "last"))
        first_precision, last_precision = (
            found[f"{kind}_{end}_precision"] for end in ("first", "last")
        )
        spans[kind] = Span(
            first=formatting.partial_date(first, first_precision) if first else "",
            first_derived=first_precision == DatePrecision.DERIVED,
            last=formatting.partial_date(last, last_precision) if last else "",
            last_derived=last_precision == DatePrecision.DERIVED,
            undated=found[f"{kind}_undated"],
        )
    return spans


class CountryListView(DownloadMixin, ListView):
    export = exports.COUNTRIES
    template_name = "pledges/country_list.html"
    context_object_name = "countries"

    def get_queryset(self):
        return Country.objects.with_data().order_by("name")

    def download(self, fmt):
        return self.export.response(self.request, fmt, self.get_queryset())


class CountryDetailView(RecordJsonMixin, DetailView):
    """A country's page, at /countries/<slug>/; its ISO code, in any case, redirects there."""

    template_name = "pledges/country_detail.html"
    context_object_name = "country"
    records = staticmethod(exports.country_records)

    def get(self, request, *args, slug, **kwargs):
        country = Country.objects.prefetch_related("totals", "stages").find(slug)
        if country is None:
            return country_not_found(request, slug)
        if country.slug != slug:
            return self.redirect_to(country)
        if self.as_json:
            return self.json_response([country])
        self.object = country
        return self.render_to_response(self.get_context_data(object=country))

    def get_context_data(self, **kwargs):
        country = self.object
        return super().get_context_data(
            summary=country.summary(),
            totals_given=country.category_totals("given"),
            totals_received=country.category_totals("received"),
            converted_given=country.converted_total("given"),
            converted_received=country.converted_total("received"),
            **country_charts(country, CountryRole.GIVEN),
            **country_charts(country, CountryRole.RECEIVED),
            partners=country.partner_summary,
            pledges_given=for_rows(Pledge.objects.for_listing().by_donor(country)[:LATEST]),
            pledges_received=for_rows(Pledge.objects.for_listing().by_recipient(country)[:LATEST]),
            sanctions_imposed=for_rows(
                Sanction.objects.for_listing().filter(imposer=country)[:LATEST]
            ),
            sanctions_received=for_rows(
                Sanction.objects.for_listing().filter(target=country)[:LATEST]
            ),
            undated=undated_of(country),
            facts=Fact.objects.for_listing().concerning(country)[:LATEST],
            **card_context(cards.country(country), "pledges:country-card", country.slug),
            **kwargs,
        )


MOST_COMPARED = 6  # countries side by side: more no longer fit a phone's or a reader's view
ITEMS_COMPARED = 5  # item types shown for each country, those it gave most of first


class CompareView(TemplateView):
    """Countries side by side, at /compare/?countries=japan,united-states,sweden: their pledges
    given and received (counts, values in US dollars and euros, by category), the items they
    gave most of and their sanctions, all from the precomputed figures; `format=csv|json`
    downloads their pledges, given or received, as the pledge list does."""

    template_name = "pledges/compare.html"
    query_parameters = frozenset({"countries", "format"})

    def get(self, request, *args, **kwargs):
        asked = self.asked()
        fmt = request.GET.get("format")
        if fmt and fmt not in exports.FORMATS:
            message = NO_SUCH_FORMAT % {"format": printable(fmt, 20)}
            return render(request, "400.html", {"message": message}, status=400)
        countries, problem = self.found(asked)
        if problem:
            return self.refuse(asked, problem)
        canonical = ",".join(country.slug for country in countries)
        if request.GET.getlist("countries") != ([canonical] if canonical else []):
            return self.redirect_to(canonical, fmt)
        if fmt:
            return self.download(asked, countries, fmt)
        return self.render_to_response(self.get_context_data(countries=countries))

    def asked(self) -> list[str]:
        """The countries asked for, as given (by name, code or slug), once each, in order."""
        keys = (
            key.strip()
            for value in self.request.GET.getlist("countries")
            for key in value.split(",")
        )
        return list(dict.fromkeys(key for key in keys if key))

    def found(self, asked: list[str]) -> tuple[list, str]:
        """The countries asked for, once each in the order given; or why they cannot be."""
        if len(asked) > MOST_COMPARED:
            too_many = ngettext(
                "Up to %(most)s country can be compared at a time, not %(asked)s.",
                "Up to %(most)s countries can be compared at a time, not %(asked)s.",
                MOST_COMPARED,
            )
            return [], too_many % {"most": MOST_COMPARED, "asked": len(asked)}
        found = {key: Country.objects.find(key) for key in asked}
        unknown = [printable(key, 100) for key, country in found.items() if country is None]
        if unknown:
            names = ", ".join(f"“{name}”" for name in unknown)
            return [], _(
                "There is no country %(names)s: give each country’s name (United States), its "
                "two-letter code (US) or the last part of its page’s address (united-states), "
                "separated by commas."
            ) % {"names": names}
        return list(dict.fromkeys(found.values())), ""

    def download(self, asked: list[str], countries: list, fmt: str):
        """The pledges the countries gave or received, as a file."""
        if not countries:
            return self.refuse(asked, _("Name the countries whose pledges to download."))
        return exports.PLEDGES.response(self.request, fmt, compared_pledges(countries))

    @staticmethod
    def redirect_to(canonical: str, fmt: str | None):
        """One address per comparison: the countries by slug, once each, in the order given."""
        query = QueryDict(mutable=True)
        if canonical:
            query["countries"] = canonical
        if fmt:
            query["format"] = fmt
        query = query.urlencode(safe=",")
        return redirect(reverse("pledges:compare") + (f"?{query}" if query else ""))

    def refuse(self, asked: list[str], message: str):
        context = self.get_context_data(countries=[], message=message,
                                        asked=printable(", ".join(asked), 300))  # fmt: skip
        return self.render_to_response(context, status=400)

    def get_context_data(self, *, countries, **kwargs):
        columns = compared_columns(countries)
        slugs = ",".join(country.slug for country in countries)
        return super().get_context_data(
            columns=columns,
            **compared_card(countries, slugs),
            categories=[
                category.label
                for category in Category
                if any(category.label in column["by_category"] for column in columns)
            ],
            countries_value=slugs,
            **compared_charts(
                columns, f"{reverse('pledges:compare')}?countries={slugs}&format=csv"
            ),
            most_compared=MOST_COMPARED,
            **kwargs,
        )


def compared_columns(countries: list) -> list[dict]:
    """A column of figures for each country compared, from the precomputed totals: its pledges
    given and received in US dollars and euros, those given by category, and the items it gave
    most of."""
    prefetch_related_objects(countries, "totals")  # their precomputed totals, in one query
    items = items_given([country.pk for country in countries])
    return [
        {
            "country": country,
            "given": country.converted_total("given"),
            "received": country.converted_total("received"),
            "by_category": {row["category"]: row for row in country.category_totals("given")},
            "items": items.get(country.pk, {}),
        }
        for country in countries
    ]


def compared_card(countries: list, slugs: str) -> dict:
    """The comparison's title and link-preview card; none when no country is compared."""
    if not countries:
        return {}
    return {
        "card_url": f"{reverse('pledges:compare-card')}?countries={slugs}",
        "card_alt": cards.compare(countries).alt,
        "title": cards.compared_title([country.local_name for country in countries]),
    }


def compared_charts(columns: list[dict], url: str) -> dict[str, charts.BarChart]:
    """The countries' pledges given, by value in US dollars (those that have one) and by count."""
    by_value = [
        value_bar(column["country"].local_name, column["given"].usd)
        for column in columns
        if column["given"].converted
    ]
    by_count = [
        pledges_bar(column["country"].local_name, column["country"].pledges_given_count)
        for column in columns
    ]
    value_title = _("Value of the pledges given, in US dollars (computed)")
    return {
        "value_chart": charts.bar_chart("compare-value", value_title, url, by_value),
        "count_chart": charts.bar_chart("compare-count", _("Pledges given"), url, by_count),
    }


def compared_pledges(countries):
    """The pledges given or received by any of `countries`, newest first."""
    return Pledge.objects.for_listing().filter(Q(donor__in=countries) | Q(recipient__in=countries))


def items_given(country_ids) -> dict[int, dict[str, list[ItemTypeTotal]]]:
    """Per donor: the item types it gave most of (by number of items), each with its totals in
    each unit (stated quantities, and items stating none), from the precomputed item totals; in
    one query."""
    rows = (
        ItemTypeTotal.objects.filter(donor__in=country_ids)
        .select_related("item_type")
        .order_by("donor", "-items", "item_type__name", "unit")
    )
    given: dict[int, dict[str, list[ItemTypeTotal]]] = {}
    for row in rows:
        types = given.setdefault(row.donor_id, {})
        name = row.item_type.name
        if name in types or len(types) < ITEMS_COMPARED:
            types.setdefault(name, []).append(row)
    return given


def undated_of(country) -> dict[str, Counted]:
    """How many of the country's pledges and sanctions, in each role, give no date: its page's
    "latest" tables cannot place them. In one query."""
    figures = Figures()
    figures.count("given", Pledge.objects.by_donor(country).undated(), UNPLACED_ROWS)
    figures.count("received", Pledge.objects.by_recipient(country).undated(), UNPLACED_ROWS)
    figures.count("imposed", Sanction.objects.filter(imposer=country).undated(), UNPLACED_ROWS)
    figures.count("targeted", Sanction.objects.filter(target=country).undated(), UNPLACED_ROWS)
    return figures.read()


def country_not_found(request, key: str):
    """A 404 page that says what was asked for and suggests countries with similar names,
    those with data first."""
    wanted = printable(key, 100).replace("-", " ").lower()
    suggestions = []
    for countries in (Country.objects.with_data(), Country.objects.all()):
        names = dict(countries.values_list("name", "slug"))
        close = difflib.get_close_matches(wanted, [n.lower() for n in names], n=3, cutoff=0.6)
        suggestions = [(name, slug) for name, slug in names.items() if name.lower() in close]
        if suggestions:
            break
    context = {"key": printable(key, 100), "suggestions": suggestions}
    return render(request, "pledges/country_not_found.html", context, status=404)


class PledgeListView(DownloadMixin, UnplacedMixin, PagedListMixin, FilterView):
    filterset_class = PledgeFilter
    export = exports.PLEDGES
    query_parameters = frozenset({*PledgeFilter.base_filters, "page", "format"})
    rows_drawn = True
    template_name = "pledges/pledge_list.html"
    context_object_name = "pledges"

    def get_queryset(self):
        return Pledge.objects.for_listing()

    def known_total(self):
        return self.filterset.known_total()


class PledgeDetailView(RecordJsonMixin, DetailView):
    template_name = "pledges/pledge_detail.html"
    context_object_name = "pledge"
    records = staticmethod(exports.pledge_records)

    def get_queryset(self):
        return Pledge.objects.for_listing(item_types=True).prefetch_related(
            CORROBORATIONS, Prefetch("events", queryset=PledgeEvent.objects.for_timeline())
        )

    def get_context_data(self, **kwargs):
        pledge = self.object
        parts, top_ups = related_pledges(pledge)
        others = Pledge.objects.for_listing().by_donor(pledge.donor).exclude(pk=pledge.pk)
        return super().get_context_data(
            # Translators: a pledge's page title, "Military aid from Japan to Ukraine"; the
            # category is its label ("Military", "Humanitarian", "Financial").
            title=_("%(category)s aid from %(donor)s to %(recipient)s")
            % {
                "category": pledge.get_category_display(),
                "donor": pledge.donor.in_sentence,
                "recipient": pledge.recipient.in_sentence,
            },
            summary=pledge.summary(),
            stages=sorted(pledge.events.all(), key=timeline_key),
            parts=parts,
            top_ups=top_ups,
            record_changes=record_changes("pledge", pledge),
            other_pledges=for_rows(others[:LATEST]),
            **card_context(cards.pledge(pledge), "pledges:pledge-card", pledge.pk),
            **kwargs,
        )


def related_pledges(pledge: Pledge) -> tuple[list, list]:
    """The pledge's parts and top-ups, oldest first, read in one query with the pledges it adds
    to or is part of (set as its `adds_to` and `part_of`)."""
    linked = Q(part_of=pledge) | Q(adds_to=pledge)
    above = [pk for pk in (pledge.adds_to_id, pledge.part_of_id) if pk is not None]
    if above:
        linked |= Q(pk__in=above)
    rows = list(
        Pledge.objects.select_related("donor", "recipient")
        .filter(linked)
        .order_by(OLDEST_FIRST, "id")
    )
    by_pk = {row.pk: row for row in rows}
    pledge.adds_to = by_pk.get(pledge.adds_to_id)
    pledge.part_of = by_pk.get(pledge.part_of_id)
    parts = [row for row in rows if row.part_of_id == pledge.pk]
    return parts, [row for row in rows if row.adds_to_id == pledge.pk]


class SanctionListView(DownloadMixin, UnplacedMixin, PagedListMixin, FilterView):
    filterset_class = SanctionFilter
    export = exports.SANCTIONS
    query_parameters = frozenset({*SanctionFilter.base_filters, "page", "format"})
    rows_drawn = True
    template_name = "pledges/sanction_list.html"
    context_object_name = "sanctions"

    def get_queryset(self):
        return Sanction.objects.for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(time_chart=sanctions_chart(), **kwargs)


class SanctionDetailView(RecordJsonMixin, DetailView):
    template_name = "pledges/sanction_detail.html"
    context_object_name = "sanction"
    records = staticmethod(exports.sanction_records)

    def get_queryset(self):
        dates = SanctionDate.objects.select_related("source").defer("source__text")
        return Sanction.objects.for_listing().prefetch_related(
            CORROBORATIONS,
            Prefetch(
                "stated_dates", queryset=dates.order_by(F("occurred_on").asc(nulls_last=True), "id")
            ),
        )

    def get_context_data(self, **kwargs):
        sanction = self.object
        return super().get_context_data(
            # Translators: a sanction's page title, "Exclusion from SWIFT: Japan on Russia".
            title=_("%(measure)s: %(imposer)s on %(target)s")
            % {
                "measure": sanction.get_measure_display(),
                "imposer": sanction.imposer.local_name,
                "target": sanction.target.local_name,
            },
            summary=sanction.summary(),
            dates=list(sanction.stated_dates.all()),
            record_changes=record_changes("sanction", sanction),
            **kwargs,
        )


class ChangeListView(PagedListMixin, FilterView):
    """Every change to a published pledge, sanction or fact, newest first: what changed, from
    what to what, and why; `?country=<slug>` keeps those concerning one country."""

    filterset_class = ChangeFilter
    query_parameters = frozenset({*ChangeFilter.base_filters, "page"})
    template_name = "pledges/change_list.html"
    context_object_name = "changes"
    paginate_by = 50

    def get_queryset(self):
        return Change.objects.all()

    def get_context_data(self, **kwargs):
        country = (
            self.filterset.form.cleaned_data.get("country") if self.filterset.is_valid() else None
        )
        feed = reverse("pledges:change-feed") + (f"?country={country.slug}" if country else "")
        return super().get_context_data(country=country, feed_url=feed, **kwargs)


class RecordHistoryView(TemplateView):
    """A published record's changes, oldest first, at /pledges/<id>/history/ (and sanctions',
    facts'): when it was entered, then each change with its fields and reason."""

    template_name = "pledges/record_history.html"
    kind = None
    models = {"pledge": Pledge, "sanction": Sanction, "fact": Fact}

    def get_context_data(self, **kwargs):
        model = self.models[self.kind]
        record = model.objects.filter(pk=kwargs["pk"]).first()
        changes = list(Change.objects.of(self.kind, kwargs["pk"]).order_by("changed_at", "id"))
        if record is None and not changes:
            raise Http404("There is no such record.")
        # A removed record keeps its history: what it was, and when and why it went.
        return super().get_context_data(record=record, kind=self.kind, changes=changes, **kwargs)


def record_changes(kind: str, record) -> dict:
    """How often a record was changed and when last, for its page's footer; one query."""
    found = Change.objects.of(kind, record.pk).aggregate(n=Count("id"), last=Max("changed_at"))
    return {
        "count": found["n"],
        "last": found["last"],
        "url": page_url(f"{kind}-history", record.pk),
    }


class FactListView(DownloadMixin, PagedListMixin, FilterView):
    """Facts about countries other than pledges and sanctions: people who fled, positions."""

    filterset_class = FactFilter
    export = exports.FACTS
    query_parameters = frozenset({*FactFilter.base_filters, "page", "format"})
    template_name = "pledges/fact_list.html"
    context_object_name = "facts"

    def get_queryset(self):
        return Fact.objects.for_listing()


class StageListView(DownloadMixin, PagedListMixin, FilterView):
    """Every pledge's stages (announced, approved, being delivered, delivered, withdrawn), each
    with its date and source: how pledges moved over time. Newest recorded first."""

    filterset_class = StageFilter
    export = exports.STAGES
    query_parameters = frozenset({*StageFilter.base_filters, "page", "format"})
    template_name = "pledges/stage_list.html"
    context_object_name = "stages"

    def get_queryset(self):
        return PledgeEvent.objects.for_listing().order_by("-id")


class FactDetailView(RecordJsonMixin, DetailView):
    """A fact about a country, other than a pledge or sanction, with its source."""

    template_name = "pledges/fact_detail.html"
    context_object_name = "fact"
    records = staticmethod(exports.fact_records)

    def get_queryset(self):
        return Fact.objects.for_listing().prefetch_related(CORROBORATIONS)

    def get_context_data(self, **kwargs):
        fact = self.object
        return super().get_context_data(
            # Translators: a fact's page title: its country, and the kind of fact in lower case.
            title=_("%(country)s: %(kind)s")
            % {"country": fact.country.local_name, "kind": fact.get_kind_display().lower()},
            summary=fact.summary(),
            record_changes=record_changes("fact", fact),
            **kwargs,
        )


class ItemTypeListView(DownloadMixin, TemplateView):
    """The catalogue: each kind of item, with its stated quantities and who pledged it."""

    template_name = "pledges/itemtype_list.html"
    export = exports.ITEM_TYPES

    def get_context_data(self, **kwargs):
        item_types, quantities, donors = ItemType.objects.catalogue()
        return super().get_context_data(
            item_types=item_types, quantities=quantities, donors=donors, **kwargs
        )

    def download(self, fmt):
        return self.export.response(self.request, fmt, ItemType.objects.catalogue())


class ItemTypeDetailView(RecordJsonMixin, PagedListMixin, ListView):
    """One kind of item across donors: its quantities per donor, and every aid item of the type."""

    template_name = "pledges/itemtype_detail.html"
    context_object_name = "items"
    records = staticmethod(exports.item_type_records)
    query_parameters = frozenset({"page", "format"})

    def get(self, request, *args, slug, **kwargs):
        self.item_type = ItemType.objects.filter(slug=slug.lower()).first()
        if self.item_type is None:
            raise Http404("There is no item type with this name.")
        if self.item_type.slug != slug:
            return self.redirect_to(self.item_type)
        if self.as_json:
            return self.json_response(ItemType.objects.filter(pk=self.item_type.pk).catalogue())
        return super().get(request, *args, slug=slug, **kwargs)

    def get_queryset(self):
        # Newest pledges first, read in the order of the (item type, pledge) index.
        return (
            AidItem.objects.for_listing()
            .filter(item_type=self.item_type)
            .order_by("-pledge", "-id")
        )

    def get_context_data(self, **kwargs):
        by_donor = list(
            ItemTypeTotal.objects.filter(item_type=self.item_type)
            .select_related("donor")
            .order_by("donor__name", "unit")
        )
        return super().get_context_data(
            item_type=self.item_type,
            by_donor=by_donor,
            quantity_chart=quantity_chart(self.item_type, by_donor),
            **kwargs,
        )


# The quantity chart's title and bars, in a unit or in number.
QUANTITY_CHART = {
    "unit": {
        "title": gettext_lazy("Stated quantities of %(items)s (%(unit)s) by donor, largest first"),
        # Translators: a bar of a quantity chart: a stated quantity and its unit ("5,000 (rounds)").
        "bar": gettext_lazy("%(quantity)s (%(unit)s)"),
    },
    "number": {
        "title": gettext_lazy("Stated quantities of %(items)s by donor, largest first"),
        "bar": "%(quantity)s",
    },
}


def quantity_chart(item_type, by_donor: list) -> charts.BarChart:
    """Each donor's stated quantity of the item type, largest first, in the unit most of them
    state (quantities in different units do not compare); no bars when none is stated."""
    stated = [row for row in by_donor if row.stated]
    units = Counter(row.unit for row in stated)
    unit = units.most_common(1)[0][0] if units else ""
    rows = sorted((row for row in stated if row.unit == unit), key=lambda row: -row.stated)
    words = QUANTITY_CHART["unit" if unit else "number"]
    bars = [
        charts.Bar(
            row.donor.local_name,
            words["bar"] % {"quantity": formatting.number(row.stated), "unit": unit},
            row.stated,
        )
        for row in rows
    ]
    title = words["title"] % {"items": item_type.name.lower(), "unit": unit}
    chart = charts.bar_chart(
        "quantities", title, item_type.get_absolute_url() + "#items-heading", bars
    )
    chart.other_units = len(units) > 1
    return chart


class SourceListView(ListView):
    template_name = "pledges/source_list.html"
    context_object_name = "sources"
    queryset = Source.objects.defer("text").order_by("title")


class SourceDetailView(RecordJsonMixin, DetailView):
    """A source with the facts taken from it: the first of each kind, and links to all.

    Where the source keeps its text, `?context=pledge-12` shows the paragraph that states one of
    the records listed, its words marked.
    """

    model = Source
    template_name = "pledges/source_detail.html"
    context_object_name = "source"
    records = staticmethod(exports.source_records)
    query_parameters = frozenset({"format", "context"})

    def get_context_data(self, **kwargs):
        source = self.object
        pledges = Pledge.objects.for_listing().filter(source=source).order_by("paragraph", "id")
        sanctions = Sanction.objects.for_listing().filter(source=source).order_by("paragraph", "id")
        facts = Fact.objects.for_listing().filter(source=source).order_by("paragraph", "id")
        listed = {"pledge": list(pledges[:50]), "sanction": list(sanctions[:50]),
                  "fact": list(facts[:50])}  # fmt: skip
        # Records of other sources that this one reports too, in one query.
        corroborations = list(
            Corroboration.objects.filter(source=source)
            .select_related("pledge__donor", "pledge__recipient", "sanction__imposer",
                            "sanction__target", "fact__country")
            .order_by("paragraph", "id")[:50]
        )  # fmt: skip
        return super().get_context_data(
            pledges=listed["pledge"],
            pledge_count=source.pledge_count,
            sanctions=listed["sanction"],
            sanction_count=source.sanction_count,
            facts=listed["fact"],
            fact_count=source.fact_count,
            corroborations=corroborations,
            in_context=in_context(
                source,
                {**listed, "corroboration": corroborations},
                self.request.GET.get("context", ""),
            ),
            **kwargs,
        )


def in_context(source, listed: dict[str, list], key: str) -> dict | None:
    """The paragraph that states the listed record `key` ("pledge-12"), split around its words;
    None when the source keeps no text or `key` names no record listed."""
    kind, _dash, pk = key.partition("-")
    if not source.text or kind not in listed or not pk.isdigit():
        return None
    record = next((r for r in listed[kind] if r.pk == int(pk)), None)
    if record is None or not 1 <= record.paragraph <= len(source.paragraphs):
        return None
    paragraph = source.paragraphs[record.paragraph - 1]
    start, end = quote_span(paragraph, record.quote) or (len(paragraph), len(paragraph))
    return {
        # A corroboration's words report a record of another source.
        "record": record.record if kind == "corroboration" else record,
        "corroboration": kind == "corroboration",
        "number": record.paragraph,
        "before": paragraph[:start],
        "words": paragraph[start:end],
        "after": paragraph[end:],
    }


class DownloadsView(TemplateView):
    """/downloads/: the whole lists as files, with when they were built, their size and
    checksum, and whether the data has changed since."""

    template_name = "pledges/downloads.html"

    def get_context_data(self, **kwargs):
        built = prebuilt.manifest()
        return super().get_context_data(
            built=built,
            built_at=datetime.fromisoformat(built["built_at"]) if built else None,
            current=prebuilt.is_current(built),
            files=[
                {
                    **entry,
                    "url": reverse("pledges:download-file", args=[entry["name"]]),
                    "contents": prebuilt.contents(entry),
                }
                for entry in (built or {}).get("files", [])
            ],
            **kwargs,
        )


def download_file(request, name):
    """One built file, where nothing stands in front of the app to serve it (docker compose's
    nginx serves these addresses itself). Only the files the manifest lists are ever served."""
    path = prebuilt.built_file(name)
    if path is None:
        raise Http404("There is no such download, or it has not been built yet.")
    return FileResponse(path.open("rb"), as_attachment=True, filename=name)


def robots_txt(request):
    """Crawlers are welcome everywhere and told the sitemap. The admin and the downloads ask not
    to be indexed in their own answers (X-Robots-Tag), which every crawler reads; a Disallow line
    would need wildcards some crawlers do not read, and would name a moved admin's address."""
    lines = [
        "User-agent: *",
        "Disallow:",
        f"Sitemap: {request.build_absolute_uri(reverse('pledges:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers ask for /favicon.ico: the icon is a static file with its content's hash."""
    return redirect(static("favicon.ico"))


# Link-preview cards: a page's key facts drawn as a PNG for its `og:image` (pledges.cards), each
# in a fixed number of queries. Readers' requests for them are cached per data version, and
# answered 304 while current, as the pages are (pledges.versions).


def card_context(card: cards.Card, name: str, *args) -> dict:
    """What a page's meta tags need of its card (`name`, the card's URL name): its address and
    its facts in words."""
    return {"card_url": address(name, *args), "card_alt": card.alt}  # one in every language


def card_response(build, *args) -> HttpResponse:
    """The card that `build(*args)` makes, drawn in English whatever the page's language: the
    card's font covers ASCII only, and a card has one address for every language."""
    with translation.override(settings.LANGUAGE_CODE):
        png = build(*args).png()
    return HttpResponse(png, content_type="image/png")


def top_donors_by_value(limit: int) -> list[Country]:
    """The donors whose pledges are worth most in US dollars (computed: only the values that
    could be converted), from the precomputed `Country.given_usd`, as the home page ranks them."""
    return list(
        Country.objects.filter(given_usd__isnull=False).order_by("-given_usd", "name")[:limit]
    )


def home_card(request):
    counts = {**Source.objects.record_totals(), "countries": Country.objects.with_data().count()}
    return card_response(cards.home, counts, top_donors_by_value(cards.MAX_BARS))


def country_card(request, slug):
    """A country's card; its ISO code or name, in any case, redirects to the card of its slug."""
    country = Country.objects.prefetch_related("totals").find(slug)
    if country is None:
        raise Http404("There is no country with this name.")
    if country.slug != slug:
        return redirect("pledges:country-card", slug=country.slug, permanent=True)
    return card_response(cards.country, country)


@accepts_query("countries")
def compare_card(request):
    """The compare page's card, for the countries it names by slug (as the page links to it)."""
    slugs = list(dict.fromkeys(request.GET.get("countries", "").split(",")))
    if not 0 < len(slugs) <= MOST_COMPARED:
        raise Http404("Name up to six countries by slug.")
    by_slug = {c.slug: c for c in Country.objects.prefetch_related("totals").filter(slug__in=slugs)}
    if len(by_slug) != len(slugs):
        raise Http404("There is no country with one of these names.")
    return card_response(cards.compare, [by_slug[slug] for slug in slugs])


def pledge_card(request, pk):
    pledge = Pledge.objects.for_listing().filter(pk=pk).first()
    if pledge is None:
        raise Http404("There is no such pledge.")
    return card_response(cards.pledge, pledge)
