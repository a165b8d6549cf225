#!/usr/bin/env bash
# Runs CallBenchmark's floor, stub and SDK on two benchmark jars, one after the other on the same quiet machine,
# then prints the before/after table (compare.py) with every figure's interval and each ratio's.
#
# Usage: before-after.sh BEFORE_JAR AFTER_JAR OUT_DIR
#   one thread, -bm avgt with -prof gc: mean time and allocation per call (floor, stub, SDK), 2 forks, 15 s of
#     warm-up (the mean stops falling after about 10 s)
#   16 threads, -bm thrpt: calls per second (stub, SDK), 3 forks, 40 s of warm-up (on two CPUs with 16 calling
#     threads the JIT reaches its steady state after about 30 s: calls/s still rise until then)
set -euo pipefail
before=$1 after=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
for side in before after; do
  jar=$before; [ "$side" = after ] && jar=$after
  mkdir -p "$out/$side"
  java -jar "$jar" 'CallBenchmark.(floor|stub|sdk)$' -f 2 -wi 15 -w 1 -i 10 -r 1 -bm avgt -tu us -prof gc \
    -rf csv -rff "$out/$side/avgt.csv" > "$out/$side/avgt.log" 2>&1
  java -jar "$jar" 'CallBenchmark.(stub|sdk)$' -f 3 -t 16 -wi 20 -w 2 -i 8 -r 2 -bm thrpt -tu s \
    -rf csv -rff "$out/$side/thrpt-16.csv" > "$out/$side/thrpt-16.log" 2>&1
done
python3 "$here/compare.py" "$out/before" "$out/after"
