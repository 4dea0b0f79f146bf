"""Bytes a participant's phone downloads per page, first and repeat visit, in headless Chromium.

    .venv/bin/python bench/transfer.py       (after bench/seed.py; or: make bench)

Against the gunicorn server of bench/load.py. Chromium reports what went over the
wire for every response (DevTools ``Network.loadingFinished``: compressed bodies
and headers): the page, its CSS, fonts and images. First visit: an empty cache.
Repeat visit: the same page again, the browser's cache as the first visit left it.
Budgets: <= 50 KB first, <= 15 KB repeat. Then each page is opened with
JavaScript switched off and must still show its heading and content.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import database

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [  # as tests/browser/conftest.py
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
FIRST_BUDGET_KB = 50
REPEAT_BUDGET_KB = 15
PHONE = {"viewport": {"width": 360, "height": 800}, "device_scale_factor": 1, "locale": "nl-NL"}


class Wire:
    """Counts the bytes and the scripts of one browser page, through DevTools."""

    def __init__(self, context, page):
        self.bytes = 0
        self.responses = 0
        self.scripts = 0
        self.seen = {}  # request id -> (url, content encoding), for BENCH_SHOW_RESPONSES
        self.log = []
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.on("Network.loadingFinished", self._finished)
        session.on("Network.responseReceived", self._received)

    def _finished(self, event):
        self.bytes += event["encodedDataLength"]
        self.responses += 1
        url, encoding = self.seen.get(event["requestId"], ("?", ""))
        self.log.append(f"{event['encodedDataLength']:>8} B  {encoding or 'identity':<8} {url}")

    def _received(self, event):
        headers = {k.lower(): v for k, v in event["response"].get("headers", {}).items()}
        self.seen[event["requestId"]] = (event["response"]["url"], headers.get("content-encoding"))
        if event.get("type") == "Script":
            self.scripts += 1

    def reset(self):
        self.bytes = self.responses = self.scripts = 0
        self.log = []


def show(name, visit, log):
    if os.environ.get("BENCH_SHOW_RESPONSES"):
        print(f"{name}, {visit}:\n  " + "\n  ".join(log))


def visit(page, url) -> None:
    response = page.goto(url, wait_until="networkidle")
    if response is None or response.status != 200 or response.url != url:
        status = response.status if response else "no response"
        raise SystemExit(f"{url}: {status}, ended at {page.url}")
    page.wait_for_timeout(100)  # let the last DevTools events arrive


def measure(browser, base, cookie, page_spec) -> dict:
    context = browser.new_context(**PHONE)
    context.add_cookies([{**cookie, "url": base}])
    page = context.new_page()
    wire = Wire(context, page)
    visit(page, base + page_spec.path)
    first = {"bytes": wire.bytes, "responses": wire.responses, "scripts": wire.scripts}
    show(page_spec.name, "first visit", wire.log)
    wire.reset()
    visit(page, base + page_spec.path)
    repeat = {"bytes": wire.bytes, "responses": wire.responses}
    show(page_spec.name, "repeat visit", wire.log)
    context.close()
    return {"first": first, "repeat": repeat}


def works_without_javascript(browser, base, cookie, page_spec) -> bool:
    context = browser.new_context(**PHONE, java_script_enabled=False)
    context.add_cookies([{**cookie, "url": base}])
    page = context.new_page()
    visit(page, base + page_spec.path)
    heading = page.locator("main h1")
    ok = heading.count() == 1 and heading.inner_text().strip() != ""
    ok = ok and len(page.locator("main").inner_text().strip()) > len(heading.inner_text()) + 20
    context.close()
    return ok


def main():
    from bench.seed import ensure_seeded

    ensure_seeded()
    from django.conf import settings
    from playwright.sync_api import sync_playwright

    from bench.figures import Figure, print_table, write_results
    from bench.personas import pages, session_keys
    from bench.server import running_server

    key = session_keys()["participant"]
    cookie = {"name": settings.SESSION_COOKIE_NAME, "value": key}
    # Django first: Playwright's sync API runs an event loop, and Django refuses queries in one.
    specs = [page for page in pages() if page.participant_page]
    figures = []
    with running_server() as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for spec in specs:
            sizes = measure(browser, base, cookie, spec)
            no_js = works_without_javascript(browser, base, cookie, spec)
            first, repeat = sizes["first"], sizes["repeat"]
            figures += [
                Figure(
                    f"transfer {spec.name}: first visit",
                    first["bytes"] / 1024,
                    "KB",
                    FIRST_BUDGET_KB,
                ),
                Figure(
                    f"transfer {spec.name}: repeat visit",
                    repeat["bytes"] / 1024,
                    "KB",
                    REPEAT_BUDGET_KB,
                ),
                Figure(f"transfer {spec.name}: scripts loaded", first["scripts"], "files", 0),
                Figure(f"transfer {spec.name}: needs JavaScript", int(not no_js), "yes=1", 0),
            ]
            print(
                f"  {spec.name}: first {first['bytes'] / 1024:.1f} KB in {first['responses']} "
                f"responses, repeat {repeat['bytes'] / 1024:.1f} KB in {repeat['responses']}",
                flush=True,
            )
        browser.close()
    print(f"\nScale {database.SCALE:g}: headless Chromium at 360x800, plain HTTP on loopback.")
    print_table(figures)
    write_results(figures)


if __name__ == "__main__":
    main()
