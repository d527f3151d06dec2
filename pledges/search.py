"""Full-text search: words in records' descriptions, figure words, items and named targets.

A searchable record keeps the words it can be found by in one column, `search_document`, which
the model writes on every save (`Searchable.save`) and the bulk writers write with each row. The
database indexes that column itself, so that the index is current after every write however it
was made (a save, an import, a COPY, a correction in the shell):

- **PostgreSQL:** a stored `tsvector` column generated from the document (`search_vector`,
  English stemming) with a GIN index on it (`FullTextIndex`). Matches are ranked by
  `ts_rank_cd`, which reads the stored vector rather than parsing the text again.
- **SQLite:** an FTS5 table over the document (Porter stemming, accents folded), an "external
  content" table that stores only the index, kept in step by triggers on the record's table
  (`ensure_sqlite_indexes`, run after every `migrate`). Matches are ranked by BM25.

Both read the same words the same way: every word must appear, in any form the stemmer reduces
to the same stem ("helmet" finds "helmets"); punctuation is ignored.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connections, models
from django.db.models import ExpressionWrapper, F, Func, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy

# Ranking reads every match's words (on PostgreSQL, a row of the table for each); beyond this
# many matches a list shows them in its own order, read from an index, so that a search costs
# about the same at a million records as at a thousand.
RANKED_AT_MOST = 2000
CONFIG = "english"  # PostgreSQL's text search configuration: English stemming and stop words
TOKENIZER = "porter unicode61 remove_diacritics 2"  # SQLite's, as close as FTS5 comes
WORD = re.compile(r"\w+")
# PostgreSQL's English stop words (the Snowball list): a search ignores them on both databases,
# so "tents and generators" finds the same records on SQLite as on PostgreSQL.
# fmt: off
STOP_WORDS = frozenset({
    "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours",
    "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself",
    "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which",
    "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be",
    "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an",
    "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for",
    "with", "about", "against", "between", "into", "through", "during", "before", "after",
    "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under",
    "again", "further", "then", "once", "here", "there", "when", "where", "why", "how", "all",
    "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not",
    "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don",
    "should", "now"
})
# fmt: on


class DocumentVector(Func):
    """The document's words as PostgreSQL indexes them; nothing elsewhere (SQLite indexes the
    document in its FTS5 table instead), so the generated column costs SQLite nothing."""

    output_field = SearchVectorField()

    def __init__(self, field: str):
        super().__init__(F(field))

    def as_sql(self, compiler, connection, **extra):
        return "NULL", []

    def as_postgresql(self, compiler, connection, **extra):
        document, params = compiler.compile(self.source_expressions[0])
        return f"to_tsvector('{CONFIG}'::regconfig, COALESCE({document}, ''))", params


def document_fields():
    """The two fields of a searchable record (see the module's docstring)."""
    document = models.TextField(
        editable=False,
        default="",
        db_default="",
        help_text=gettext_lazy(
            "The words the record is found by in a search, written on every save."
        ),
    )
    vector = models.GeneratedField(
        expression=DocumentVector("search_document"),
        output_field=SearchVectorField(null=True),
        db_persist=True,
        editable=False,
    )
    return document, vector


class FullTextIndex(models.Index):
    """PostgreSQL: a GIN index on the record's `search_vector`.

    SQLite keeps its full-text index in an FTS5 table that a migration's schema editor cannot
    build (`ensure_sqlite_indexes` does); there this index is an empty partial index on the id,
    so that both databases share one set of migrations.
    """

    def __init__(self, *, name: str, condition=None):
        super().__init__(fields=["search_vector"], name=name, condition=condition)

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().create_sql(model, schema_editor, using=" USING gin", **kwargs)
        empty = models.Index(fields=["id"], name=self.name, condition=Q(id__isnull=True))
        return empty.create_sql(model, schema_editor, **kwargs)

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        kwargs.pop("fields")
        return path, args, kwargs


def words(text: str) -> list[str]:
    return WORD.findall(text or "")


def document(*parts) -> str:
    """A search document from a record's texts, each collapsed to its words."""
    return " ".join(" ".join(words(str(part))) for part in parts if part)


def _fts_table(model) -> str:
    return f"{model._meta.db_table}_search"


def _matched_ids(model) -> str:
    """SQLite: the ids of the records whose words match the FTS5 expression given as %s."""
    fts = _fts_table(model)
    return f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s"


def _terms(text: str) -> list[str]:
    return [term for term in words(text) if term.lower() not in STOP_WORDS]


def _fts_expression(terms: list[str]) -> str:
    # Each word quoted: FTS5 reads it as a plain term, never as its query syntax.
    return " ".join('"{}"'.format(term.replace('"', "")) for term in terms)


def match(queryset: models.QuerySet, text: str, many: bool = False) -> models.QuerySet:
    """The records of `queryset` that hold every word of `text`, in the queryset's order (see
    `best_first`). No words, no records.

    `many`: the words were found in more records than can be ranked (`bounded_count`), so the
    list's own order is read from its index and each record checked against the matches, rather
    than every match read and then sorted (on SQLite, about 30 ms to 5 ms for a word held by a
    tenth of 100,000 pledges). A rare word is looked up match by match instead.
    """
    terms = _terms(text)
    if not terms:
        return queryset.none().annotate(search_rank=Value(0.0))
    if connections[queryset.db].vendor == "postgresql":
        query = SearchQuery(" ".join(terms), config=CONFIG, search_type="plain")
        return queryset.filter(search_vector=query).annotate(
            # Divided by the log of the document's length, as BM25 on SQLite favours a short
            # record that holds the words over a long one that holds them as often. Computed
            # only for the rows a page shows unless the list is ordered by it.
            search_rank=SearchRank(F("search_vector"), query, cover_density=True, normalization=1)
        )
    # The ids the index holds for the words, which SQLite reads once and then looks up as it
    # walks the list's own index in its order.
    matched = RawSQL(_matched_ids(queryset.model), [_fts_expression(terms)])
    if many:
        # `id + 0` rather than `id`: SQLite then cannot look each match up by its id, and walks
        # the index of the list's order (or of another filter) instead.
        unindexed = ExpressionWrapper(F("id") + 0, output_field=models.BigIntegerField())
        return queryset.alias(unindexed_id=unindexed).filter(unindexed_id__in=matched)
    return queryset.filter(id__in=matched)


def best_first(matches: models.QuerySet, text: str) -> models.QuerySet:
    """`match(queryset, text)` ordered by relevance (`search_rank`, higher first)."""
    terms = _terms(text)
    if terms and connections[matches.db].vendor != "postgresql":
        fts = _fts_table(matches.model)
        matches = _joined(matches, terms).extra(select={"search_rank": f"-{fts}.rank"})
    return matches.order_by("-search_rank", "-id")


def bounded_count(queryset: models.QuerySet, text: str) -> int:
    """How many records of `queryset` hold every word of `text`, counting no further than
    RANKED_AT_MOST + 1."""
    terms = _terms(text)
    connection = connections[queryset.db]
    if terms and connection.vendor == "sqlite" and not queryset.query.where:
        # Nothing but the words to match: counted in the FTS5 table alone, which holds a row
        # for every record and stops at the limit (SQLite would otherwise read every match
        # into a list before counting; 7 ms for a word held by 10,000 pledges).
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT COUNT(*) FROM ({_matched_ids(queryset.model)} LIMIT %s)",
                [_fts_expression(terms), RANKED_AT_MOST + 1],
            )
            return cursor.fetchone()[0]
    # On SQLite, from the list of matches rather than joined with the FTS5 table: a join may
    # be walked from another filter's index, running the search once for every row it reads.
    return match(queryset, text).order_by().values("pk")[: RANKED_AT_MOST + 1].count()


def _joined(queryset: models.QuerySet, terms: list[str]) -> models.QuerySet:
    """The records holding the words, with SQLite's FTS5 table joined on its rowid (the ORM
    cannot say this without a model for a virtual table)."""
    fts, table = _fts_table(queryset.model), queryset.model._meta.db_table
    return queryset.extra(
        tables=[fts],
        where=[f"{fts}.rowid = {table}.id", f"{fts} MATCH %s"],
        params=[_fts_expression(terms)],
    )


# --- SQLite's FTS5 tables ---

_TRIGGERS = {
    "insert": "AFTER INSERT ON {table} BEGIN "
    "INSERT INTO {fts}(rowid, search_document) VALUES (new.id, new.search_document); END",
    "delete": "AFTER DELETE ON {table} BEGIN "
    "INSERT INTO {fts}({fts}, rowid, search_document) "
    "VALUES ('delete', old.id, old.search_document); END",
    "update": "AFTER UPDATE OF search_document ON {table} BEGIN "
    "INSERT INTO {fts}({fts}, rowid, search_document) "
    "VALUES ('delete', old.id, old.search_document); "
    "INSERT INTO {fts}(rowid, search_document) VALUES (new.id, new.search_document); END",
}


def searchable_models():
    from pledges.models import Fact, Pledge, Sanction

    return [Pledge, Sanction, Fact]


def ensure_sqlite_indexes(using: str = "default") -> list[str]:
    """Create each searchable table's FTS5 table and triggers where missing, and rebuild the
    index of any table that was missing one of them (its index may have missed writes: a
    migration that rebuilds a table on SQLite drops its triggers). Returns the tables rebuilt.
    """
    connection = connections[using]
    if connection.vendor != "sqlite":
        return []
    rebuilt = []
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        existing = {row[0] for row in cursor.fetchall()}
        for model in searchable_models():
            table, fts = model._meta.db_table, _fts_table(model)
            if table not in existing:
                continue  # not migrated this far
            missing = fts not in existing
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_document, "
                f"content='{table}', content_rowid='id', tokenize='{TOKENIZER}')"
            )
            for event, body in _TRIGGERS.items():
                name = f"{fts}_{event}"
                missing = missing or name not in existing
                cursor.execute(
                    f"CREATE TRIGGER IF NOT EXISTS {name} " + body.format(table=table, fts=fts)
                )
            if missing:
                cursor.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
                rebuilt.append(table)
    return rebuilt


def on_post_migrate(sender, using="default", **kwargs):
    ensure_sqlite_indexes(using)


def _part_changed(sender, instance, **kwargs):
    """An item of a pledge or a named target of a sanction is part of its document."""
    whole = instance.pledge if sender._meta.model_name == "aiditem" else instance.sanction
    whole.refresh_search_document()


def connect_signals() -> None:
    for sender in ("pledges.AidItem", "pledges.SanctionTarget"):
        for signal in (post_save, post_delete):
            signal.connect(_part_changed, sender=sender, dispatch_uid=f"search-{sender}-{signal}")
