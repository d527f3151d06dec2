"""The sitemap: every public page, for search engines. Sections are split into pages of 50,000."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from pledges.models import Country, ItemType, Pledge, Sanction, Source


class ListsSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return [
            "pledges:home",
            "pledges:country-list",
            "pledges:pledge-list",
            "pledges:sanction-list",
            "pledges:itemtype-list",
            "pledges:source-list",
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
    "items": ItemTypeSitemap,
    "sources": SourceSitemap,
}
