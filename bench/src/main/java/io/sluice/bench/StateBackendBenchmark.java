package io.sluice.bench;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A group-by count over many distinct keys on one state backend: {@code datagen} ids 1..N, each a key of its own,
 * through {@code SELECT id, COUNT(*) ... GROUP BY id} into {@code blackhole}, so the state ends up with N groups.
 * Prints the time from submission to the job's end, the peak heap and the process's peak resident memory (heap,
 * RocksDB's native memory and everything else). Usage: {@code StateBackendBenchmark [hashmap|rocksdb] [keys]
 * [parallelism]}; run it in a JVM of its own per backend (the peaks are the process's), e.g. with {@code -Xmx512m}
 * for rocksdb.
 */
public final class StateBackendBenchmark {
  private StateBackendBenchmark() {}

  public static void main(String[] args) throws Exception {
    String backend = args.length > 0 ? args[0] : "rocksdb";
    long keys = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    try (SluiceEngine engine = SluiceEngine.start()) {
      Session session = engine.newSession();
      session.executeSql("SET 'parallelism.default' = '" + parallelism + "'");
      session.executeSql("SET 'state.backend.type' = '" + backend + "'");
      session.executeSql("CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen', "
          + "'rows-per-second' = '1000000000000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', "
          + "'fields.id.end' = '" + keys + "')");
      session.executeSql("CREATE TABLE sink (id BIGINT, c BIGINT) WITH ('connector' = 'blackhole')");
      long start = System.nanoTime();
      StatementResult result = session.executeSql("INSERT INTO sink SELECT id, COUNT(*) FROM src GROUP BY id");
      if (!(result instanceof StatementResult.JobSubmitted)) {
        throw new IllegalStateException("Expected a job, got " + result);
      }
      if (!engine.awaitJobs(Duration.ofHours(1))) {
        throw new IllegalStateException("The benchmark job failed or did not finish");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%n| backend | -Xmx | keys | parallelism | time | rows/s | peak heap | peak RSS |%n"
          + "|---|---|---|---|---|---|---|---|%n");
      System.out.printf("| %s | %d MB | %,d | %d | %.1f s | %,.0f | %d MB | %d MB |%n", backend,
          Runtime.getRuntime().maxMemory() >> 20, keys, parallelism, seconds, keys / seconds, peakHeap() >> 20,
          peakResident() >> 20);
    }
  }

  /** The sum of the heap pools' peak usage. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** The process's peak resident set ({@code VmHWM}), native memory included; 0 where /proc is missing. */
  private static long peakResident() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) << 10;
      }
    }
    return 0;
  }
}
