"""A pledge's stages over time: announced, approved, being delivered, delivered, withdrawn.

Each stage is an event with its own date and its own provenance (source, paragraph, the words
that state it); a delivery may state the value or the quantity of one of the pledge's items it
delivered. A pledge's status is its latest event's stage, kept in `Pledge.status` so that lists
filter and count by it. Every pledge has at least one event: the stage its own record states
(`PledgeEventQuerySet.add_first_events`, which every writer of pledges calls).
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import connection, models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from pledges import formatting
from pledges.currencies import CURRENCY_CHOICES
from pledges.models.checks import ChecksInOneQuery
from pledges.models.choices import (
    DatePrecision,
    Status,
    amount_has_currency,
    clean_amount_currency,
    date_precision_consistent,
    in_choices,
)
from pledges.models.items import AidItem
from pledges.models.links import page_url
from pledges.models.pledges import Pledge
from pledges.models.sources import Source
from pledges.models.statements import dated_statement_errors, paragraph_field

# The order stages follow: a pledge's latest event is the one furthest along, and among events
# of one stage the latest dated (an undated one counts before dated ones).
STAGE_ORDER = {stage: rank for rank, stage in enumerate(Status.values)}
DELIVERIES = (Status.DELIVERING, Status.DELIVERED)


def timeline_key(event) -> tuple:
    return (STAGE_ORDER[event.stage], event.occurred_on is not None, event.occurred_on, event.pk)


class PledgeEventQuerySet(models.QuerySet):
    def for_listing(self):
        return self.for_timeline().select_related("pledge__donor", "pledge__recipient")

    def for_timeline(self):
        """What a pledge's stages show: their sources (without their texts) and items."""
        return self.select_related("source", "item").defer("source__text")

    def add_first_events(self, pledges) -> int:
        """Give each of `pledges` (a queryset) that has no event its first: the stage, date and
        provenance its own record states. One INSERT … SELECT, however many pledges; returns
        how many events it added."""
        event, pledge = self.model._meta.db_table, Pledge._meta.db_table
        ids, params = pledges.order_by().values("id").query.sql_with_params()
        # "read" where the pledge marks its status as read ({"status": "read"}).
        read = "COALESCE(p.readings ->> 'status', '') = 'read'"
        stage_read = (
            f"CASE WHEN {read} THEN 1 ELSE 0 END" if connection.vendor == "sqlite" else read
        )
        # The pledge's reading note says how its stage or its date was read, where either was.
        derived = "p.announced_precision = 'derived'"
        note = f"CASE WHEN {read} OR {derived} THEN p.reading_note ELSE '' END"
        now = timezone.now()
        with connection.cursor() as cursor:
            cursor.execute(
                f"""INSERT INTO {event} (pledge_id, stage, stage_read, occurred_on,
                    occurred_precision, occurred_as, source_id, paragraph, quote, reading_note,
                    amount, currency, item_id, quantity, created_at, updated_at)
                SELECT p.id, p.status, {stage_read}, p.announced_on, p.announced_precision,
                    p.announced_as, p.source_id, p.paragraph, p.quote, {note}, NULL, '', NULL,
                    NULL, %s, %s
                FROM {pledge} p
                WHERE p.id IN ({ids})
                AND NOT EXISTS (SELECT 1 FROM {event} e WHERE e.pledge_id = p.id)""",
                [now, now, *params],
            )
            return cursor.rowcount


class PledgeEvent(ChecksInOneQuery, models.Model):
    """One stage of a pledge, with its date and the source that states it."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="events")
    stage = models.CharField(max_length=10, choices=Status, default=Status.ANNOUNCED)
    stage_read = models.BooleanField(
        _("stage read"),
        default=False,
        help_text=_(
            "Tick when the source does not name the stage in so many words (an order to "
            "send weapons read as approved, say); the reading note says how it was read."
        ),
    )
    occurred_on = models.DateField(_("date"), null=True, blank=True)
    occurred_precision = models.CharField(
        _("date precision"), max_length=8, choices=DatePrecision, default=DatePrecision.UNKNOWN
    )
    occurred_as = models.CharField(
        _("date as stated"),
        max_length=60,
        blank=True,
        help_text=_("The source's words for the date, such as “Feb. 26” or “Friday”."),
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="pledge_events")
    paragraph = paragraph_field()
    quote = models.CharField(
        _("figure words"),
        max_length=200,
        help_text=_(
            "The few words of the source that state this stage, such as “approved the "
            "shipment”. A short phrase, never a whole sentence."
        ),
    )
    reading_note = models.TextField(
        blank=True, help_text=_("How the stage or the date was read or worked out, when it was.")
    )
    # A delivery's stated value, or the stated quantity of one of the pledge's items delivered.
    amount = models.DecimalField(
        _("value delivered"),
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("For a delivery: the value delivered, as the source states it."),
    )
    currency = models.CharField(max_length=3, choices=CURRENCY_CHOICES, blank=True)
    item = models.ForeignKey(
        AidItem,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="deliveries",
        help_text=_("For a delivery of one of the pledge's items: which one."),
    )
    quantity = models.PositiveBigIntegerField(
        _("quantity delivered"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("How many of the item this delivery brought, as the source states it."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PledgeEventQuerySet.as_manager()
    history = HistoricalRecords(no_db_index=["source", "item"])

    class Meta:
        verbose_name = _("stage")
        ordering = ["pledge", "id"]
        indexes = [models.Index(fields=["stage", "pledge"], name="pledgeevent_stage_idx")]
        constraints = [
            models.CheckConstraint(
                condition=in_choices("stage", Status), name="pledgeevent_stage_valid"
            ),
            models.CheckConstraint(
                condition=date_precision_consistent("occurred"),
                name="pledgeevent_date_precision_consistent",
            ),
            models.CheckConstraint(
                condition=amount_has_currency(),
                name="pledgeevent_amount_has_currency",
            ),
            models.CheckConstraint(
                condition=Q(item__isnull=True, quantity__isnull=True)
                | Q(item__isnull=False, quantity__isnull=False),
                name="pledgeevent_item_has_quantity",
            ),
            models.CheckConstraint(
                condition=Q(stage__in=DELIVERIES) | Q(amount__isnull=True, item__isnull=True),
                name="pledgeevent_delivered_only_in_deliveries",
            ),
            models.CheckConstraint(
                condition=Q(paragraph__gte=1), name="pledgeevent_paragraph_positive"
            ),
        ]

    def __str__(self):
        when = f", {self.date_display}" if self.occurred_on else ""
        return f"{self.get_stage_display()}{when}"

    def get_absolute_url(self):
        return page_url("pledge-detail", self.pledge_id) + f"#stage-{self.pk}"

    @property
    def date_display(self) -> str:
        return formatting.partial_date(self.occurred_on, self.occurred_precision)

    @property
    def delivered_display(self) -> str:
        """What this delivery brought, in words; empty when the source gives no figure."""
        parts = []
        if self.amount is not None:
            parts.append(formatting.money(self.amount, self.currency))
        if self.item_id is not None:
            parts.append(f"{self.quantity:,} × {self.item.name}")
        return "; ".join(parts)

    def clean(self):
        errors = clean_amount_currency(self) | self._delivery_errors() | self._item_errors()
        if self.stage_read and not self.reading_note.strip():
            errors["reading_note"] = _("Say how the stage was read from the source's words.")
        errors |= dated_statement_errors(self, "occurred")
        if errors:
            raise ValidationError(errors)

    def _delivery_errors(self) -> dict:
        """What was delivered goes with a delivery, and an item with its quantity."""
        errors = {}
        if (self.item_id is None) != (self.quantity is None):
            field = "quantity" if self.item_id else "item"
            errors[field] = _("A delivered item needs its quantity, and a quantity its item.")
        if self.stage not in DELIVERIES and (self.amount is not None or self.item_id):
            errors["stage"] = _(
                "Only a delivery states what was delivered: clear the value and item."
            )
        return errors

    def _item_errors(self) -> dict:
        """The item delivered is one of this pledge's own."""
        pledge = self.pledge if self.pledge_id or "pledge" in self._state.fields_cache else None
        if self.item_id and pledge is not None and pledge.pk and self.item.pledge_id != pledge.pk:
            return {"item": _("Choose one of this pledge's own items.")}
        return {}


def refresh_status(pledge_ids) -> set[int]:
    """Set each pledge's status to its latest event's stage; the ids of those that changed."""
    events: dict[int, list] = {}
    for event in PledgeEvent.objects.filter(pledge__in=set(pledge_ids) - {None}).only(
        "pledge_id", "stage", "occurred_on"
    ):
        events.setdefault(event.pledge_id, []).append(event)
    changed = set()
    for pledge_id, current in Pledge.objects.filter(pk__in=events).values_list("pk", "status"):
        latest = max(events[pledge_id], key=timeline_key).stage
        if latest != current:
            Pledge.objects.filter(pk=pledge_id).update(status=latest, updated_at=timezone.now())
            changed.add(pledge_id)
    return changed
