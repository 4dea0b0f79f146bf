"""A real server for the load and transfer benchmarks: gunicorn, 2 workers, on loopback.

As in production (Dockerfile): gunicorn's sync workers, DEBUG off, static files
from WhiteNoise (hashed, compressed, collected first). Plain HTTP: HTTPS=false.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager

from bench.database import ROOT

WORKERS = 2
LOG = ROOT / "private-media" / "bench-scale" / "gunicorn.log"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def collect_static() -> None:
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def _wait_until_up(url: str, process, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn stopped at start (exit {process.returncode}); see {LOG}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310  (our http URL)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer on {url} within {timeout:.0f} s; see {LOG}")


@contextmanager
def running_server(workers: int = WORKERS):
    """Start gunicorn against the benchmark database; yields its base URL."""
    collect_static()
    port = free_port()
    LOG.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "portal.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--log-level",
        "warning",
    ]
    with open(LOG, "a") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=os.environ.copy(), stdout=log, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base + "/", process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
