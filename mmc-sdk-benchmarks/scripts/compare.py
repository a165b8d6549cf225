#!/usr/bin/env python3
"""Before/after table of CallBenchmark runs, every figure with its JMH 99.9 % interval.

Usage: compare.py BEFORE_DIR AFTER_DIR
Each directory holds avgt.csv (JMH -bm avgt -tu us -prof gc, one thread) and thrpt-16.csv (JMH -bm thrpt
-tu s -t 16), as written by -rf csv -rff. A ratio's interval runs from the pessimistic to the optimistic
end of both intervals: (a - ea) / (b + eb) .. (a + ea) / (b - eb). A target counts as met only when the
whole interval clears it.
"""
import csv
import sys
from pathlib import Path

OPERATIONS = ["ABOUT", "CREATE", "LIST"]


def read(path):
    """{(client, metric, operation): (score, error)}; metric is '' for the primary score."""
    scores = {}
    if not path.exists():
        return scores
    with path.open(newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        return scores
    header = rows[0]
    op_col = header.index("Param: operation")
    for row in rows[1:]:
        name = row[0].replace("\u00b7", "")
        metric = ""
        if ":" in name:
            name, metric = name.split(":", 1)
        client = name.rsplit(".", 1)[1]
        error = row[5]
        scores[(client, metric, row[op_col])] = (float(row[4]), float(error) if error not in ("", "NaN") else 0.0)
    return scores


def fmt(pair):
    if pair is None:
        return "–"
    score, error = pair
    if score >= 100:
        return f"{score:,.0f} ± {error:,.0f}"
    return f"{score:.1f} ± {error:.1f}"


def ratio(a, b):
    if a is None or b is None:
        return "–", None
    (x, ex), (y, ey) = a, b
    low = (x - ex) / (y + ey)
    high = (x + ex) / (y - ey) if y - ey > 0 else float("inf")
    return f"{x / y:.2f} [{low:.2f}, {high:.2f}]", (low, high)


def main():
    before_dir, after_dir = Path(sys.argv[1]), Path(sys.argv[2])
    runs = {
        "before": (read(before_dir / "avgt.csv"), read(before_dir / "thrpt-16.csv")),
        "after": (read(after_dir / "avgt.csv"), read(after_dir / "thrpt-16.csv")),
    }
    print("| operation | metric | run | floor | stub | SDK | SDK/stub [interval] | SDK/floor [interval] |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    metrics = [("mean, 1 thread (µs/call)", 0, ""), ("allocation (B/call)", 0, "gc.alloc.rate.norm"),
               ("throughput, 16 threads (calls/s)", 1, "")]
    for op in OPERATIONS:
        for label, which, metric in metrics:
            for run, tables in runs.items():
                table = tables[which]
                cell = {c: table.get((c, metric, op)) for c in ("floor", "stub", "sdk")}
                if all(v is None for v in cell.values()):
                    continue
                to_stub, _ = ratio(cell["sdk"], cell["stub"])
                to_floor, _ = ratio(cell["sdk"], cell["floor"])
                print(f"| {op.lower()} | {label} | {run} | {fmt(cell['floor'])} | {fmt(cell['stub'])} | "
                      f"{fmt(cell['sdk'])} | {to_stub} | {to_floor} |")


if __name__ == "__main__":
    main()
