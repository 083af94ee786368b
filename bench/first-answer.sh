#!/usr/bin/env bash
# Start to first answer: milliseconds from launching the JVM to the first 200 from GET /api/v1/regions (127.0.0.1),
# five runs on a fresh data directory each (a first start: it also creates the database and the development keys),
# then five restarts on a data directory an earlier start initialised (the usual case: a service restarted on its
# data), with the JVM options bin/run uses: first with the AOT cache bin/run trains (JDK 25), then without it.
# Usage: bench/first-answer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk
[ -f api/target/api.jar ] || ./mvnw -q -B -DskipTests install
port=${PORT:-18090}
. bin/jvm-opts.sh
opts=("${jvm_opts[@]}")
aot=$(bin/aot "${opts[@]}")
fifo=$(mktemp -u); mkfifo "$fifo"; exec 4<>"$fifo"; rm "$fifo"
# first_answer <data dir> <JVM options…>: starts the service, sets $ms to the milliseconds to the first 200, leaves it running ($pid)
first_answer() {
    local data=$1; shift
    start=$(date +%s%N)
    "$JAVA_HOME/bin/java" "${opts[@]}" "$@" -Dapp.data-dir="$data" -Dserver.port=$port -Dserver.host=127.0.0.1 \
        -jar api/target/api.jar >"$data/log" 2>&1 &
    pid=$!
    # Poll with bash builtins only (/dev/tcp, read -t): a curl process every 20 ms takes a visible share of 2 cores
    # from the JVM that is starting, and made the first measurements a third slower.
    for _ in $(seq 1 1500); do
      if { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
        printf 'GET /api/v1/regions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
        IFS= read -r status <&3 || status=""
        exec 3>&-
        case "$status" in *" 200 "*) break ;; esac
      fi
      read -r -t 0.01 -u 4 || true   # a 10 ms pause without a sleep process
    done
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
}
measure() {
  for i in 1 2 3 4 5; do
    data=$(mktemp -d)
    first_answer "$data" "$@"; echo "  run $i: $ms ms to first answer"
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$data"
  done
}
restarts() {
  data=$(mktemp -d)
  first_answer "$data" "$@"
  read -r -t 8 -u 4 || true   # let the first start finish its background work (demo population) before stopping it
  kill $pid; wait $pid 2>/dev/null || true
  for i in 1 2 3 4 5; do
    first_answer "$data" "$@"; echo "  restart $i: $ms ms to first answer"
    kill $pid; wait $pid 2>/dev/null || true
  done
  rm -rf "$data"
}
if [ -n "$aot" ]; then
  echo "== start to first answer, as bin/run starts it ($aot) =="; measure "$aot"
  echo "== the same without the demo population (app.demo-data=false, as in production) =="; measure "$aot" -Dapp.demo-data=false
  echo "== restarts on an initialised data directory, with the AOT cache =="; restarts "$aot"
fi
echo "== start to first answer, no AOT cache =="
measure
