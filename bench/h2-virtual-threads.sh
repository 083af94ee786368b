#!/usr/bin/env bash
# Embedded H2 under row-lock contention from 16 virtual threads, directly and through Database.inTransaction
# (which lets no more H2 transactions run at once than there are carrier threads). Prints the slowest transaction
# of each; three rounds each, interleaved.
# In-process only, bounded (60 s per round at most). See docs/performance.md, "H2 and virtual threads".
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk
[ -f api/target/api.jar ] || ./mvnw -q -B -DskipTests install
cp="api/target/api.jar:api/target/libs/*"
for round in 1 2 3; do
  for mode in direct service; do
    "$JAVA_HOME/bin/java" -cp "$cp" bench/H2OnVirtualThreads.java "$mode" 2>/dev/null | tail -1
  done
done
