#!/usr/bin/env bash
# Start-up to ready of the standalone sandbox: runs the given command (which must start the sandbox on PORT, default
# 18081), posts the sandbox's `about` every 10 ms until it answers 200, then stops it (SIGTERM) and waits for it.
# Prints the milliseconds from start to the first 200, and appends them to $READY_LOG when set.
#   sandbox-ready.sh ./mmc-sandbox --port 18081
#   (cli-startup.sh times it with hyperfine, before and after the archive)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
request="$here/../../mmc-sdk-sandbox/src/test/resources/cds/about-request.xml"
port=${PORT:-18081}
url="http://127.0.0.1:$port/api/MultimediaConference-1"
if curl -s -o /dev/null "$url"; then
  echo "something already answers on port $port" >&2
  exit 1
fi
start=$(date +%s%N)
"$@" > /dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' -u sandbox-access-key:sandbox-access-key-password \
    -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: "urn:about"' --data-binary "@$request" "$url")" = 200 ]; do
  if ! kill -0 "$pid" 2> /dev/null; then
    echo "the sandbox ended before it answered" >&2
    exit 1
  fi
  sleep 0.01
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$ready ms"
if [ -n "${READY_LOG:-}" ]; then echo "$ready" >> "$READY_LOG"; fi
