#!/usr/bin/env bash
# WeChat safe-mode load on 127.0.0.1: 50 concurrent simulated users send encrypted questions (fresh MsgId each)
# through the real chat engine; wrk -t1 -c50 for 20 s after a warm-up; prints passive-reply latency percentiles.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk
port=18110
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk); }
[ -f api/target/api.jar ] || ./mvnw -q -B -DskipTests install
data=$(mktemp -d)
acct=(-Dwechat.accounts.load.token=LoadToken2024 -Dwechat.accounts.load.encoding-aes-key=Shebao2024NewbornInsuranceTestKey0123456789
      -Dwechat.accounts.load.app-id=wx5f3a9c2e7b1d4a60)
. bin/jvm-opts.sh
"$JAVA_HOME/bin/java" "${jvm_opts[@]}" ${WECHAT_JVM_OPTS:-} "${acct[@]}" -Dapp.data-dir="$data" -Dapp.demo-data=false \
  -Dserver.host=127.0.0.1 -Dserver.port=$port -jar api/target/api.jar >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.1; done
cp="api/target/api.jar:api/target/libs/*"
"$JAVA_HOME/bin/java" -cp "$cp" bench/WeChatLoad.java load LoadToken2024 Shebao2024NewbornInsuranceTestKey0123456789 wx5f3a9c2e7b1d4a60 20000 "$data/warm.txt" 2>/dev/null
"$JAVA_HOME/bin/java" -cp "$cp" bench/WeChatLoad.java load LoadToken2024 Shebao2024NewbornInsuranceTestKey0123456789 wx5f3a9c2e7b1d4a60 60000 "$data/measure.txt" 2>/dev/null
WECHAT="$data/warm.txt" wrk -t1 -c50 -d8s -s bench/wechat.lua "http://127.0.0.1:$port" >/dev/null
echo "== WeChat safe mode, 50 concurrent users, 20 s =="
WECHAT="$data/measure.txt" wrk -t1 -c50 -d20s -s bench/wechat.lua "http://127.0.0.1:$port" | tail -1
echo "server RSS after load: $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MB"
