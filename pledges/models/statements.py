"""What a source states, and where: the provenance shared by pledges and sanctions."""

from django.core.validators import MinValueValidator
from django.db import models

from pledges.models.sources import Source


class Statement(models.Model):
    """What a source states, and where: the provenance shared by pledges and sanctions."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="%(class)ss")
    paragraph = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1)],
        help_text="Number of the paragraph of the source that states it, counting from 1.",
    )
    quote = models.CharField(
        "figure words",
        max_length=200,
        help_text="The few words of the source that state it, such as “$350 million worth of "
        "weapons”. A short phrase, never a whole sentence.",
    )
    reference = models.SlugField(
        max_length=100,
        blank=True,
        help_text="Stable key of a record loaded from a data file; empty for records entered here.",
    )
    reading_note = models.TextField(
        blank=True,
        help_text="How an ambiguous statement was read, e.g. which currency a bare “$” means.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # The two countries a statement concerns (donor and recipient, imposer and target).
    parties: tuple[str, str]

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance.mark_counted()
        return instance

    def _ids(self, fields) -> set[int]:
        return {self.__dict__.get(f"{field}_id") for field in fields} - {None}

    def mark_counted(self) -> None:
        """Remember the countries and source this statement is counted under, as stored."""
        self._counted_parties = self._ids(self.parties)
        self._counted_sources = self._ids(["source"])

    def countries_concerned(self) -> set[int]:
        """Ids of the countries this statement counts for, as it is now and as it was stored."""
        return self._ids(self.parties) | getattr(self, "_counted_parties", set())

    def sources_concerned(self) -> set[int]:
        """Ids of the sources this statement counts for, as it is now and as it was stored."""
        return self._ids(["source"]) | getattr(self, "_counted_sources", set())
