"""An index that both databases can build for "newest first, unknown dates last" lists."""

from django.db import models


class NullsLastIndex(models.Index):
    """An index whose descending columns keep NULLs last, as the lists' ORDER BY asks.

    PostgreSQL needs the NULLS LAST modifier in the index for it to serve that order. SQLite
    cannot index the modifier, and needs none: it sorts NULLs last in a descending order anyway.
    """

    def create_sql(self, model, schema_editor, using="", **kwargs):
        statement = super().create_sql(model, schema_editor, using=using, **kwargs)
        if schema_editor.connection.vendor == "postgresql":
            return statement
        return str(statement).replace(" NULLS LAST", "")
