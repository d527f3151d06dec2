"""The public URLs. People link to them: once published, a URL keeps working."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from pledges import views
from pledges.feeds import ChangesFeed, CountryFeed, LatestFeed
from pledges.sitemaps import SITEMAPS, section

app_name = "pledges"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("card.png", views.home_card, name="home-card"),
    path("countries/", views.CountryListView.as_view(), name="country-list"),
    path("countries/<str:slug>/", views.CountryDetailView.as_view(), name="country-detail"),
    path("countries/<str:slug>/card.png", views.country_card, name="country-card"),
    path("countries/<str:slug>/feed/", CountryFeed(), name="country-feed"),
    path("compare/", views.CompareView.as_view(), name="compare"),
    path("compare/card.png", views.compare_card, name="compare-card"),
    path("pledges/", views.PledgeListView.as_view(), name="pledge-list"),
    path("pledges/<int:pk>/", views.PledgeDetailView.as_view(), name="pledge-detail"),
    path("pledges/stages/", views.StageListView.as_view(), name="stage-list"),
    path(
        "pledges/<int:pk>/history/",
        views.RecordHistoryView.as_view(kind="pledge"),
        name="pledge-history",
    ),
    path("pledges/<int:pk>/card.png", views.pledge_card, name="pledge-card"),
    path("sanctions/", views.SanctionListView.as_view(), name="sanction-list"),
    path("sanctions/<int:pk>/", views.SanctionDetailView.as_view(), name="sanction-detail"),
    path(
        "sanctions/<int:pk>/history/",
        views.RecordHistoryView.as_view(kind="sanction"),
        name="sanction-history",
    ),
    path("facts/", views.FactListView.as_view(), name="fact-list"),
    path("facts/<int:pk>/", views.FactDetailView.as_view(), name="fact-detail"),
    path(
        "facts/<int:pk>/history/", views.RecordHistoryView.as_view(kind="fact"), name="fact-history"
    ),
    path("changes/", views.ChangeListView.as_view(), name="change-list"),
    path("changes/feed/", ChangesFeed(), name="change-feed"),
    path("items/", views.ItemTypeListView.as_view(), name="itemtype-list"),
    path("items/<slug:slug>/", views.ItemTypeDetailView.as_view(), name="itemtype-detail"),
    path("sources/", views.SourceListView.as_view(), name="source-list"),
    path("sources/<int:pk>/", views.SourceDetailView.as_view(), name="source-detail"),
    path("downloads/", views.DownloadsView.as_view(), name="downloads"),
    path("downloads/files/<str:name>", views.download_file, name="download-file"),
    path("feed/", LatestFeed(), name="feed"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "pledges:sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", section, name="sitemap-section"),
]
