"""Template filters and tags for figures and links: `{{ item.quantity|number }}`, `{% query %}`.

The formatting itself lives in `pledges.formatting`, shared with the models and the admin.
"""

from django import template
from django.core.exceptions import DisallowedHost
from django.http import QueryDict
from django.template.loader import render_to_string

from pledges import formatting

register = template.Library()


@register.filter
def number(value):
    """5000 -> "5,000"; None -> "not stated"."""
    return formatting.number(value)


@register.filter
def money(total):
    """A record with `amount` and `currency` -> "US$350 million", or "not stated"."""
    return formatting.money(total.amount, total.currency)


@register.filter
def money_in(amount, currency):
    """{{ amount|money_in:currency }} -> "US$350 million"."""
    return formatting.money(amount, currency)


@register.filter
def value_totals(country, role):
    """{{ country|value_totals:"given" }} -> [(currency, total, pledges), ...]."""
    return country.value_totals(role)


@register.filter
def unvalued_count(country, role):
    """{{ country|unvalued_count:"given" }}: pledges that state no value."""
    return country.unvalued_count(role)


@register.filter
def stated_quantities(rows):
    """Quantity rows per unit -> "5,000; 5,000 pieces", or "" when none is stated."""
    return "; ".join(
        f"{formatting.number(row['stated'])}{' ' + row['unit'] if row['unit'] else ''}"
        for row in rows
        if row["stated"] is not None
    )


@register.filter
def unstated_total(rows):
    """Quantity rows per unit -> how many of the items state no quantity."""
    return sum(row["unstated"] for row in rows)


@register.filter
def subtract(total, items):
    """{{ partners.partners|subtract:partners.top }}: a count less the length of a list."""
    return total - len(items)


@register.filter
def get_item(mapping, key):
    """{{ totals|get_item:pk }}: a dictionary's value for a key, or an empty list."""
    return mapping.get(key, [])


@register.filter
def excerpt(text, limit):
    """{{ pledge.description|excerpt:160 }}: the first words, never cut mid-word."""
    return formatting.excerpt(str(text), int(limit))


@register.filter
def or_unknown(value):
    """The value, or "not stated" when it is empty."""
    return formatting.UNKNOWN if value in (None, "") else value


@register.simple_tag(takes_context=True)
def query(context, **changes):
    """The current query string with some parameters changed ("?donor=sweden&page=2").

    A parameter set to None or "" is removed, so a link can also clear a filter.
    """
    params = context["request"].GET.copy()
    for name, value in changes.items():
        params.pop(name, None)
        if value not in (None, ""):
            params[name] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's one address: no query string, except a list's filters and page number.

    Empty and unknown parameters, and `format`, are left out, so that the many ways of writing a
    filtered list's address name one canonical page.
    """
    request = context["request"]
    params = QueryDict(mutable=True)
    filterset = context.get("filter")
    if filterset is not None and not filterset.errors:
        for name in filterset.form.fields:
            if request.GET.get(name):
                params[name] = filterset.form.data.get(name)
    page = context.get("page_obj")
    if page is not None and page.number > 1:
        params["page"] = page.number
    query = f"?{params.urlencode()}" if params else ""
    try:
        return request.build_absolute_uri(request.path) + query
    except DisallowedHost:  # the page is the 400 that answers a request for a foreign host
        return request.path + query


@register.simple_tag
def reading(record, field: str, stated_as: str = "", what: str = ""):
    """A visible mark after a value that is read or worked out rather than stated, with the
    record's reading note shown on hover or focus and read out by screen readers; nothing after
    a stated or unknown value. `{% reading pledge "currency" what="currency" %}` ("currency
    read"), `{% reading pledge "announced_on" pledge.announced_as %}` ("worked out from
    “Friday”")."""
    basis = record.basis(field)
    if basis not in ("read", "derived"):
        return ""
    note = getattr(record, "reading_note", "") or getattr(record, "published_note", "")
    context = {"basis": basis, "note": note, "stated_as": stated_as, "what": what}
    return render_to_string("includes/reading_mark.html", context)
