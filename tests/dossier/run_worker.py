"""Start a real Celery worker for the dossier tests (run as a separate process).

With SLOW_RENDER_SECONDS set, each dossier pauses before it is rendered, so a
test can kill the worker while a dossier is running.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

import django

django.setup()

import dossiers.tasks  # noqa: E402
from portal.celery import app  # noqa: E402

pause = float(os.environ.get("SLOW_RENDER_SECONDS", "0"))
if pause:
    real_render = dossiers.tasks.render_dossier

    def slow_render(*args, **kwargs):
        time.sleep(pause)
        return real_render(*args, **kwargs)

    dossiers.tasks.render_dossier = slow_render

concurrency = sys.argv[1] if len(sys.argv) > 1 else "1"
pool = "solo" if concurrency == "1" else "prefork"
app.worker_main(
    [
        "worker",
        "--pool",
        pool,
        "--concurrency",
        concurrency,
        "--loglevel",
        "WARNING",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
    ]
)
