#!/usr/bin/env bash
# The one-shot CLI's wall time (docs/benchmarks.md, "The one-shot CLI"), on what the build left in target/:
#  - `mmc about` as a whole process against a running standalone sandbox: `java -jar mmc.jar` (the launcher before
#    the archive) against ./mmc, and ./mmc with -Xshare:off (what a stale archive costs: the JVM then shares nothing);
#  - the standalone sandbox's start-up to its first answer: `java -jar mmc-sandbox.jar` against ./mmc-sandbox.
# Per command: median, min and max wall time in seconds, mean user+system CPU time.
# Needs hyperfine and curl (Debian packages), ports 18081 and 18082 free. ROUNDS and RUNS as in interleaved.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts=mmc-sdk-benchmarks/scripts
rounds=${ROUNDS:-4}
runs=${RUNS:-5}
work=$(mktemp -d)
java -jar mmc-sdk-sandbox/target/mmc-sandbox.jar --port 18082 > "$work/sandbox.out" 2>&1 &
sandbox=$!
trap 'kill "$sandbox"; wait "$sandbox" 2> /dev/null || true; rm -rf "$work"' EXIT
until grep -qs '^serviceUrl=' "$work/sandbox.out"; do sleep 0.1; done
grep -E '^(serviceUrl|accessKey|accessKeyPassword|serviceAccount|serviceAccountPassword)=' "$work/sandbox.out" \
  > "$work/mmc.properties"
about="about --config $work/mmc.properties"
echo "$(nproc) CPUs; load before: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | sed -n 1p)"
$scripts/interleaved.py --rounds "$rounds" --runs "$runs" -n 'java -jar mmc.jar about' -n './mmc about' \
  -n './mmc about, archive off' \
  "java -jar mmc-sdk-samples/target/mmc.jar $about" "./mmc $about" "MMC_JAVA_OPTS=-Xshare:off ./mmc $about"
$scripts/interleaved.py --rounds "$rounds" --runs "$runs" -n 'java -jar mmc-sandbox.jar, to ready' \
  -n './mmc-sandbox, to ready' \
  "READY_LOG=$work/jar.ready $scripts/sandbox-ready.sh java -jar mmc-sdk-sandbox/target/mmc-sandbox.jar --port 18081" \
  "READY_LOG=$work/launcher.ready $scripts/sandbox-ready.sh ./mmc-sandbox --port 18081"
# The same runs (warm-ups included), from start to the first answer only, without the curl loop's and the stop's time.
for f in jar launcher; do
  python3 -c 'import statistics,sys; t=[int(l) for l in open(sys.argv[1])]; print(f"{sys.argv[2]:<44} {len(t):>4} ready in ms: median {statistics.median(t):.0f}, min {min(t)}, max {max(t)}")' \
    "$work/$f.ready" "$f"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
