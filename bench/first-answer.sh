#!/usr/bin/env bash
# Start to first answer: milliseconds from launching the JVM to the first 200 from GET /api/v1/regions (127.0.0.1).
# Usage: bench/first-answer.sh [extra JVM options…]   (runs 5 times on a fresh data directory each)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk
port=${PORT:-18090}
for i in 1 2 3 4 5; do
  data=$(mktemp -d)
  start=$(date +%s%N)
  "$JAVA_HOME/bin/java" -Xms64m -Xmx192m -XX:+UseParallelGC "$@" -Dapp.data-dir="$data" -Dserver.port=$port -Dserver.host=127.0.0.1 \
      -jar api/target/api.jar >"$data/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/regions" 2>/dev/null | grep -q 200; then break; fi
    sleep 0.02
  done
  end=$(date +%s%N)
  echo "run $i: $(( (end - start) / 1000000 )) ms to first answer"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
