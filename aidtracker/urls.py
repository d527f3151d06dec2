"""The site's URLs: the editors' admin and the public pages.

The public pages are in every language: unprefixed in English (their addresses as they always
were) and under /uk/ and /ja/ (aidtracker.languages).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from aidtracker import languages

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("language/", languages.choose, name="choose-language"),
    *i18n_patterns(path("", include("pledges.urls")), prefix_default_language=False),
]
