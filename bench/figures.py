"""What every benchmark prints and writes: a table, and bench/results.json.

Each figure is one object: ``name``, ``value``, ``unit``, ``budget`` and ``ok``
(value within budget). A run replaces the figures it measured and keeps the rest.
"""

import json
import os
import statistics
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).with_name("results.json")


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    budget: float | None = None
    higher_is_better: bool = False

    @property
    def ok(self) -> bool | None:
        if self.budget is None:
            return None
        return self.value >= self.budget if self.higher_is_better else self.value <= self.budget

    def as_json(self) -> dict:
        data = asdict(self)
        data.pop("higher_is_better")
        data["ok"] = self.ok
        return data


def median(values) -> float:
    return statistics.median(values)


def p95(values) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def print_table(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    print(f"{'figure':<{width}}  {'value':>10}  {'unit':<8}  {'budget':>10}  ok")
    for f in figures:
        budget = "" if f.budget is None else f"{'>=' if f.higher_is_better else '<='}{f.budget:g}"
        ok = {True: "yes", False: "NO", None: ""}[f.ok]
        print(f"{f.name:<{width}}  {f.value:>10.3f}  {f.unit:<8}  {budget:>10}  {ok}")


def write_results(figures: list[Figure]) -> None:
    existing = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    measured = {f.name for f in figures}
    kept = [row for row in existing if row["name"] not in measured]
    RESULTS.write_text(json.dumps(kept + [f.as_json() for f in figures], indent=2) + "\n")


def scale(default: float = 1.0) -> float:
    """BENCH_SCALE makes a run smaller (0.01 for a quick look)."""
    return float(os.environ.get("BENCH_SCALE", default))
