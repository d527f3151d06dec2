"""An index that both databases can build for "newest first, unknown dates last" lists."""

from django.db import models
from django.db.models import OrderBy


def _without_nulls_last(expression):
    if isinstance(expression, OrderBy):
        return OrderBy(expression.expression, descending=expression.descending)
    return expression


class NullsLastIndex(models.Index):
    """An index whose descending columns keep NULLs last, as the lists' ORDER BY asks.

    PostgreSQL needs the NULLS LAST modifier in the index for it to serve that order. SQLite
    cannot index the modifier, and needs none: it sorts NULLs last in a descending order anyway.
    There the index is built from the same expressions without it (as a statement whose table
    name a migration that rebuilds the table can still rename).
    """

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        plain = models.Index(
            *[_without_nulls_last(expression) for expression in self.expressions],
            name=self.name,
            db_tablespace=self.db_tablespace,
            condition=self.condition,
        )
        return plain.create_sql(model, schema_editor, using=using, **kwargs)
