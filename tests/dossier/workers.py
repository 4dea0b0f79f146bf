"""Real Celery workers in their own processes, against a Redis of the test's own.

A private ``redis-server`` (no disk, a free port) lets a test restart the
broker without touching the Redis the rest of the suite uses, and a worker
process can be killed with SIGKILL in the middle of a task, as in production.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import redis
from django.conf import settings
from django.db import connection

from portal.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivateRedis:
    def __init__(self):
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)

    def restart(self):
        """Stop and start again: with no disk, every queued message is gone."""
        self.stop()
        self.start()

    def queued(self) -> int:
        return redis.Redis.from_url(self.url).llen("celery")


def _reset_producers():
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@contextmanager
def private_broker():
    """A fresh Redis as the Celery broker of this process, for the test's duration."""
    server = PrivateRedis()
    server.start()
    previous = celery_app.conf.broker_url
    celery_app.conf.broker_url = server.url
    _reset_producers()
    try:
        yield server
    finally:
        celery_app.conf.broker_url = previous
        _reset_producers()
        server.stop()


def database_url() -> str:
    db = connection.settings_dict
    return f"postgresql://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@contextmanager
def worker(broker, *, slow_render=0.0, concurrency=1, env=None):
    """A ``celery worker`` process on the test database; ``slow_render`` pauses each PDF."""
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "REDIS_URL": broker.url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "SLOW_RENDER_SECONDS": str(slow_render),
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        **(env or {}),
    }
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("run_worker.py")), str(concurrency)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def kill(process):
    """SIGKILL the worker and its children: no clean-up, no acknowledgement."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def wait_for(condition, timeout=60, what="the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"Timed out waiting for {what}")
