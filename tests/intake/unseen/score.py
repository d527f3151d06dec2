"""Score the intake on the unseen articles beside this file, as the suite scores its own:
`python tests/intake/unseen/score.py`. Prints each article's counts, then what was missed, what
was drafted that the article does not hold, and dates drafted wrong."""

import datetime
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

from pledges.intake import draft  # noqa: E402
from tests.intake.test_articles import matches_of, score  # noqa: E402


def described(fields: dict) -> str:
    return " ".join(
        str(fields.get(key))
        for key in ("donor", "imposer", "amount", "currency", "measure", "targets_count")
        if fields.get(key) not in (None, "")
    )


def print_differences(expected: dict, drafts) -> None:
    """What the drafts missed, what they hold that the article does not, and dates drafted
    wrong."""
    proposed = [d for d in drafts.pledges if not d.not_a_record]
    pledges, sanctions = matches_of(expected, proposed, drafts.sanctions)
    for hit, wanted in pledges + sanctions:
        if not hit:
            print(f"  missed: {described(wanted)} (¶{wanted['paragraph']}) {wanted['quote']}")
    matched = {id(hit) for hit, _ in pledges + sanctions if hit}
    for found in [*proposed, *drafts.sanctions]:
        if id(found) not in matched:
            print(f"  not in the article: {described(found.fields)} (¶{found.paragraph})")
    print_wrong_dates(pledges)


def print_wrong_dates(pledges) -> None:
    """The pledges found whose date is not the article's."""
    for hit, wanted in pledges:
        if hit and hit.fields["announced_on"] != wanted.get("announced_on"):
            print(f"  date: {hit.fields['announced_on']}, not {wanted.get('announced_on')}")


def report(path: Path, totals: dict) -> None:
    expected = json.loads(path.read_text())
    published = expected.get("published")
    drafts = draft(
        path.with_suffix(".txt").read_text(),
        datetime.date.fromisoformat(published) if published else None,
    )
    result = score(expected, drafts)
    print(path.stem, result)
    print_differences(expected, drafts)
    for key, value in result.items():
        if isinstance(value, int):
            totals[key] = totals.get(key, 0) + value


if __name__ == "__main__":
    totals: dict = {}
    for path in sorted(HERE.glob("*.json")):
        report(path, totals)
    print("all:", totals)
