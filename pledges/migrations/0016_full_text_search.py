"""Full-text search (pledges.search): each pledge, sanction and fact keeps the words it is found
by, which the database indexes (a generated tsvector and a GIN index on PostgreSQL; an FTS5 table
that pledges.search builds after migrating on SQLite). Existing records get their words here."""

import django.contrib.postgres.search
from django.db import migrations, models

import pledges.search

BATCH = 2000
MODELS = ("pledge", "sanction", "fact")


def write_documents(apps, schema_editor):
    """The same words as the models' search_texts(), for the records already stored."""
    document = pledges.search.document
    db = schema_editor.connection.alias
    for name in MODELS:
        model = apps.get_model("pledges", name)
        ids = list(model.objects.using(db).order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            records = list(model.objects.using(db).filter(pk__in=chunk))
            parts = _related_words(apps, db, name, chunk)
            for record in records:
                record.search_document = document(*_own_texts(name, record), *parts[record.pk])
            model.objects.using(db).bulk_update(records, ["search_document"])


def _related_words(apps, db, name, chunk):
    """The names of each pledge's items and each sanction's targets, by the record's pk."""
    parts = {pk: [] for pk in chunk}
    if name == "pledge":
        items = apps.get_model("pledges", "AidItem").objects.using(db)
        for pk, *names in items.filter(pledge__in=chunk).values_list(
            "pledge", "name", "item_type__name"
        ):
            parts[pk] += names
    elif name == "sanction":
        targets = apps.get_model("pledges", "SanctionTarget").objects.using(db)
        for pk, target in targets.filter(sanction__in=chunk).values_list("sanction", "name"):
            parts[pk].append(target)
    return parts


def _own_texts(name, record):
    """The record's own words: its description and quote, and what its choices say."""
    texts = [record.description, record.quote]
    if name == "sanction":
        texts += [record.get_measure_display(), record.get_target_kind_display()]
    if name == "fact":
        texts += [record.get_kind_display(), record.unit]
    return texts


def document_field():
    return models.TextField(
        db_default="",
        default="",
        editable=False,
        help_text="The words the record is found by in a search, written on every save.",
    )


def vector_field():
    return models.GeneratedField(
        db_persist=True,
        expression=pledges.search.DocumentVector("search_document"),
        output_field=django.contrib.postgres.search.SearchVectorField(null=True),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pledges", "0015_page_version_changed_at"),
    ]

    operations = [
        *(
            migrations.AddField(model_name=name, name="search_document", field=document_field())
            for name in MODELS
        ),
        migrations.RunPython(write_documents, migrations.RunPython.noop, elidable=True),
        *(
            migrations.AddField(model_name=name, name="search_vector", field=vector_field())
            for name in MODELS
        ),
        *(
            migrations.AddIndex(
                model_name=name, index=pledges.search.FullTextIndex(name=f"{name}_search_idx")
            )
            for name in MODELS
        ),
    ]
