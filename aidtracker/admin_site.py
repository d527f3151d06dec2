"""The editors' admin site: Django's, with every change made in it rebuilding the figures once.

Each admin page that changes records (a save with its inlines, a deletion, an action, an intake
draft accepted) runs inside `pledges.stats.figures_rebuilt()`: what it saved is noted, and the
precomputed figures are rebuilt once at its end, in its transaction, as every other writer does.
"""

from functools import wraps

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy


class EditorsSite(admin.AdminSite):
    # Translators: "aidtracker" is the site's name, kept as it is.
    site_header = gettext_lazy("aidtracker editors")
    site_title = gettext_lazy("aidtracker editors")
    index_title = gettext_lazy("Pledges, aid items, sanctions and sources")

    def admin_view(self, view, cacheable=False):
        from pledges import stats  # the models are loaded by the time a view is wrapped

        @wraps(view)
        def writing(request, *args, **kwargs):
            if request.method in ("GET", "HEAD", "OPTIONS"):
                return view(request, *args, **kwargs)
            with stats.figures_rebuilt():
                return view(request, *args, **kwargs)

        return super().admin_view(writing, cacheable)


class EditorsAdminConfig(AdminConfig):
    default_site = "aidtracker.admin_site.EditorsSite"
