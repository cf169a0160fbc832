#!/usr/bin/env bash
# The Nexmark benchmark, Sluice next to Flink in one run, on the same CSV files.
#   bench/nexmark.sh                     # both engines, the queries both run, parallelism 2, 10 M bids
#   SLUICE_ONLY=1 bench/nexmark.sh       # Sluice alone: every query, over the CSV files and the generator
# Env: NUM_BIDS (10000000; the generator makes the events that hold as many bids when DATA_DIR has no files), DATA_DIR (/tmp/nexmark-data), WORK_DIR (/tmp/sluice-bench), PARALLELISM (2),
#      QUERIES (Sluice names; default: those the Flink harness has too, or all with SLUICE_ONLY=1); each query
#      runs on Flink, then on Sluice, before the next one,
#      SOURCES (csv; with SLUICE_ONLY=1 "csv nexmark"), MODES (none; also ckpt: a checkpoint every second,
#      rocksdb: the RocksDB backend, ckpt-rocksdb: both, incremental; and for group aggregations minibatch and
#      two-phase: table.exec.mini-batch.* on at Flink's Nexmark settings, 2 s and 50000 rows, in one phase or as
#      local and global aggregation; a query's modes take turns run by run; e.g. MODES="none minibatch two-phase"),
#      RUNS (3 measured runs after WARMUPS (1)), FLINK_HARNESS (../shared/bench-flink), FLINK_REPEAT (1),
#      MARKDOWN (docs/benchmarks.md: its nexmark section is replaced by the table; empty to only print),
#      SLUICE_HEAP (-Xms4g -Xmx4g), SLUICE_JARS (a directory of prebuilt jars instead of building).
# Flink's harness is copied to $WORK_DIR and built there (its first build downloads Flink from Maven Central), so
# the shared directory stays untouched; it generates the data if $DATA_DIR does not hold NUM_BIDS bids.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
NUM_BIDS=${NUM_BIDS:-10000000}
DATA_DIR=${DATA_DIR:-/tmp/nexmark-data}
WORK_DIR=${WORK_DIR:-/tmp/sluice-bench}
PARALLELISM=${PARALLELISM:-2}
MODES=${MODES:-none}
RUNS=${RUNS:-3}
WARMUPS=${WARMUPS:-1}
MARKDOWN=${MARKDOWN-$root/docs/benchmarks.md}
SLUICE_HEAP=${SLUICE_HEAP:-"-Xms4g -Xmx4g"}
FLINK_HARNESS=${FLINK_HARNESS:-$root/../shared/bench-flink}
[[ -d "$FLINK_HARNESS" ]] || FLINK_HARNESS=/work/shared/bench-flink
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
mkdir -p "$WORK_DIR"

if [[ -n "${SLUICE_JARS:-}" ]]; then  # a directory holding sluice-bench.jar and its dependencies, built before
  SLUICE_CP="$SLUICE_JARS/*"
else
  (cd "$root" && mvn -B -q -o -DskipTests package -pl bench -am)
  SLUICE_CP="$root/bench/target/sluice-bench.jar:$root/bench/target/lib/*"
fi
# Sluice's query name -> the Flink harness's
declare -A FLINK_NAME=([q0]=q0 [q1]=q1 [q2]=q2 [q3]=q3-join [q5]=q5-hot-items [q5a-hop-count]=q5a-hop-count
  [q7-tumble-max]=q7-tumble-max [q8]=q8-window-join [agg-bidder]=agg-bidder)

RESULTS="$WORK_DIR/sluice-results.tsv"
FLINK_OUT="$WORK_DIR/flink"
: > "$RESULTS"
sluice() { # queries sources
  "$JAVA_HOME/bin/java" $SLUICE_HEAP -XX:+UseG1GC -cp "$SLUICE_CP" io.sluice.bench.nexmark.NexmarkBenchmark \
    --sources "$2" --queries "$1" --parallelism "$PARALLELISM" --modes "$MODES" --runs "$RUNS" \
    --warmups "$WARMUPS" --data "$DATA_DIR" --results "$RESULTS" --events $((NUM_BIDS * 50 / 46))
}

if [[ "${SLUICE_ONLY:-0}" == 1 ]]; then
  QUERIES=${QUERIES:-all}
  SOURCES=${SOURCES:-"csv nexmark"}
  if [[ ! -f "$DATA_DIR/MANIFEST.txt" ]]; then
    SOURCES=nexmark
  fi
  echo "== Sluice: $QUERIES at parallelism $PARALLELISM over $SOURCES"
  sluice "$QUERIES" "$SOURCES"
  flink_args=()
else
  # Each query runs on Flink and then on Sluice before the next, so both see about the same load on the machine.
  QUERIES=${QUERIES:-"q0 q1 q2 q5 q7-tumble-max agg-bidder q3 q8"}
  rm -rf "$WORK_DIR/flink-harness" && cp -r "$FLINK_HARNESS" "$WORK_DIR/flink-harness"
  [[ " $MODES " == *" ckpt"* ]] || export SKIP_CKPT=1
  append=0
  for q in $QUERIES; do
    if [[ -n "${FLINK_NAME[$q]:-}" ]]; then
      echo "== Flink: ${FLINK_NAME[$q]} at parallelism $PARALLELISM"
      (cd "$WORK_DIR/flink-harness" && NUM_BIDS=$NUM_BIDS DATA_DIR=$DATA_DIR OUT_DIR="$FLINK_OUT" APPEND=$append \
        QUERIES="${FLINK_NAME[$q]}" PARALLELISMS=$PARALLELISM SKIP_GEN=1 REPEAT=${FLINK_REPEAT:-1} ./run.sh \
        | grep -E '^(==|RESULT|FAILED)' || true)
      append=1
    fi
    echo "== Sluice: $q at parallelism $PARALLELISM"
    sluice "$q" "${SOURCES:-csv}"
  done
  flink_args=(--flink-results "$FLINK_OUT/flink-results.tsv")
fi

markdown_args=()
[[ -n "$MARKDOWN" ]] && markdown_args=(--markdown "$MARKDOWN")
# The report's JVM has the benchmark's flags, which the table's heading quotes.
"$JAVA_HOME/bin/java" $SLUICE_HEAP -XX:+UseG1GC -cp "$SLUICE_CP" io.sluice.bench.nexmark.NexmarkBenchmark --report-only true \
  --results "$RESULTS" --runs "$RUNS" --warmups "$WARMUPS" "${flink_args[@]}" "${markdown_args[@]}"
