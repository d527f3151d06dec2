"""A realistic, deterministic synthetic dataset, for benchmarks and tests. Never real data.

The same seed and size always give the same records. Its shape follows real trackers: pledges
from every country but most from a few dominant donors, to Ukraine above all; dates over several
years, some known only to the month and some not at all; values in the donor's own currency for
most pledges; about three aid items a pledge, many with quantities; and a sanction for every five
pledges. Everything hangs from one source marked synthetic, so it can never pass for real data,
and `make run` never loads it.
"""

import datetime
import json
import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from django.utils import timezone
from django.utils.text import slugify

from pledges import search, stats
from pledges.bulk import BulkWriter, IdAllocator
from pledges.exports.records import PLEDGE_CSV_COLUMNS
from pledges.exports.writing import csv_lines
from pledges.importing import HISTORY_COLUMNS, ImportReport, import_records
from pledges.models import Country, ItemType, Measure, Sanction, SanctionTarget, Source, TargetKind

DOMINANT_DONORS = ["US", "DE", "GB", "JP", "CA", "FR", "PL", "NL", "SE", "NO", "DK", "IT"]
TARGETS = ["RU", "BY", "IR", "KP", "SY", "MM", "VE"]
CURRENCY_OF = {"US": "USD", "GB": "GBP", "JP": "JPY", "CA": "CAD", "SE": "SEK", "NO": "NOK",
               "DK": "DKK", "PL": "PLN", "CH": "CHF", "AU": "AUD"}  # fmt: skip
EURO = {"DE", "FR", "NL", "IT", "ES", "AT", "BE", "FI", "IE", "PT", "GR", "SK", "SI", "EE", "LV",
        "LT", "LU", "MT", "CY", "HR"}  # fmt: skip
ITEM_TYPES = {
    "military": ["Helmets", "Body armour", "Anti-tank weapons", "Anti-aircraft systems",
                 "Ammunition", "Artillery shells", "Rifles", "Drones", "Armoured vehicles",
                 "Radios", "Night-vision devices", "Field rations", "Tents", "Winter clothing",
                 "Power generators", "Mine-clearing equipment"],
    "humanitarian": ["Medical kits", "Medicines", "Food", "Drinking water", "Blankets",
                     "Hygiene products", "Shelter kits", "Ambulances", "Power generators",
                     "Winter clothing", "Tents", "School supplies"],
}  # fmt: skip
STATUSES = ["announced"] * 5 + ["approved"] * 3 + ["delivering", "delivered", "delivered"]
START = datetime.date(2019, 1, 1)
DAYS = (datetime.date(2026, 6, 30) - START).days


def synthetic_source(seed: int) -> Source:
    source, _ = Source.objects.get_or_create(
        reference=f"synthetic-seed-{seed}",
        defaults={
            "title": f"Synthetic dataset, seed {seed}",
            "publisher": "aidtracker generate_synthetic",
            "notes": "Made-up records for tests and benchmarks. Not real data.",
            "is_synthetic": True,
        },
    )
    return source


def ensure_item_types() -> None:
    for name in sorted({name for names in ITEM_TYPES.values() for name in names}):
        if not ItemType.objects.filter(name=name).exists():
            ItemType.objects.get_or_create(slug=slugify(name), defaults={"name": name})


class Generator:
    def __init__(self, seed: int, source: Source):
        self.random = random.Random(seed)
        self.source = source
        codes = list(Country.objects.exclude(iso_code="").values_list("iso_code", flat=True))
        others = sorted(set(codes) - set(DOMINANT_DONORS) - {"UA"})
        # A few donors give most pledges: weights fall off as 1/rank.
        self.donors = DOMINANT_DONORS + others
        self.donor_weights = [1 / rank for rank in range(1, len(self.donors) + 1)]
        self.recipients = ["UA", *sorted(set(codes) - {"UA"})]
        self.recipient_weights = [len(codes)] + [1] * (len(self.recipients) - 1)
        self.slugs = {name: slugify(name) for names in ITEM_TYPES.values() for name in names}
        self.by_name = dict(ItemType.objects.values_list("name", "slug"))

    def pledges(self, count: int) -> Iterator[tuple[str, dict]]:
        r = self.random
        for n in range(count):
            donor = r.choices(self.donors, self.donor_weights)[0]
            recipient = r.choices(self.recipients, self.recipient_weights)[0]
            if recipient == donor:
                recipient = "UA" if donor != "UA" else "PL"
            category = r.choices(["military", "humanitarian", "financial"], [50, 35, 15])[0]
            day = START + datetime.timedelta(days=r.randrange(DAYS))
            precision = r.choices(["day", "month", "unknown"], [80, 10, 10])[0]
            if precision == "month":
                day = day.replace(day=1)
            record = {
                "donor_code": donor,
                "recipient_code": recipient,
                "category": category,
                "status": r.choice(STATUSES),
                "description": f"Synthetic {category} pledge number {n + 1}.",
                "announced_on": "" if precision == "unknown" else day.isoformat(),
                "announced_precision": precision,
                "paragraph": n % 60 + 1,
                "quote": f"synthetic figure {n + 1}",
                "reference": f"p{n + 1}",
                "source_reference": self.source.reference,
                "items": self._items(category, n),
            }
            if r.random() < 0.7:
                amount = Decimal(round(10 ** r.uniform(5, 9.5), -3))
                record["amount"] = str(amount)
                record["currency"] = CURRENCY_OF.get(donor, "EUR" if donor in EURO else "USD")
            yield f"pledge {n + 1}", record

    def _items(self, category: str, n: int) -> list[dict]:
        if category == "financial":
            return []
        r = self.random
        names = r.sample(ITEM_TYPES[category], k=min(r.choice([1, 2, 3, 3, 4, 5, 6]),
                                                       len(ITEM_TYPES[category])))  # fmt: skip
        items = []
        for name in names:
            stated = r.random() < 0.7
            items.append({
                "item_type": self.by_name.get(name, self.slugs[name]),
                "name": name.lower(),
                "quantity": r.randrange(10, 50_000) if stated else None,
                "unit": "pieces" if stated and r.random() < 0.2 else "",
                "paragraph": n % 60 + 1,
                "quote": f"synthetic item {n + 1}",
            })  # fmt: skip
        return items

    def sanctions(self, count: int, now) -> Iterator[tuple[tuple, list[str]]]:
        """(row of SANCTION_COLUMNS, named targets) for each sanction."""
        r = self.random
        countries = dict(Country.objects.exclude(iso_code="").values_list("iso_code", "pk"))
        measures, kinds = Measure.values, TargetKind.values
        for n in range(count):
            imposer = countries[r.choices(self.donors, self.donor_weights)[0]]
            target = countries[r.choice([t for t in TARGETS if countries[t] != imposer])]
            day = START + datetime.timedelta(days=r.randrange(DAYS))
            known = r.random() < 0.85
            kind = r.choice(kinds)
            named = [f"Person {n + 1}-{k}" for k in range(r.choice([0, 0, 0, 1, 2, 3]))]
            row = (
                self.source.pk, n % 60 + 1, f"synthetic measure {n + 1}", f"s{n + 1}", "", now,
                now, imposer, target, r.choice(measures), kind,
                r.randrange(1, 300) if r.random() < 0.6 else None,
                f"Synthetic measure number {n + 1}.", day if known else None,
                "day" if known else "unknown", "", None,
            )  # fmt: skip
            yield row, named


SANCTION_COLUMNS = [
    "source_id", "paragraph", "quote", "reference", "reading_note", "created_at", "updated_at",
    "imposer_id", "target_id", "measure", "target_kind", "targets_count", "description",
    "imposed_on", "imposed_precision", "imposed_as", "lifted_on",
]  # fmt: skip


def generate(pledges: int, seed: int, *, with_pledges: bool = True,
             with_sanctions: bool = True) -> tuple[ImportReport | None, int]:  # fmt: skip
    """Add `pledges` synthetic pledges (through the importer) and a fifth as many sanctions."""
    with stats.figures_rebuilt() as touched:
        ensure_item_types()
        source = synthetic_source(seed)
        generator = Generator(seed, source)
        report = import_records(generator.pledges(pledges), source=source) if with_pledges else None
        sanctions = 0
        if with_sanctions and not source.sanctions.exists():
            sanctions = _write_sanctions(generator, pledges // 5, touched)
    return report, sanctions


def _write_sanctions(generator: Generator, count: int, touched: stats.Touched) -> int:
    ids, target_ids = IdAllocator(Sanction), IdAllocator(SanctionTarget)
    now = timezone.now()
    history = (now, "generate_synthetic", "+", None)
    writers = {
        "sanctions": BulkWriter(Sanction, ["id", *SANCTION_COLUMNS, "search_document"]),
        "sanction history": BulkWriter(Sanction.history.model,
                                       ["id", *SANCTION_COLUMNS, *HISTORY_COLUMNS]),
        "targets": BulkWriter(SanctionTarget, ["id", "sanction_id", "name"]),
        "target history": BulkWriter(SanctionTarget.history.model,
                                     ["id", "sanction_id", "name", *HISTORY_COLUMNS]),
    }  # fmt: skip
    countries = set()
    for row, named in generator.sanctions(count, now):
        sanction = (ids.take(), *row)
        writers["sanctions"].add((*sanction, _sanction_document(row, named)))
        writers["sanction history"].add(sanction + history)
        countries |= {row[7], row[8]}
        for name in named:
            target = (target_ids.take(), sanction[0], name)
            writers["targets"].add(target)
            writers["target history"].add(target + history)
    for writer in writers.values():
        writer.flush()
    touched.add(countries=countries, sources=[generator.source.pk])
    return count


def _sanction_document(row: tuple, named: list[str]) -> str:
    """The words the sanction is found by, as Sanction.search_texts() gives them."""
    column = dict(zip(SANCTION_COLUMNS, row, strict=True))
    return search.document(
        column["description"], column["quote"], Measure(column["measure"]).label,
        TargetKind(column["target_kind"]).label, *named,
    )  # fmt: skip


def write_file(path: Path, pledges: int, seed: int) -> int:
    """Write the synthetic pledges to a CSV or JSON file in the download format, to import."""
    ensure_item_types()
    generator = Generator(seed, synthetic_source(seed))
    records = (record for _, record in generator.pledges(pledges))
    with path.open("w", encoding="utf-8", newline="") as file:
        if path.suffix.lower() == ".json":
            meta = json.dumps({"generated_at": timezone.now().isoformat()})[:-1]
            file.write(f'{meta}, "pledges": [\n')
            for index, record in enumerate(records):
                file.write((",\n" if index else "") + json.dumps(_as_download(record)))
            file.write("\n]}\n")
        else:
            rows = ({**record, "items": json.dumps(record["items"])} for record in records)
            for line in csv_lines(PLEDGE_CSV_COLUMNS, rows):
                file.write(line)
    return pledges


def _as_download(record: dict) -> dict:
    """A flat record in the nested shape of the JSON download."""
    return {
        **{key: value for key, value in record.items() if not key.endswith("_code")},
        "donor": {"code": record["donor_code"], "slug": None, "name": None},
        "recipient": {"code": record["recipient_code"], "slug": None, "name": None},
        "provenance": {
            "source": {"reference": record["source_reference"]},
            "paragraph": record["paragraph"],
            "quote": record["quote"],
            "reading_note": "",
        },
    }
