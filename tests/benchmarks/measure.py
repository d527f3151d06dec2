"""The measurements of `make bench`, once the dataset is built and Django is set up (see run.py)."""

import os
import platform
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pledges.exports.records import PLEDGE_VALUES, plain
from pledges.filters import PledgeFilter
from pledges.models import AidItem, Country, Pledge, Source
from tests.benchmarks.run import BASE, CONNECTIONS, OUTPUT, PLEDGES, PORT, SECONDS

MB = 1024 * 1024


def pages() -> list[dict]:
    """The pages measured, with the target each must meet (p50, in milliseconds)."""
    biggest = Country.objects.order_by("-pledges_given_count").first()
    pledge = Pledge.objects.filter(donor=biggest).order_by("-id").first()
    donors = Country.objects.order_by("-pledges_given_count").values_list("slug", flat=True)[:3]
    return [
        {"name": "floor: /robots.txt (no database)", "path": "/robots.txt", "target": None},
        {"name": "pledge list, biggest donor, newest first",
         "path": f"/pledges/?donor={biggest.slug}&sort=-announced", "target": 20},
        {"name": "pledge list, 10,000 rows deep (page 401)",
         "path": f"/pledges/?donor={biggest.slug}&sort=-announced&page=401", "target": 50},
        {"name": "pledge list, unfiltered", "path": "/pledges/", "target": None},
        {"name": "pledge list, largest value first", "path": "/pledges/?sort=-value",
         "target": None},
        {"name": "pledge list, free-text search", "path": "/pledges/?q=helmet", "target": None},
        # The goal for search: one reader at a time, p50 within 50 ms.
        {"name": "word search, one reader at a time", "path": "/pledges/?q=helmets+radios",
         "target": 50, "connections": 1},
        {"name": "sanction search, one reader at a time", "path": "/sanctions/?q=asset+freeze",
         "target": 50, "connections": 1},
        {"name": f"biggest donor's page ({biggest.name})",
         "path": biggest.get_absolute_url(), "target": 30},
        {"name": "pledge detail", "path": pledge.get_absolute_url(), "target": 10},
        # The home, country, sanction and compare pages draw charts from precomputed figures:
        # they should cost about the same here as on the small test data.
        {"name": "home page", "path": "/", "target": None},
        {"name": "compare page, three biggest donors",
         "path": f"/compare/?countries={','.join(donors)}", "target": None},
        {"name": "item catalogue", "path": "/items/", "target": None},
        {"name": "sanction list", "path": "/sanctions/", "target": None},
        {"name": "admin pledge list (signed in)", "path": "/admin/pledges/pledge/", "target": 200,
         "admin": True},
    ]  # fmt: skip


def hundred_thousand_rows() -> tuple[str, int]:
    """A filtered list of about 100,000 pledges (fewer on a smaller dataset): the biggest donor's,
    from the date that leaves that many."""
    biggest = Country.objects.order_by("-pledges_given_count").first()
    dates = Pledge.objects.filter(donor=biggest, announced_on__isnull=False).order_by(
        "-announced_on"
    )
    count = dates.count()
    if count <= 100_000:
        return f"/pledges/?donor={biggest.slug}&format=csv", biggest.pledges_given_count
    since = dates.values_list("announced_on", flat=True)[99_999]
    path = f"/pledges/?donor={biggest.slug}&announced_after={since.isoformat()}&format=csv"
    return path, dates.filter(announced_on__gte=since).count()


def admin_cookie() -> tuple[Client, str]:
    user, _ = get_user_model().objects.get_or_create(
        username="bench", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    return client, f"sessionid={client.cookies['sessionid'].value}"


def query_count(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(queries)


def download(server, path: str) -> dict:
    """Time a CSV download, and how much the worker that served it grew meanwhile."""
    before = server.rss()
    peak: dict[int, int] = dict(before)
    done = threading.Event()

    def sample():
        while not done.is_set():
            for pid, size in server.rss().items():
                peak[pid] = max(size, peak.get(pid, 0))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.monotonic()
    rows = size = 0
    with urllib.request.urlopen(BASE + path, timeout=120) as response:
        for line in response:
            rows += 1
            size += len(line)
    seconds = time.monotonic() - started
    done.set()
    sampler.join()
    # A download over before the sampler's first look (a small dataset) grew nothing it saw.
    growth = max((peak[pid] - before.get(pid, peak[pid]) for pid in peak), default=0)
    return {"seconds": seconds, "rows": rows - 1, "bytes": size, "growth": growth}


def explain(title: str, queryset) -> str:
    plan = queryset.explain(analyze=True, buffers=True)
    return f"### {title}\n\n```sql\n{queryset.query}\n```\n\n```\n{plan}\n```\n"


def pledge_list(**query):
    """The pledge list's rows for a query string, as the page reads them."""
    return PledgeFilter(query, queryset=Pledge.objects.for_listing()).qs


def plans() -> str:
    biggest = Country.objects.order_by("-pledges_given_count").first()
    listing = pledge_list(donor=biggest.slug, sort="-announced")
    pledge = Pledge.objects.filter(donor=biggest).order_by("-id").first()
    item_type = AidItem.objects.order_by("-id").values_list("item_type", flat=True).first()
    return "\n".join([
        explain("Pledge list, one donor, newest first: a page of 25", listing[:25]),
        explain("The same list 10,000 rows deep", listing[10000:10025]),
        explain("Its bounded count (at most 25,001 rows are counted)",
                listing.order_by().values("id")[:25001]),
        explain("All pledges, largest value first (ranked within each currency)",
                pledge_list(sort="-value")[:25]),
        explain("All pledges, oldest first", pledge_list(sort="announced")[:25]),
        explain("Free-text search (`q=helmets radios`), best match first",
                pledge_list(q="helmets radios")[:25]),
        explain("Its bounded count", pledge_list(q="helmets radios").order_by().values("id")[:25001]),
        explain("Country page: the donor's latest pledges", Pledge.objects.filter(donor=biggest)[:10]),
        explain("Pledge detail", Pledge.objects.filter(pk=pledge.pk)),
        explain("CSV download: the rows of 100,000 pledges, streamed",
                plain(listing).values(*PLEDGE_VALUES)[:100000]),
        explain("An item type's page, newest pledges first",
                AidItem.objects.filter(item_type=item_type).order_by("-pledge", "-id")[:25]),
    ])  # fmt: skip


def environment() -> dict:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = int(Path("/proc/meminfo").read_text().split()[1]) * 1024
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    import django

    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": memory / 1024**3,
            "postgres": postgres, "python": platform.python_version(),
            "django": django.get_version()}  # fmt: skip


def verdict(result: dict, target) -> str:
    if target is None:
        return "—"
    return "met" if result["p50"] <= target else f"missed by {result['p50'] - target:.1f} ms"


def measure(dataset: dict, Server, wrk, say) -> None:
    client, cookie = admin_cookie()
    measured = pages()
    for page in measured:
        page["queries"] = query_count(client if page.get("admin") else Client(), page["path"])
    download_path, download_rows = hundred_thousand_rows()

    say("serving with the page cache off")
    with Server(page_cache_seconds=0) as server:
        results = time_pages(wrk, say, measured, cookie, cached=False)
        say(f"  CSV download of {download_rows:,} pledges")
        downloads = [download(server, download_path) for _ in range(3)]
        uncached_peak = max(server.peak_rss.values(), default=0)
    say("serving with the page cache on")
    with Server(page_cache_seconds=600):
        results |= time_pages(wrk, say, measured, cookie, cached=True)
    say("through the production front: nginx's cache against nginx serving the bytes as files")
    fronted = through_nginx(Server, wrk, measured)
    write_report(dataset, measured, results, downloads, download_path, uncached_peak, fronted)
    say(f"wrote {OUTPUT}")


def time_pages(wrk, say, measured, cookie: str, cached: bool) -> dict:
    """wrk's figures for each page, keyed by (cached, path); with the page cache on, each page
    is requested once first, to fill the cache."""
    results = {}
    for page in measured:
        url = BASE + page["path"]
        if cached:
            urllib.request.urlopen(url).read()  # warm the cache
        say(f"  {page['name']}")
        results[(cached, page["path"])] = wrk(
            url,
            cookie if page.get("admin") else "",
            connections=page.get("connections", CONNECTIONS),
        )
    return results


FRONT_PAGES = ("pledge list, biggest donor", "biggest donor's page", "pledge detail")
FRONT_CONNECTIONS = 8


def through_nginx(Server, wrk, measured) -> list[dict]:
    """Readers' pages through the front of docker compose (nginx with the compose file's
    configuration and its page cache, in front of `make serve` with the app's page cache off),
    each against the same nginx serving the same bytes as a file, in the same run."""
    from tests.servers import Nginx

    chosen = [page for page in measured if page["name"].startswith(FRONT_PAGES)]
    rows = []
    with tempfile.TemporaryDirectory() as workdir, Server(page_cache_seconds=0):
        downloads = Path(workdir) / "downloads"
        downloads.mkdir()
        with Nginx(PORT, Path(workdir), downloads) as front:
            base = f"http://127.0.0.1:{front.port}"
            for number, page in enumerate(chosen):
                with urllib.request.urlopen(base + page["path"]) as response:
                    (downloads / f"page{number}.html").write_bytes(response.read())
                file = f"{base}/downloads/files/page{number}.html"
                for url in (base + page["path"], file):
                    wrk(url, seconds=2, connections=FRONT_CONNECTIONS)  # warm up
                cached = wrk(base + page["path"], connections=FRONT_CONNECTIONS)
                static = wrk(file, connections=FRONT_CONNECTIONS)
                rows.append({"name": page["name"], "cached": cached, "static": static})
    return rows


def write_report(
    dataset, measured, results, downloads, download_path, peak_worker, fronted
) -> None:
    """Write the report (OUTPUT) of a run's measurements, keeping the sections that a run does
    not measure, and print its figures."""
    lines = [
        *introduction(dataset),
        *uncached_pages(measured, results),
        *missed_targets(measured, results),
        *cached_pages(measured, results),
        *front_comparison(fronted),
        *csv_download(downloads, download_path, peak_worker),
        *query_plans(),
        *kept_sections(),
    ]
    report = "\n".join(lines) + "\n"
    OUTPUT.write_text(report)
    print(report.partition("## Query plans")[0], flush=True)  # the figures; the plans are long


def introduction(dataset: dict) -> list[str]:
    """The report's title, how it was measured, and the machine and data it was measured on."""
    env = environment()
    counts = Source.objects.record_totals()
    return [
        "# Benchmarks",
        "",
        "Measured by `make bench` (tests/benchmarks/), which anyone can rerun: it builds a fresh "
        "PostgreSQL database with the article and a synthetic dataset, loads the pledges with "
        "`import_pledges`, starts the production server with `make serve`, and drives each page "
        f"with wrk on loopback for {SECONDS} s at {CONNECTIONS} concurrent connections (one per "
        "core, so that latency is the time a page takes, not time spent queueing). "
        "Latencies are wrk's, in milliseconds; \"× floor\" divides a page's p50 by the p50 of "
        "`/robots.txt`, a page of the same server that touches no database, measured in the same "
        "run, so that the figures can be compared across noisy machines. `BENCH_PLEDGES=10000 "
        "make bench` is a quick run.",
        "",
        "## Machine and data",
        "",
        f"- {env['cpu']}, {env['cores']} cores, {env['memory_gb']:.0f} GB; PostgreSQL "
        f"{env['postgres']}, Python {env['python']}, Django {env['django']}; gunicorn with "
        f"{(os.cpu_count() or 1) * 2 + 1} worker processes with threads "
        "(aidtracker/gunicorn.conf.py).",
        f"- {counts['pledges']:,} pledges with {AidItem.objects.count():,} aid items, "
        f"{counts['sanctions']:,} sanctions, {Country.objects.with_data().count()} countries "
        f"with data (BENCH_PLEDGES={PLEDGES:,}, plus the article's).",
        f"- Import: `import_pledges` loaded the {PLEDGES:,} pledges from a "
        f"{dataset['csv_bytes'] / MB:,.0f} MB CSV file in **{dataset['import_seconds']:.0f} s** "
        f"({PLEDGES / dataset['import_seconds']:,.0f} pledges/s; target: a million in 180 s), "
        "checking every row and rebuilding the precomputed totals. "
        f"({dataset['import_report']})",
    ]


def uncached_pages(measured: list[dict], results: dict) -> list[str]:
    """The table of the pages rendered from the database, with their targets."""
    floor = results[(False, "/robots.txt")]["p50"]
    lines = [
        "",
        "## Pages, page cache off",
        "",
        "Every request renders its page from the database: the worst case, as after an edit.",
        "",
        "| page | target p50 | p50 | p99 | × floor | requests/s | SQL queries | errors | verdict |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for page in measured:
        r = results[(False, page["path"])]
        target = f"≤ {page['target']} ms" if page["target"] else ""
        lines.append(
            f"| {page['name']} | {target} | {r['p50']:.1f} | {r['p99']:.1f} | "
            f"{r['p50'] / floor:.1f} | {r['rps']:,.0f} | {page['queries']} | "
            f"{r['bad'] + r['socket_errors']} | {verdict(r, page['target'])} |"
        )
    return lines


def missed_targets(measured: list[dict], results: dict) -> list[str]:
    """The pages that missed their target, and why, if any did."""
    missed = [page["name"] for page in measured
              if page["target"] and results[(False, page["path"])]["p50"] > page["target"]]  # fmt: skip
    if not missed:
        return []
    return [
        "",
        f"Missed: {', '.join(missed)}. The database's part of these pages is a few index "
        "reads of well under a millisecond each (see the query plans below); the rest of "
        "each request is Django rendering the page's HTML in Python, on two cores that the "
        "server shares with PostgreSQL and wrk. Between edits the page cache answers the "
        "same pages in about a millisecond (next table); after an edit, each page pays this "
        "cost once.",
    ]


def cached_pages(measured: list[dict], results: dict) -> list[str]:
    """The table of the pages answered from the page cache."""
    lines = [
        "",
        "## Pages, page cache on",
        "",
        "What readers get between edits: anonymous pages come from the cache (local memory in "
        "each worker here; Redis in docker compose); the admin is never cached.",
        "",
        "| page | p50 | p99 | × floor | requests/s |",
        "| --- | --- | --- | --- | --- |",
    ]
    cached_floor = results[(True, "/robots.txt")]["p50"]
    for page in measured:
        r = results[(True, page["path"])]
        lines.append(f"| {page['name']} | {r['p50']:.1f} | {r['p99']:.1f} | "
                     f"{r['p50'] / cached_floor:.1f} | {r['rps']:,.0f} |")  # fmt: skip
    return lines


def front_comparison(fronted: list[dict]) -> list[str]:
    """The table of the pages through nginx's cache against the same bytes as a file."""
    lines = [
        "",
        "## Through the production front (nginx)",
        "",
        "docker compose puts nginx in front of gunicorn; nginx keeps readers' pages (those the "
        "app marks with an ETag) for a second or two, then checks them with the app. Here the "
        "compose file's nginx configuration (started as the proxy tests start it) fronts "
        "`make serve` with the app's own page cache off, and each page is compared with the "
        "same nginx serving the same bytes as a file (from the downloads folder), in the same "
        f"run, wrk at {FRONT_CONNECTIONS} connections for {SECONDS} s. Goal: at least 10%.",
        "",
        "| page | through nginx's cache | the same bytes as a file | ratio |",
        "| --- | --- | --- | --- |",
    ]
    for row in fronted:
        cached, static = row["cached"], row["static"]
        lines.append(f"| {row['name']} | {cached['rps']:,.0f} req/s | {static['rps']:,.0f} req/s "
                     f"| {cached['rps'] / static['rps']:.0%} |")  # fmt: skip
    return lines


def csv_download(downloads: list[dict], download_path: str, peak_worker: int) -> list[str]:
    """The median of the CSV downloads: its time, and how much memory the worker took."""
    download = sorted(downloads, key=lambda d: d["seconds"])[len(downloads) // 2]
    return [
        "",
        "## CSV download",
        "",
        f"`{download_path}`: {download['rows']:,} rows, {download['bytes'] / MB:,.0f} MB, in "
        f"**{download['seconds']:.2f} s** (the median of 3; target for 100,000 rows: 3 s); the "
        f"worker that served it grew by **{download['growth'] / MB:.1f} MB** (target: under 50 MB). "
        f"Peak memory of any worker over the whole uncached run: {peak_worker / MB:.0f} MB.",
    ]


def query_plans() -> list[str]:
    """The query plans of the main queries, with what to read in them."""
    return [
        "",
        "## Query plans",
        "",
        "`EXPLAIN (ANALYZE, BUFFERS)` of the main queries, on the benchmark's data. The lists "
        "read rows in the order of the `(donor, announced_on DESC NULLS LAST, id DESC)` index and "
        "stop after a page; counts stop at 25,001 rows; totals are precomputed. The other sorts "
        "over all pledges (oldest first, by value) have indexes of their own; within one donor "
        "or recipient they read that country's rows and sort them. Free-text search (`q`) reads "
        "the GIN index of each pledge's words (a stored tsvector: pledges.search) and ranks the "
        "matches by ts_rank_cd.",
        "",
        plans(),
    ]


def kept_sections() -> list[str]:
    """The sections this run does not measure, as the report had them: the side-by-side run
    with Datasette (../shared/bench/side_by_side.sh) and the load test (make loadtest)."""
    lines = []
    previous = OUTPUT.read_text() if OUTPUT.exists() else ""
    for section in ("side by side", "load test"):
        start, end = f"<!-- {section}: start -->", f"<!-- {section}: end -->"
        if start in previous and end in previous:
            kept = previous[previous.index(start) : previous.index(end) + len(end)]
            lines += ["", kept]
    return lines
