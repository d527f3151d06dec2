from django.apps import AppConfig


class PledgesConfig(AppConfig):
    name = "pledges"
    verbose_name = "Pledges and sanctions"

    def ready(self):
        # Connect the signals that keep the precomputed figures and the page cache in step.
        from django.db.models.signals import post_migrate

        from pledges import changes, search, stats, versions  # noqa: F401

        # Keep each record's search document whole, and SQLite's full-text tables in place.
        search.connect_signals()
        post_migrate.connect(search.on_post_migrate, sender=self)
