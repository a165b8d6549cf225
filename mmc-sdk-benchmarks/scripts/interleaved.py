#!/usr/bin/env python3
"""Runs hyperfine over the given commands in ROUNDS rounds of RUNS runs each (one warm-up run per command and
round), so that commands alternate and a change in the machine's load falls on all of them alike. Prints, per
command, the median, min and max wall time over all rounds and the mean user+system CPU time.

    interleaved.py [--rounds 4] [--runs 5] [--json out.json] [-n NAME] CMD [-n NAME] CMD ...
"""
import argparse, json, os, statistics, subprocess, sys, tempfile

parser = argparse.ArgumentParser()
parser.add_argument("--rounds", type=int, default=4)
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--json", help="all runs, per command, as JSON")
parser.add_argument("-n", "--name", action="append", default=[])
parser.add_argument("commands", nargs="+")
args = parser.parse_args()
names = args.name + args.commands[len(args.name):]
times = {c: [] for c in args.commands}
cpu = {c: [] for c in args.commands}
for r in range(args.rounds):
    order = args.commands if r % 2 == 0 else list(reversed(args.commands))
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(["hyperfine", "--style", "none", "--warmup", "1", "--runs", str(args.runs),
                        "--export-json", out.name, *order], check=True, stdout=subprocess.DEVNULL)
        for result in json.load(open(out.name))["results"]:
            times[result["command"]] += result["times"]
            cpu[result["command"]] += [u + s for u, s in zip(result["user"] if isinstance(result["user"], list)
                                                             else [result["user"]] * len(result["times"]),
                                                             result["system"] if isinstance(result["system"], list)
                                                             else [result["system"]] * len(result["times"]))]
print(f"{'command':<44} {'runs':>4} {'median':>8} {'min':>8} {'max':>8} {'cpu':>8}")
for name, c in zip(names, args.commands):
    t = times[c]
    print(f"{name:<44} {len(t):>4} {statistics.median(t):8.3f} {min(t):8.3f} {max(t):8.3f} {statistics.mean(cpu[c]):8.3f}")
if args.json:
    json.dump({n: {"command": c, "times": times[c], "cpu": cpu[c]} for n, c in zip(names, args.commands)},
              open(args.json, "w"), indent=1)
