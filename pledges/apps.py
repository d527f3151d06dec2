from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PledgesConfig(AppConfig):
    name = "pledges"
    verbose_name = _("Pledges and sanctions")

    def ready(self):
        # Connect the signals that keep the precomputed figures and the page cache in step.
        from django.db.models.signals import post_migrate

        from pledges import changes, search, stats, translations, versions  # noqa: F401

        # The names Django makes up from the code ("pledge", "announced on"), translated.
        translations.translate_automatic_names(self)

        # Keep each record's search document whole, and SQLite's full-text tables in place.
        search.connect_signals()
        post_migrate.connect(search.on_post_migrate, sender=self)
