"""The domain: countries, sources, pledges with their aid items, sanctions, and other facts.

Every pledge and sanction is a statement of a source: it records the source, the paragraph and the
few words that state it (its provenance), so that each figure shown traces back to who says so.
Unknown values are stored as NULL (or an empty string for text), never as zero. The database
enforces what must never be stored; `clean()` explains the same rules to editors on the right field.

One module per concept; everything is importable from `pledges.models`.
"""

from pledges.models.changes import Change, ChangeAction, RecordKind
from pledges.models.choices import (
    Basis,
    Category,
    CountryKind,
    CountryRole,
    DatePrecision,
    FactKind,
    Lethality,
    Measure,
    Qualifier,
    Status,
    TargetKind,
)
from pledges.models.countries import COUNTRY_ABBREVIATIONS, Country
from pledges.models.drafts import (
    NOT_A_RECORD,
    Corroboration,
    DraftKind,
    DraftStatus,
    SourceDraft,
)
from pledges.models.events import PledgeEvent, refresh_status
from pledges.models.facts import Fact
from pledges.models.figures import (
    CountryMonth,
    CountryPartner,
    CountryStage,
    CountryTotal,
    SiteCategory,
    SiteMonth,
)
from pledges.models.items import AidItem, ItemType, ItemTypeTotal
from pledges.models.pages import PageVersion
from pledges.models.pledges import Pledge
from pledges.models.sanctions import (
    Sanction,
    SanctionDate,
    SanctionDateKind,
    SanctionTarget,
    refresh_dates,
)
from pledges.models.sources import Source

__all__ = [
    "COUNTRY_ABBREVIATIONS",
    "NOT_A_RECORD",
    "AidItem",
    "Basis",
    "Category",
    "Change",
    "ChangeAction",
    "Corroboration",
    "Country",
    "CountryKind",
    "CountryMonth",
    "CountryPartner",
    "CountryRole",
    "CountryStage",
    "CountryTotal",
    "DatePrecision",
    "DraftKind",
    "DraftStatus",
    "Fact",
    "FactKind",
    "ItemType",
    "ItemTypeTotal",
    "Lethality",
    "Measure",
    "PageVersion",
    "Pledge",
    "PledgeEvent",
    "Qualifier",
    "RecordKind",
    "Sanction",
    "SanctionDate",
    "SanctionDateKind",
    "SanctionTarget",
    "SiteCategory",
    "SiteMonth",
    "Source",
    "SourceDraft",
    "Status",
    "TargetKind",
    "refresh_dates",
    "refresh_status",
]
