#!/usr/bin/env bash
# Throughput benchmark: builds Sluice, then runs ProjectionBenchmark [rows] [runs] [parallelism].
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -B -q -o -DskipTests package -pl bench -am)
exec java -Xmx2g -cp "$root/bench/target/sluice-bench.jar:$root/bench/target/lib/*" \
  io.sluice.bench.ProjectionBenchmark "$@"
