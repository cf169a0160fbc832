#!/usr/bin/env bash
# JMH micro-benchmarks of the hot parts (keyed state, serializers, window assignment, CSV decoding).
# Usage: bench/jmh.sh [regexp] [more JMH options], e.g. bench/jmh.sh 'KeyedState.*valueGet' -p backend=rocksdb
# Builds the bench jar if it is missing or older than the sources (SLUICE_JMH_REBUILD=1 forces it). Modest
# defaults, overridable: JMH_FORKS (1), JMH_WARMUPS (2), JMH_ITERATIONS (3), JMH_TIME (1s, per iteration).
# bench/jmh.sh -h lists JMH's own options; -l lists the benchmarks.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/bench/target/sluice-bench.jar"
if [[ "${SLUICE_JMH_REBUILD:-0}" == 1 || ! -f "$jar" \
    || -n "$(find "$root" -path '*/src/main/*' -newer "$jar" -print -quit)" ]]; then
  (cd "$root" && mvn -B -q -o -DskipTests package -pl bench -am)
fi
filter=()
if [[ $# -gt 0 && "$1" != -* ]]; then
  filter=("$1")
  shift
fi
exec java -cp "$jar:$root/bench/target/lib/*" org.openjdk.jmh.Main \
  -f "${JMH_FORKS:-1}" -wi "${JMH_WARMUPS:-2}" -i "${JMH_ITERATIONS:-3}" \
  -w "${JMH_TIME:-1s}" -r "${JMH_TIME:-1s}" "$@" "${filter[@]}"
