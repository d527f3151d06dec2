"""`make loadtest`: 64 concurrent readers for 60 seconds against `make serve`; no error allowed.

It builds a database of LOADTEST_PLEDGES pledges (100,000 by default), starts the production
server as `make serve` does (page cache on, as in production), and has wrk on loopback request a
rotating mix of pages: home, lists with filters and pages, country pages, pledge and sanction
pages, items, sources, feeds, small downloads. It fails unless every response is 2xx or 3xx, and
writes what it measured to the "Load test" section of docs/benchmarks.md.

Settings (environment): LOADTEST_PLEDGES (100000), LOADTEST_SECONDS (60), LOADTEST_CONNECTIONS
(64), and those of run.py for the database and port.
"""

import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("BENCH_DATABASE", "aidtracker_loadtest")  # not the benchmark's database

from tests.benchmarks import run

PLEDGES = int(os.environ.get("LOADTEST_PLEDGES", "100000"))
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "60"))
CONNECTIONS = int(os.environ.get("LOADTEST_CONNECTIONS", "64"))
START, END = "<!-- load test: start -->", "<!-- load test: end -->"

SCRIPT = """
paths = {%s}
counter = 0
server_errors = 0
other_errors = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = math.random(#paths)
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status >= 400 then
    other_errors = other_errors + 1
  end
end

function done(summary, latency, requests)
  local fives, fours = 0, 0
  for _, thread in ipairs(threads) do
    fives = fives + thread:get("server_errors")
    fours = fours + thread:get("other_errors")
  end
  io.write(string.format("5xx %%d\\n4xx %%d\\n", fives, fours))
end
"""


def shared_cache() -> str:
    """The machine's Redis, emptied, as the page cache every worker shares (as in production);
    each worker's own memory where no Redis answers."""
    url = os.environ.get("LOADTEST_CACHE_URL", "redis://127.0.0.1:6379/13")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2).flushdb()
    except Exception as error:
        run.say(f"no Redis at {url} ({error}): each worker caches on its own")
        return ""
    return url


def paths() -> list[str]:
    """A mix of what readers open, with the records of the database just built."""
    from pledges.models import Country, ItemType, Pledge, Sanction

    rng = random.Random(1)
    countries = list(Country.objects.with_data().values_list("slug", flat=True))
    last_pledge = Pledge.objects.order_by("-id").values_list("id", flat=True).first()
    pledge_ids = Pledge.objects.filter(id__gte=last_pledge - 50_000).values_list("id", flat=True)
    sanction_ids = Sanction.objects.order_by("-id").values_list("id", flat=True)[:2000]
    item_types = list(ItemType.objects.values_list("slug", flat=True))
    small = Country.objects.filter(pledges_given_count__gt=0).order_by("pledges_given_count")[0]
    mix = ["/", "/countries/", "/pledges/", "/sanctions/", "/items/", "/sources/", "/feed/",
           "/sitemap.xml", f"/pledges/?donor={small.slug}&format=csv"]  # fmt: skip
    mix += [f"/countries/{slug}/" for slug in countries]
    mix += [f"/pledges/?donor={rng.choice(countries)}&page={rng.randint(1, 5)}" for _ in range(100)]
    mix += [f"/pledges/?category=military&sort=-value&currency=USD&page={n}" for n in range(1, 6)]
    mix += [f"/pledges/{pk}/" for pk in rng.sample(list(pledge_ids), 300)]
    mix += [f"/sanctions/{pk}/" for pk in rng.sample(list(sanction_ids), 100)]
    mix += [f"/items/{slug}/" for slug in item_types]
    rng.shuffle(mix)
    return mix


def main() -> None:
    os.environ["BENCH_PLEDGES"] = str(PLEDGES)
    run.PLEDGES = PLEDGES
    with tempfile.TemporaryDirectory() as workdir:
        run.say(f"building the dataset: {PLEDGES:,} pledges")
        run.build_dataset(Path(workdir))
        run.django_setup()
        script = Path(workdir) / "mix.lua"
        mix = paths()
        script.write_text(SCRIPT % ", ".join(f'"{path}"' for path in mix))
        run.say(f"{CONNECTIONS} connections for {SECONDS} s over {len(mix)} pages")
        with run.Server(page_cache_seconds=600, CACHE_URL=shared_cache()) as server:
            command = [run.ensure_wrk(), "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency",
                       "--timeout", "30s", "-s", str(script), run.BASE]  # fmt: skip
            started = time.monotonic()
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            elapsed = time.monotonic() - started
            peak = max(server.peak_rss.values(), default=0)
    result = parse(out)
    write(result, elapsed, peak, len(mix))
    run.say(f"{result['requests']:,} requests, {result['5xx']} 5xx, {result['bad']} other errors")
    if result["5xx"] or result["bad"] or result["socket_errors"]:
        sys.exit("the load test saw errors: see docs/benchmarks.md")


def parse(out: str) -> dict:
    def ms(label):
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) / 1000 if unit == "us" else float(value) * (1000 if unit == "s" else 1)

    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": ms("50"), "p90": ms("90"), "p99": ms("99"),
        "5xx": int(re.search(r"^5xx (\d+)$", out, re.M).group(1)),
        "bad": int(bad.group(1)) if bad else 0,
        "socket_errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
    }  # fmt: skip


def write(result: dict, elapsed: float, peak: int, pages: int) -> None:
    section = "\n".join([
        START,
        "## Load test",
        "",
        f"`make loadtest`: {CONNECTIONS} concurrent connections for {SECONDS} s against `make "
        f"serve` (page cache on and shared in Redis, as in production), on {PLEDGES:,} synthetic "
        "pledges, over a "
        f"rotating mix of {pages} pages (lists with filters and page numbers, country, pledge, "
        "sanction and item pages, feeds, the sitemap, a small CSV download).",
        "",
        "| requests | requests/s | p50 ms | p90 ms | p99 ms | 5xx | other non-2xx/3xx | socket "
        "errors | peak worker memory |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        f"| {result['requests']:,} | {result['rps']:,.0f} | {result['p50']:.1f} | "
        f"{result['p90']:.1f} | {result['p99']:.1f} | {result['5xx']} | {result['bad']} | "
        f"{result['socket_errors']} | {peak / 1024 / 1024:.0f} MB |",
        "",
        f"(wrk ran {elapsed:.0f} s on the same two cores as the server.)",
        END,
    ])  # fmt: skip
    text = run.OUTPUT.read_text() if run.OUTPUT.exists() else "# Benchmarks\n"
    if START in text:
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), section, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    run.OUTPUT.write_text(text)


if __name__ == "__main__":
    main()
