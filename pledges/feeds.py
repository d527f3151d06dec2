"""Atom feeds of newly recorded pledges and sanctions: site-wide, and one per country.

Entries are the latest records added to the tracker (newest first), so that a follower hears of
each new pledge, whatever date it was announced on. Absolute links are built from the request.

Titles are Atom text, but Django's Atom1Feed declares each summary `type="html"`. Our summaries
are plain text, so they are escaped as HTML here (and the XML writer escapes the result again):
a name holding `<img ...>` or `&amp;` reaches a feed reader as those characters, never as markup.
"""

from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pledges.models import Change, Country, Pledge, Sanction

ENTRIES = 30
AUTHOR = gettext_lazy("aidtracker editors")


def latest(pledges, sanctions) -> list:
    """The newest records of both kinds, merged, newest first."""
    records = [*pledges.for_listing().order_by("-id")[:ENTRIES],
               *sanctions.for_listing().order_by("-id")[:ENTRIES]]  # fmt: skip
    return sorted(records, key=lambda record: record.created_at, reverse=True)[:ENTRIES]


class LatestFeed(Feed):
    feed_type = Atom1Feed
    author_name = AUTHOR
    title = gettext_lazy("aidtracker: new pledges and sanctions")
    subtitle = gettext_lazy(
        "Aid pledges and sanctions as they are recorded, each with the source that states it."
    )

    def link(self):
        return reverse("pledges:home")

    def feed_url(self):
        return reverse("pledges:feed")

    def items(self):
        return latest(Pledge.objects.all(), Sanction.objects.all())

    def item_title(self, item):
        # The labels keep their own capitals: "Japan → Russia: Exclusion from SWIFT".
        if isinstance(item, Pledge):
            return _("%(donor)s → %(recipient)s: %(category)s aid") % {
                "donor": item.donor.local_name,
                "recipient": item.recipient.local_name,
                "category": item.get_category_display(),
            }
        # Translators: a sanction's title in a feed: "Japan → Russia: Exclusion from SWIFT".
        return _("%(imposer)s → %(target)s: %(measure)s") % {
            "imposer": item.imposer.local_name,
            "target": item.target.local_name,
            "measure": item.get_measure_display(),
        }

    def item_description(self, item):
        return escape(item.summary())

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at


class CountryFeed(LatestFeed):
    """New pledges and sanctions that concern one country, at /countries/<slug>/feed/."""

    def get_object(self, request, slug):
        country = Country.objects.find(slug)
        if country is None:
            raise Http404("There is no such country.")
        return country

    def title(self, country):
        return _("aidtracker: new pledges and sanctions of %(country)s") % {
            "country": country.in_sentence
        }

    def subtitle(self, country):
        return _("Pledges given and received and sanctions imposed and faced by %(country)s.") % {
            "country": country.in_sentence
        }

    def link(self, country):
        return country.get_absolute_url()

    def feed_url(self, country):
        return reverse("pledges:country-feed", kwargs={"slug": country.slug})

    def items(self, country):
        return latest(
            Pledge.objects.filter(Q(donor=country) | Q(recipient=country)),
            Sanction.objects.filter(Q(imposer=country) | Q(target=country)),
        )


class ChangesFeed(Feed):
    """Corrections to published records, newest first, at /changes/feed/; `?country=<slug>`
    keeps those of the records that concern one country."""

    feed_type = Atom1Feed
    author_name = AUTHOR
    query_parameters = frozenset({"country"})

    def get_object(self, request):
        key = request.GET.get("country", "")
        if not key:
            return None
        country = Country.objects.find(key)
        if country is None:
            raise Http404("There is no such country.")
        return country

    def title(self, country):
        if country is None:
            return _("aidtracker: changes to published records")
        return _("aidtracker: changes to the records of %(country)s") % {
            "country": country.in_sentence
        }

    def subtitle(self, country):
        return _("Each correction of a published pledge, sanction or fact: what changed, and why.")

    def link(self, country):
        url = reverse("pledges:change-list")
        return f"{url}?country={country.slug}" if country else url

    def feed_url(self, country):
        url = reverse("pledges:change-feed")
        return f"{url}?country={country.slug}" if country else url

    def items(self, country):
        changes = Change.objects.all()
        if country is not None:
            changes = changes.concerning(country)
        return changes[:ENTRIES]

    def item_title(self, change):
        # Translators: a change's title in a feed: "Changed: Japan to Ukraine, military aid".
        return _("%(action)s: %(record)s") % {
            "action": change.get_action_display(),
            "record": change.record,
        }

    def item_description(self, change):
        # Each field as it was recorded (pledges.changes), in the site's language.
        lines = [f"{field['label']}: {field['old']} → {field['new']}" for field in change.fields]
        lines.append(_("Reason: %(reason)s") % {"reason": change.reason or _("none given")})
        return escape("\n".join(lines)).replace("\n", "<br>")

    def item_link(self, change):
        return change.get_absolute_url()

    def item_pubdate(self, change):
        return change.changed_at
