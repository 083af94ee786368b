#!/usr/bin/env bash
# Every benchmark and load script, all on 127.0.0.1, each bounded in time (about 12 minutes in all on 2 cores).
# JMH: 5-member quote, knowledge-base search, one chat turn, index build (cold and warm); then start to first answer,
# quote vs trivial GET and chat p95, payment notifications on H2 and PostgreSQL, WeChat safe mode. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk
./mvnw -q -B -DskipTests install
./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
echo "== JMH (1 fork, 3 x 2 s warm-up, 5 x 2 s measurement) =="
"$JAVA_HOME/bin/java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main \
  -f 1 -wi 3 -w 2s -i 5 -r 2s -foe true "${JMH_FILTER:-.*}" 2>&1 | grep -v -E '^(WARNING|[A-Z][a-z]{2} [0-9]+, 20|INFO:)' \
  | sed -n '/^Benchmark/,$p'
bench/first-answer.sh
bench/http-load.sh
bench/notifications.sh h2
bench/notifications.sh postgres
bench/wechat.sh
bench/h2-virtual-threads.sh
