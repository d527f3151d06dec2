from django.apps import AppConfig


class PledgesConfig(AppConfig):
    name = "pledges"
    verbose_name = "Pledges and sanctions"

    def ready(self):
        # Connect the signals that keep the precomputed figures and the page cache in step.
        from pledges import caching, stats  # noqa: F401
