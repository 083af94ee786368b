#!/usr/bin/env bash
# Channel-callback load on 127.0.0.1: places N orders, warms the JIT with five 5-second rounds of callbacks (after
# two, a profile of the measured run still had the C2 compiler at 30 % of the service's CPU; after five, at 2-4 %),
# then wrk -t1 -c16 sends each signed SUCCESS callback once (every tenth request a replay) for 10 s, and the officer's
# reconciliation proves each order was credited exactly once. Usage: bench/notifications.sh h2|postgres [orders]
# (WARM_ROUNDS=n for another warm-up; each round uses 5,000 orders, the measured run what is left).
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk
db=${1:-h2}; orders=${2:-45000}; warm=${WARM_ROUNDS:-5}; port=18100
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk); }
[ -f api/target/api.jar ] || ./mvnw -q -B -DskipTests install
data=$(mktemp -d)
dbopts=()
if [ "$db" = postgres ]; then
  bin/postgres
  schema=bench_$(date +%s)
  dbopts=(-Ddb.url=jdbc:postgresql://127.0.0.1:5432/test -Ddb.user=postgres -Ddb.schema=$schema)
fi
. bin/jvm-opts.sh
"$JAVA_HOME/bin/java" "${jvm_opts[@]}" ${NOTIFY_JVM_OPTS:-} "${dbopts[@]}" -Dapp.data-dir="$data" -Dapp.demo-data=false \
  -Dapp.today=2020-10-15 -Dserver.host=127.0.0.1 -Dserver.port=$port -jar api/target/api.jar >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; [ "$db" = postgres ] && psql -h 127.0.0.1 -U postgres -d test -qc "drop schema $schema cascade" >/dev/null 2>&1; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.1; done
cp="api/target/api.jar:api/target/libs/*"
"$JAVA_HOME/bin/java" -cp "$cp" bench/NotificationLoad.java prepare "http://127.0.0.1:$port" "$data" "$orders" "$data/all.txt" 2>/dev/null
# each round has its own callbacks: a round that runs out of them goes on with replays, which are cheaper
for round in $(seq 1 "$warm"); do
  sed -n "$(( (round - 1) * 5000 + 1 )),$(( round * 5000 ))p" "$data/all.txt" > "$data/warm$round.txt"
  NOTIFICATIONS="$data/warm$round.txt" wrk -t1 -c16 -d5s -s bench/notifications.lua "http://127.0.0.1:$port" >/dev/null
done
tail -n +$(( warm * 5000 + 1 )) "$data/all.txt" > "$data/measure.txt"
echo "== $db: 16 concurrent callers, 10 s =="
NOTIFICATIONS="$data/measure.txt" wrk -t1 -c16 -d10s -s bench/notifications.lua "http://127.0.0.1:$port" | grep -E "^(WARNING|requests)"
"$JAVA_HOME/bin/java" -cp "$cp" bench/NotificationLoad.java verify "http://127.0.0.1:$port" "$data" 2>/dev/null
echo "server RSS after load: $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MB"
