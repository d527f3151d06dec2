"""`make bench`: aidtracker's speed at BENCH_PLEDGES pledges, on PostgreSQL, under `make serve`.

It builds a fresh database (the article plus a synthetic dataset, imported with
`import_pledges`), starts the production server with `make serve`, drives each page with wrk on
loopback, and writes what it measured to docs/benchmarks.md: requests per second, p50 and p99
latency, SQL queries per page, worker memory, import time, and the query plans of the main
queries. A trivial page of the same server is timed in the same run, so that every figure can be
read as a ratio to that floor on a noisy machine.

Settings (environment): BENCH_PLEDGES (1000000), BENCH_SECONDS per page (10), BENCH_CONNECTIONS
(one per core), BENCH_PORT (8123),
BENCH_POSTGRES (postgres://postgres@127.0.0.1:5432), BENCH_DATABASE (aidtracker_bench, dropped
and made anew), BENCH_OUTPUT (docs/benchmarks.md).
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLEDGES = int(os.environ.get("BENCH_PLEDGES", "1000000"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
PORT = int(os.environ.get("BENCH_PORT", "8123"))
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("BENCH_DATABASE", "aidtracker_bench")
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", ROOT / "docs" / "benchmarks.md"))
BASE = f"http://127.0.0.1:{PORT}"
# One connection per core: each core serves a request at a time, so latency is the time a page
# takes rather than time spent waiting in a queue.
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", os.cpu_count() or 2))

ENV = {
    **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))},
    "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
    "DJANGO_SECRET_KEY": "benchmark-only-" + "k" * 50,
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "PORT": str(PORT),
    "PAGE_CACHE_SECONDS": "0",
    "DJANGO_HTTPS": "0",  # plain HTTP on loopback, as make serve
}


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def manage(*args: str) -> tuple[float, str]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return time.monotonic() - started, result.stdout.strip()


def ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing wrk")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        return shutil.which("wrk")
    sys.exit("wrk is needed: apt-get install wrk")


def fresh_database() -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')


def build_dataset(workdir: Path) -> dict:
    """The article and a synthetic dataset, its pledges loaded through import_pledges."""
    fresh_database()
    # The pages are counted in this process before make serve collects the static files: a fresh
    # checkout has no manifest yet.
    manage("collectstatic", "--noinput", "--verbosity", "0")
    manage("migrate", "--noinput")
    manage("load_source")
    csv_file = workdir / "pledges.csv"
    say(f"writing {PLEDGES:,} synthetic pledges to a CSV file")
    generated, _ = manage(
        "generate_synthetic", "--pledges", str(PLEDGES), "--output", str(csv_file)
    )
    say("importing them with import_pledges")
    imported, report = manage("import_pledges", str(csv_file))
    say(report)
    sanctions, _ = manage("generate_synthetic", "--pledges", str(PLEDGES), "--sanctions-only")
    import psycopg

    with psycopg.connect(ENV["DATABASE_URL"], autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return {"generate_seconds": generated, "import_seconds": imported, "import_report": report,
            "sanctions_seconds": sanctions, "csv_bytes": csv_file.stat().st_size}  # fmt: skip


def django_setup():
    os.environ.update(ENV)
    os.environ["DJANGO_SETTINGS_MODULE"] = "aidtracker.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def port_in_use(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


class Server:
    """`make serve` in the background, with a sampler of its workers' memory."""

    def __init__(self, page_cache_seconds: int, **environment: str):
        self.env = {**ENV, "PAGE_CACHE_SECONDS": str(page_cache_seconds), **environment}
        self.peak_rss: dict[int, int] = {}
        self.sampling = False

    def __enter__(self):
        # The previous server may still be letting go of the port: a check of the new one must
        # not be answered by the old one.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and port_in_use(PORT):
            time.sleep(0.2)
        self.process = subprocess.Popen(
            ["make", "--no-print-directory", "serve"], cwd=ROOT, env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        # Imported here, not at the top: tests.servers reads Django's settings, set up by now.
        from tests.servers import answers_within

        if not answers_within(BASE, 120, pause=0.3):
            sys.exit("make serve did not answer within 120 s")
        self.sampling = True
        threading.Thread(target=self._sample, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.sampling = False
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=60)

    def workers(self) -> list[int]:
        """The gunicorn workers: gunicorn processes of this server whose parent is gunicorn."""
        gunicorns = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
                command = (stat.parent / "cmdline").read_bytes()
            except OSError:
                continue
            parent, group = int(fields[1]), int(fields[2])
            if group == self.process.pid and b"gunicorn" in command:
                gunicorns[int(stat.parent.name)] = parent
        return [pid for pid, parent in gunicorns.items() if parent in gunicorns]

    def rss(self) -> dict[int, int]:
        sizes = {}
        for pid in self.workers():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            if match:
                sizes[pid] = int(match.group(1)) * 1024
        return sizes

    def _sample(self):
        while self.sampling:
            for pid, size in self.rss().items():
                self.peak_rss[pid] = max(size, self.peak_rss.get(pid, 0))
            time.sleep(0.05)


def wrk(url: str, cookie: str = "", seconds: int = SECONDS, connections: int = CONNECTIONS) -> dict:
    command = [ensure_wrk(), f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s",
               "--latency", "--timeout", "10s"]  # fmt: skip
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout

    def ms(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": ms("50"),
        "p99": ms("99"),
        "requests": requests,
        "bad": int(errors.group(1)) if errors else 0,
        "socket_errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as workdir:
        say(f"building the dataset: {PLEDGES:,} pledges in database {DATABASE}")
        dataset = build_dataset(Path(workdir))
    django_setup()
    from tests.benchmarks.measure import measure

    measure(dataset, Server, wrk, say)


if __name__ == "__main__":
    main()
