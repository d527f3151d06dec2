"""Adding up and naming what countries pledged, for pages and link previews: totals per
currency and across currencies (a lower bound, saying what it leaves out), and English names in
a sentence ("the United Kingdom", "Ukraine, Poland and 3 other countries"). Not models: plain
helpers that the country model and the pages use."""

from decimal import Decimal

from django.utils.translation import ngettext, ngettext_lazy, pgettext

from pledges import formatting

# Names that English puts "the" before, by how they end.
THE_ENDINGS = ("Islands", "Republic", "Territory", "Territories", "Netherlands", "Philippines",
               "Bahamas", "Gambia", "Maldives", "Comoros", "Emirates")  # fmt: skip


def takes_the(name: str, organisation: bool = False) -> bool:
    """Whether English puts "the" before the name in a sentence: the United Kingdom, the
    Netherlands, the Central African Republic, the Solomon Islands, the European Union."""
    return (
        organisation
        or name.startswith(("United ", "Isle of ", "Democratic Republic", "Republic of"))
        or name.endswith(THE_ENDINGS)
    )


# A country's records in each role, as its link preview says them: one whole phrase per role and
# plural, for translators ("n" picks the plural; "count" is the number as written).
SUMMARY_PHRASES = {
    "given": ngettext_lazy("%(count)s pledge to %(partners)s",
                           "%(count)s pledges to %(partners)s", "n"),
    "received": ngettext_lazy("%(count)s pledge received from %(partners)s",
                              "%(count)s pledges received from %(partners)s", "n"),
    "imposed": ngettext_lazy("%(count)s sanction on %(partners)s",
                             "%(count)s sanctions on %(partners)s", "n"),
    "targeted": ngettext_lazy("%(count)s sanction from %(partners)s",
                              "%(count)s sanctions from %(partners)s", "n"),
}  # fmt: skip
OTHER_FACTS = ngettext_lazy("%(count)s other fact recorded", "%(count)s other facts recorded", "n")


def counted(n: int) -> dict:
    """The values of a plural phrase above: the number, and the number as written ("1,234")."""
    return {"n": n, "count": formatting.number(n)}


TOP_PARTNERS = 8


def names_listed(names: list[str], total: int) -> str:
    """ "Ukraine", "Ukraine and Poland", "Ukraine, Poland and 3 other countries"."""
    if total <= 2:
        if len(names) < 2:
            return "".join(names[:1])
        return pgettext("two names listed", "%(first)s and %(second)s") % {
            "first": names[0],
            "second": names[1],
        }
    others = total - 2
    listed = ngettext(
        "{first}, {second} and {others} other country",
        "{first}, {second} and {others} other countries",
        others,
    )
    return listed.format(first=names[0], second=names[1], others=formatting.number(others))


class ValueTotal:
    """The stated values of some pledges in one currency, added up."""

    def __init__(self, currency: str):
        self.currency = currency
        self.amount = Decimal(0)
        self.pledge_count = 0

    def add(self, total) -> None:  # a CountryTotal row
        self.amount += total.amount
        self.pledge_count += total.pledge_count

    @property
    def display(self) -> str:
        return formatting.money(self.amount, self.currency)


class ConvertedTotal:
    """Pledges' values in US dollars and euros, added up across currencies: at least this much,
    since it counts only the pledges whose value could be converted (Pledge.value_usd)."""

    def __init__(self):
        self.usd = Decimal(0)
        self.eur = Decimal(0)
        self.converted = 0  # pledges in the total
        self.unconverted = 0  # pledges with a stated value that could not be converted
        self.unvalued = 0  # pledges stating no value
        self.in_packages = 0  # parts of packages, whose values their packages' include

    def add(self, total) -> None:  # a CountryTotal row
        if total.in_package:
            self.in_packages += total.pledge_count
            return
        if not total.currency:
            self.unvalued += total.pledge_count
            return
        self.converted += total.converted
        self.unconverted += total.pledge_count - total.converted
        self.usd += total.value_usd or 0
        self.eur += total.value_eur or 0

    @property
    def left_out(self) -> int:
        return self.unconverted + self.unvalued
