"""Every benchmark in turn, then one table of all figures (what ``make bench`` runs).

    .venv/bin/python bench/run.py                  seed (or reuse), pages, load, transfer, dossier,
                                                   reminders
    BENCH_SCALE=0.01 .venv/bin/python bench/run.py  a quick run on 1% of the rows
    .venv/bin/python bench/run.py pages transfer   only these (the seed always comes first)

Each step is its own process (as ``python bench/<step>.py``) and writes its figures
to bench/results.json; a step that fails does not stop the others, but the run
exits non-zero. A budget that is not met is a figure, not a failure.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.figures import RESULTS, Figure, print_table  # noqa: E402  (the path first)

STEPS = ["seed", "pages", "load", "transfer", "dossier", "reminders"]
# The names of each step's figures start with one of these.
PREFIXES = {
    "seed": ("seed:",),
    "pages": ("page ",),
    "load": ("load ",),
    "transfer": ("transfer ",),
    "dossier": ("dossier:", "bulk export"),
    "reminders": ("reminder scan:",),
}


def run_step(step: str) -> bool:
    print(f"\n== bench/{step}.py ==", flush=True)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, str(HERE / f"{step}.py")], check=False)
    print(f"== bench/{step}.py: {time.perf_counter() - start:.0f} s ==", flush=True)
    return result.returncode == 0


def figures_of(steps: list[str]) -> list[Figure]:
    """The figures of ``steps`` in bench/results.json, in the order of the steps."""
    rows = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    return [
        Figure(row["name"], row["value"], row["unit"], row["budget"], _higher(row))
        for step in steps
        for row in rows
        if row["name"].startswith(PREFIXES[step])
    ]


def _higher(row) -> bool:
    """Whether ``ok`` meant value >= budget (results.json keeps ok, not the direction)."""
    if row["budget"] is None or row["ok"] is None or row["value"] == row["budget"]:
        return False
    return row["ok"] == (row["value"] > row["budget"])


def main():
    wanted = [step for step in sys.argv[1:] if step in STEPS] or STEPS
    steps = ["seed"] + [step for step in wanted if step != "seed"]
    failed = [step for step in steps if not run_step(step)]
    print(f"\nAll figures of this run (BENCH_SCALE={os.environ.get('BENCH_SCALE', '1')}):")
    print_table(figures_of([step for step in steps if step not in failed]))
    if failed:
        print(f"\nFailed: {', '.join(failed)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
