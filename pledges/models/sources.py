"""Sources: the published documents every figure comes from."""

from django.db import models
from django.db.models import Sum
from simple_history.models import HistoricalRecords

from pledges.models.links import page_url


class SourceQuerySet(models.QuerySet):
    def record_totals(self) -> dict:
        """How many pledges and sanctions these sources give, from their kept counts."""
        totals = self.aggregate(pledges=Sum("pledge_count"), sanctions=Sum("sanction_count"))
        return {kind: total or 0 for kind, total in totals.items()}


class Source(models.Model):
    """A published document that states pledges or sanctions."""

    reference = models.SlugField(
        max_length=100,
        unique=True,
        help_text="A short stable key for this source, such as epoch-times-2022-japan-equipment.",
    )
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    authors = models.CharField(max_length=300, blank=True, help_text="Comma-separated.")
    contributors = models.CharField(max_length=300, blank=True, help_text="Comma-separated.")
    published_on = models.DateField(
        null=True, blank=True, help_text="Leave empty when the source does not give its date."
    )
    url = models.URLField("URL", max_length=500, blank=True)
    notes = models.TextField(
        blank=True,
        help_text="How this source was read: how its paragraphs are counted, what it leaves open.",
    )
    is_synthetic = models.BooleanField(
        "synthetic",
        default=False,
        editable=False,
        help_text="Made-up data for tests and benchmarks (manage.py generate_synthetic); "
        "never real.",
    )
    # Kept in step by pledges.stats, so that lists of sources never count a million rows.
    pledge_count = models.PositiveIntegerField(default=0, editable=False)
    sanction_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Every change, with who made it; the counts are figures kept by pledges.stats, not edits.
    # History tables are read by record (their `id` index), so their other keys go unindexed:
    # imports write a history row for every record they create.
    history = HistoricalRecords(excluded_fields=["pledge_count", "sanction_count"])

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return page_url("source-detail", self.pk)
