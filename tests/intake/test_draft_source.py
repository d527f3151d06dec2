"""`manage.py draft_source`: drafts printed, nothing saved, records already held flagged."""

import json

import pytest
from django.core.management import CommandError, call_command

from pledges.models import Pledge, Sanction, Source

# Written for this test: Sweden's shipment (which the article's data file records) told again,
# and a pledge the database does not hold.
TEXT = """Nordic aid arrives

Published: 2022-03-07

The Swedish government approved the shipment of 5,000 anti-tank weapons, 135,000 field rations, \
5,000 helmets and 5,000 pieces of body armor to Ukraine on Sunday.

Stockholm also said on Monday it would give Ukraine SEK 500 million in budget support.

Japan froze the assets of seven Russian banks.
"""


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT)
    return path


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("draft_source", *map(str, args), stdout=out)
    return out.getvalue()


def test_json_uses_the_download_field_names_and_saves_nothing(article, article_file):
    before = (Source.objects.count(), Pledge.objects.count(), Sanction.objects.count())
    result = json.loads(run(article_file, "--published", "2022-03-07", "--format", "json"))
    assert set(result) == {"pledges", "sanctions", "figures"}
    shipment, support = result["pledges"]
    for key in ("donor_code", "donor", "recipient_code", "amount", "currency", "announced_on",
                "announced_precision", "items", "paragraph", "quote", "flags"):  # fmt: skip
        assert key in support
    assert (support["donor_code"], support["amount"], support["currency"]) == (
        "SE",
        "500000000",
        "SEK",
    )
    assert (support["announced_on"], support["announced_precision"]) == ("2022-03-07", "derived")
    assert [(i["name"], i["quantity"], i["unit"]) for i in shipment["items"]][-1] == (
        "body armor", 5000, "pieces")  # fmt: skip
    (sanction,) = result["sanctions"]
    keys = (
        "imposer_code",
        "target_code",
        "measure",
        "target_kind",
        "targets_count",
        "named_targets",
    )
    assert [sanction[key] for key in keys] == ["JP", "RU", "asset_freeze", "banks", 7, []]
    assert (Source.objects.count(), Pledge.objects.count(), Sanction.objects.count()) == before


def test_a_draft_the_database_holds_is_flagged_with_a_link(article, article_file):
    result = json.loads(run(article_file, "--published", "2022-03-07", "--format", "json"))
    shipment, support = result["pledges"]
    recorded = Pledge.objects.get(reference="se-ua-military-shipment")
    assert "already_recorded" in shipment["flags"]
    assert shipment["recorded"] == {
        "kind": "pledge",
        "id": recorded.pk,
        "url": recorded.get_absolute_url(),
    }
    assert "already_recorded" not in support["flags"]
    assert "already_recorded" in result["sanctions"][0]["flags"]


def test_text_output_lists_each_draft_with_its_quote(db, article_file):
    out = run(article_file, "--published", "2022-03-07")
    assert "Sweden -> Ukraine" in out
    assert "“approved the shipment of 5,000 anti-tank weapons”" in out
    assert "nothing saved" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00\x00binary", "not a UTF-8"),
        ("Слава Україні! " * 20, "English"),
    ],
)
def test_bad_files_get_a_clear_message(db, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(CommandError, match=message):
        run(path)


def test_a_missing_file_gets_a_clear_message(db, tmp_path):
    with pytest.raises(CommandError, match="cannot be read"):
        run(tmp_path / "nowhere.txt")


def test_a_pledge_stating_neither_value_nor_items_matches_the_same_kind_of_pledge(
    article, tmp_path
):
    path = tmp_path / "uk.txt"
    path.write_text(
        "Britain acts\n\nPublished: 2022-03-01\n\n"
        "The United Kingdom pledged to provide both lethal and non-lethal aid to Ukraine.\n\n"
        "The United Kingdom will also give Ukraine humanitarian relief, ministers said.\n"
    )
    military, humanitarian = json.loads(run(path, "--format", "json"))["pledges"]
    assert "already_recorded" in military["flags"]
    assert (
        military["recorded"]["id"]
        == Pledge.objects.get(reference="gb-ua-lethal-and-non-lethal-aid").pk
    )
    assert "already_recorded" not in humanitarian["flags"]  # the article records no such pledge


def test_a_database_not_yet_migrated_still_gives_the_drafts(tmp_path, article_file):
    """On a fresh checkout the command drafts before `migrate`: the drafts are printed and the
    reader told that they were not checked against records held."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    manage = Path(__file__).resolve().parents[2] / "manage.py"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
           "DJANGO_DEBUG": "1"}  # fmt: skip
    result = subprocess.run(
        [sys.executable, str(manage), "draft_source", str(article_file), "--format", "json"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "not set up" in result.stderr
    drafts = json.loads(result.stdout)
    assert [p["donor_code"] for p in drafts["pledges"]] == ["SE", "SE"]
