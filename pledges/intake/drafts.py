"""What the intake proposes: drafts of records, with where the source states them.

A draft's `fields` use the download JSON's field names (docs/formats.md): for a pledge `donor`,
`donor_code`, `recipient`, `recipient_code`, `category`, `lethality`, `amount`, `currency`,
`announced_on`, `announced_precision`, `announced_as`, `description`, `items` (each with `name`,
`quantity`, `unit`, `item_type`); for a sanction `imposer`, `imposer_code`, `target`,
`target_code`, `measure`, `target_kind`, `targets_count`, `named_targets`, `description`; for a
figure `country`, `country_code`, `about`, `about_code`, `kind`, `value`, `qualifier`, `unit`,
`description`. `readings` marks the values read or worked out rather than stated, and `flags`
what an editor must look at (`aggregate`, `running_total`, `part_of_package`, `earlier`,
`already_recorded`, `read_currency`, ...), each explained in `notes`.
"""

import datetime
from dataclasses import dataclass, field

# Flags of sums that are not one donor's pledge: a total of several, a running total, a part
# of a package proposed whole, or earlier aid a new pledge comes "on top of". Such a draft can
# only be rejected.
NOT_A_RECORD = frozenset({"aggregate", "running_total", "part_of_package", "earlier"})


class IntakeError(Exception):
    """A text that cannot be drafted; the message says why, for the editor."""


@dataclass
class Draft:
    kind: str  # "pledge", "sanction" or "figure"
    fields: dict
    paragraph: int
    quote: str
    flags: list[str] = field(default_factory=list)
    readings: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def not_a_record(self) -> bool:
        return bool(NOT_A_RECORD.intersection(self.flags))

    def as_json(self) -> dict:
        return {**self.fields, "paragraph": self.paragraph, "quote": self.quote,
                "flags": self.flags, "readings": self.readings, "notes": self.notes}  # fmt: skip


@dataclass
class Drafts:
    pledges: list[Draft] = field(default_factory=list)
    sanctions: list[Draft] = field(default_factory=list)
    figures: list[Draft] = field(default_factory=list)

    def __iter__(self):
        yield from (*self.pledges, *self.sanctions, *self.figures)

    def as_json(self) -> dict:
        return {kind: [d.as_json() for d in getattr(self, kind)]
                for kind in ("pledges", "sanctions", "figures")}  # fmt: skip


def draft(text: str, published_on: datetime.date | None = None) -> Drafts:
    """The drafts of `text`, published on `published_on` (which dates like "Friday" and "last
    month" are worked out from); IntakeError for a text that cannot be drafted."""
    from pledges.intake.extract import extract
    from pledges.intake.text import paragraphs, printed_date, readable

    readable(text)
    return extract(paragraphs(text), published_on or printed_date(text))


def describe(kind: str, fields: dict) -> str | None:
    """The description of a pledge or sanction with these fields, as the intake writes it; None
    for a figure, whose description does not follow its parties."""
    from pledges.intake.aid import _describe
    from pledges.intake.sanctions import _describe_sanction

    def kind_of(role: str) -> str:
        return "country" if fields.get(f"{role}_code") else "organisation"

    if kind == "pledge" and fields.get("donor"):
        return _describe({**fields, "donor_kind": kind_of("donor"),
                          "recipient_kind": kind_of("recipient")})  # fmt: skip
    if kind == "sanction" and fields.get("imposer") and fields.get("target"):
        return _describe_sanction({**fields, "imposer_kind": kind_of("imposer")})
    return None
