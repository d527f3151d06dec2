"""Generate synthetic data: `manage.py generate_synthetic --pledges N --seed S [--output FILE]`."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pledges.importing import ImportFileError
from pledges.synthetic import generate, write_file


class Command(BaseCommand):
    help = (
        "Add a deterministic synthetic dataset (for benchmarks and tests: never real data) under "
        "its own source marked synthetic: N pledges with about three aid items each, and N/5 "
        "sanctions. With --output, write the pledges to a CSV or JSON file to import instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pledges", type=int, required=True, metavar="N")
        parser.add_argument("--seed", type=int, default=1, metavar="S")
        parser.add_argument("--output", metavar="FILE", help="write the pledges to this file")
        parser.add_argument(
            "--sanctions-only", action="store_true", help="add only the sanctions to the database"
        )

    def handle(self, *args, pledges, seed, output, sanctions_only, **options):
        if pledges < 1:
            raise CommandError("--pledges must be at least 1.")
        started = time.monotonic()
        if output:
            write_file(Path(output), pledges, seed)
            self.stdout.write(f"Wrote {pledges:,} synthetic pledges (seed {seed}) to {output}.")
            return
        try:
            report, sanctions = generate(pledges, seed, with_pledges=not sanctions_only)
        except ImportFileError as error:
            raise CommandError("; ".join(error.problems)) from None
        made = report.summary() if report else "no pledges asked for."
        self.stdout.write(
            f"Synthetic data, seed {seed}: {made} {sanctions:,} sanctions added "
            f"({time.monotonic() - started:.1f} s)."
        )
