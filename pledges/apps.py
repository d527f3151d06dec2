from django.apps import AppConfig


class PledgesConfig(AppConfig):
    name = "pledges"
    verbose_name = "Pledges and sanctions"

    def ready(self):
        from pledges import stats  # noqa: F401  (connects the signals that keep totals in step)
