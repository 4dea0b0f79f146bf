"""The key pages under concurrent load: gunicorn with 2 workers on 2 cores, wrk on loopback.

    .venv/bin/python bench/load.py           (after bench/seed.py; or: make bench)

Each page: BENCH_LOAD_SECONDS (10) of wrk with 8 connections and the persona's
session cookie; requests per second and the 95th percentile of the latency as
wrk sees it (queueing included). No budget for either: they show the capacity
of one 2-core machine. wrk is Debian's package (``make bench`` installs it).
"""

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import database

SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_LOAD_CONNECTIONS", "8"))
REPORT = Path(__file__).with_name("wrk_report.lua")


def cookie_header(session_key: str) -> str:
    from django.conf import settings

    return f"Cookie: {settings.SESSION_COOKIE_NAME}={session_key}"


def check_page(url: str, header: str) -> None:
    """The page must answer 200 for this session: wrk counts a redirect to login as success."""
    name, value = header.split(": ", 1)
    request = urllib.request.Request(url, headers={name: value})  # noqa: S310  (our http URL)
    opener = urllib.request.build_opener(NoRedirect)
    with opener.open(request, timeout=30) as response:
        if response.status != 200:
            raise SystemExit(f"{url} answered {response.status}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise SystemExit(f"{req.full_url} redirects ({code}) to {newurl}: the session is not valid")


def run_wrk(url: str, header: str) -> dict:
    result = subprocess.run(
        [
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(CONNECTIONS),
            "--duration",
            f"{SECONDS}s",
            "--timeout",
            "10s",
            "--script",
            str(REPORT),
            "--header",
            header,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("WRK_JSON "))
    return json.loads(line.removeprefix("WRK_JSON "))


def main():
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `apt-get install wrk` (make bench installs it).")
    from bench.seed import ensure_seeded

    ensure_seeded()
    from bench.figures import Figure, print_table, write_results
    from bench.personas import pages, session_keys
    from bench.server import WORKERS, running_server

    keys = session_keys()
    figures = []
    with running_server() as base:
        for page in pages():
            header = cookie_header(keys[page.persona])
            check_page(base + page.path, header)
            stats = run_wrk(base + page.path, header)
            failed = sum(stats[key] for key in ("connect_errors", "bad_status", "timeouts"))
            rate = stats["requests"] / (stats["duration_us"] / 1e6)
            figures += [
                Figure(f"load {page.name}: requests/s", rate, "req/s"),
                Figure(f"load {page.name}: p95", stats["p95_us"] / 1000, "ms"),
            ]
            if failed:
                figures.append(Figure(f"load {page.name}: failed requests", failed, "requests", 0))
            print(
                f"  {page.name}: {rate:.1f} req/s, p95 {stats['p95_us'] / 1000:.0f} ms", flush=True
            )
    print(
        f"\nScale {database.SCALE:g}: gunicorn with {WORKERS} workers, wrk with {CONNECTIONS} "
        f"connections for {SECONDS} s a page, on loopback."
    )
    print_table(figures)
    write_results(figures)


if __name__ == "__main__":
    main()
