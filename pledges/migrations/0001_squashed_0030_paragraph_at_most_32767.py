"""The thirty migrations 0001-0030 as one, for new databases: every table as it stands after 0030,
then the countries and the Editors group that those migrations seeded.

A database that has all of 0001-0030 applied records this one as applied at its next `migrate`;
one that has some of them keeps migrating through them. Their steps that rebuild figures from
stored rows do nothing on a new database and are left out.

Checked against the thirty when written (7 Dec 2026): the same tables, columns, indexes and
constraints on SQLite and PostgreSQL (columns in another order), the same 249 countries and the
same permissions for the Editors group.
"""

from decimal import Decimal

import django.contrib.postgres.search
import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import simple_history.models
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models
from django.utils.text import slugify

import pledges.models.indexes
import pledges.search

# Every country of ISO 3166-1, frozen as 0002_countries had it.
COUNTRIES = """
AD Andorra|AE United Arab Emirates|AF Afghanistan|AG Antigua and Barbuda|AI Anguilla|AL Albania
AM Armenia|AO Angola|AQ Antarctica|AR Argentina|AS American Samoa|AT Austria|AU Australia|AW Aruba
AX Åland Islands|AZ Azerbaijan|BA Bosnia and Herzegovina|BB Barbados|BD Bangladesh|BE Belgium
BF Burkina Faso|BG Bulgaria|BH Bahrain|BI Burundi|BJ Benin|BL Saint Barthélemy|BM Bermuda|BN Brunei
BO Bolivia|BQ Caribbean Netherlands|BR Brazil|BS Bahamas|BT Bhutan|BV Bouvet Island|BW Botswana
BY Belarus|BZ Belize|CA Canada|CC Cocos (Keeling) Islands|CD Democratic Republic of the Congo
CF Central African Republic|CG Republic of the Congo|CH Switzerland|CI Côte d'Ivoire|CK Cook Islands
CL Chile|CM Cameroon|CN China|CO Colombia|CR Costa Rica|CU Cuba|CV Cabo Verde|CW Curaçao
CX Christmas Island|CY Cyprus|CZ Czechia|DE Germany|DJ Djibouti|DK Denmark|DM Dominica
DO Dominican Republic|DZ Algeria|EC Ecuador|EE Estonia|EG Egypt|EH Western Sahara|ER Eritrea|ES Spain
ET Ethiopia|FI Finland|FJ Fiji|FK Falkland Islands|FM Micronesia|FO Faroe Islands|FR France|GA Gabon
GB United Kingdom|GD Grenada|GE Georgia|GF French Guiana|GG Guernsey|GH Ghana|GI Gibraltar
GL Greenland|GM Gambia|GN Guinea|GP Guadeloupe|GQ Equatorial Guinea|GR Greece
GS South Georgia and the South Sandwich Islands|GT Guatemala|GU Guam|GW Guinea-Bissau|GY Guyana
HK Hong Kong|HM Heard Island and McDonald Islands|HN Honduras|HR Croatia|HT Haiti|HU Hungary
ID Indonesia|IE Ireland|IL Israel|IM Isle of Man|IN India|IO British Indian Ocean Territory|IQ Iraq
IR Iran|IS Iceland|IT Italy|JE Jersey|JM Jamaica|JO Jordan|JP Japan|KE Kenya|KG Kyrgyzstan
KH Cambodia|KI Kiribati|KM Comoros|KN Saint Kitts and Nevis|KP North Korea|KR South Korea|KW Kuwait
KY Cayman Islands|KZ Kazakhstan|LA Laos|LB Lebanon|LC Saint Lucia|LI Liechtenstein|LK Sri Lanka
LR Liberia|LS Lesotho|LT Lithuania|LU Luxembourg|LV Latvia|LY Libya|MA Morocco|MC Monaco|MD Moldova
ME Montenegro|MF Saint Martin|MG Madagascar|MH Marshall Islands|MK North Macedonia|ML Mali
MM Myanmar|MN Mongolia|MO Macao|MP Northern Mariana Islands|MQ Martinique|MR Mauritania
MS Montserrat|MT Malta|MU Mauritius|MV Maldives|MW Malawi|MX Mexico|MY Malaysia|MZ Mozambique
NA Namibia|NC New Caledonia|NE Niger|NF Norfolk Island|NG Nigeria|NI Nicaragua|NL Netherlands
NO Norway|NP Nepal|NR Nauru|NU Niue|NZ New Zealand|OM Oman|PA Panama|PE Peru|PF French Polynesia
PG Papua New Guinea|PH Philippines|PK Pakistan|PL Poland|PM Saint Pierre and Miquelon
PN Pitcairn Islands|PR Puerto Rico|PS Palestine|PT Portugal|PW Palau|PY Paraguay|QA Qatar
RE Réunion|RO Romania|RS Serbia|RU Russia|RW Rwanda|SA Saudi Arabia|SB Solomon Islands
SC Seychelles|SD Sudan|SE Sweden|SG Singapore|SH Saint Helena, Ascension and Tristan da Cunha
SI Slovenia|SJ Svalbard and Jan Mayen|SK Slovakia|SL Sierra Leone|SM San Marino|SN Senegal
SO Somalia|SR Suriname|SS South Sudan|ST São Tomé and Príncipe|SV El Salvador|SX Sint Maarten
SY Syria|SZ Eswatini|TC Turks and Caicos Islands|TD Chad|TF French Southern Territories|TG Togo
TH Thailand|TJ Tajikistan|TK Tokelau|TL Timor-Leste|TM Turkmenistan|TN Tunisia|TO Tonga|TR Türkiye
TT Trinidad and Tobago|TV Tuvalu|TW Taiwan|TZ Tanzania|UA Ukraine|UG Uganda
UM United States Minor Outlying Islands|US United States|UY Uruguay|UZ Uzbekistan|VA Vatican City
VC Saint Vincent and the Grenadines|VE Venezuela|VG British Virgin Islands
VI United States Virgin Islands|VN Vietnam|VU Vanuatu|WF Wallis and Futuna|WS Samoa|YE Yemen
YT Mayotte|ZA South Africa|ZM Zambia|ZW Zimbabwe
"""


# What 0003, 0012, 0014, 0026 and 0027 let editors do: add, change and view these; view countries.
EDITABLE = [
    "pledge", "aiditem", "itemtype", "sanction", "sanctiontarget", "source", "fact",
    "sourcedraft", "corroboration", "pledgeevent", "sanctiondate",
]  # fmt: skip


def add_countries(apps, schema_editor):
    Country = apps.get_model("pledges", "Country")
    entries = (entry.strip().split(" ", 1) for entry in COUNTRIES.replace("\n", "|").split("|"))
    Country.objects.bulk_create(
        Country(iso_code=code, name=name, slug=slugify(name), kind="country")
        for code, name in (entry for entry in entries if entry != [""])
    )


def add_editors(apps, schema_editor):
    # Permissions are normally created after all migrations have run; create them now.
    # (The tests call this with the project's own apps, after a flush, to put the group back.)
    app_config = apps.get_app_config("pledges")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module
    codenames = [f"{action}_{model}" for model in EDITABLE for action in ("add", "change", "view")]
    Permission = apps.get_model("auth", "Permission")
    editors, _ = apps.get_model("auth", "Group").objects.get_or_create(name="Editors")
    editors.permissions.set(
        Permission.objects.filter(
            content_type__app_label="pledges", codename__in=[*codenames, "view_country"]
        )
    )


class Migration(migrations.Migration):
    replaces = [
        ("pledges", "0001_initial"),
        ("pledges", "0002_countries"),
        ("pledges", "0003_editors_group"),
        ("pledges", "0004_country_totals"),
        ("pledges", "0005_scale"),
        ("pledges", "0006_page_version"),
        ("pledges", "0007_country_partners"),
        ("pledges", "0008_history_and_update_times"),
        ("pledges", "0009_history_indexes_by_record"),
        ("pledges", "0010_list_sort_indexes"),
        ("pledges", "0011_facts_and_readings"),
        ("pledges", "0012_editors_may_edit_facts"),
        ("pledges", "0013_source_text_and_drafts"),
        ("pledges", "0014_editors_may_review_drafts"),
        ("pledges", "0015_page_version_changed_at"),
        ("pledges", "0016_full_text_search"),
        ("pledges", "0017_undated_search_indexes"),
        ("pledges", "0018_pledge_values_converted"),
        ("pledges", "0019_country_totals_converted"),
        ("pledges", "0020_value_sort_in_dollars"),
        ("pledges", "0021_country_months"),
        ("pledges", "0022_pledge_events"),
        ("pledges", "0023_site_figures"),
        ("pledges", "0024_pledge_relations"),
        ("pledges", "0025_changes"),
        ("pledges", "0026_editors_may_record_stages"),
        ("pledges", "0027_sanction_dates"),
        ("pledges", "0028_corroboration_figures"),
        ("pledges", "0029_public_changes_detail"),
        ("pledges", "0030_paragraph_at_most_32767"),
    ]

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ItemType",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True)),
                ("slug", models.SlugField(max_length=100, unique=True)),
                ("description", models.TextField(blank=True)),
                (
                    "lethal",
                    models.BooleanField(
                        blank=True,
                        help_text="Yes for weapons and ammunition, no for other items, empty when it varies: military aid's lethality is read from its items' types by this.",
                        null=True,
                    ),
                ),
                (
                    "updated_at",
                    models.DateTimeField(
                        auto_now=True, help_text="When the item type or its figures last changed."
                    ),
                ),
            ],
            options={
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="PageVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version", models.PositiveBigIntegerField(default=1)),
                ("changed_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
        ),
        migrations.CreateModel(
            name="SiteCategory",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "category",
                    models.CharField(
                        choices=[
                            ("military", "Military"),
                            ("humanitarian", "Humanitarian"),
                            ("financial", "Financial"),
                        ],
                        max_length=12,
                        unique=True,
                    ),
                ),
                ("count", models.PositiveIntegerField()),
            ],
            options={
                "verbose_name_plural": "site categories",
                "ordering": ["category"],
            },
        ),
        migrations.CreateModel(
            name="Country",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True)),
                (
                    "slug",
                    models.SlugField(
                        help_text="Part of the country's public URL; people link to it, so never change it.",
                        max_length=100,
                        unique=True,
                    ),
                ),
                (
                    "iso_code",
                    models.CharField(
                        blank=True,
                        help_text="ISO 3166-1 alpha-2 code, such as JP. Required for a country.",
                        max_length=2,
                        verbose_name="ISO code",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("country", "Country"),
                            ("organisation", "International organisation"),
                        ],
                        default="country",
                        max_length=12,
                    ),
                ),
                ("pledges_given_count", models.PositiveIntegerField(default=0, editable=False)),
                ("pledges_received_count", models.PositiveIntegerField(default=0, editable=False)),
                ("sanctions_imposed_count", models.PositiveIntegerField(default=0, editable=False)),
                (
                    "sanctions_received_count",
                    models.PositiveIntegerField(default=0, editable=False),
                ),
                ("facts_count", models.PositiveIntegerField(default=0, editable=False)),
                (
                    "given_usd",
                    models.DecimalField(
                        blank=True, decimal_places=2, editable=False, max_digits=24, null=True
                    ),
                ),
                (
                    "given_eur",
                    models.DecimalField(
                        blank=True, decimal_places=2, editable=False, max_digits=24, null=True
                    ),
                ),
                ("given_converted", models.PositiveIntegerField(default=0, editable=False)),
                (
                    "updated_at",
                    models.DateTimeField(
                        auto_now=True, help_text="When the country or its figures last changed."
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "countries",
                "ordering": ["name"],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("iso_code", ""), _negated=True),
                        fields=("iso_code",),
                        name="country_iso_code_unique",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("kind", "country"), _negated=True),
                            models.Q(("iso_code", ""), _negated=True),
                            _connector="OR",
                        ),
                        name="country_has_iso_code",
                        violation_error_message="A country needs its ISO 3166-1 alpha-2 code.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("kind__in", ["country", "organisation"])),
                        name="country_kind_valid",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="HistoricalSource",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "reference",
                    models.SlugField(
                        help_text="A short stable key for this source, such as epoch-times-2022-japan-equipment.",
                        max_length=100,
                    ),
                ),
                ("title", models.CharField(max_length=300)),
                ("publisher", models.CharField(blank=True, max_length=200)),
                (
                    "authors",
                    models.CharField(blank=True, help_text="Comma-separated.", max_length=300),
                ),
                (
                    "contributors",
                    models.CharField(blank=True, help_text="Comma-separated.", max_length=300),
                ),
                (
                    "published_on",
                    models.DateField(
                        blank=True,
                        help_text="Leave empty when the source gives no date and none can be worked out.",
                        null=True,
                    ),
                ),
                (
                    "published_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "published_note",
                    models.TextField(
                        blank=True,
                        help_text="Where the date is worked out rather than printed: from what, and how.",
                        verbose_name="how the date was worked out",
                    ),
                ),
                (
                    "url",
                    models.URLField(
                        blank=True,
                        help_text="Where readers can read the source itself. Empty only when it is not known.",
                        max_length=500,
                        verbose_name="address of the original",
                    ),
                ),
                (
                    "notes",
                    models.TextField(
                        blank=True,
                        help_text="How this source was read: how its paragraphs are counted, what it leaves open.",
                    ),
                ),
                (
                    "text",
                    models.TextField(
                        blank=True,
                        help_text="The source's text as published, HTML reduced to plain text. Where it is kept, each record's paragraph and words are checked against it. Never a copy the licence forbids keeping.",
                    ),
                ),
                (
                    "is_synthetic",
                    models.BooleanField(
                        default=False,
                        editable=False,
                        help_text="Made-up data for tests and benchmarks (manage.py generate_synthetic); never real.",
                        verbose_name="synthetic",
                    ),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False)),
                ("updated_at", models.DateTimeField(blank=True, editable=False)),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField()),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical source",
                "verbose_name_plural": "historical sources",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="SiteMonth",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        choices=[
                            ("given", "Pledges given"),
                            ("received", "Pledges received"),
                            ("imposed", "Sanctions imposed"),
                            ("targeted", "Sanctions faced"),
                        ],
                        max_length=8,
                    ),
                ),
                ("month", models.DateField()),
                ("count", models.PositiveIntegerField()),
                ("derived", models.PositiveIntegerField(default=0)),
            ],
            options={
                "ordering": ["role", "month"],
                "constraints": [
                    models.UniqueConstraint(fields=("role", "month"), name="sitemonth_unique")
                ],
            },
        ),
        migrations.CreateModel(
            name="Source",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "reference",
                    models.SlugField(
                        help_text="A short stable key for this source, such as epoch-times-2022-japan-equipment.",
                        max_length=100,
                        unique=True,
                    ),
                ),
                ("title", models.CharField(max_length=300)),
                ("publisher", models.CharField(blank=True, max_length=200)),
                (
                    "authors",
                    models.CharField(blank=True, help_text="Comma-separated.", max_length=300),
                ),
                (
                    "contributors",
                    models.CharField(blank=True, help_text="Comma-separated.", max_length=300),
                ),
                (
                    "published_on",
                    models.DateField(
                        blank=True,
                        help_text="Leave empty when the source gives no date and none can be worked out.",
                        null=True,
                    ),
                ),
                (
                    "published_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "published_note",
                    models.TextField(
                        blank=True,
                        help_text="Where the date is worked out rather than printed: from what, and how.",
                        verbose_name="how the date was worked out",
                    ),
                ),
                (
                    "url",
                    models.URLField(
                        blank=True,
                        help_text="Where readers can read the source itself. Empty only when it is not known.",
                        max_length=500,
                        verbose_name="address of the original",
                    ),
                ),
                (
                    "notes",
                    models.TextField(
                        blank=True,
                        help_text="How this source was read: how its paragraphs are counted, what it leaves open.",
                    ),
                ),
                (
                    "text",
                    models.TextField(
                        blank=True,
                        help_text="The source's text as published, HTML reduced to plain text. Where it is kept, each record's paragraph and words are checked against it. Never a copy the licence forbids keeping.",
                    ),
                ),
                (
                    "is_synthetic",
                    models.BooleanField(
                        default=False,
                        editable=False,
                        help_text="Made-up data for tests and benchmarks (manage.py generate_synthetic); never real.",
                        verbose_name="synthetic",
                    ),
                ),
                ("pledge_count", models.PositiveIntegerField(default=0, editable=False)),
                ("sanction_count", models.PositiveIntegerField(default=0, editable=False)),
                ("fact_count", models.PositiveIntegerField(default=0, editable=False)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "ordering": ["title"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("published_on__isnull", True), ("published_precision", "unknown")
                            ),
                            models.Q(
                                models.Q(("published_precision", "unknown"), _negated=True),
                                ("published_on__isnull", False),
                            ),
                            _connector="OR",
                        ),
                        name="source_date_precision_consistent",
                        violation_error_message="A date is stored exactly when its precision is known.",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="HistoricalSanction",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state it, such as “$350 million worth of weapons”. A short phrase, never a whole sentence.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reference",
                    models.SlugField(
                        blank=True,
                        help_text="Stable key of a record loaded from a data file; empty for records entered here.",
                        max_length=100,
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True,
                        help_text="How an ambiguous statement was read, e.g. which currency a bare “$” means.",
                    ),
                ),
                (
                    "readings",
                    models.JSONField(
                        blank=True,
                        db_default=models.Value({}, output_field=models.JSONField()),
                        default=dict,
                        help_text="The values the source does not state in so many words, each “read” (an interpretation, such as a bare “$” read as US dollars) or “derived” (worked out, such as half of a stated number); the reading note says how. Dates say so by their precision.",
                        verbose_name="read or worked out",
                    ),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False)),
                ("updated_at", models.DateTimeField(blank=True, editable=False)),
                (
                    "measure",
                    models.CharField(
                        choices=[
                            ("swift_exclusion", "Exclusion from SWIFT"),
                            ("asset_freeze", "Asset freeze"),
                            ("export_ban", "Export ban"),
                            ("import_ban", "Import ban"),
                            ("travel_ban", "Travel ban"),
                            ("investment_ban", "Investment ban"),
                            ("other", "Other measure"),
                        ],
                        max_length=16,
                    ),
                ),
                (
                    "target_kind",
                    models.CharField(
                        choices=[
                            ("banks", "Banks"),
                            ("persons", "Persons"),
                            ("entities", "Entities"),
                            ("sectors", "Sectors"),
                            ("state", "The state as a whole"),
                        ],
                        max_length=10,
                        verbose_name="kind of target",
                    ),
                ),
                (
                    "targets_count",
                    models.PositiveIntegerField(
                        blank=True,
                        help_text="Empty when the source does not state how many.",
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(
                                1, message="A number of targets must be at least 1."
                            )
                        ],
                        verbose_name="number of targets",
                    ),
                ),
                ("description", models.TextField(help_text="The measure, in your own words.")),
                ("imposed_on", models.DateField(blank=True, null=True, verbose_name="start")),
                (
                    "imposed_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="start precision",
                    ),
                ),
                (
                    "imposed_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date.",
                        max_length=60,
                        verbose_name="start as stated",
                    ),
                ),
                (
                    "lifted_on",
                    models.DateField(
                        blank=True,
                        help_text="As this record's source states it; empty while in force. A lifting can also be entered below with its own source.",
                        null=True,
                        verbose_name="end",
                    ),
                ),
                (
                    "in_force_on",
                    models.DateField(
                        blank=True, editable=False, null=True, verbose_name="in force from"
                    ),
                ),
                (
                    "ended_on",
                    models.DateField(blank=True, editable=False, null=True, verbose_name="ended"),
                ),
                (
                    "legal_act",
                    models.CharField(
                        blank=True,
                        db_default="",
                        default="",
                        help_text="The act that imposes it, where known, such as “Council Regulation (EU) 2022/263” or a cabinet order's number.",
                        max_length=300,
                        verbose_name="legal act",
                    ),
                ),
                (
                    "legal_act_url",
                    models.URLField(
                        blank=True,
                        db_default="",
                        default="",
                        help_text="Where the act is published.",
                        max_length=500,
                        verbose_name="legal act's address",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField()),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "imposer",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.country",
                    ),
                ),
                (
                    "target",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.country",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical sanction",
                "verbose_name_plural": "historical sanctions",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalFact",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state it, such as “$350 million worth of weapons”. A short phrase, never a whole sentence.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reference",
                    models.SlugField(
                        blank=True,
                        help_text="Stable key of a record loaded from a data file; empty for records entered here.",
                        max_length=100,
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True,
                        help_text="How an ambiguous statement was read, e.g. which currency a bare “$” means.",
                    ),
                ),
                (
                    "readings",
                    models.JSONField(
                        blank=True,
                        db_default=models.Value({}, output_field=models.JSONField()),
                        default=dict,
                        help_text="The values the source does not state in so many words, each “read” (an interpretation, such as a bare “$” read as US dollars) or “derived” (worked out, such as half of a stated number); the reading note says how. Dates say so by their precision.",
                        verbose_name="read or worked out",
                    ),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False)),
                ("updated_at", models.DateTimeField(blank=True, editable=False)),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("fled_abroad", "People who fled the country"),
                            ("refugees_hosted", "Refugees the country shelters"),
                            ("displaced", "People displaced within the country"),
                            ("casualties", "People killed or wounded"),
                            ("assessment", "Assessment of the situation"),
                            ("policy", "Stated policy"),
                        ],
                        max_length=16,
                    ),
                ),
                (
                    "value",
                    models.PositiveBigIntegerField(
                        blank=True,
                        help_text="The number the source gives, such as 700000; empty when it gives none.",
                        null=True,
                    ),
                ),
                (
                    "qualifier",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("exact", "exactly"),
                            ("about", "about"),
                            ("close_to", "close to"),
                            ("at_least", "at least"),
                            ("more_than", "more than"),
                            ("up_to", "up to"),
                        ],
                        help_text="How the source qualifies the number (“close to 700,000”).",
                        max_length=10,
                    ),
                ),
                (
                    "unit",
                    models.CharField(
                        blank=True, help_text="What is counted, such as “people”.", max_length=40
                    ),
                ),
                ("description", models.TextField(help_text="The fact, in your own words.")),
                ("stated_on", models.DateField(blank=True, null=True, verbose_name="as of")),
                (
                    "stated_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "stated_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date.",
                        max_length=60,
                        verbose_name="date as stated",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField()),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "about",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        help_text="The other country it concerns, if any: where refugees come from, whom a policy is about.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.country",
                        verbose_name="concerning",
                    ),
                ),
                (
                    "country",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.country",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical fact",
                "verbose_name_plural": "historical facts",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Change",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("pledge", "Pledge"), ("sanction", "Sanction"), ("fact", "Fact")],
                        max_length=8,
                    ),
                ),
                ("record_id", models.PositiveBigIntegerField()),
                (
                    "action",
                    models.CharField(
                        choices=[("changed", "Changed"), ("removed", "Removed")],
                        default="changed",
                        max_length=8,
                    ),
                ),
                ("changed_at", models.DateTimeField()),
                ("record", models.CharField(max_length=300)),
                ("fields", models.JSONField(default=list)),
                ("reason", models.TextField(blank=True)),
                ("record_removed", models.BooleanField(default=False)),
                (
                    "country",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="pledges.country",
                    ),
                ),
                (
                    "partner",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="pledges.country",
                    ),
                ),
            ],
            options={
                "ordering": ["-changed_at", "-id"],
                "indexes": [
                    models.Index(fields=["-changed_at", "-id"], name="change_newest_idx"),
                    models.Index(
                        fields=["kind", "record_id", "-changed_at"], name="change_record_idx"
                    ),
                    models.Index(fields=["country", "-changed_at"], name="change_country_idx"),
                    models.Index(fields=["partner", "-changed_at"], name="change_partner_idx"),
                ],
            },
        ),
        migrations.CreateModel(
            name="CountryMonth",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        choices=[
                            ("given", "Pledges given"),
                            ("received", "Pledges received"),
                            ("imposed", "Sanctions imposed"),
                            ("targeted", "Sanctions faced"),
                        ],
                        max_length=8,
                    ),
                ),
                ("month", models.DateField()),
                ("count", models.PositiveIntegerField()),
                ("derived", models.PositiveIntegerField(default=0)),
                (
                    "country",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="months",
                        to="pledges.country",
                    ),
                ),
            ],
            options={
                "ordering": ["country", "role", "month"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("country", "role", "month"), name="countrymonth_unique"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="CountryPartner",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        choices=[
                            ("given", "Pledges given"),
                            ("received", "Pledges received"),
                            ("imposed", "Sanctions imposed"),
                            ("targeted", "Sanctions faced"),
                        ],
                        max_length=8,
                    ),
                ),
                ("count", models.PositiveIntegerField()),
                (
                    "country",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="partner_counts",
                        to="pledges.country",
                    ),
                ),
                (
                    "partner",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="pledges.country",
                    ),
                ),
            ],
            options={
                "ordering": ["country", "role", "-count"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("country", "role", "partner"), name="countrypartner_unique"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="CountryStage",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        choices=[
                            ("given", "Pledges given"),
                            ("received", "Pledges received"),
                            ("imposed", "Sanctions imposed"),
                            ("targeted", "Sanctions faced"),
                        ],
                        max_length=8,
                    ),
                ),
                (
                    "stage",
                    models.CharField(
                        choices=[
                            ("announced", "Announced"),
                            ("approved", "Approved"),
                            ("delivering", "Being delivered"),
                            ("delivered", "Delivered"),
                            ("withdrawn", "Withdrawn"),
                        ],
                        max_length=10,
                    ),
                ),
                ("count", models.PositiveIntegerField()),
                ("converted", models.PositiveIntegerField(default=0)),
                (
                    "value_usd",
                    models.DecimalField(blank=True, decimal_places=2, max_digits=24, null=True),
                ),
                (
                    "country",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="stages",
                        to="pledges.country",
                    ),
                ),
            ],
            options={
                "ordering": ["country", "role", "stage"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("country", "role", "stage"), name="countrystage_unique"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="CountryTotal",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        choices=[
                            ("given", "Pledges given"),
                            ("received", "Pledges received"),
                            ("imposed", "Sanctions imposed"),
                            ("targeted", "Sanctions faced"),
                        ],
                        max_length=8,
                    ),
                ),
                (
                    "category",
                    models.CharField(
                        choices=[
                            ("military", "Military"),
                            ("humanitarian", "Humanitarian"),
                            ("financial", "Financial"),
                        ],
                        max_length=12,
                    ),
                ),
                ("currency", models.CharField(blank=True, max_length=3)),
                ("pledge_count", models.PositiveIntegerField()),
                (
                    "amount",
                    models.DecimalField(blank=True, decimal_places=2, max_digits=24, null=True),
                ),
                ("converted", models.PositiveIntegerField(default=0)),
                (
                    "value_usd",
                    models.DecimalField(blank=True, decimal_places=2, max_digits=24, null=True),
                ),
                (
                    "value_eur",
                    models.DecimalField(blank=True, decimal_places=2, max_digits=24, null=True),
                ),
                ("in_package", models.BooleanField(db_default=False, default=False)),
                (
                    "country",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="totals",
                        to="pledges.country",
                    ),
                ),
            ],
            options={
                "ordering": ["country", "role", "category", "currency", "in_package"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("country", "role", "category", "currency", "in_package"),
                        name="countrytotal_unique",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="ItemTypeTotal",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("unit", models.CharField(blank=True, max_length=40)),
                ("items", models.PositiveIntegerField()),
                ("stated", models.PositiveBigIntegerField(blank=True, null=True)),
                ("unstated", models.PositiveIntegerField()),
                ("delivered", models.PositiveBigIntegerField(blank=True, null=True)),
                (
                    "donor",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="pledges.country",
                    ),
                ),
                (
                    "item_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="totals",
                        to="pledges.itemtype",
                    ),
                ),
            ],
            options={
                "ordering": ["item_type", "donor", "unit"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("item_type", "donor", "unit"), name="itemtypetotal_unique"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Fact",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state it, such as “$350 million worth of weapons”. A short phrase, never a whole sentence.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reference",
                    models.SlugField(
                        blank=True,
                        help_text="Stable key of a record loaded from a data file; empty for records entered here.",
                        max_length=100,
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True,
                        help_text="How an ambiguous statement was read, e.g. which currency a bare “$” means.",
                    ),
                ),
                (
                    "readings",
                    models.JSONField(
                        blank=True,
                        db_default=models.Value({}, output_field=models.JSONField()),
                        default=dict,
                        help_text="The values the source does not state in so many words, each “read” (an interpretation, such as a bare “$” read as US dollars) or “derived” (worked out, such as half of a stated number); the reading note says how. Dates say so by their precision.",
                        verbose_name="read or worked out",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "search_document",
                    models.TextField(
                        db_default="",
                        default="",
                        editable=False,
                        help_text="The words the record is found by in a search, written on every save.",
                    ),
                ),
                (
                    "search_vector",
                    models.GeneratedField(
                        db_persist=True,
                        expression=pledges.search.DocumentVector("search_document"),
                        output_field=django.contrib.postgres.search.SearchVectorField(null=True),
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("fled_abroad", "People who fled the country"),
                            ("refugees_hosted", "Refugees the country shelters"),
                            ("displaced", "People displaced within the country"),
                            ("casualties", "People killed or wounded"),
                            ("assessment", "Assessment of the situation"),
                            ("policy", "Stated policy"),
                        ],
                        max_length=16,
                    ),
                ),
                (
                    "value",
                    models.PositiveBigIntegerField(
                        blank=True,
                        help_text="The number the source gives, such as 700000; empty when it gives none.",
                        null=True,
                    ),
                ),
                (
                    "qualifier",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("exact", "exactly"),
                            ("about", "about"),
                            ("close_to", "close to"),
                            ("at_least", "at least"),
                            ("more_than", "more than"),
                            ("up_to", "up to"),
                        ],
                        help_text="How the source qualifies the number (“close to 700,000”).",
                        max_length=10,
                    ),
                ),
                (
                    "unit",
                    models.CharField(
                        blank=True, help_text="What is counted, such as “people”.", max_length=40
                    ),
                ),
                ("description", models.TextField(help_text="The fact, in your own words.")),
                ("stated_on", models.DateField(blank=True, null=True, verbose_name="as of")),
                (
                    "stated_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "stated_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date.",
                        max_length=60,
                        verbose_name="date as stated",
                    ),
                ),
                (
                    "about",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        help_text="The other country it concerns, if any: where refugees come from, whom a policy is about.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="facts_about",
                        to="pledges.country",
                        verbose_name="concerning",
                    ),
                ),
                (
                    "country",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="facts",
                        to="pledges.country",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="%(class)ss",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "ordering": [
                    models.OrderBy(models.F("stated_on"), descending=True, nulls_last=True),
                    "-id",
                ],
                "indexes": [
                    pledges.models.indexes.NullsLastIndex(
                        models.F("country"),
                        models.OrderBy(models.F("stated_on"), descending=True, nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="fact_country_idx",
                    ),
                    pledges.models.indexes.NullsLastIndex(
                        models.F("about"),
                        models.OrderBy(models.F("stated_on"), descending=True, nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="fact_about_idx",
                    ),
                    pledges.search.FullTextIndex(name="fact_search_idx"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("about__isnull", True),
                            models.Q(("about", models.F("country")), _negated=True),
                            _connector="OR",
                        ),
                        name="fact_about_another_country",
                        violation_error_message="A fact concerns another country, or none.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("value__isnull", False), ("qualifier", ""), _connector="OR"
                        ),
                        name="fact_qualifier_has_value",
                        violation_error_message="A qualifier qualifies a number: give the number.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("stated_on__isnull", True), ("stated_precision", "unknown")),
                            models.Q(
                                models.Q(("stated_precision", "unknown"), _negated=True),
                                ("stated_on__isnull", False),
                            ),
                            _connector="OR",
                        ),
                        name="fact_date_precision_consistent",
                        violation_error_message="A date is stored exactly when its precision is known.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("paragraph__gte", 1)), name="fact_paragraph_positive"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "kind__in",
                                [
                                    "fled_abroad",
                                    "refugees_hosted",
                                    "displaced",
                                    "casualties",
                                    "assessment",
                                    "policy",
                                ],
                            )
                        ),
                        name="fact_kind_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("qualifier", ""),
                            (
                                "qualifier__in",
                                ["exact", "about", "close_to", "at_least", "more_than", "up_to"],
                            ),
                            _connector="OR",
                        ),
                        name="fact_qualifier_valid",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("reference", ""), _negated=True),
                        fields=("source", "reference"),
                        name="fact_reference_unique",
                        violation_error_message="This source already has a fact with this reference.",
                    ),
                    models.UniqueConstraint(
                        fields=("source", "paragraph", "country", "kind", "quote"),
                        name="fact_statement_unique",
                        violation_error_message="This fact is already recorded: the same source, paragraph, country, kind and figure words.",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="Pledge",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state it, such as “$350 million worth of weapons”. A short phrase, never a whole sentence.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reference",
                    models.SlugField(
                        blank=True,
                        help_text="Stable key of a record loaded from a data file; empty for records entered here.",
                        max_length=100,
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True,
                        help_text="How an ambiguous statement was read, e.g. which currency a bare “$” means.",
                    ),
                ),
                (
                    "readings",
                    models.JSONField(
                        blank=True,
                        db_default=models.Value({}, output_field=models.JSONField()),
                        default=dict,
                        help_text="The values the source does not state in so many words, each “read” (an interpretation, such as a bare “$” read as US dollars) or “derived” (worked out, such as half of a stated number); the reading note says how. Dates say so by their precision.",
                        verbose_name="read or worked out",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "search_document",
                    models.TextField(
                        db_default="",
                        default="",
                        editable=False,
                        help_text="The words the record is found by in a search, written on every save.",
                    ),
                ),
                (
                    "search_vector",
                    models.GeneratedField(
                        db_persist=True,
                        expression=pledges.search.DocumentVector("search_document"),
                        output_field=django.contrib.postgres.search.SearchVectorField(null=True),
                    ),
                ),
                (
                    "category",
                    models.CharField(
                        choices=[
                            ("military", "Military"),
                            ("humanitarian", "Humanitarian"),
                            ("financial", "Financial"),
                        ],
                        max_length=12,
                    ),
                ),
                (
                    "lethality",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("lethal", "Lethal"),
                            ("non_lethal", "Non-lethal"),
                            ("both", "Lethal and non-lethal"),
                        ],
                        help_text="Where the source says whether the aid is lethal. Left empty for military aid with items, it is read from the items' types (weapons and ammunition are lethal).",
                        max_length=10,
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("announced", "Announced"),
                            ("approved", "Approved"),
                            ("delivering", "Being delivered"),
                            ("delivered", "Delivered"),
                            ("withdrawn", "Withdrawn"),
                        ],
                        default="announced",
                        help_text="The stage its source states when the pledge is entered; from then on the latest of its stages (listed below the pledge), and it changes with them.",
                        max_length=10,
                    ),
                ),
                ("description", models.TextField(help_text="What was pledged, in your own words.")),
                (
                    "amount",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="The value exactly as the source states it, unconverted. Empty when not stated.",
                        max_digits=18,
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(
                                Decimal("0.01"),
                                message="An amount must be more than zero; leave it empty when the source gives none.",
                            )
                        ],
                    ),
                ),
                (
                    "currency",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("AED", "AED – UAE dirham"),
                            ("AFN", "AFN – Afghan afghani"),
                            ("ALL", "ALL – Albanian lek"),
                            ("AMD", "AMD – Armenian dram"),
                            ("AOA", "AOA – Angolan kwanza"),
                            ("ARS", "ARS – Argentine peso"),
                            ("AUD", "AUD – Australian dollar"),
                            ("AWG", "AWG – Aruban florin"),
                            ("AZN", "AZN – Azerbaijani manat"),
                            ("BAM", "BAM – Bosnia and Herzegovina convertible mark"),
                            ("BBD", "BBD – Barbados dollar"),
                            ("BDT", "BDT – Bangladeshi taka"),
                            ("BGN", "BGN – Bulgarian lev"),
                            ("BHD", "BHD – Bahraini dinar"),
                            ("BIF", "BIF – Burundian franc"),
                            ("BMD", "BMD – Bermudian dollar"),
                            ("BND", "BND – Brunei dollar"),
                            ("BOB", "BOB – Boliviano"),
                            ("BRL", "BRL – Brazilian real"),
                            ("BSD", "BSD – Bahamian dollar"),
                            ("BTN", "BTN – Bhutanese ngultrum"),
                            ("BWP", "BWP – Botswana pula"),
                            ("BYN", "BYN – Belarusian ruble"),
                            ("BZD", "BZD – Belize dollar"),
                            ("CAD", "CAD – Canadian dollar"),
                            ("CDF", "CDF – Congolese franc"),
                            ("CHF", "CHF – Swiss franc"),
                            ("CLP", "CLP – Chilean peso"),
                            ("CNY", "CNY – Chinese yuan"),
                            ("COP", "COP – Colombian peso"),
                            ("CRC", "CRC – Costa Rican colón"),
                            ("CUP", "CUP – Cuban peso"),
                            ("CVE", "CVE – Cape Verdean escudo"),
                            ("CZK", "CZK – Czech koruna"),
                            ("DJF", "DJF – Djiboutian franc"),
                            ("DKK", "DKK – Danish krone"),
                            ("DOP", "DOP – Dominican peso"),
                            ("DZD", "DZD – Algerian dinar"),
                            ("EGP", "EGP – Egyptian pound"),
                            ("ERN", "ERN – Eritrean nakfa"),
                            ("ETB", "ETB – Ethiopian birr"),
                            ("EUR", "EUR – Euro"),
                            ("FJD", "FJD – Fiji dollar"),
                            ("FKP", "FKP – Falkland Islands pound"),
                            ("GBP", "GBP – Pound sterling"),
                            ("GEL", "GEL – Georgian lari"),
                            ("GHS", "GHS – Ghanaian cedi"),
                            ("GIP", "GIP – Gibraltar pound"),
                            ("GMD", "GMD – Gambian dalasi"),
                            ("GNF", "GNF – Guinean franc"),
                            ("GTQ", "GTQ – Guatemalan quetzal"),
                            ("GYD", "GYD – Guyanese dollar"),
                            ("HKD", "HKD – Hong Kong dollar"),
                            ("HNL", "HNL – Honduran lempira"),
                            ("HTG", "HTG – Haitian gourde"),
                            ("HUF", "HUF – Hungarian forint"),
                            ("IDR", "IDR – Indonesian rupiah"),
                            ("ILS", "ILS – Israeli new shekel"),
                            ("INR", "INR – Indian rupee"),
                            ("IQD", "IQD – Iraqi dinar"),
                            ("IRR", "IRR – Iranian rial"),
                            ("ISK", "ISK – Icelandic króna"),
                            ("JMD", "JMD – Jamaican dollar"),
                            ("JOD", "JOD – Jordanian dinar"),
                            ("JPY", "JPY – Japanese yen"),
                            ("KES", "KES – Kenyan shilling"),
                            ("KGS", "KGS – Kyrgyzstani som"),
                            ("KHR", "KHR – Cambodian riel"),
                            ("KMF", "KMF – Comoro franc"),
                            ("KPW", "KPW – North Korean won"),
                            ("KRW", "KRW – South Korean won"),
                            ("KWD", "KWD – Kuwaiti dinar"),
                            ("KYD", "KYD – Cayman Islands dollar"),
                            ("KZT", "KZT – Kazakhstani tenge"),
                            ("LAK", "LAK – Lao kip"),
                            ("LBP", "LBP – Lebanese pound"),
                            ("LKR", "LKR – Sri Lankan rupee"),
                            ("LRD", "LRD – Liberian dollar"),
                            ("LSL", "LSL – Lesotho loti"),
                            ("LYD", "LYD – Libyan dinar"),
                            ("MAD", "MAD – Moroccan dirham"),
                            ("MDL", "MDL – Moldovan leu"),
                            ("MGA", "MGA – Malagasy ariary"),
                            ("MKD", "MKD – Macedonian denar"),
                            ("MMK", "MMK – Myanmar kyat"),
                            ("MNT", "MNT – Mongolian tögrög"),
                            ("MOP", "MOP – Macanese pataca"),
                            ("MRU", "MRU – Mauritanian ouguiya"),
                            ("MUR", "MUR – Mauritian rupee"),
                            ("MVR", "MVR – Maldivian rufiyaa"),
                            ("MWK", "MWK – Malawian kwacha"),
                            ("MXN", "MXN – Mexican peso"),
                            ("MYR", "MYR – Malaysian ringgit"),
                            ("MZN", "MZN – Mozambican metical"),
                            ("NAD", "NAD – Namibian dollar"),
                            ("NGN", "NGN – Nigerian naira"),
                            ("NIO", "NIO – Nicaraguan córdoba"),
                            ("NOK", "NOK – Norwegian krone"),
                            ("NPR", "NPR – Nepalese rupee"),
                            ("NZD", "NZD – New Zealand dollar"),
                            ("OMR", "OMR – Omani rial"),
                            ("PAB", "PAB – Panamanian balboa"),
                            ("PEN", "PEN – Peruvian sol"),
                            ("PGK", "PGK – Papua New Guinean kina"),
                            ("PHP", "PHP – Philippine peso"),
                            ("PKR", "PKR – Pakistani rupee"),
                            ("PLN", "PLN – Polish złoty"),
                            ("PYG", "PYG – Paraguayan guaraní"),
                            ("QAR", "QAR – Qatari riyal"),
                            ("RON", "RON – Romanian leu"),
                            ("RSD", "RSD – Serbian dinar"),
                            ("RUB", "RUB – Russian ruble"),
                            ("RWF", "RWF – Rwandan franc"),
                            ("SAR", "SAR – Saudi riyal"),
                            ("SBD", "SBD – Solomon Islands dollar"),
                            ("SCR", "SCR – Seychelles rupee"),
                            ("SDG", "SDG – Sudanese pound"),
                            ("SEK", "SEK – Swedish krona"),
                            ("SGD", "SGD – Singapore dollar"),
                            ("SHP", "SHP – Saint Helena pound"),
                            ("SLE", "SLE – Sierra Leonean leone"),
                            ("SOS", "SOS – Somali shilling"),
                            ("SRD", "SRD – Surinamese dollar"),
                            ("SSP", "SSP – South Sudanese pound"),
                            ("STN", "STN – São Tomé and Príncipe dobra"),
                            ("SVC", "SVC – Salvadoran colón"),
                            ("SYP", "SYP – Syrian pound"),
                            ("SZL", "SZL – Swazi lilangeni"),
                            ("THB", "THB – Thai baht"),
                            ("TJS", "TJS – Tajikistani somoni"),
                            ("TMT", "TMT – Turkmenistan manat"),
                            ("TND", "TND – Tunisian dinar"),
                            ("TOP", "TOP – Tongan paʻanga"),
                            ("TRY", "TRY – Turkish lira"),
                            ("TTD", "TTD – Trinidad and Tobago dollar"),
                            ("TWD", "TWD – New Taiwan dollar"),
                            ("TZS", "TZS – Tanzanian shilling"),
                            ("UAH", "UAH – Ukrainian hryvnia"),
                            ("UGX", "UGX – Ugandan shilling"),
                            ("USD", "USD – United States dollar"),
                            ("UYU", "UYU – Uruguayan peso"),
                            ("UZS", "UZS – Uzbekistani sum"),
                            ("VES", "VES – Venezuelan bolívar"),
                            ("VND", "VND – Vietnamese đồng"),
                            ("VUV", "VUV – Vanuatu vatu"),
                            ("WST", "WST – Samoan tālā"),
                            ("XAF", "XAF – Central African CFA franc"),
                            ("XCD", "XCD – East Caribbean dollar"),
                            ("XDR", "XDR – IMF special drawing right"),
                            ("XOF", "XOF – West African CFA franc"),
                            ("XPF", "XPF – CFP franc"),
                            ("YER", "YER – Yemeni rial"),
                            ("ZAR", "ZAR – South African rand"),
                            ("ZMW", "ZMW – Zambian kwacha"),
                            ("ZWG", "ZWG – Zimbabwe gold"),
                        ],
                        help_text="ISO 4217 currency of the amount as the source states it.",
                        max_length=3,
                    ),
                ),
                ("announced_on", models.DateField(blank=True, null=True)),
                (
                    "announced_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "announced_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date, such as “Feb. 26” or “Friday”.",
                        max_length=60,
                        verbose_name="date as stated",
                    ),
                ),
                (
                    "adds_to_earlier",
                    models.BooleanField(
                        db_default=False,
                        default=False,
                        help_text="The source says it comes on top of earlier aid (“an additional $25 million”). Its value is new money and counts in full.",
                        verbose_name="adds to earlier aid",
                    ),
                ),
                (
                    "value_usd",
                    models.DecimalField(
                        decimal_places=2,
                        editable=False,
                        max_digits=22,
                        null=True,
                        verbose_name="value in US dollars",
                    ),
                ),
                (
                    "value_eur",
                    models.DecimalField(
                        decimal_places=2,
                        editable=False,
                        max_digits=22,
                        null=True,
                        verbose_name="value in euros",
                    ),
                ),
                (
                    "usd_rate",
                    models.DecimalField(
                        decimal_places=10,
                        editable=False,
                        max_digits=24,
                        null=True,
                        verbose_name="US dollars per unit",
                    ),
                ),
                (
                    "eur_rate",
                    models.DecimalField(
                        decimal_places=10,
                        editable=False,
                        max_digits=24,
                        null=True,
                        verbose_name="euros per unit",
                    ),
                ),
                ("rate_on", models.DateField(editable=False, null=True, verbose_name="rate of")),
                (
                    "rate_period",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("day", "Rate of the day"),
                            ("month", "Month's average"),
                            ("year", "Year's average"),
                        ],
                        editable=False,
                        max_length=5,
                    ),
                ),
                (
                    "adds_to",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        help_text="When that earlier pledge is recorded here. Leave empty if it is not.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="top_ups",
                        to="pledges.pledge",
                        verbose_name="the earlier pledge it adds to",
                    ),
                ),
                (
                    "donor",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="pledges_given",
                        to="pledges.country",
                    ),
                ),
                (
                    "part_of",
                    models.ForeignKey(
                        blank=True,
                        db_index=False,
                        help_text="The pledge of the whole package, when the source gives this as one of its parts. Its value is then counted in the package's value, never a second time.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="parts",
                        to="pledges.pledge",
                        verbose_name="part of the package",
                    ),
                ),
                (
                    "recipient",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="pledges_received",
                        to="pledges.country",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="%(class)ss",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "ordering": [
                    models.OrderBy(models.F("announced_on"), descending=True, nulls_last=True),
                    "-id",
                ],
                "indexes": [
                    pledges.models.indexes.NullsLastIndex(
                        models.F("donor"),
                        models.OrderBy(models.F("announced_on"), descending=True, nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="pledge_donor_newest_idx",
                    ),
                    pledges.models.indexes.NullsLastIndex(
                        models.F("recipient"),
                        models.OrderBy(models.F("announced_on"), descending=True, nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="pledge_recipient_newest_idx",
                    ),
                    pledges.models.indexes.NullsLastIndex(
                        models.OrderBy(models.F("announced_on"), descending=True, nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="pledge_newest_idx",
                    ),
                    pledges.models.indexes.NullsLastIndex(
                        models.OrderBy(models.F("announced_on"), nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="pledge_oldest_idx",
                    ),
                    models.Index(
                        condition=models.Q(("value_usd__isnull", False)),
                        fields=["value_usd", "id"],
                        name="pledge_usd_value_idx",
                    ),
                    models.Index(
                        models.ExpressionWrapper(
                            models.Q(("amount__isnull", True)), output_field=models.BooleanField()
                        ),
                        models.F("currency"),
                        models.OrderBy(models.F("amount"), descending=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="pledge_largest_idx",
                    ),
                    models.Index(
                        condition=models.Q(("adds_to__isnull", False)),
                        fields=["adds_to"],
                        name="pledge_adds_to_idx",
                    ),
                    models.Index(
                        condition=models.Q(("part_of__isnull", False)),
                        fields=["part_of"],
                        name="pledge_part_of_idx",
                    ),
                    pledges.search.FullTextIndex(name="pledge_search_idx"),
                    pledges.search.FullTextIndex(
                        condition=models.Q(("announced_on__isnull", True)),
                        name="pledge_undated_search_idx",
                    ),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("amount__isnull", True), ("amount__gt", 0), _connector="OR"
                        ),
                        name="pledge_amount_positive",
                        violation_error_message="An amount must be more than zero.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("amount__isnull", True), ("currency", "")),
                            models.Q(
                                ("amount__isnull", False), models.Q(("currency", ""), _negated=True)
                            ),
                            _connector="OR",
                        ),
                        name="pledge_amount_has_currency",
                        violation_error_message="An amount needs its currency, and a currency its amount.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("donor", models.F("recipient")), _negated=True),
                        name="pledge_donor_not_recipient",
                        violation_error_message="A donor cannot pledge to itself.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("announced_on__isnull", True), ("announced_precision", "unknown")
                            ),
                            models.Q(
                                models.Q(("announced_precision", "unknown"), _negated=True),
                                ("announced_on__isnull", False),
                            ),
                            _connector="OR",
                        ),
                        name="pledge_date_precision_consistent",
                        violation_error_message="A date is stored exactly when its precision is known.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("paragraph__gte", 1)), name="pledge_paragraph_positive"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("adds_to__isnull", True), ("adds_to_earlier", True), _connector="OR"
                        ),
                        name="pledge_adds_to_is_earlier_aid",
                        violation_error_message="A pledge that adds to another adds to earlier aid.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("adds_to", models.F("id")), _negated=True),
                            models.Q(("part_of", models.F("id")), _negated=True),
                        ),
                        name="pledge_not_related_to_itself",
                        violation_error_message="A pledge cannot add to itself or be part of itself.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("category__in", ["military", "humanitarian", "financial"])
                        ),
                        name="pledge_category_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "status__in",
                                ["announced", "approved", "delivering", "delivered", "withdrawn"],
                            )
                        ),
                        name="pledge_status_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("lethality", ""),
                            ("lethality__in", ["lethal", "non_lethal", "both"]),
                            _connector="OR",
                        ),
                        name="pledge_lethality_valid",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("reference", ""), _negated=True),
                        fields=("source", "reference"),
                        name="pledge_reference_unique",
                        violation_error_message="This source already has a pledge with this reference.",
                    ),
                    models.UniqueConstraint(
                        fields=("source", "paragraph", "donor", "recipient", "quote"),
                        name="pledge_statement_unique",
                        violation_error_message="This pledge is already recorded: the same source, paragraph, donor, recipient and figure words.",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="HistoricalAidItem",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="The item as the source names it.",
                        max_length=150,
                        verbose_name="name as stated",
                    ),
                ),
                (
                    "quantity",
                    models.PositiveBigIntegerField(
                        blank=True,
                        help_text="Empty when the source does not state a quantity.",
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(
                                1,
                                message="A quantity must be at least 1; leave it empty when not stated.",
                            )
                        ],
                    ),
                ),
                (
                    "unit",
                    models.CharField(
                        blank=True,
                        help_text="Unit of the quantity where stated, e.g. “pieces”.",
                        max_length=40,
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Paragraph of the pledge's source that names this item.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words that name the item or its quantity.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField()),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "item_type",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.itemtype",
                    ),
                ),
                (
                    "pledge",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.pledge",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical aid item",
                "verbose_name_plural": "historical aid items",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="AidItem",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="The item as the source names it.",
                        max_length=150,
                        verbose_name="name as stated",
                    ),
                ),
                (
                    "quantity",
                    models.PositiveBigIntegerField(
                        blank=True,
                        help_text="Empty when the source does not state a quantity.",
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(
                                1,
                                message="A quantity must be at least 1; leave it empty when not stated.",
                            )
                        ],
                    ),
                ),
                (
                    "unit",
                    models.CharField(
                        blank=True,
                        help_text="Unit of the quantity where stated, e.g. “pieces”.",
                        max_length=40,
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Paragraph of the pledge's source that names this item.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words that name the item or its quantity.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "item_type",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="aid_items",
                        to="pledges.itemtype",
                    ),
                ),
                (
                    "pledge",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="items",
                        to="pledges.pledge",
                    ),
                ),
            ],
            options={
                "verbose_name": "aid item",
                "ordering": ["pledge", "id"],
                "indexes": [
                    models.Index(fields=["item_type", "-pledge", "-id"], name="aiditem_type_idx")
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("quantity__isnull", True), ("quantity__gt", 0), _connector="OR"
                        ),
                        name="aiditem_quantity_positive",
                        violation_error_message="A quantity must be at least 1.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("quantity__isnull", False), ("unit", ""), _connector="OR"
                        ),
                        name="aiditem_unit_needs_quantity",
                        violation_error_message="A unit needs a quantity.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("paragraph__gte", 1)), name="aiditem_paragraph_positive"
                    ),
                    models.UniqueConstraint(
                        fields=("pledge", "name"),
                        name="aiditem_name_unique_per_pledge",
                        violation_error_message="This pledge already lists an item of this name.",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="Sanction",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state it, such as “$350 million worth of weapons”. A short phrase, never a whole sentence.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reference",
                    models.SlugField(
                        blank=True,
                        help_text="Stable key of a record loaded from a data file; empty for records entered here.",
                        max_length=100,
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True,
                        help_text="How an ambiguous statement was read, e.g. which currency a bare “$” means.",
                    ),
                ),
                (
                    "readings",
                    models.JSONField(
                        blank=True,
                        db_default=models.Value({}, output_field=models.JSONField()),
                        default=dict,
                        help_text="The values the source does not state in so many words, each “read” (an interpretation, such as a bare “$” read as US dollars) or “derived” (worked out, such as half of a stated number); the reading note says how. Dates say so by their precision.",
                        verbose_name="read or worked out",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "search_document",
                    models.TextField(
                        db_default="",
                        default="",
                        editable=False,
                        help_text="The words the record is found by in a search, written on every save.",
                    ),
                ),
                (
                    "search_vector",
                    models.GeneratedField(
                        db_persist=True,
                        expression=pledges.search.DocumentVector("search_document"),
                        output_field=django.contrib.postgres.search.SearchVectorField(null=True),
                    ),
                ),
                (
                    "measure",
                    models.CharField(
                        choices=[
                            ("swift_exclusion", "Exclusion from SWIFT"),
                            ("asset_freeze", "Asset freeze"),
                            ("export_ban", "Export ban"),
                            ("import_ban", "Import ban"),
                            ("travel_ban", "Travel ban"),
                            ("investment_ban", "Investment ban"),
                            ("other", "Other measure"),
                        ],
                        max_length=16,
                    ),
                ),
                (
                    "target_kind",
                    models.CharField(
                        choices=[
                            ("banks", "Banks"),
                            ("persons", "Persons"),
                            ("entities", "Entities"),
                            ("sectors", "Sectors"),
                            ("state", "The state as a whole"),
                        ],
                        max_length=10,
                        verbose_name="kind of target",
                    ),
                ),
                (
                    "targets_count",
                    models.PositiveIntegerField(
                        blank=True,
                        help_text="Empty when the source does not state how many.",
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(
                                1, message="A number of targets must be at least 1."
                            )
                        ],
                        verbose_name="number of targets",
                    ),
                ),
                ("description", models.TextField(help_text="The measure, in your own words.")),
                ("imposed_on", models.DateField(blank=True, null=True, verbose_name="start")),
                (
                    "imposed_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="start precision",
                    ),
                ),
                (
                    "imposed_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date.",
                        max_length=60,
                        verbose_name="start as stated",
                    ),
                ),
                (
                    "lifted_on",
                    models.DateField(
                        blank=True,
                        help_text="As this record's source states it; empty while in force. A lifting can also be entered below with its own source.",
                        null=True,
                        verbose_name="end",
                    ),
                ),
                (
                    "in_force_on",
                    models.DateField(
                        blank=True, editable=False, null=True, verbose_name="in force from"
                    ),
                ),
                (
                    "ended_on",
                    models.DateField(blank=True, editable=False, null=True, verbose_name="ended"),
                ),
                (
                    "legal_act",
                    models.CharField(
                        blank=True,
                        db_default="",
                        default="",
                        help_text="The act that imposes it, where known, such as “Council Regulation (EU) 2022/263” or a cabinet order's number.",
                        max_length=300,
                        verbose_name="legal act",
                    ),
                ),
                (
                    "legal_act_url",
                    models.URLField(
                        blank=True,
                        db_default="",
                        default="",
                        help_text="Where the act is published.",
                        max_length=500,
                        verbose_name="legal act's address",
                    ),
                ),
                (
                    "imposer",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="sanctions_imposed",
                        to="pledges.country",
                    ),
                ),
                (
                    "target",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="sanctions_received",
                        to="pledges.country",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="%(class)ss",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "ordering": [
                    models.OrderBy(models.F("imposed_on"), descending=True, nulls_last=True),
                    "-id",
                ],
                "indexes": [
                    pledges.models.indexes.NullsLastIndex(
                        models.F("imposer"),
                        models.OrderBy(models.F("imposed_on"), descending=True, nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="sanction_imposer_newest_idx",
                    ),
                    pledges.models.indexes.NullsLastIndex(
                        models.F("target"),
                        models.OrderBy(models.F("imposed_on"), descending=True, nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="sanction_target_newest_idx",
                    ),
                    pledges.models.indexes.NullsLastIndex(
                        models.OrderBy(models.F("imposed_on"), descending=True, nulls_last=True),
                        models.OrderBy(models.F("id"), descending=True),
                        name="sanction_newest_idx",
                    ),
                    pledges.search.FullTextIndex(name="sanction_search_idx"),
                    pledges.search.FullTextIndex(
                        condition=models.Q(("imposed_on__isnull", True)),
                        name="sanction_undated_search_idx",
                    ),
                    models.Index(
                        condition=models.Q(("in_force_on__isnull", False)),
                        fields=["in_force_on"],
                        name="sanction_in_force_idx",
                    ),
                    models.Index(
                        condition=models.Q(("ended_on__isnull", False)),
                        fields=["ended_on"],
                        name="sanction_ended_idx",
                    ),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("imposer", models.F("target")), _negated=True),
                        name="sanction_imposer_not_target",
                        violation_error_message="A country cannot sanction itself.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("targets_count__isnull", True),
                            ("targets_count__gt", 0),
                            _connector="OR",
                        ),
                        name="sanction_targets_count_positive",
                        violation_error_message="A number of targets must be at least 1.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("lifted_on__isnull", True),
                            ("imposed_on__isnull", True),
                            ("lifted_on__gte", models.F("imposed_on")),
                            _connector="OR",
                        ),
                        name="sanction_ends_after_start",
                        violation_error_message="A sanction cannot end before it starts.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("imposed_on__isnull", True), ("imposed_precision", "unknown")
                            ),
                            models.Q(
                                models.Q(("imposed_precision", "unknown"), _negated=True),
                                ("imposed_on__isnull", False),
                            ),
                            _connector="OR",
                        ),
                        name="sanction_date_precision_consistent",
                        violation_error_message="A date is stored exactly when its precision is known.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("paragraph__gte", 1)),
                        name="sanction_paragraph_positive",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "measure__in",
                                [
                                    "swift_exclusion",
                                    "asset_freeze",
                                    "export_ban",
                                    "import_ban",
                                    "travel_ban",
                                    "investment_ban",
                                    "other",
                                ],
                            )
                        ),
                        name="sanction_measure_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "target_kind__in",
                                ["banks", "persons", "entities", "sectors", "state"],
                            )
                        ),
                        name="sanction_target_kind_valid",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("reference", ""), _negated=True),
                        fields=("source", "reference"),
                        name="sanction_reference_unique",
                        violation_error_message="This source already has a sanction with this reference.",
                    ),
                    models.UniqueConstraint(
                        fields=("source", "paragraph", "imposer", "target", "quote"),
                        name="sanction_statement_unique",
                        violation_error_message="This sanction is already recorded: the same source, paragraph, imposing and target countries and figure words.",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="HistoricalSanctionTarget",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=200)),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField()),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "sanction",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.sanction",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical named target",
                "verbose_name_plural": "historical named targets",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="SanctionTarget",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=200)),
                (
                    "sanction",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="named_targets",
                        to="pledges.sanction",
                    ),
                ),
            ],
            options={
                "verbose_name": "named target",
                "ordering": ["sanction", "id"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("sanction", "name"),
                        name="sanctiontarget_unique_per_sanction",
                        violation_error_message="This sanction already names this target.",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="SanctionDate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("in_force", "In force"), ("lifted", "Lifted")], max_length=8
                    ),
                ),
                ("occurred_on", models.DateField(blank=True, null=True, verbose_name="date")),
                (
                    "occurred_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "occurred_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date, such as “from March 1”.",
                        max_length=60,
                        verbose_name="date as stated",
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state it, such as “takes effect on March 1”.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True, help_text="How the date was worked out, if it was."
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "sanction",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="stated_dates",
                        to="pledges.sanction",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="sanction_dates",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "date in force or lifted",
                "verbose_name_plural": "dates in force or lifted",
                "ordering": ["sanction", "occurred_on", "id"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("kind__in", ["in_force", "lifted"])),
                        name="sanctiondate_kind_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("occurred_on__isnull", True), ("occurred_precision", "unknown")
                            ),
                            models.Q(
                                models.Q(("occurred_precision", "unknown"), _negated=True),
                                ("occurred_on__isnull", False),
                            ),
                            _connector="OR",
                        ),
                        name="sanctiondate_date_precision_consistent",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("paragraph__gte", 1)),
                        name="sanctiondate_paragraph_positive",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="PledgeEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "stage",
                    models.CharField(
                        choices=[
                            ("announced", "Announced"),
                            ("approved", "Approved"),
                            ("delivering", "Being delivered"),
                            ("delivered", "Delivered"),
                            ("withdrawn", "Withdrawn"),
                        ],
                        default="announced",
                        max_length=10,
                    ),
                ),
                (
                    "stage_read",
                    models.BooleanField(
                        default=False,
                        help_text="Tick when the source does not name the stage in so many words (an order to send weapons read as approved, say); the reading note says how it was read.",
                        verbose_name="stage read",
                    ),
                ),
                ("occurred_on", models.DateField(blank=True, null=True, verbose_name="date")),
                (
                    "occurred_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "occurred_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date, such as “Feb. 26” or “Friday”.",
                        max_length=60,
                        verbose_name="date as stated",
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state this stage, such as “approved the shipment”. A short phrase, never a whole sentence.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True,
                        help_text="How the stage or the date was read or worked out, when it was.",
                    ),
                ),
                (
                    "amount",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="For a delivery: the value delivered, as the source states it.",
                        max_digits=18,
                        null=True,
                        validators=[django.core.validators.MinValueValidator(Decimal("0.01"))],
                        verbose_name="value delivered",
                    ),
                ),
                (
                    "currency",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("AED", "AED – UAE dirham"),
                            ("AFN", "AFN – Afghan afghani"),
                            ("ALL", "ALL – Albanian lek"),
                            ("AMD", "AMD – Armenian dram"),
                            ("AOA", "AOA – Angolan kwanza"),
                            ("ARS", "ARS – Argentine peso"),
                            ("AUD", "AUD – Australian dollar"),
                            ("AWG", "AWG – Aruban florin"),
                            ("AZN", "AZN – Azerbaijani manat"),
                            ("BAM", "BAM – Bosnia and Herzegovina convertible mark"),
                            ("BBD", "BBD – Barbados dollar"),
                            ("BDT", "BDT – Bangladeshi taka"),
                            ("BGN", "BGN – Bulgarian lev"),
                            ("BHD", "BHD – Bahraini dinar"),
                            ("BIF", "BIF – Burundian franc"),
                            ("BMD", "BMD – Bermudian dollar"),
                            ("BND", "BND – Brunei dollar"),
                            ("BOB", "BOB – Boliviano"),
                            ("BRL", "BRL – Brazilian real"),
                            ("BSD", "BSD – Bahamian dollar"),
                            ("BTN", "BTN – Bhutanese ngultrum"),
                            ("BWP", "BWP – Botswana pula"),
                            ("BYN", "BYN – Belarusian ruble"),
                            ("BZD", "BZD – Belize dollar"),
                            ("CAD", "CAD – Canadian dollar"),
                            ("CDF", "CDF – Congolese franc"),
                            ("CHF", "CHF – Swiss franc"),
                            ("CLP", "CLP – Chilean peso"),
                            ("CNY", "CNY – Chinese yuan"),
                            ("COP", "COP – Colombian peso"),
                            ("CRC", "CRC – Costa Rican colón"),
                            ("CUP", "CUP – Cuban peso"),
                            ("CVE", "CVE – Cape Verdean escudo"),
                            ("CZK", "CZK – Czech koruna"),
                            ("DJF", "DJF – Djiboutian franc"),
                            ("DKK", "DKK – Danish krone"),
                            ("DOP", "DOP – Dominican peso"),
                            ("DZD", "DZD – Algerian dinar"),
                            ("EGP", "EGP – Egyptian pound"),
                            ("ERN", "ERN – Eritrean nakfa"),
                            ("ETB", "ETB – Ethiopian birr"),
                            ("EUR", "EUR – Euro"),
                            ("FJD", "FJD – Fiji dollar"),
                            ("FKP", "FKP – Falkland Islands pound"),
                            ("GBP", "GBP – Pound sterling"),
                            ("GEL", "GEL – Georgian lari"),
                            ("GHS", "GHS – Ghanaian cedi"),
                            ("GIP", "GIP – Gibraltar pound"),
                            ("GMD", "GMD – Gambian dalasi"),
                            ("GNF", "GNF – Guinean franc"),
                            ("GTQ", "GTQ – Guatemalan quetzal"),
                            ("GYD", "GYD – Guyanese dollar"),
                            ("HKD", "HKD – Hong Kong dollar"),
                            ("HNL", "HNL – Honduran lempira"),
                            ("HTG", "HTG – Haitian gourde"),
                            ("HUF", "HUF – Hungarian forint"),
                            ("IDR", "IDR – Indonesian rupiah"),
                            ("ILS", "ILS – Israeli new shekel"),
                            ("INR", "INR – Indian rupee"),
                            ("IQD", "IQD – Iraqi dinar"),
                            ("IRR", "IRR – Iranian rial"),
                            ("ISK", "ISK – Icelandic króna"),
                            ("JMD", "JMD – Jamaican dollar"),
                            ("JOD", "JOD – Jordanian dinar"),
                            ("JPY", "JPY – Japanese yen"),
                            ("KES", "KES – Kenyan shilling"),
                            ("KGS", "KGS – Kyrgyzstani som"),
                            ("KHR", "KHR – Cambodian riel"),
                            ("KMF", "KMF – Comoro franc"),
                            ("KPW", "KPW – North Korean won"),
                            ("KRW", "KRW – South Korean won"),
                            ("KWD", "KWD – Kuwaiti dinar"),
                            ("KYD", "KYD – Cayman Islands dollar"),
                            ("KZT", "KZT – Kazakhstani tenge"),
                            ("LAK", "LAK – Lao kip"),
                            ("LBP", "LBP – Lebanese pound"),
                            ("LKR", "LKR – Sri Lankan rupee"),
                            ("LRD", "LRD – Liberian dollar"),
                            ("LSL", "LSL – Lesotho loti"),
                            ("LYD", "LYD – Libyan dinar"),
                            ("MAD", "MAD – Moroccan dirham"),
                            ("MDL", "MDL – Moldovan leu"),
                            ("MGA", "MGA – Malagasy ariary"),
                            ("MKD", "MKD – Macedonian denar"),
                            ("MMK", "MMK – Myanmar kyat"),
                            ("MNT", "MNT – Mongolian tögrög"),
                            ("MOP", "MOP – Macanese pataca"),
                            ("MRU", "MRU – Mauritanian ouguiya"),
                            ("MUR", "MUR – Mauritian rupee"),
                            ("MVR", "MVR – Maldivian rufiyaa"),
                            ("MWK", "MWK – Malawian kwacha"),
                            ("MXN", "MXN – Mexican peso"),
                            ("MYR", "MYR – Malaysian ringgit"),
                            ("MZN", "MZN – Mozambican metical"),
                            ("NAD", "NAD – Namibian dollar"),
                            ("NGN", "NGN – Nigerian naira"),
                            ("NIO", "NIO – Nicaraguan córdoba"),
                            ("NOK", "NOK – Norwegian krone"),
                            ("NPR", "NPR – Nepalese rupee"),
                            ("NZD", "NZD – New Zealand dollar"),
                            ("OMR", "OMR – Omani rial"),
                            ("PAB", "PAB – Panamanian balboa"),
                            ("PEN", "PEN – Peruvian sol"),
                            ("PGK", "PGK – Papua New Guinean kina"),
                            ("PHP", "PHP – Philippine peso"),
                            ("PKR", "PKR – Pakistani rupee"),
                            ("PLN", "PLN – Polish złoty"),
                            ("PYG", "PYG – Paraguayan guaraní"),
                            ("QAR", "QAR – Qatari riyal"),
                            ("RON", "RON – Romanian leu"),
                            ("RSD", "RSD – Serbian dinar"),
                            ("RUB", "RUB – Russian ruble"),
                            ("RWF", "RWF – Rwandan franc"),
                            ("SAR", "SAR – Saudi riyal"),
                            ("SBD", "SBD – Solomon Islands dollar"),
                            ("SCR", "SCR – Seychelles rupee"),
                            ("SDG", "SDG – Sudanese pound"),
                            ("SEK", "SEK – Swedish krona"),
                            ("SGD", "SGD – Singapore dollar"),
                            ("SHP", "SHP – Saint Helena pound"),
                            ("SLE", "SLE – Sierra Leonean leone"),
                            ("SOS", "SOS – Somali shilling"),
                            ("SRD", "SRD – Surinamese dollar"),
                            ("SSP", "SSP – South Sudanese pound"),
                            ("STN", "STN – São Tomé and Príncipe dobra"),
                            ("SVC", "SVC – Salvadoran colón"),
                            ("SYP", "SYP – Syrian pound"),
                            ("SZL", "SZL – Swazi lilangeni"),
                            ("THB", "THB – Thai baht"),
                            ("TJS", "TJS – Tajikistani somoni"),
                            ("TMT", "TMT – Turkmenistan manat"),
                            ("TND", "TND – Tunisian dinar"),
                            ("TOP", "TOP – Tongan paʻanga"),
                            ("TRY", "TRY – Turkish lira"),
                            ("TTD", "TTD – Trinidad and Tobago dollar"),
                            ("TWD", "TWD – New Taiwan dollar"),
                            ("TZS", "TZS – Tanzanian shilling"),
                            ("UAH", "UAH – Ukrainian hryvnia"),
                            ("UGX", "UGX – Ugandan shilling"),
                            ("USD", "USD – United States dollar"),
                            ("UYU", "UYU – Uruguayan peso"),
                            ("UZS", "UZS – Uzbekistani sum"),
                            ("VES", "VES – Venezuelan bolívar"),
                            ("VND", "VND – Vietnamese đồng"),
                            ("VUV", "VUV – Vanuatu vatu"),
                            ("WST", "WST – Samoan tālā"),
                            ("XAF", "XAF – Central African CFA franc"),
                            ("XCD", "XCD – East Caribbean dollar"),
                            ("XDR", "XDR – IMF special drawing right"),
                            ("XOF", "XOF – West African CFA franc"),
                            ("XPF", "XPF – CFP franc"),
                            ("YER", "YER – Yemeni rial"),
                            ("ZAR", "ZAR – South African rand"),
                            ("ZMW", "ZMW – Zambian kwacha"),
                            ("ZWG", "ZWG – Zimbabwe gold"),
                        ],
                        max_length=3,
                    ),
                ),
                (
                    "quantity",
                    models.PositiveBigIntegerField(
                        blank=True,
                        help_text="How many of the item this delivery brought, as the source states it.",
                        null=True,
                        validators=[django.core.validators.MinValueValidator(1)],
                        verbose_name="quantity delivered",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "item",
                    models.ForeignKey(
                        blank=True,
                        help_text="For a delivery of one of the pledge's items: which one.",
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="deliveries",
                        to="pledges.aiditem",
                    ),
                ),
                (
                    "pledge",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="events",
                        to="pledges.pledge",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="pledge_events",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "stage",
                "ordering": ["pledge", "id"],
                "indexes": [models.Index(fields=["stage", "pledge"], name="pledgeevent_stage_idx")],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "stage__in",
                                ["announced", "approved", "delivering", "delivered", "withdrawn"],
                            )
                        ),
                        name="pledgeevent_stage_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("occurred_on__isnull", True), ("occurred_precision", "unknown")
                            ),
                            models.Q(
                                models.Q(("occurred_precision", "unknown"), _negated=True),
                                ("occurred_on__isnull", False),
                            ),
                            _connector="OR",
                        ),
                        name="pledgeevent_date_precision_consistent",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("amount__isnull", True), ("currency", "")),
                            models.Q(
                                ("amount__isnull", False), models.Q(("currency", ""), _negated=True)
                            ),
                            _connector="OR",
                        ),
                        name="pledgeevent_amount_has_currency",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("item__isnull", True), ("quantity__isnull", True)),
                            models.Q(("item__isnull", False), ("quantity__isnull", False)),
                            _connector="OR",
                        ),
                        name="pledgeevent_item_has_quantity",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("stage__in", ("delivering", "delivered")),
                            models.Q(("amount__isnull", True), ("item__isnull", True)),
                            _connector="OR",
                        ),
                        name="pledgeevent_delivered_only_in_deliveries",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("paragraph__gte", 1)),
                        name="pledgeevent_paragraph_positive",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="HistoricalSanctionDate",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("in_force", "In force"), ("lifted", "Lifted")], max_length=8
                    ),
                ),
                ("occurred_on", models.DateField(blank=True, null=True, verbose_name="date")),
                (
                    "occurred_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "occurred_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date, such as “from March 1”.",
                        max_length=60,
                        verbose_name="date as stated",
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state it, such as “takes effect on March 1”.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True, help_text="How the date was worked out, if it was."
                    ),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False)),
                ("updated_at", models.DateTimeField(blank=True, editable=False)),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField()),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "sanction",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.sanction",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical date in force or lifted",
                "verbose_name_plural": "historical dates in force or lifted",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalPledgeEvent",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "stage",
                    models.CharField(
                        choices=[
                            ("announced", "Announced"),
                            ("approved", "Approved"),
                            ("delivering", "Being delivered"),
                            ("delivered", "Delivered"),
                            ("withdrawn", "Withdrawn"),
                        ],
                        default="announced",
                        max_length=10,
                    ),
                ),
                (
                    "stage_read",
                    models.BooleanField(
                        default=False,
                        help_text="Tick when the source does not name the stage in so many words (an order to send weapons read as approved, say); the reading note says how it was read.",
                        verbose_name="stage read",
                    ),
                ),
                ("occurred_on", models.DateField(blank=True, null=True, verbose_name="date")),
                (
                    "occurred_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "occurred_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date, such as “Feb. 26” or “Friday”.",
                        max_length=60,
                        verbose_name="date as stated",
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state this stage, such as “approved the shipment”. A short phrase, never a whole sentence.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True,
                        help_text="How the stage or the date was read or worked out, when it was.",
                    ),
                ),
                (
                    "amount",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="For a delivery: the value delivered, as the source states it.",
                        max_digits=18,
                        null=True,
                        validators=[django.core.validators.MinValueValidator(Decimal("0.01"))],
                        verbose_name="value delivered",
                    ),
                ),
                (
                    "currency",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("AED", "AED – UAE dirham"),
                            ("AFN", "AFN – Afghan afghani"),
                            ("ALL", "ALL – Albanian lek"),
                            ("AMD", "AMD – Armenian dram"),
                            ("AOA", "AOA – Angolan kwanza"),
                            ("ARS", "ARS – Argentine peso"),
                            ("AUD", "AUD – Australian dollar"),
                            ("AWG", "AWG – Aruban florin"),
                            ("AZN", "AZN – Azerbaijani manat"),
                            ("BAM", "BAM – Bosnia and Herzegovina convertible mark"),
                            ("BBD", "BBD – Barbados dollar"),
                            ("BDT", "BDT – Bangladeshi taka"),
                            ("BGN", "BGN – Bulgarian lev"),
                            ("BHD", "BHD – Bahraini dinar"),
                            ("BIF", "BIF – Burundian franc"),
                            ("BMD", "BMD – Bermudian dollar"),
                            ("BND", "BND – Brunei dollar"),
                            ("BOB", "BOB – Boliviano"),
                            ("BRL", "BRL – Brazilian real"),
                            ("BSD", "BSD – Bahamian dollar"),
                            ("BTN", "BTN – Bhutanese ngultrum"),
                            ("BWP", "BWP – Botswana pula"),
                            ("BYN", "BYN – Belarusian ruble"),
                            ("BZD", "BZD – Belize dollar"),
                            ("CAD", "CAD – Canadian dollar"),
                            ("CDF", "CDF – Congolese franc"),
                            ("CHF", "CHF – Swiss franc"),
                            ("CLP", "CLP – Chilean peso"),
                            ("CNY", "CNY – Chinese yuan"),
                            ("COP", "COP – Colombian peso"),
                            ("CRC", "CRC – Costa Rican colón"),
                            ("CUP", "CUP – Cuban peso"),
                            ("CVE", "CVE – Cape Verdean escudo"),
                            ("CZK", "CZK – Czech koruna"),
                            ("DJF", "DJF – Djiboutian franc"),
                            ("DKK", "DKK – Danish krone"),
                            ("DOP", "DOP – Dominican peso"),
                            ("DZD", "DZD – Algerian dinar"),
                            ("EGP", "EGP – Egyptian pound"),
                            ("ERN", "ERN – Eritrean nakfa"),
                            ("ETB", "ETB – Ethiopian birr"),
                            ("EUR", "EUR – Euro"),
                            ("FJD", "FJD – Fiji dollar"),
                            ("FKP", "FKP – Falkland Islands pound"),
                            ("GBP", "GBP – Pound sterling"),
                            ("GEL", "GEL – Georgian lari"),
                            ("GHS", "GHS – Ghanaian cedi"),
                            ("GIP", "GIP – Gibraltar pound"),
                            ("GMD", "GMD – Gambian dalasi"),
                            ("GNF", "GNF – Guinean franc"),
                            ("GTQ", "GTQ – Guatemalan quetzal"),
                            ("GYD", "GYD – Guyanese dollar"),
                            ("HKD", "HKD – Hong Kong dollar"),
                            ("HNL", "HNL – Honduran lempira"),
                            ("HTG", "HTG – Haitian gourde"),
                            ("HUF", "HUF – Hungarian forint"),
                            ("IDR", "IDR – Indonesian rupiah"),
                            ("ILS", "ILS – Israeli new shekel"),
                            ("INR", "INR – Indian rupee"),
                            ("IQD", "IQD – Iraqi dinar"),
                            ("IRR", "IRR – Iranian rial"),
                            ("ISK", "ISK – Icelandic króna"),
                            ("JMD", "JMD – Jamaican dollar"),
                            ("JOD", "JOD – Jordanian dinar"),
                            ("JPY", "JPY – Japanese yen"),
                            ("KES", "KES – Kenyan shilling"),
                            ("KGS", "KGS – Kyrgyzstani som"),
                            ("KHR", "KHR – Cambodian riel"),
                            ("KMF", "KMF – Comoro franc"),
                            ("KPW", "KPW – North Korean won"),
                            ("KRW", "KRW – South Korean won"),
                            ("KWD", "KWD – Kuwaiti dinar"),
                            ("KYD", "KYD – Cayman Islands dollar"),
                            ("KZT", "KZT – Kazakhstani tenge"),
                            ("LAK", "LAK – Lao kip"),
                            ("LBP", "LBP – Lebanese pound"),
                            ("LKR", "LKR – Sri Lankan rupee"),
                            ("LRD", "LRD – Liberian dollar"),
                            ("LSL", "LSL – Lesotho loti"),
                            ("LYD", "LYD – Libyan dinar"),
                            ("MAD", "MAD – Moroccan dirham"),
                            ("MDL", "MDL – Moldovan leu"),
                            ("MGA", "MGA – Malagasy ariary"),
                            ("MKD", "MKD – Macedonian denar"),
                            ("MMK", "MMK – Myanmar kyat"),
                            ("MNT", "MNT – Mongolian tögrög"),
                            ("MOP", "MOP – Macanese pataca"),
                            ("MRU", "MRU – Mauritanian ouguiya"),
                            ("MUR", "MUR – Mauritian rupee"),
                            ("MVR", "MVR – Maldivian rufiyaa"),
                            ("MWK", "MWK – Malawian kwacha"),
                            ("MXN", "MXN – Mexican peso"),
                            ("MYR", "MYR – Malaysian ringgit"),
                            ("MZN", "MZN – Mozambican metical"),
                            ("NAD", "NAD – Namibian dollar"),
                            ("NGN", "NGN – Nigerian naira"),
                            ("NIO", "NIO – Nicaraguan córdoba"),
                            ("NOK", "NOK – Norwegian krone"),
                            ("NPR", "NPR – Nepalese rupee"),
                            ("NZD", "NZD – New Zealand dollar"),
                            ("OMR", "OMR – Omani rial"),
                            ("PAB", "PAB – Panamanian balboa"),
                            ("PEN", "PEN – Peruvian sol"),
                            ("PGK", "PGK – Papua New Guinean kina"),
                            ("PHP", "PHP – Philippine peso"),
                            ("PKR", "PKR – Pakistani rupee"),
                            ("PLN", "PLN – Polish złoty"),
                            ("PYG", "PYG – Paraguayan guaraní"),
                            ("QAR", "QAR – Qatari riyal"),
                            ("RON", "RON – Romanian leu"),
                            ("RSD", "RSD – Serbian dinar"),
                            ("RUB", "RUB – Russian ruble"),
                            ("RWF", "RWF – Rwandan franc"),
                            ("SAR", "SAR – Saudi riyal"),
                            ("SBD", "SBD – Solomon Islands dollar"),
                            ("SCR", "SCR – Seychelles rupee"),
                            ("SDG", "SDG – Sudanese pound"),
                            ("SEK", "SEK – Swedish krona"),
                            ("SGD", "SGD – Singapore dollar"),
                            ("SHP", "SHP – Saint Helena pound"),
                            ("SLE", "SLE – Sierra Leonean leone"),
                            ("SOS", "SOS – Somali shilling"),
                            ("SRD", "SRD – Surinamese dollar"),
                            ("SSP", "SSP – South Sudanese pound"),
                            ("STN", "STN – São Tomé and Príncipe dobra"),
                            ("SVC", "SVC – Salvadoran colón"),
                            ("SYP", "SYP – Syrian pound"),
                            ("SZL", "SZL – Swazi lilangeni"),
                            ("THB", "THB – Thai baht"),
                            ("TJS", "TJS – Tajikistani somoni"),
                            ("TMT", "TMT – Turkmenistan manat"),
                            ("TND", "TND – Tunisian dinar"),
                            ("TOP", "TOP – Tongan paʻanga"),
                            ("TRY", "TRY – Turkish lira"),
                            ("TTD", "TTD – Trinidad and Tobago dollar"),
                            ("TWD", "TWD – New Taiwan dollar"),
                            ("TZS", "TZS – Tanzanian shilling"),
                            ("UAH", "UAH – Ukrainian hryvnia"),
                            ("UGX", "UGX – Ugandan shilling"),
                            ("USD", "USD – United States dollar"),
                            ("UYU", "UYU – Uruguayan peso"),
                            ("UZS", "UZS – Uzbekistani sum"),
                            ("VES", "VES – Venezuelan bolívar"),
                            ("VND", "VND – Vietnamese đồng"),
                            ("VUV", "VUV – Vanuatu vatu"),
                            ("WST", "WST – Samoan tālā"),
                            ("XAF", "XAF – Central African CFA franc"),
                            ("XCD", "XCD – East Caribbean dollar"),
                            ("XDR", "XDR – IMF special drawing right"),
                            ("XOF", "XOF – West African CFA franc"),
                            ("XPF", "XPF – CFP franc"),
                            ("YER", "YER – Yemeni rial"),
                            ("ZAR", "ZAR – South African rand"),
                            ("ZMW", "ZMW – Zambian kwacha"),
                            ("ZWG", "ZWG – Zimbabwe gold"),
                        ],
                        max_length=3,
                    ),
                ),
                (
                    "quantity",
                    models.PositiveBigIntegerField(
                        blank=True,
                        help_text="How many of the item this delivery brought, as the source states it.",
                        null=True,
                        validators=[django.core.validators.MinValueValidator(1)],
                        verbose_name="quantity delivered",
                    ),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False)),
                ("updated_at", models.DateTimeField(blank=True, editable=False)),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField()),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "item",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        help_text="For a delivery of one of the pledge's items: which one.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.aiditem",
                    ),
                ),
                (
                    "pledge",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.pledge",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical stage",
                "verbose_name_plural": "historical stages",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalPledge",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of the source that states it, counting from 1.",
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(32767),
                        ],
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of the source that state it, such as “$350 million worth of weapons”. A short phrase, never a whole sentence.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "reference",
                    models.SlugField(
                        blank=True,
                        help_text="Stable key of a record loaded from a data file; empty for records entered here.",
                        max_length=100,
                    ),
                ),
                (
                    "reading_note",
                    models.TextField(
                        blank=True,
                        help_text="How an ambiguous statement was read, e.g. which currency a bare “$” means.",
                    ),
                ),
                (
                    "readings",
                    models.JSONField(
                        blank=True,
                        db_default=models.Value({}, output_field=models.JSONField()),
                        default=dict,
                        help_text="The values the source does not state in so many words, each “read” (an interpretation, such as a bare “$” read as US dollars) or “derived” (worked out, such as half of a stated number); the reading note says how. Dates say so by their precision.",
                        verbose_name="read or worked out",
                    ),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False)),
                ("updated_at", models.DateTimeField(blank=True, editable=False)),
                (
                    "category",
                    models.CharField(
                        choices=[
                            ("military", "Military"),
                            ("humanitarian", "Humanitarian"),
                            ("financial", "Financial"),
                        ],
                        max_length=12,
                    ),
                ),
                (
                    "lethality",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("lethal", "Lethal"),
                            ("non_lethal", "Non-lethal"),
                            ("both", "Lethal and non-lethal"),
                        ],
                        help_text="Where the source says whether the aid is lethal. Left empty for military aid with items, it is read from the items' types (weapons and ammunition are lethal).",
                        max_length=10,
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("announced", "Announced"),
                            ("approved", "Approved"),
                            ("delivering", "Being delivered"),
                            ("delivered", "Delivered"),
                            ("withdrawn", "Withdrawn"),
                        ],
                        default="announced",
                        help_text="The stage its source states when the pledge is entered; from then on the latest of its stages (listed below the pledge), and it changes with them.",
                        max_length=10,
                    ),
                ),
                ("description", models.TextField(help_text="What was pledged, in your own words.")),
                (
                    "amount",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="The value exactly as the source states it, unconverted. Empty when not stated.",
                        max_digits=18,
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(
                                Decimal("0.01"),
                                message="An amount must be more than zero; leave it empty when the source gives none.",
                            )
                        ],
                    ),
                ),
                (
                    "currency",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("AED", "AED – UAE dirham"),
                            ("AFN", "AFN – Afghan afghani"),
                            ("ALL", "ALL – Albanian lek"),
                            ("AMD", "AMD – Armenian dram"),
                            ("AOA", "AOA – Angolan kwanza"),
                            ("ARS", "ARS – Argentine peso"),
                            ("AUD", "AUD – Australian dollar"),
                            ("AWG", "AWG – Aruban florin"),
                            ("AZN", "AZN – Azerbaijani manat"),
                            ("BAM", "BAM – Bosnia and Herzegovina convertible mark"),
                            ("BBD", "BBD – Barbados dollar"),
                            ("BDT", "BDT – Bangladeshi taka"),
                            ("BGN", "BGN – Bulgarian lev"),
                            ("BHD", "BHD – Bahraini dinar"),
                            ("BIF", "BIF – Burundian franc"),
                            ("BMD", "BMD – Bermudian dollar"),
                            ("BND", "BND – Brunei dollar"),
                            ("BOB", "BOB – Boliviano"),
                            ("BRL", "BRL – Brazilian real"),
                            ("BSD", "BSD – Bahamian dollar"),
                            ("BTN", "BTN – Bhutanese ngultrum"),
                            ("BWP", "BWP – Botswana pula"),
                            ("BYN", "BYN – Belarusian ruble"),
                            ("BZD", "BZD – Belize dollar"),
                            ("CAD", "CAD – Canadian dollar"),
                            ("CDF", "CDF – Congolese franc"),
                            ("CHF", "CHF – Swiss franc"),
                            ("CLP", "CLP – Chilean peso"),
                            ("CNY", "CNY – Chinese yuan"),
                            ("COP", "COP – Colombian peso"),
                            ("CRC", "CRC – Costa Rican colón"),
                            ("CUP", "CUP – Cuban peso"),
                            ("CVE", "CVE – Cape Verdean escudo"),
                            ("CZK", "CZK – Czech koruna"),
                            ("DJF", "DJF – Djiboutian franc"),
                            ("DKK", "DKK – Danish krone"),
                            ("DOP", "DOP – Dominican peso"),
                            ("DZD", "DZD – Algerian dinar"),
                            ("EGP", "EGP – Egyptian pound"),
                            ("ERN", "ERN – Eritrean nakfa"),
                            ("ETB", "ETB – Ethiopian birr"),
                            ("EUR", "EUR – Euro"),
                            ("FJD", "FJD – Fiji dollar"),
                            ("FKP", "FKP – Falkland Islands pound"),
                            ("GBP", "GBP – Pound sterling"),
                            ("GEL", "GEL – Georgian lari"),
                            ("GHS", "GHS – Ghanaian cedi"),
                            ("GIP", "GIP – Gibraltar pound"),
                            ("GMD", "GMD – Gambian dalasi"),
                            ("GNF", "GNF – Guinean franc"),
                            ("GTQ", "GTQ – Guatemalan quetzal"),
                            ("GYD", "GYD – Guyanese dollar"),
                            ("HKD", "HKD – Hong Kong dollar"),
                            ("HNL", "HNL – Honduran lempira"),
                            ("HTG", "HTG – Haitian gourde"),
                            ("HUF", "HUF – Hungarian forint"),
                            ("IDR", "IDR – Indonesian rupiah"),
                            ("ILS", "ILS – Israeli new shekel"),
                            ("INR", "INR – Indian rupee"),
                            ("IQD", "IQD – Iraqi dinar"),
                            ("IRR", "IRR – Iranian rial"),
                            ("ISK", "ISK – Icelandic króna"),
                            ("JMD", "JMD – Jamaican dollar"),
                            ("JOD", "JOD – Jordanian dinar"),
                            ("JPY", "JPY – Japanese yen"),
                            ("KES", "KES – Kenyan shilling"),
                            ("KGS", "KGS – Kyrgyzstani som"),
                            ("KHR", "KHR – Cambodian riel"),
                            ("KMF", "KMF – Comoro franc"),
                            ("KPW", "KPW – North Korean won"),
                            ("KRW", "KRW – South Korean won"),
                            ("KWD", "KWD – Kuwaiti dinar"),
                            ("KYD", "KYD – Cayman Islands dollar"),
                            ("KZT", "KZT – Kazakhstani tenge"),
                            ("LAK", "LAK – Lao kip"),
                            ("LBP", "LBP – Lebanese pound"),
                            ("LKR", "LKR – Sri Lankan rupee"),
                            ("LRD", "LRD – Liberian dollar"),
                            ("LSL", "LSL – Lesotho loti"),
                            ("LYD", "LYD – Libyan dinar"),
                            ("MAD", "MAD – Moroccan dirham"),
                            ("MDL", "MDL – Moldovan leu"),
                            ("MGA", "MGA – Malagasy ariary"),
                            ("MKD", "MKD – Macedonian denar"),
                            ("MMK", "MMK – Myanmar kyat"),
                            ("MNT", "MNT – Mongolian tögrög"),
                            ("MOP", "MOP – Macanese pataca"),
                            ("MRU", "MRU – Mauritanian ouguiya"),
                            ("MUR", "MUR – Mauritian rupee"),
                            ("MVR", "MVR – Maldivian rufiyaa"),
                            ("MWK", "MWK – Malawian kwacha"),
                            ("MXN", "MXN – Mexican peso"),
                            ("MYR", "MYR – Malaysian ringgit"),
                            ("MZN", "MZN – Mozambican metical"),
                            ("NAD", "NAD – Namibian dollar"),
                            ("NGN", "NGN – Nigerian naira"),
                            ("NIO", "NIO – Nicaraguan córdoba"),
                            ("NOK", "NOK – Norwegian krone"),
                            ("NPR", "NPR – Nepalese rupee"),
                            ("NZD", "NZD – New Zealand dollar"),
                            ("OMR", "OMR – Omani rial"),
                            ("PAB", "PAB – Panamanian balboa"),
                            ("PEN", "PEN – Peruvian sol"),
                            ("PGK", "PGK – Papua New Guinean kina"),
                            ("PHP", "PHP – Philippine peso"),
                            ("PKR", "PKR – Pakistani rupee"),
                            ("PLN", "PLN – Polish złoty"),
                            ("PYG", "PYG – Paraguayan guaraní"),
                            ("QAR", "QAR – Qatari riyal"),
                            ("RON", "RON – Romanian leu"),
                            ("RSD", "RSD – Serbian dinar"),
                            ("RUB", "RUB – Russian ruble"),
                            ("RWF", "RWF – Rwandan franc"),
                            ("SAR", "SAR – Saudi riyal"),
                            ("SBD", "SBD – Solomon Islands dollar"),
                            ("SCR", "SCR – Seychelles rupee"),
                            ("SDG", "SDG – Sudanese pound"),
                            ("SEK", "SEK – Swedish krona"),
                            ("SGD", "SGD – Singapore dollar"),
                            ("SHP", "SHP – Saint Helena pound"),
                            ("SLE", "SLE – Sierra Leonean leone"),
                            ("SOS", "SOS – Somali shilling"),
                            ("SRD", "SRD – Surinamese dollar"),
                            ("SSP", "SSP – South Sudanese pound"),
                            ("STN", "STN – São Tomé and Príncipe dobra"),
                            ("SVC", "SVC – Salvadoran colón"),
                            ("SYP", "SYP – Syrian pound"),
                            ("SZL", "SZL – Swazi lilangeni"),
                            ("THB", "THB – Thai baht"),
                            ("TJS", "TJS – Tajikistani somoni"),
                            ("TMT", "TMT – Turkmenistan manat"),
                            ("TND", "TND – Tunisian dinar"),
                            ("TOP", "TOP – Tongan paʻanga"),
                            ("TRY", "TRY – Turkish lira"),
                            ("TTD", "TTD – Trinidad and Tobago dollar"),
                            ("TWD", "TWD – New Taiwan dollar"),
                            ("TZS", "TZS – Tanzanian shilling"),
                            ("UAH", "UAH – Ukrainian hryvnia"),
                            ("UGX", "UGX – Ugandan shilling"),
                            ("USD", "USD – United States dollar"),
                            ("UYU", "UYU – Uruguayan peso"),
                            ("UZS", "UZS – Uzbekistani sum"),
                            ("VES", "VES – Venezuelan bolívar"),
                            ("VND", "VND – Vietnamese đồng"),
                            ("VUV", "VUV – Vanuatu vatu"),
                            ("WST", "WST – Samoan tālā"),
                            ("XAF", "XAF – Central African CFA franc"),
                            ("XCD", "XCD – East Caribbean dollar"),
                            ("XDR", "XDR – IMF special drawing right"),
                            ("XOF", "XOF – West African CFA franc"),
                            ("XPF", "XPF – CFP franc"),
                            ("YER", "YER – Yemeni rial"),
                            ("ZAR", "ZAR – South African rand"),
                            ("ZMW", "ZMW – Zambian kwacha"),
                            ("ZWG", "ZWG – Zimbabwe gold"),
                        ],
                        help_text="ISO 4217 currency of the amount as the source states it.",
                        max_length=3,
                    ),
                ),
                ("announced_on", models.DateField(blank=True, null=True)),
                (
                    "announced_precision",
                    models.CharField(
                        choices=[
                            ("day", "Day"),
                            (
                                "derived",
                                "Day worked out from the source's words (see the reading note)",
                            ),
                            ("month", "Month only"),
                            ("year", "Year only"),
                            ("unknown", "Not stated"),
                        ],
                        default="unknown",
                        max_length=8,
                        verbose_name="date precision",
                    ),
                ),
                (
                    "announced_as",
                    models.CharField(
                        blank=True,
                        help_text="The source's words for the date, such as “Feb. 26” or “Friday”.",
                        max_length=60,
                        verbose_name="date as stated",
                    ),
                ),
                (
                    "adds_to_earlier",
                    models.BooleanField(
                        db_default=False,
                        default=False,
                        help_text="The source says it comes on top of earlier aid (“an additional $25 million”). Its value is new money and counts in full.",
                        verbose_name="adds to earlier aid",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField()),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "donor",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.country",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "recipient",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.country",
                    ),
                ),
                (
                    "adds_to",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        help_text="When that earlier pledge is recorded here. Leave empty if it is not.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.pledge",
                        verbose_name="the earlier pledge it adds to",
                    ),
                ),
                (
                    "part_of",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        help_text="The pledge of the whole package, when the source gives this as one of its parts. Its value is then counted in the package's value, never a second time.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.pledge",
                        verbose_name="part of the package",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical pledge",
                "verbose_name_plural": "historical pledges",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalCorroboration",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of this source that reports it, counting from 1."
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of this source that say it.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "figure",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="The value (of a pledge, with its currency), number of targets (of a sanction) or figure (of a fact) this source gives. Empty when it gives none.",
                        max_digits=18,
                        null=True,
                        validators=[django.core.validators.MinValueValidator(Decimal("0.01"))],
                        verbose_name="figure it states",
                    ),
                ),
                (
                    "currency",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("AED", "AED – UAE dirham"),
                            ("AFN", "AFN – Afghan afghani"),
                            ("ALL", "ALL – Albanian lek"),
                            ("AMD", "AMD – Armenian dram"),
                            ("AOA", "AOA – Angolan kwanza"),
                            ("ARS", "ARS – Argentine peso"),
                            ("AUD", "AUD – Australian dollar"),
                            ("AWG", "AWG – Aruban florin"),
                            ("AZN", "AZN – Azerbaijani manat"),
                            ("BAM", "BAM – Bosnia and Herzegovina convertible mark"),
                            ("BBD", "BBD – Barbados dollar"),
                            ("BDT", "BDT – Bangladeshi taka"),
                            ("BGN", "BGN – Bulgarian lev"),
                            ("BHD", "BHD – Bahraini dinar"),
                            ("BIF", "BIF – Burundian franc"),
                            ("BMD", "BMD – Bermudian dollar"),
                            ("BND", "BND – Brunei dollar"),
                            ("BOB", "BOB – Boliviano"),
                            ("BRL", "BRL – Brazilian real"),
                            ("BSD", "BSD – Bahamian dollar"),
                            ("BTN", "BTN – Bhutanese ngultrum"),
                            ("BWP", "BWP – Botswana pula"),
                            ("BYN", "BYN – Belarusian ruble"),
                            ("BZD", "BZD – Belize dollar"),
                            ("CAD", "CAD – Canadian dollar"),
                            ("CDF", "CDF – Congolese franc"),
                            ("CHF", "CHF – Swiss franc"),
                            ("CLP", "CLP – Chilean peso"),
                            ("CNY", "CNY – Chinese yuan"),
                            ("COP", "COP – Colombian peso"),
                            ("CRC", "CRC – Costa Rican colón"),
                            ("CUP", "CUP – Cuban peso"),
                            ("CVE", "CVE – Cape Verdean escudo"),
                            ("CZK", "CZK – Czech koruna"),
                            ("DJF", "DJF – Djiboutian franc"),
                            ("DKK", "DKK – Danish krone"),
                            ("DOP", "DOP – Dominican peso"),
                            ("DZD", "DZD – Algerian dinar"),
                            ("EGP", "EGP – Egyptian pound"),
                            ("ERN", "ERN – Eritrean nakfa"),
                            ("ETB", "ETB – Ethiopian birr"),
                            ("EUR", "EUR – Euro"),
                            ("FJD", "FJD – Fiji dollar"),
                            ("FKP", "FKP – Falkland Islands pound"),
                            ("GBP", "GBP – Pound sterling"),
                            ("GEL", "GEL – Georgian lari"),
                            ("GHS", "GHS – Ghanaian cedi"),
                            ("GIP", "GIP – Gibraltar pound"),
                            ("GMD", "GMD – Gambian dalasi"),
                            ("GNF", "GNF – Guinean franc"),
                            ("GTQ", "GTQ – Guatemalan quetzal"),
                            ("GYD", "GYD – Guyanese dollar"),
                            ("HKD", "HKD – Hong Kong dollar"),
                            ("HNL", "HNL – Honduran lempira"),
                            ("HTG", "HTG – Haitian gourde"),
                            ("HUF", "HUF – Hungarian forint"),
                            ("IDR", "IDR – Indonesian rupiah"),
                            ("ILS", "ILS – Israeli new shekel"),
                            ("INR", "INR – Indian rupee"),
                            ("IQD", "IQD – Iraqi dinar"),
                            ("IRR", "IRR – Iranian rial"),
                            ("ISK", "ISK – Icelandic króna"),
                            ("JMD", "JMD – Jamaican dollar"),
                            ("JOD", "JOD – Jordanian dinar"),
                            ("JPY", "JPY – Japanese yen"),
                            ("KES", "KES – Kenyan shilling"),
                            ("KGS", "KGS – Kyrgyzstani som"),
                            ("KHR", "KHR – Cambodian riel"),
                            ("KMF", "KMF – Comoro franc"),
                            ("KPW", "KPW – North Korean won"),
                            ("KRW", "KRW – South Korean won"),
                            ("KWD", "KWD – Kuwaiti dinar"),
                            ("KYD", "KYD – Cayman Islands dollar"),
                            ("KZT", "KZT – Kazakhstani tenge"),
                            ("LAK", "LAK – Lao kip"),
                            ("LBP", "LBP – Lebanese pound"),
                            ("LKR", "LKR – Sri Lankan rupee"),
                            ("LRD", "LRD – Liberian dollar"),
                            ("LSL", "LSL – Lesotho loti"),
                            ("LYD", "LYD – Libyan dinar"),
                            ("MAD", "MAD – Moroccan dirham"),
                            ("MDL", "MDL – Moldovan leu"),
                            ("MGA", "MGA – Malagasy ariary"),
                            ("MKD", "MKD – Macedonian denar"),
                            ("MMK", "MMK – Myanmar kyat"),
                            ("MNT", "MNT – Mongolian tögrög"),
                            ("MOP", "MOP – Macanese pataca"),
                            ("MRU", "MRU – Mauritanian ouguiya"),
                            ("MUR", "MUR – Mauritian rupee"),
                            ("MVR", "MVR – Maldivian rufiyaa"),
                            ("MWK", "MWK – Malawian kwacha"),
                            ("MXN", "MXN – Mexican peso"),
                            ("MYR", "MYR – Malaysian ringgit"),
                            ("MZN", "MZN – Mozambican metical"),
                            ("NAD", "NAD – Namibian dollar"),
                            ("NGN", "NGN – Nigerian naira"),
                            ("NIO", "NIO – Nicaraguan córdoba"),
                            ("NOK", "NOK – Norwegian krone"),
                            ("NPR", "NPR – Nepalese rupee"),
                            ("NZD", "NZD – New Zealand dollar"),
                            ("OMR", "OMR – Omani rial"),
                            ("PAB", "PAB – Panamanian balboa"),
                            ("PEN", "PEN – Peruvian sol"),
                            ("PGK", "PGK – Papua New Guinean kina"),
                            ("PHP", "PHP – Philippine peso"),
                            ("PKR", "PKR – Pakistani rupee"),
                            ("PLN", "PLN – Polish złoty"),
                            ("PYG", "PYG – Paraguayan guaraní"),
                            ("QAR", "QAR – Qatari riyal"),
                            ("RON", "RON – Romanian leu"),
                            ("RSD", "RSD – Serbian dinar"),
                            ("RUB", "RUB – Russian ruble"),
                            ("RWF", "RWF – Rwandan franc"),
                            ("SAR", "SAR – Saudi riyal"),
                            ("SBD", "SBD – Solomon Islands dollar"),
                            ("SCR", "SCR – Seychelles rupee"),
                            ("SDG", "SDG – Sudanese pound"),
                            ("SEK", "SEK – Swedish krona"),
                            ("SGD", "SGD – Singapore dollar"),
                            ("SHP", "SHP – Saint Helena pound"),
                            ("SLE", "SLE – Sierra Leonean leone"),
                            ("SOS", "SOS – Somali shilling"),
                            ("SRD", "SRD – Surinamese dollar"),
                            ("SSP", "SSP – South Sudanese pound"),
                            ("STN", "STN – São Tomé and Príncipe dobra"),
                            ("SVC", "SVC – Salvadoran colón"),
                            ("SYP", "SYP – Syrian pound"),
                            ("SZL", "SZL – Swazi lilangeni"),
                            ("THB", "THB – Thai baht"),
                            ("TJS", "TJS – Tajikistani somoni"),
                            ("TMT", "TMT – Turkmenistan manat"),
                            ("TND", "TND – Tunisian dinar"),
                            ("TOP", "TOP – Tongan paʻanga"),
                            ("TRY", "TRY – Turkish lira"),
                            ("TTD", "TTD – Trinidad and Tobago dollar"),
                            ("TWD", "TWD – New Taiwan dollar"),
                            ("TZS", "TZS – Tanzanian shilling"),
                            ("UAH", "UAH – Ukrainian hryvnia"),
                            ("UGX", "UGX – Ugandan shilling"),
                            ("USD", "USD – United States dollar"),
                            ("UYU", "UYU – Uruguayan peso"),
                            ("UZS", "UZS – Uzbekistani sum"),
                            ("VES", "VES – Venezuelan bolívar"),
                            ("VND", "VND – Vietnamese đồng"),
                            ("VUV", "VUV – Vanuatu vatu"),
                            ("WST", "WST – Samoan tālā"),
                            ("XAF", "XAF – Central African CFA franc"),
                            ("XCD", "XCD – East Caribbean dollar"),
                            ("XDR", "XDR – IMF special drawing right"),
                            ("XOF", "XOF – West African CFA franc"),
                            ("XPF", "XPF – CFP franc"),
                            ("YER", "YER – Yemeni rial"),
                            ("ZAR", "ZAR – South African rand"),
                            ("ZMW", "ZMW – Zambian kwacha"),
                            ("ZWG", "ZWG – Zimbabwe gold"),
                        ],
                        db_default="",
                        default="",
                        help_text="For a pledge's value: its currency, as this source states it.",
                        max_length=3,
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        db_default="",
                        default="",
                        help_text="Required when this source's figure differs from the record's: which to trust, and why (a later or official source, a rounder figure...).",
                        verbose_name="why the record keeps its own figure",
                    ),
                ),
                ("created_at", models.DateTimeField(blank=True, editable=False)),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField()),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "fact",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.fact",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "pledge",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.pledge",
                    ),
                ),
                (
                    "sanction",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.sanction",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical corroboration",
                "verbose_name_plural": "historical corroborations",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Corroboration",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "paragraph",
                    models.PositiveSmallIntegerField(
                        help_text="Number of the paragraph of this source that reports it, counting from 1."
                    ),
                ),
                (
                    "quote",
                    models.CharField(
                        help_text="The few words of this source that say it.",
                        max_length=200,
                        verbose_name="figure words",
                    ),
                ),
                (
                    "figure",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="The value (of a pledge, with its currency), number of targets (of a sanction) or figure (of a fact) this source gives. Empty when it gives none.",
                        max_digits=18,
                        null=True,
                        validators=[django.core.validators.MinValueValidator(Decimal("0.01"))],
                        verbose_name="figure it states",
                    ),
                ),
                (
                    "currency",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("AED", "AED – UAE dirham"),
                            ("AFN", "AFN – Afghan afghani"),
                            ("ALL", "ALL – Albanian lek"),
                            ("AMD", "AMD – Armenian dram"),
                            ("AOA", "AOA – Angolan kwanza"),
                            ("ARS", "ARS – Argentine peso"),
                            ("AUD", "AUD – Australian dollar"),
                            ("AWG", "AWG – Aruban florin"),
                            ("AZN", "AZN – Azerbaijani manat"),
                            ("BAM", "BAM – Bosnia and Herzegovina convertible mark"),
                            ("BBD", "BBD – Barbados dollar"),
                            ("BDT", "BDT – Bangladeshi taka"),
                            ("BGN", "BGN – Bulgarian lev"),
                            ("BHD", "BHD – Bahraini dinar"),
                            ("BIF", "BIF – Burundian franc"),
                            ("BMD", "BMD – Bermudian dollar"),
                            ("BND", "BND – Brunei dollar"),
                            ("BOB", "BOB – Boliviano"),
                            ("BRL", "BRL – Brazilian real"),
                            ("BSD", "BSD – Bahamian dollar"),
                            ("BTN", "BTN – Bhutanese ngultrum"),
                            ("BWP", "BWP – Botswana pula"),
                            ("BYN", "BYN – Belarusian ruble"),
                            ("BZD", "BZD – Belize dollar"),
                            ("CAD", "CAD – Canadian dollar"),
                            ("CDF", "CDF – Congolese franc"),
                            ("CHF", "CHF – Swiss franc"),
                            ("CLP", "CLP – Chilean peso"),
                            ("CNY", "CNY – Chinese yuan"),
                            ("COP", "COP – Colombian peso"),
                            ("CRC", "CRC – Costa Rican colón"),
                            ("CUP", "CUP – Cuban peso"),
                            ("CVE", "CVE – Cape Verdean escudo"),
                            ("CZK", "CZK – Czech koruna"),
                            ("DJF", "DJF – Djiboutian franc"),
                            ("DKK", "DKK – Danish krone"),
                            ("DOP", "DOP – Dominican peso"),
                            ("DZD", "DZD – Algerian dinar"),
                            ("EGP", "EGP – Egyptian pound"),
                            ("ERN", "ERN – Eritrean nakfa"),
                            ("ETB", "ETB – Ethiopian birr"),
                            ("EUR", "EUR – Euro"),
                            ("FJD", "FJD – Fiji dollar"),
                            ("FKP", "FKP – Falkland Islands pound"),
                            ("GBP", "GBP – Pound sterling"),
                            ("GEL", "GEL – Georgian lari"),
                            ("GHS", "GHS – Ghanaian cedi"),
                            ("GIP", "GIP – Gibraltar pound"),
                            ("GMD", "GMD – Gambian dalasi"),
                            ("GNF", "GNF – Guinean franc"),
                            ("GTQ", "GTQ – Guatemalan quetzal"),
                            ("GYD", "GYD – Guyanese dollar"),
                            ("HKD", "HKD – Hong Kong dollar"),
                            ("HNL", "HNL – Honduran lempira"),
                            ("HTG", "HTG – Haitian gourde"),
                            ("HUF", "HUF – Hungarian forint"),
                            ("IDR", "IDR – Indonesian rupiah"),
                            ("ILS", "ILS – Israeli new shekel"),
                            ("INR", "INR – Indian rupee"),
                            ("IQD", "IQD – Iraqi dinar"),
                            ("IRR", "IRR – Iranian rial"),
                            ("ISK", "ISK – Icelandic króna"),
                            ("JMD", "JMD – Jamaican dollar"),
                            ("JOD", "JOD – Jordanian dinar"),
                            ("JPY", "JPY – Japanese yen"),
                            ("KES", "KES – Kenyan shilling"),
                            ("KGS", "KGS – Kyrgyzstani som"),
                            ("KHR", "KHR – Cambodian riel"),
                            ("KMF", "KMF – Comoro franc"),
                            ("KPW", "KPW – North Korean won"),
                            ("KRW", "KRW – South Korean won"),
                            ("KWD", "KWD – Kuwaiti dinar"),
                            ("KYD", "KYD – Cayman Islands dollar"),
                            ("KZT", "KZT – Kazakhstani tenge"),
                            ("LAK", "LAK – Lao kip"),
                            ("LBP", "LBP – Lebanese pound"),
                            ("LKR", "LKR – Sri Lankan rupee"),
                            ("LRD", "LRD – Liberian dollar"),
                            ("LSL", "LSL – Lesotho loti"),
                            ("LYD", "LYD – Libyan dinar"),
                            ("MAD", "MAD – Moroccan dirham"),
                            ("MDL", "MDL – Moldovan leu"),
                            ("MGA", "MGA – Malagasy ariary"),
                            ("MKD", "MKD – Macedonian denar"),
                            ("MMK", "MMK – Myanmar kyat"),
                            ("MNT", "MNT – Mongolian tögrög"),
                            ("MOP", "MOP – Macanese pataca"),
                            ("MRU", "MRU – Mauritanian ouguiya"),
                            ("MUR", "MUR – Mauritian rupee"),
                            ("MVR", "MVR – Maldivian rufiyaa"),
                            ("MWK", "MWK – Malawian kwacha"),
                            ("MXN", "MXN – Mexican peso"),
                            ("MYR", "MYR – Malaysian ringgit"),
                            ("MZN", "MZN – Mozambican metical"),
                            ("NAD", "NAD – Namibian dollar"),
                            ("NGN", "NGN – Nigerian naira"),
                            ("NIO", "NIO – Nicaraguan córdoba"),
                            ("NOK", "NOK – Norwegian krone"),
                            ("NPR", "NPR – Nepalese rupee"),
                            ("NZD", "NZD – New Zealand dollar"),
                            ("OMR", "OMR – Omani rial"),
                            ("PAB", "PAB – Panamanian balboa"),
                            ("PEN", "PEN – Peruvian sol"),
                            ("PGK", "PGK – Papua New Guinean kina"),
                            ("PHP", "PHP – Philippine peso"),
                            ("PKR", "PKR – Pakistani rupee"),
                            ("PLN", "PLN – Polish złoty"),
                            ("PYG", "PYG – Paraguayan guaraní"),
                            ("QAR", "QAR – Qatari riyal"),
                            ("RON", "RON – Romanian leu"),
                            ("RSD", "RSD – Serbian dinar"),
                            ("RUB", "RUB – Russian ruble"),
                            ("RWF", "RWF – Rwandan franc"),
                            ("SAR", "SAR – Saudi riyal"),
                            ("SBD", "SBD – Solomon Islands dollar"),
                            ("SCR", "SCR – Seychelles rupee"),
                            ("SDG", "SDG – Sudanese pound"),
                            ("SEK", "SEK – Swedish krona"),
                            ("SGD", "SGD – Singapore dollar"),
                            ("SHP", "SHP – Saint Helena pound"),
                            ("SLE", "SLE – Sierra Leonean leone"),
                            ("SOS", "SOS – Somali shilling"),
                            ("SRD", "SRD – Surinamese dollar"),
                            ("SSP", "SSP – South Sudanese pound"),
                            ("STN", "STN – São Tomé and Príncipe dobra"),
                            ("SVC", "SVC – Salvadoran colón"),
                            ("SYP", "SYP – Syrian pound"),
                            ("SZL", "SZL – Swazi lilangeni"),
                            ("THB", "THB – Thai baht"),
                            ("TJS", "TJS – Tajikistani somoni"),
                            ("TMT", "TMT – Turkmenistan manat"),
                            ("TND", "TND – Tunisian dinar"),
                            ("TOP", "TOP – Tongan paʻanga"),
                            ("TRY", "TRY – Turkish lira"),
                            ("TTD", "TTD – Trinidad and Tobago dollar"),
                            ("TWD", "TWD – New Taiwan dollar"),
                            ("TZS", "TZS – Tanzanian shilling"),
                            ("UAH", "UAH – Ukrainian hryvnia"),
                            ("UGX", "UGX – Ugandan shilling"),
                            ("USD", "USD – United States dollar"),
                            ("UYU", "UYU – Uruguayan peso"),
                            ("UZS", "UZS – Uzbekistani sum"),
                            ("VES", "VES – Venezuelan bolívar"),
                            ("VND", "VND – Vietnamese đồng"),
                            ("VUV", "VUV – Vanuatu vatu"),
                            ("WST", "WST – Samoan tālā"),
                            ("XAF", "XAF – Central African CFA franc"),
                            ("XCD", "XCD – East Caribbean dollar"),
                            ("XDR", "XDR – IMF special drawing right"),
                            ("XOF", "XOF – West African CFA franc"),
                            ("XPF", "XPF – CFP franc"),
                            ("YER", "YER – Yemeni rial"),
                            ("ZAR", "ZAR – South African rand"),
                            ("ZMW", "ZMW – Zambian kwacha"),
                            ("ZWG", "ZWG – Zimbabwe gold"),
                        ],
                        db_default="",
                        default="",
                        help_text="For a pledge's value: its currency, as this source states it.",
                        max_length=3,
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        db_default="",
                        default="",
                        help_text="Required when this source's figure differs from the record's: which to trust, and why (a later or official source, a rounder figure...).",
                        verbose_name="why the record keeps its own figure",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "fact",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="corroborations",
                        to="pledges.fact",
                    ),
                ),
                (
                    "pledge",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="corroborations",
                        to="pledges.pledge",
                    ),
                ),
                (
                    "sanction",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="corroborations",
                        to="pledges.sanction",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="corroborations",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "ordering": ["id"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("fact__isnull", True),
                                ("pledge__isnull", False),
                                ("sanction__isnull", True),
                            ),
                            models.Q(
                                ("fact__isnull", True),
                                ("pledge__isnull", True),
                                ("sanction__isnull", False),
                            ),
                            models.Q(
                                ("fact__isnull", False),
                                ("pledge__isnull", True),
                                ("sanction__isnull", True),
                            ),
                            _connector="OR",
                        ),
                        name="corroboration_of_one_record",
                        violation_error_message="A corroboration reports exactly one record.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("paragraph__gte", 1)),
                        name="corroboration_paragraph_positive",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="SourceDraft",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("pledge", "Pledge"),
                            ("sanction", "Sanction"),
                            ("figure", "Figure about people"),
                        ],
                        max_length=8,
                    ),
                ),
                (
                    "position",
                    models.PositiveIntegerField(help_text="Order of the draft in the text."),
                ),
                (
                    "data",
                    models.JSONField(
                        help_text="The drafted fields, paragraph, quote, flags and notes."
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("undecided", "Undecided"),
                            ("accepted", "Accepted"),
                            ("rejected", "Rejected"),
                            ("corroborated", "Added as corroboration"),
                        ],
                        default="undecided",
                        max_length=12,
                    ),
                ),
                ("decided_at", models.DateTimeField(blank=True, null=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "decided_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "fact",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="pledges.fact",
                    ),
                ),
                (
                    "pledge",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="pledges.pledge",
                    ),
                ),
                (
                    "sanction",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="pledges.sanction",
                    ),
                ),
                (
                    "source",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="drafts",
                        to="pledges.source",
                    ),
                ),
            ],
            options={
                "verbose_name": "source draft",
                "ordering": ["source", "position"],
                "indexes": [
                    models.Index(fields=["source", "status"], name="sourcedraft_status_idx")
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("source", "position"), name="sourcedraft_position_unique"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("kind__in", ["pledge", "sanction", "figure"])),
                        name="sourcedraft_kind_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("status__in", ["undecided", "accepted", "rejected", "corroborated"])
                        ),
                        name="sourcedraft_status_valid",
                    ),
                ],
            },
        ),
        migrations.RunPython(add_countries, migrations.RunPython.noop),
        migrations.RunPython(add_editors, migrations.RunPython.noop),
    ]
