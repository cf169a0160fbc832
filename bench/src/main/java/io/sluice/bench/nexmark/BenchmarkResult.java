package io.sluice.bench.nexmark;

/**
 * The median of the measured runs of one query in one configuration.
 *
 * @param source {@code nexmark} or {@code csv}
 * @param query the query's name
 * @param parallelism the job's parallelism
 * @param mode the checkpointing and state mode
 * @param rows input rows of the tables the query reads
 * @param seconds median wall time from submitting the INSERT to the end of its job
 * @param cpuSeconds median CPU time the benchmark's process spent during a run (all threads); negative if unknown
 * @param peakHeapBytes the largest used heap sampled during the median run
 * @param flinkEventsPerSecond Flink's best rate for the same query, parallelism and mode on the same files; null
 *     if not measured
 */
record BenchmarkResult(String source, String query, int parallelism, String mode, long rows, double seconds,
    double cpuSeconds, long peakHeapBytes, Double flinkEventsPerSecond) {

  /** One line of the results file: the fields in order, tab-separated (Flink's rate is added when reporting). */
  String toTsv() {
    return String.join("\t", source, query, Integer.toString(parallelism), mode, Long.toString(rows),
        Double.toString(seconds), Long.toString(peakHeapBytes), Double.toString(cpuSeconds));
  }

  /**
   * A result read back from {@link #toTsv}, with Flink's rate for the same query; lines written before the CPU
   * time was measured have none.
   */
  static BenchmarkResult fromTsv(String line, FlinkResults flink) {
    String[] f = line.split("\t");
    int parallelism = Integer.parseInt(f[2]);
    Double flinkRate = NexmarkQueries.named(f[1]).map(q -> flink.eventsPerSecond(q.flinkName(), parallelism,
        NexmarkBenchmark.flinkMode(f[3]))).orElse(null);
    return new BenchmarkResult(f[0], f[1], parallelism, f[3], Long.parseLong(f[4]), Double.parseDouble(f[5]),
        f.length > 7 ? Double.parseDouble(f[7]) : -1, Long.parseLong(f[6]), flinkRate);
  }

  double eventsPerSecond() {
    return rows / seconds;
  }

  String markdownRow() {
    String flink = flinkEventsPerSecond == null ? "| | " : String.format("| %,.0f | %.2f× ", flinkEventsPerSecond,
        eventsPerSecond() / flinkEventsPerSecond);
    String cpu = cpuSeconds < 0 ? "" : String.format("%.2f", cpuSeconds);
    return String.format("| %s | %s | %d | %s | %,d | %.2f | %s | %,.0f | %,d MB %s|", query, source, parallelism,
        mode, rows, seconds, cpu, eventsPerSecond(), peakHeapBytes >> 20, flink);
  }

  static String markdownHeader() {
    return "| query | source | parallelism | mode | rows | seconds | cpu s | events/s | peak heap | Flink events/s "
        + "| Sluice / Flink |\n|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|";
  }
}
