#!/usr/bin/env bash
# Runs CallBenchmark's floor, stub and SDK on two benchmark jars, one after the other on the same quiet machine,
# then prints the before/after table (compare.py) with every figure's interval and each ratio's.
#
# Usage: before-after.sh BEFORE_JAR AFTER_JAR OUT_DIR
#   one thread, -bm avgt with -prof gc: mean time and allocation per call (floor, stub, SDK), 2 forks
#   16 threads, -bm thrpt: calls per second (stub, SDK), 2 forks, 8 warm-up iterations (the JIT's steady state)
set -euo pipefail
before=$1 after=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
for side in before after; do
  jar=$before; [ "$side" = after ] && jar=$after
  mkdir -p "$out/$side"
  java -jar "$jar" 'CallBenchmark.(floor|stub|sdk)$' -f 2 -wi 5 -w 1 -i 5 -r 1 -bm avgt -tu us -prof gc \
    -rf csv -rff "$out/$side/avgt.csv" > "$out/$side/avgt.log" 2>&1
  java -jar "$jar" 'CallBenchmark.(stub|sdk)$' -f 2 -t 16 -wi 8 -w 1 -i 5 -r 1 -bm thrpt -tu s \
    -rf csv -rff "$out/$side/thrpt-16.csv" > "$out/$side/thrpt-16.log" 2>&1
done
python3 "$here/compare.py" "$out/before" "$out/after"
