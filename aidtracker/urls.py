"""The site's URLs: the editors' admin and the public pages."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "aidtracker editors"
admin.site.site_title = "aidtracker editors"
admin.site.index_title = "Pledges, aid items, sanctions and sources"

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("pledges.urls")),
]
