"""The public record of changes: each correction to a published pledge, sanction or fact."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from pledges.models.countries import Country
from pledges.models.links import page_url


class RecordKind(models.TextChoices):
    PLEDGE = "pledge", _("Pledge")
    SANCTION = "sanction", _("Sanction")
    FACT = "fact", _("Fact")


class ChangeAction(models.TextChoices):
    CHANGED = "changed", _("Changed")
    REMOVED = "removed", _("Removed")


class ChangeQuerySet(models.QuerySet):
    def of(self, kind: str, record_id: int):
        return self.filter(kind=kind, record_id=record_id)

    def concerning(self, country):
        """The changes to records that the country gives, receives, imposes, faces or is about."""
        return self.filter(models.Q(country=country) | models.Q(partner=country))


class Change(models.Model):
    """One change to a published record, as readers see it on the record's history page, on
    /changes/ and in its feed: when, what changed from what to what, and the editor's reason.
    Editors' names are kept in the admin's history only, never here.

    Written by `pledges.changes` from each history entry of a record that already existed:
    a change to its fields, to its items, stages or named targets, or its removal.
    """

    kind = models.CharField(max_length=8, choices=RecordKind)
    record_id = models.PositiveBigIntegerField()
    action = models.CharField(max_length=8, choices=ChangeAction, default=ChangeAction.CHANGED)
    changed_at = models.DateTimeField()
    # The record as it reads after the change (before it, for a removal).
    record = models.CharField(max_length=300)
    # What changed: [{"label": "Value", "old": "US$350,000,000", "new": "US$400,000,000"}, ...]
    fields = models.JSONField(default=list)
    reason = models.TextField(blank=True)
    # The record has since been removed: its page is gone, its history stays.
    record_removed = models.BooleanField(default=False)
    # The countries the record concerns (donor and recipient, imposer and target, or the fact's
    # country and the one it is about), so that /changes/ can be filtered by country.
    country = models.ForeignKey(
        Country, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        db_index=False,
    )  # fmt: skip
    partner = models.ForeignKey(
        Country, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        db_index=False,
    )  # fmt: skip

    objects = ChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-changed_at", "-id"]
        indexes = [
            models.Index(fields=["-changed_at", "-id"], name="change_newest_idx"),
            models.Index(fields=["kind", "record_id", "-changed_at"], name="change_record_idx"),
            models.Index(fields=["country", "-changed_at"], name="change_country_idx"),
            models.Index(fields=["partner", "-changed_at"], name="change_partner_idx"),
        ]

    def __str__(self):
        return (
            f"{self.get_kind_display()} {self.record_id} {self.action} {self.changed_at:%Y-%m-%d}"
        )

    def get_absolute_url(self):
        return page_url(f"{self.kind}-history", self.record_id) + f"#change-{self.pk}"

    def record_url(self) -> str:
        return page_url(f"{self.kind}-detail", self.record_id)
