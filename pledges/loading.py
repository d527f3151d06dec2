"""Loading a source's data file (TOML, see docs/data-files.md) into the database.

A load is all-or-nothing: every record is validated with the models' own rules inside one
transaction, every problem is collected with the record and field it concerns, and if there is any,
nothing is written. Records are matched by their stable `reference` (item types by slug, aid items
and named targets by name within their record), so a second load of the same file changes nothing.

Records that editors have changed since they were loaded are kept as they are unless `update` is
asked for: a routine reload (`make run` does one each time) never undoes an editor's correction.
"""

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import models, transaction

from pledges import stats
from pledges.models import (
    AidItem,
    Category,
    Country,
    Fact,
    ItemType,
    Pledge,
    PledgeEvent,
    Sanction,
    SanctionDate,
    SanctionTarget,
    Source,
)
from pledges.models.pledges import lethality_of

DATA_DIR = Path(__file__).resolve().parent / "data"

SOURCE_KEYS = {
    "reference",
    "title",
    "publisher",
    "authors",
    "contributors",
    "published_on",
    "published_precision",
    "published_note",
    "url",
    "notes",
}
ITEM_TYPE_KEYS = {"slug", "name", "description", "lethal"}
STATEMENT_KEYS = {"reference", "paragraph", "quote", "reading_note", "readings", "description"}
PLEDGE_KEYS = STATEMENT_KEYS | {
    "donor",
    "recipient",
    "category",
    "lethality",
    "status",
    "amount",
    "currency",
    "announced_on",
    "announced_precision",
    "announced_as",
    "adds_to_earlier",
    "adds_to",
    "part_of",
}
AID_ITEM_KEYS = {"type", "name", "quantity", "unit", "paragraph", "quote"}
FACT_KEYS = STATEMENT_KEYS | {
    "country",
    "about",
    "kind",
    "value",
    "qualifier",
    "unit",
    "stated_on",
    "stated_precision",
    "stated_as",
}
SANCTION_KEYS = STATEMENT_KEYS | {
    "imposer",
    "target",
    "measure",
    "target_kind",
    "targets_count",
    "imposed_on",
    "imposed_precision",
    "imposed_as",
    "lifted_on",
    "legal_act",
    "legal_act_url",
}
SANCTION_DATE_KEYS = {"kind", "on", "precision", "as", "paragraph", "quote", "reading_note"}
REQUIRED = {
    "source": {"reference", "title"},
    "item_types": {"slug", "name"},
    "pledges": {"reference", "donor", "recipient", "category", "description", "paragraph", "quote"},
    "items": {"type", "name", "paragraph", "quote"},
    "dates": {"kind", "paragraph", "quote"},
    "sanctions": {
        "reference",
        "imposer",
        "target",
        "measure",
        "target_kind",
        "description",
        "paragraph",
        "quote",
    },
    "facts": {"reference", "country", "kind", "description", "paragraph", "quote"},
}


class SourceFileError(Exception):
    """A data file that cannot be loaded; `problems` says where and why, one line each."""

    def __init__(self, path, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


KEPT = "kept as edited"  # a stored record the file differs from, left as editors made it


@dataclass
class LoadReport:
    """What a load did: counts by kind of record and outcome, and the records kept as edited."""

    path: Path
    counts: Counter = field(default_factory=Counter)
    kept: list[str] = field(default_factory=list)
    dry_run: bool = False

    def count(self, model: type[models.Model], outcome: str) -> None:
        self.counts[(model, outcome)] += 1

    @property
    def changed(self) -> bool:
        return any(n for (_, outcome), n in self.counts.items() if outcome != "unchanged")

    def summary(self) -> str:
        by_outcome: dict[str, list[str]] = {}
        for (model, outcome), n in self.counts.items():
            kind = model._meta.verbose_name if n == 1 else model._meta.verbose_name_plural
            by_outcome.setdefault(outcome, []).append(f"{n} {kind}")
        parts = [f"{outcome}: {', '.join(kinds)}" for outcome, kinds in by_outcome.items()]
        verdict = "changes" if self.changed else "nothing changed"
        dry = " (dry run: nothing written)" if self.dry_run else ""
        return f"{self.path.name}: {verdict}{dry}. " + "; ".join(parts)


def default_files() -> list[Path]:
    """The data files shipped with the project, one per source."""
    return sorted(DATA_DIR.glob("*.toml"))


def load_source_file(path, *, update: bool = False, dry_run: bool = False) -> LoadReport:
    """Load one data file; raise SourceFileError, having written nothing, if any record is wrong."""
    path = Path(path)
    data = _read(path)
    loader = _Loader(path, update=update)
    with stats.figures_rebuilt():
        loader.load(data)
        if loader.problems:
            transaction.set_rollback(True)
        elif dry_run:
            transaction.set_rollback(True)
            loader.report.dry_run = True
    if loader.problems:
        raise SourceFileError(path, loader.problems)
    return loader.report


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        raise SourceFileError(path, ["no such file"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SourceFileError(path, [f"not a valid TOML file: {error}"]) from None


def _messages(error: ValidationError) -> dict[str, list[str]]:
    if hasattr(error, "error_dict"):
        return {
            name: [str(m) for e in errs for m in e.messages]
            for name, errs in error.error_dict.items()
        }
    return {"__all__": error.messages}


def _differing(instance: models.Model, values: dict) -> list[str]:
    """The names of the fields whose stored value differs from the file's."""
    differing = []
    for name, value in values.items():
        model_field = instance._meta.get_field(name)
        if model_field.is_relation:
            stored, value = getattr(instance, model_field.attname), getattr(value, "pk", value)
        else:
            stored = getattr(instance, name)
        if stored != value:
            differing.append(name)
    return differing


class _Loader:
    def __init__(self, path: Path, *, update: bool):
        self.update = update
        self.report = LoadReport(path)
        self.problems: list[str] = []
        self.countries = {c.iso_code: c for c in Country.objects.exclude(iso_code="")}
        self.item_types: dict[str, ItemType] = {}

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def load(self, data: dict) -> None:
        self._check_keys(data, "file", {"source", "item_types", "pledges", "sanctions", "facts"})
        if not isinstance(data.get("source"), dict):
            self.problem("source", "the file needs a [source] table")
            return
        source = self._source(data["source"])
        for index, record in enumerate(self._records(data, "item_types")):
            self._item_type(f"item_types[{index}]", record)
        for index, record in enumerate(self._records(data, "pledges")):
            self._pledge(f"pledges[{index}]", record, source)
        if source is not None and source.pk:
            # Each pledge's first stage is the one its record states (pledges.models.events).
            PledgeEvent.objects.add_first_events(Pledge.objects.filter(source=source))
        for index, record in enumerate(self._records(data, "sanctions")):
            self._sanction(f"sanctions[{index}]", record, source)
        for index, record in enumerate(self._records(data, "facts")):
            self._fact(f"facts[{index}]", record, source)

    # --- checking the file's shape ---------------------------------------------------------------

    def _records(self, data: dict, key: str) -> list[dict]:
        records = data.get(key, [])
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            self.problem(key, "must be an array of tables ([[" + key + "]])")
            return []
        return records

    def _check_keys(self, record: dict, where: str, allowed: set, kind: str = "") -> bool:
        unknown = sorted(set(record) - allowed)
        for key in unknown:
            self.problem(where, f"unknown field {key!r} (allowed: {', '.join(sorted(allowed))})")
        missing = sorted(REQUIRED.get(kind, set()) - set(record))
        for key in missing:
            self.problem(where, f"field {key!r} is required")
        return not unknown and not missing

    def _country(self, where: str, key: str, code) -> Country | None:
        country = self.countries.get(str(code).strip().upper())
        if country is None:
            self.problem(f"{where}, field {key}", f"no country has the ISO code {code!r}")
        return country

    def _countries(self, where: str, record: dict, *roles: str) -> dict:
        """{role: country} for the record's countries in these roles, each found by its ISO code."""
        return {role: self._country(where, role, record[role]) for role in roles}

    # --- saving one record -----------------------------------------------------------------------

    def _save(self, where: str, model, lookup: dict, values: dict) -> models.Model | None:
        """Create or update one record; on a problem, note it and return None.

        An existing record that differs from the file is overwritten only when updating; otherwise
        it is kept as editors left it, and reported.
        """
        instance = model.objects.filter(**lookup).first() if None not in lookup.values() else None
        values = self._converted(where, model, values)
        if values is None:
            return None
        if instance is None:
            instance, outcome = model(**lookup), "created"
        else:
            outcome = self._change_of(where, instance, values)
            if outcome == KEPT:
                return instance
        for name, value in values.items():
            setattr(instance, name, value)
        if not self._valid(where, instance):
            return None
        if outcome == "updated":
            # Readers see why a published record changed (pledges.changes).
            instance._change_reason = f"Updated from the data file {self.report.path.name}."
        if outcome != "unchanged":
            instance.save()
        self.report.count(model, outcome)
        return instance

    def _change_of(self, where: str, instance: models.Model, values: dict) -> str:
        """What the file does to a stored record: "unchanged", "updated", or KEPT (reported)."""
        differing = _differing(instance, values)
        if not differing:
            return "unchanged"
        if self.update:
            return "updated"
        self.report.count(type(instance), KEPT)
        self.report.kept.append(f"{where} ({', '.join(differing)})")
        return KEPT

    def _valid(self, where: str, instance: models.Model) -> bool:
        """Whether the record passes the model's validation; each problem noted where it is."""
        try:
            instance.full_clean()
        except ValidationError as error:
            for name, messages in _messages(error).items():
                place = where if name == "__all__" else f"{where}, field {name}"
                self.problem(place, " ".join(messages))
            return False
        return True

    def _converted(self, where: str, model, values: dict) -> dict | None:
        """The file's values as the model's fields hold them ("350000000" -> Decimal)."""
        converted, ok = {}, True
        for name, value in values.items():
            model_field = model._meta.get_field(name)
            if model_field.is_relation:
                converted[name] = value
                continue
            try:
                converted[name] = model_field.to_python(value)
            except ValidationError as error:
                self.problem(f"{where}, field {name}", " ".join(error.messages))
                ok = False
        return converted if ok else None

    def _remove_others(self, model, queryset, keep: list) -> None:
        """When updating, children that the file no longer lists are removed."""
        if self.update:
            for instance in queryset.exclude(pk__in=[k.pk for k in keep if k is not None]):
                instance.delete()
                self.report.count(model, "removed")

    def _source(self, record: dict) -> Source | None:
        if not self._check_keys(record, "source", SOURCE_KEYS, "source"):
            return None
        dates = {"published_on", "published_precision"}
        values = {key: record.get(key, "") for key in SOURCE_KEYS - {"reference", *dates}}
        values["published_on"] = record.get("published_on")
        values["published_precision"] = record.get(
            "published_precision", "day" if record.get("published_on") else "unknown"
        )
        return self._save("source", Source, {"reference": record["reference"]}, values)

    def _item_type(self, where: str, record: dict) -> None:
        if not self._check_keys(record, where, ITEM_TYPE_KEYS, "item_types"):
            return
        values = {
            "name": record["name"],
            "description": record.get("description", ""),
            "lethal": record.get("lethal"),
        }
        item_type = self._save(
            f"{where} ({record['slug']})", ItemType, {"slug": record["slug"]}, values
        )
        if item_type is not None:
            self.item_types[item_type.slug] = item_type

    def _statement_values(self, record: dict) -> dict:
        return {
            "paragraph": record["paragraph"],
            "quote": record["quote"],
            "description": record["description"],
            "reading_note": record.get("reading_note", ""),
            "readings": record.get("readings", {}),
        }

    def _pledge(self, where: str, record: dict, source: Source | None) -> None:
        if not self._check_keys(record, where, PLEDGE_KEYS | {"items"}, "pledges"):
            return
        where = f"{where} ({record['reference']})"
        countries = self._countries(where, record, "donor", "recipient")
        values = self._statement_values(record) | {
            **countries,
            "category": record["category"],
            "lethality": record.get("lethality", ""),
            "status": record.get("status", Pledge._meta.get_field("status").default),
            "amount": record.get("amount"),
            "currency": record.get("currency", ""),
            "announced_on": record.get("announced_on"),
            "announced_precision": record.get("announced_precision", "unknown"),
            "announced_as": record.get("announced_as", ""),
            "adds_to_earlier": record.get("adds_to_earlier", False),
        }
        values |= self._pledge_relations(where, record, source)
        if lethality := self._lethality_from_items(record):
            values["lethality"] = lethality
            values["readings"] = {**values["readings"], "lethality": "read"}
        if source is None or None in countries.values():
            return
        pledge = self._save(
            where, Pledge, {"source": source, "reference": record["reference"]}, values
        )
        self._pledge_items(where, record, pledge)

    def _pledge_relations(self, where: str, record: dict, source: Source | None) -> dict:
        """The earlier pledges this one adds to or is a part of, where the file names them (or
        none, when updating a pledge whose file no longer names them)."""
        return {
            key: self._earlier_pledge(f"{where}, field {key}", record.get(key), source)
            for key in ("adds_to", "part_of")
            if key in record or self.update
        }

    def _pledge_items(self, where: str, record: dict, pledge: Pledge | None) -> None:
        """The pledge's items as the file lists them; those it no longer lists are removed."""
        items = [
            self._aid_item(f"{where}.items[{index}]", item, pledge)
            for index, item in enumerate(self._records(record, "items"))
        ]
        if pledge is not None and pledge.pk:
            self._remove_others(AidItem, pledge.items.all(), items)

    def _earlier_pledge(self, where: str, reference, source: Source | None) -> Pledge | None:
        """The pledge of this file that `reference` names, listed before the one naming it."""
        if reference is None or source is None or not source.pk:
            return None
        pledge = Pledge.objects.filter(source=source, reference=str(reference)).first()
        if pledge is None:
            self.problem(where, f"no pledge listed before this one has the reference {reference!r}")
        return pledge

    def _lethality_from_items(self, record: dict) -> str:
        """For military aid the file does not call lethal or not: the lethality its items' types
        give, by the rule editors' pledges follow too (pledges.models.pledges.lethality_of)."""
        if "lethality" in record or record.get("category") != Category.MILITARY:
            return ""
        items = record.get("items", [])
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            return ""  # reported where the items are read
        types = [
            self.item_types.get(item.get("type"))
            or ItemType.objects.filter(slug=item.get("type")).first()
            for item in items
        ]
        return lethality_of(types) if all(types) else ""

    def _aid_item(self, where: str, record: dict, pledge: Pledge | None) -> AidItem | None:
        if not self._check_keys(record, where, AID_ITEM_KEYS, "items") or pledge is None:
            return None
        item_type = (
            self.item_types.get(record["type"])
            or ItemType.objects.filter(slug=record["type"]).first()
        )
        if item_type is None:
            self.problem(f"{where}, field type", f"no item type has the slug {record['type']!r}")
            return None
        values = {
            "item_type": item_type,
            "quantity": record.get("quantity"),
            "unit": record.get("unit", ""),
            "paragraph": record["paragraph"],
            "quote": record["quote"],
        }
        return self._save(where, AidItem, {"pledge": pledge, "name": record["name"]}, values)

    def _sanction(self, where: str, record: dict, source: Source | None) -> None:
        if not self._check_keys(
            record, where, SANCTION_KEYS | {"named_targets", "dates"}, "sanctions"
        ):
            return
        where = f"{where} ({record['reference']})"
        countries = self._countries(where, record, "imposer", "target")
        values = self._statement_values(record) | {
            **countries,
            "measure": record["measure"],
            "target_kind": record["target_kind"],
            "targets_count": record.get("targets_count"),
            "imposed_on": record.get("imposed_on"),
            "imposed_precision": record.get("imposed_precision", "unknown"),
            "imposed_as": record.get("imposed_as", ""),
            "lifted_on": record.get("lifted_on"),
            "legal_act": record.get("legal_act", ""),
            "legal_act_url": record.get("legal_act_url", ""),
        }
        if source is None or None in countries.values():
            return
        sanction = self._save(
            where, Sanction, {"source": source, "reference": record["reference"]}, values
        )
        names = record.get("named_targets", [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            self.problem(f"{where}, field named_targets", "must be a list of names")
            return
        if sanction is not None:
            self._sanction_parts(where, record, sanction, names, source)

    def _sanction_parts(self, where: str, record: dict, sanction: Sanction, names: list[str],
                        source: Source) -> None:  # fmt: skip
        """The sanction's named targets and stated dates as the file lists them; those it no
        longer lists are removed."""
        targets = [
            self._save(
                f"{where}.named_targets[{index}]",
                SanctionTarget,
                {"sanction": sanction, "name": name},
                {},
            )
            for index, name in enumerate(names)
        ]
        self._remove_others(SanctionTarget, sanction.named_targets.all(), targets)
        dates = [
            self._sanction_date(f"{where}.dates[{index}]", date, sanction, source)
            for index, date in enumerate(self._records(record, "dates"))
        ]
        if sanction.pk:
            self._remove_others(SanctionDate, sanction.stated_dates.all(), dates)

    def _sanction_date(self, where: str, record: dict, sanction, source):
        """A date the sanction came into force or was lifted, stated in the same source."""
        if not self._check_keys(record, where, SANCTION_DATE_KEYS, "dates"):
            return None
        lookup = {"sanction": sanction, "kind": record["kind"], "paragraph": record["paragraph"],
                  "quote": record["quote"]}  # fmt: skip
        values = {
            "occurred_on": record.get("on"),
            "occurred_precision": record.get("precision", "unknown"),
            "occurred_as": record.get("as", ""),
            "source": source,
            "reading_note": record.get("reading_note", ""),
        }
        return self._save(where, SanctionDate, lookup, values)

    def _fact(self, where: str, record: dict, source: Source | None) -> None:
        if not self._check_keys(record, where, FACT_KEYS, "facts"):
            return
        where = f"{where} ({record['reference']})"
        country = self._country(where, "country", record["country"])
        about = self._country(where, "about", record["about"]) if "about" in record else None
        values = self._statement_values(record) | {
            "country": country,
            "about": about,
            "kind": record["kind"],
            "value": record.get("value"),
            "qualifier": record.get("qualifier", ""),
            "unit": record.get("unit", ""),
            "stated_on": record.get("stated_on"),
            "stated_precision": record.get("stated_precision", "unknown"),
            "stated_as": record.get("stated_as", ""),
        }
        if source is None or country is None or ("about" in record and about is None):
            return
        self._save(where, Fact, {"source": source, "reference": record["reference"]}, values)
