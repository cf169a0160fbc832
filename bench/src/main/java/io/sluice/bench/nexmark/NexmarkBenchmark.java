package io.sluice.bench.nexmark;

import io.sluice.engine.Session;
import io.sluice.engine.SessionUser;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import io.sluice.executor.checkpoint.CheckpointStats;
import io.sluice.executor.runtime.JobHandle;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs Nexmark queries ({@link NexmarkQueries}) into {@code blackhole} and reports, per query and configuration,
 * the median of several measured runs after warm-up runs: wall seconds from submitting the INSERT to the end of
 * its job, input events per second, and the peak heap; next to Flink's rate on the same files when the Flink
 * harness's results are given. See {@link BenchmarkSettings} for the command line; {@code bench/nexmark.sh} runs
 * both engines in one go.
 */
public final class NexmarkBenchmark {
  static final String BEGIN = "<!-- nexmark:begin -->";
  static final String END = "<!-- nexmark:end -->";

  private NexmarkBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkSettings settings = BenchmarkSettings.parse(args);
    List<BenchmarkResult> results = settings.reportOnly() ? read(settings) : run(settings);
    String table = report(settings, results);
    System.out.println(table);
    if (settings.markdown() != null) {
      writeSection(settings.markdown(), table);
    }
    System.exit(0);
  }

  static List<BenchmarkResult> run(BenchmarkSettings settings) throws Exception {
    FlinkResults flink = FlinkResults.read(settings.flinkResults());
    Map<String, Long> manifest = manifest(settings.data());
    List<BenchmarkResult> results = new ArrayList<>();
    try (HeapSampler heap = new HeapSampler()) {
      for (String source : settings.sources()) {
        for (int parallelism : settings.parallelisms()) {
          for (String name : settings.queries()) {
            NexmarkQuery query = NexmarkQueries.named(name)
                .orElseThrow(() -> new IllegalArgumentException("No query " + name));
            for (BenchmarkResult result : measure(settings, source, query, parallelism, manifest, heap, flink)) {
              System.out.println(result.markdownRow());
              results.add(result);
              if (settings.results() != null) {
                Files.writeString(settings.results(), result.toTsv() + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
              }
            }
          }
        }
      }
    }
    return results;
  }

  /** The results an earlier run appended to the results file. */
  private static List<BenchmarkResult> read(BenchmarkSettings settings) throws IOException {
    FlinkResults flink = FlinkResults.read(settings.flinkResults());
    List<BenchmarkResult> results = new ArrayList<>();
    for (String line : Files.readAllLines(settings.results())) {
      if (!line.isBlank()) {
        results.add(BenchmarkResult.fromTsv(line, flink));
      }
    }
    return results;
  }

  /**
   * Measures one query in every mode that applies to it. The modes take turns run by run (warm-ups first), so
   * that each mode's runs see about the same load on a shared machine as the others'.
   */
  private static List<BenchmarkResult> measure(BenchmarkSettings settings, String source, NexmarkQuery query,
      int parallelism, Map<String, Long> manifest, HeapSampler heap, FlinkResults flink) throws Exception {
    long events = manifest.getOrDefault("events", settings.events());
    long rows = 0;
    for (String table : query.tables()) {
      if (NexmarkTables.isSideTable(table)) {
        continue;
      }
      rows += source.equals("csv") ? manifest.get(table + "s") : GeneratedCounts.rows(table, events);
    }
    // A stateless query keeps no state, so its backend does not matter: only its checkpointing modes run.
    List<String> modes = settings.modes().stream()
        .filter(mode -> query.stateful() || mode.equals("none") || !mode.endsWith("rocksdb")).toList();
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    for (int i = 0; i < settings.warmups() + settings.runs(); i++) {
      for (String mode : modes) {
        Run run = runOnce(settings, source, query, parallelism, mode, events, heap);
        if (i >= settings.warmups()) {
          runs.computeIfAbsent(mode, m -> new ArrayList<>()).add(run);
        }
        System.out.printf("  %s %s p=%d %s run %d: %.2f s, cpu %.2f s%s%n", query.name(), source, parallelism,
            mode, i, run.seconds(), run.cpuSeconds(), run.checkpoints());
      }
    }
    List<BenchmarkResult> results = new ArrayList<>();
    for (Map.Entry<String, List<Run>> entry : runs.entrySet()) {
      List<Run> measured = new ArrayList<>(entry.getValue());
      measured.sort(Comparator.comparingDouble(Run::seconds));
      Run median = measured.get(measured.size() / 2);
      double[] cpu = measured.stream().mapToDouble(Run::cpuSeconds).sorted().toArray();
      results.add(new BenchmarkResult(source, query.name(), parallelism, entry.getKey(), rows, median.seconds(),
          cpu[cpu.length / 2], median.peakHeapBytes(),
          flink.eventsPerSecond(query.flinkName(), parallelism, flinkMode(entry.getKey()))));
    }
    return results;
  }

  /** One run: wall seconds, the CPU seconds the whole process spent meanwhile, and the peak heap. */
  private record Run(double seconds, double cpuSeconds, long peakHeapBytes, String checkpoints) {}

  private static Run runOnce(BenchmarkSettings settings, String source, NexmarkQuery query, int parallelism,
      String mode, long events, HeapSampler heap) throws Exception {
    try (SluiceEngine engine = SluiceEngine.start()) {
      Session session = engine.newSession();
      for (String statement : setup(settings, source, query, parallelism, mode, events)) {
        session.executeSql(statement);
      }
      System.gc();
      heap.reset();
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      StatementResult result = session.executeSql(query.insert());
      if (!(result instanceof StatementResult.JobSubmitted submitted)) {
        throw new IllegalStateException("Expected a job, got " + result);
      }
      if (!engine.awaitJobs(Duration.ofMinutes(20))) {
        throw new IllegalStateException(query.name() + " failed or did not finish");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      String checkpoints = engine.jobs().find(submitted.jobId(), SessionUser.LOCAL)
          .map(NexmarkBenchmark::checkpointSummary).orElse("");
      return new Run(seconds, (processCpuNanos() - cpuStart) / 1e9, heap.peakBytes(), checkpoints);
    }
  }

  /**
   * What checkpointing did in a run, for the run's line: how many checkpoints completed and, of the recent ones
   * the job remembers, the median size and duration. Empty without checkpoints.
   */
  private static String checkpointSummary(JobHandle job) {
    List<CheckpointStats> completed = job.checkpoints().stream()
        .filter(c -> c.status() == CheckpointStats.Status.COMPLETED).toList();
    if (completed.isEmpty()) {
      return "";
    }
    long[] sizes = completed.stream().mapToLong(CheckpointStats::stateSize).sorted().toArray();
    long[] durations = completed.stream().mapToLong(c -> c.durationMillis(0)).sorted().toArray();
    return String.format(Locale.ROOT, ", %d checkpoints, median %.1f MB in %d ms",
        job.latestCheckpoint().map(CheckpointStats::checkpointId).orElse(0L), sizes[sizes.length / 2] / 1e6,
        durations[durations.length / 2]);
  }

  /**
   * The CPU time of this JVM so far (every thread, the JIT's and GC's included): unlike wall time, hardly
   * changed by other processes competing for the cores. -1 where the JVM does not tell.
   */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  private static List<String> setup(BenchmarkSettings settings, String source, NexmarkQuery query,
      int parallelism, String mode, long events) throws IOException {
    List<String> statements = new ArrayList<>();
    statements.add("SET 'parallelism.default' = '" + parallelism + "'");
    if (mode.startsWith("ckpt")) {
      Path checkpoints = Files.createTempDirectory("sluice-bench-checkpoints");
      statements.add("SET 'execution.checkpointing.interval' = '1 s'");
      statements.add("SET 'execution.checkpointing.dir' = '" + checkpoints + "'");
    }
    if (mode.endsWith("rocksdb")) {
      statements.add("SET 'state.backend.type' = 'rocksdb'");
      if (mode.startsWith("ckpt")) {
        statements.add("SET 'execution.checkpointing.incremental' = 'true'");
      }
    }
    if (mode.equals("minibatch") || mode.equals("two-phase")) {
      // The mini-batch settings of Flink's Nexmark configuration.
      statements.add("SET 'table.exec.mini-batch.enabled' = 'true'");
      statements.add("SET 'table.exec.mini-batch.allow-latency' = '2 s'");
      statements.add("SET 'table.exec.mini-batch.size' = '50000'");
      statements.add("SET 'table.optimizer.agg-phase-strategy' = '"
          + (mode.equals("two-phase") ? "TWO_PHASE" : "ONE_PHASE") + "'");
    }
    for (String table : query.tables()) {
      statements.add(source.equals("csv")
          ? NexmarkTables.csv(table, settings.data().resolve("p" + parallelism))
          : NexmarkTables.generated(table, events));
    }
    statements.add(query.createSink());
    return statements;
  }

  /** The Flink harness's name for a mode. */
  static String flinkMode(String mode) {
    return switch (mode) {
      case "ckpt" -> "ckpt-hashmap";
      default -> mode;
    };
  }

  /** The counts in the Flink harness's MANIFEST.txt ({@code persons=.. auctions=.. bids=.. events=..}). */
  static Map<String, Long> manifest(Path data) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    Path file = data.resolve("MANIFEST.txt");
    if (!Files.exists(file)) {
      return counts;
    }
    for (String token : Files.readString(file).split("\\s+")) {
      String[] pair = token.split("=");
      if (pair.length == 2 && pair[1].matches("\\d+")) {
        counts.put(pair[0], Long.parseLong(pair[1]));
      }
    }
    return counts;
  }

  static String report(BenchmarkSettings settings, List<BenchmarkResult> results) {
    StringBuilder text = new StringBuilder();
    var runtime = ManagementFactory.getRuntimeMXBean();
    var os = ManagementFactory.getOperatingSystemMXBean();
    long memory = os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getTotalMemorySize() : 0;
    text.append("Measured ").append(Instant.now().toString(), 0, 10).append(" on ")
        .append(os.getAvailableProcessors()).append(" cores, ").append(memory >> 30).append(" GiB RAM, ")
        .append(os.getName()).append(' ').append(os.getVersion()).append("; ")
        .append(runtime.getVmName()).append(' ').append(runtime.getVmVersion()).append(", JVM flags `")
        .append(String.join(" ", runtime.getInputArguments())).append("`; ").append(settings.warmups())
        .append(" warm-up and ").append(settings.runs()).append(" measured runs, median shown.\n\n");
    text.append(BenchmarkResult.markdownHeader()).append('\n');
    for (BenchmarkResult result : results) {
      text.append(result.markdownRow()).append('\n');
    }
    return text.toString();
  }

  /** Replaces what lies between the markers in the file (appending markers if it has none). */
  static void writeSection(Path markdown, String table) throws IOException {
    String text = Files.exists(markdown) ? Files.readString(markdown) : "";
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    String section = BEGIN + "\n" + table + END;
    text = begin >= 0 && end > begin
        ? text.substring(0, begin) + section + text.substring(end + END.length())
        : text + "\n" + section + "\n";
    Files.writeString(markdown, text);
  }
}
