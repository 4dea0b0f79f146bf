"""Server time and SQL queries of the key pages, one client, in-process, on the seeded database.

    .venv/bin/python bench/pages.py           (after bench/seed.py; or: make bench)

Each page: 3 warm-up requests, then BENCH_REQUESTS (30) timed ones: median and
p95 in ms against the budget of 150 ms. Then one more request counts the SQL
queries. A run below full scale writes its counts to bench/query-counts.json; a
full-scale run takes them as the budget: the count must not grow with the rows.
BENCH_SHOW_QUERIES=1 prints the slowest queries of each page; BENCH_EXPLAIN=1 also
their plans (EXPLAIN ANALYZE) when they take 10 ms or more.
"""

import json
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import database

BUDGET_MS = 150
WARM_UP = 3
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "30"))
BASELINE = Path(__file__).with_name("query-counts.json")


def client_for(session_key):
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = session_key
    return client


def fetch(client, page):
    response = client.get(page.path)
    if response.status_code != 200:
        raise SystemExit(
            f"{page.name}: {page.path} answered {response.status_code} "
            f"{response.get('Location', '')}"
        )
    return response


def measure(client, page) -> tuple[list[float], list]:
    """Times in ms of REQUESTS requests after a warm-up, and the queries of one more."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(WARM_UP):
        fetch(client, page)
    times = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        fetch(client, page)
        times.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        fetch(client, page)
    return times, queries.captured_queries


def explain(sql: str) -> str:
    """The plan of a captured query, as PostgreSQL ran it (a server-side cursor's query too)."""
    from django.db import connection

    sql = re.sub(r'^DECLARE "[^"]+" NO SCROLL CURSOR WITH(OUT)? HOLD FOR ', "", sql)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


def show_queries(slowest: dict) -> None:
    for name, queries in slowest.items():
        print(f"\n{name}:")
        for query in queries:
            print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][:400]}")
            if os.environ.get("BENCH_EXPLAIN") and float(query["time"]) >= 0.010:
                print("    " + explain(query["sql"]).replace("\n", "\n    "))


def baseline_counts() -> dict:
    if database.SCALE >= 1.0 and BASELINE.exists():
        return json.loads(BASELINE.read_text())["counts"]
    return {}


def main():
    from bench.seed import ensure_seeded

    ensure_seeded()
    from bench.figures import Figure, median, p95, print_table, write_results
    from bench.personas import pages, session_keys

    keys = session_keys()
    baseline = baseline_counts()
    figures, counts, slowest = [], {}, {}
    for page in pages():
        times, queries = measure(client_for(keys[page.persona]), page)
        counts[page.name] = len(queries)
        slowest[page.name] = sorted(queries, key=lambda q: -float(q["time"]))[:3]
        figures += [
            Figure(f"page {page.name}: median", median(times), "ms", BUDGET_MS),
            Figure(f"page {page.name}: p95", p95(times), "ms", BUDGET_MS),
            Figure(f"page {page.name}: queries", len(queries), "queries", baseline.get(page.name)),
        ]
        print(f"  {page.name}: p95 {p95(times):.1f} ms, {len(queries)} queries", flush=True)
    if database.SCALE < 1.0:
        BASELINE.write_text(
            json.dumps({"scale": database.SCALE, "counts": counts}, indent=2) + "\n"
        )
    if os.environ.get("BENCH_SHOW_QUERIES") or os.environ.get("BENCH_EXPLAIN"):
        show_queries(slowest)
    print(f"\nScale {database.SCALE:g}, {REQUESTS} requests a page after {WARM_UP} to warm up.")
    print_table(figures)
    write_results(figures)


if __name__ == "__main__":
    main()
