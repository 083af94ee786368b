#!/usr/bin/env bash
# HTTP load on 127.0.0.1 with wrk -t1 (MEASURED.md: -t2 starves the server on 2 cores):
#   1. a trivial GET (/api/v1/regions) vs POST /api/v1/quotes for a 5-member household, 16 connections, after two
#      warm-up rounds; three interleaved 8 s rounds, the median ratio of quote to trivial-GET throughput;
#   2. POST /api/v1/chat, 20 concurrent users (connections), 15 s: p95;
#   3. the server's RSS after the load.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk
port=18120
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk); }
[ -f api/target/api.jar ] || ./mvnw -q -B -DskipTests install
data=$(mktemp -d)
. bin/jvm-opts.sh
"$JAVA_HOME/bin/java" "${jvm_opts[@]}" -Dapp.data-dir="$data" -Dapp.demo-data=false -Dapp.today=2020-10-15 \
  -Dserver.host=127.0.0.1 -Dserver.port=$port -jar api/target/api.jar >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.1; done
url="http://127.0.0.1:$port"
cat > "$data/quote.json" <<'JSON'
{"region":"532301","year":2021,"paymentDate":"2020-10-15","members":[
 {"ref":"奶奶","birthDate":"1950-01-01","specialGroups":["MINIMUM_LIVING","SEVERE_DISABILITY"]},
 {"ref":"爷爷","birthDate":"1948-05-01","specialGroups":["EXTREME_POVERTY"]},
 {"ref":"爸爸","birthDate":"1978-03-15"},
 {"ref":"妈妈","birthDate":"1980-07-08","specialGroups":["REGISTERED_POOR"]},
 {"ref":"娃","birthDate":"2012-09-01","student":"PRIMARY_SECONDARY"}]}
JSON
echo '{"userId":"USER","message":"楚雄低保户交医保自己要出好多"}' > "$data/chat.json"
for round in 1 2; do
  wrk -t1 -c16 -d10s -s bench/get.lua "$url/api/v1/regions" >/dev/null
  BODY_FILE="$data/quote.json" wrk -t1 -c16 -d10s -s bench/post.lua "$url/api/v1/quotes" >/dev/null
done
# Three interleaved rounds: this 2-core VM's throughput drifts by a third between minutes, so each round's ratio is
# taken from back-to-back runs and the median of the three is reported.
ratios=()
for round in 1 2 3; do
  echo "== round $round: trivial GET /api/v1/regions, then POST /api/v1/quotes (5 members); 16 connections, 8 s each =="
  g=$(wrk -t1 -c16 -d8s -s bench/get.lua "$url/api/v1/regions" | tail -1); echo "GET    $g"
  q=$(BODY_FILE="$data/quote.json" wrk -t1 -c16 -d8s -s bench/post.lua "$url/api/v1/quotes" | tail -1); echo "quotes $q"
  gr=$(echo "$g" | sed -E 's/.*= ([0-9]+)\/s.*/\1/'); qr=$(echo "$q" | sed -E 's/.*= ([0-9]+)\/s.*/\1/')
  ratios+=("$(python3 -c "print(round($qr/$gr, 3))")")
done
echo "quote / trivial GET throughput per round: ${ratios[*]}; median $(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 2p)"
BODY_FILE="$data/chat.json" VARY_USER=1 wrk -t1 -c20 -d8s -s bench/post.lua "$url/api/v1/chat" >/dev/null
echo "== POST /api/v1/chat, 20 concurrent users, 15 s =="
BODY_FILE="$data/chat.json" VARY_USER=1 wrk -t1 -c20 -d15s -s bench/post.lua "$url/api/v1/chat" | tail -1
echo "server RSS after load: $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MB"
