#!/usr/bin/env bash
# CPU per call of the whole benchmark JVM (calling threads, the canned server, the JIT and the GC together),
# read from /proc over a 10 s window inside a throughput run: at 16 threads on two CPUs the process is CPU-bound,
# so throughput is 2 CPUs divided by this figure, and the figure moves less with the machine's load than calls/s.
# Also prints the context switches per call of all its threads. Linux only.
#   cpu-per-call.sh JAR sdk|stub THREADS [ABOUT|CREATE|LIST]
#   e.g. run alternately: for i in 1 2 3; do cpu-per-call.sh target/benchmarks.jar sdk 16; cpu-per-call.sh target/benchmarks.jar stub 16; done
set -euo pipefail
jar=$1 bench=$2 threads=$3 operation=${4:-ABOUT}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# warm-up 3 × 2 s, then 3 × 5 s measured: the window below (12 s to 22 s after start) lies inside the measurement
java -jar "$jar" "CallBenchmark.$bench\$" -p operation="$operation" -t "$threads" -bm thrpt -tu s -f 1 -wi 3 -w 2 -i 3 -r 5 \
    > "$log" 2>&1 &
runner=$!
sleep 12
pid=$(pgrep -f -n ForkedMain)
switches() { cat /proc/"$pid"/task/*/status 2> /dev/null | awk '/voluntary_ctxt_switches/ { s += $2 } END { print s }'; }
ticks() { awk '{ print $14 + $15 }' /proc/"$pid"/stat; }
switches_before=$(switches) ticks_before=$(ticks)
sleep 10
switches_after=$(switches) ticks_after=$(ticks)
wait "$runner"
score=$(awk '/^CallBenchmark/ { print $(NF-3) }' "$log" | tr -d ,)
hz=$(getconf CLK_TCK)
awk -v s="$score" -v cs=$((switches_after - switches_before)) -v t=$((ticks_after - ticks_before)) -v hz="$hz" \
    -v what="$bench t=$threads $operation" 'BEGIN {
        printf "%s: %.0f calls/s, CPU %.0f us/call, %.2f context switches/call\n", what, s, t / hz * 1e6 / (s * 10), cs / (s * 10) }'
