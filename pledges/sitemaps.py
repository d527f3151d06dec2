"""The sitemap: every public page in every language, for search engines.

Each section is split into pages of at most 10,000 pages (the protocol allows 50,000 addresses), so
that no page of the sitemap is slow to write: `/sitemap-pledges.xml?p=2` is the second page. Each
page is listed in each language (`/countries/japan/`, `/uk/countries/japan/`, ...), and each entry
names all of them as `hreflang` alternates, as search engines ask. (Django's own `i18n` sitemaps
would first list every record once per language in memory, which a million pledges cannot afford.)
"""

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.urls import reverse

from aidtracker import languages
from aidtracker.canonical import accepts_query
from pledges.models import Country, Fact, ItemType, Pledge, Sanction, Source


class Sitemap(DjangoSitemap):
    limit = 10_000

    def _urls(self, page, protocol, domain):
        urls = []
        for entry in super()._urls(page, protocol, domain):
            path = entry["location"].removeprefix(f"{protocol}://{domain}")
            found = [
                {"lang_code": hreflang, "location": f"{protocol}://{domain}{address}"}
                for hreflang, address in languages.alternates(path)
            ]
            urls.extend(
                {**entry, "location": alternate["location"], "alternates": found}
                for alternate in found
                if alternate["lang_code"] != "x-default"
            )
        return urls


class ListsSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return [
            "pledges:home",
            "pledges:country-list",
            "pledges:pledge-list",
            "pledges:sanction-list",
            "pledges:fact-list",
            "pledges:itemtype-list",
            "pledges:source-list",
            "pledges:downloads",
        ]

    def location(self, item):
        return reverse(item)


class CountrySitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Country.objects.with_data().order_by("slug").only("slug")


class RecordSitemap(Sitemap):
    """Records with their last change, read a page at a time with only the columns needed."""

    model = None

    def items(self):
        return self.model.objects.order_by("id").only("id", "updated_at")

    def lastmod(self, record):
        return record.updated_at

    def get_latest_lastmod(self):
        # Django's default reads every record; the database finds the latest in one query.
        return self.model.objects.aggregate(latest=Max("updated_at"))["latest"]


class PledgeSitemap(RecordSitemap):
    model = Pledge


class SanctionSitemap(RecordSitemap):
    model = Sanction


class FactSitemap(RecordSitemap):
    model = Fact


class SourceSitemap(RecordSitemap):
    model = Source


class ItemTypeSitemap(Sitemap):
    def items(self):
        return ItemType.objects.order_by("slug").only("slug")


SITEMAPS = {
    "lists": ListsSitemap,
    "countries": CountrySitemap,
    "pledges": PledgeSitemap,
    "sanctions": SanctionSitemap,
    "facts": FactSitemap,
    "items": ItemTypeSitemap,
    "sources": SourceSitemap,
}


@accepts_query("p")
def section(request, section):
    """One section's page of the sitemap (`?p=N`), listed by the index at /sitemap.xml."""
    return sitemap_views.sitemap(request, SITEMAPS, section=section)
