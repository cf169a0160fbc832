package io.sluice.bench.nexmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link NexmarkBenchmark}: {@code --key value} pairs, each with a default.
 *
 * @param sources where the input comes from: {@code nexmark} (the generator), {@code csv} (the Flink harness's
 *     files under {@code data}), or both
 * @param queries the queries to run, by name
 * @param parallelisms the parallelisms to run each query at
 * @param modes {@code none} (no checkpoints, heap state), {@code ckpt} (a checkpoint every second, heap state),
 *     {@code rocksdb} (no checkpoints, {@code 'state.backend.type' = 'rocksdb'}), {@code ckpt-rocksdb} (a
 *     checkpoint every second on RocksDB, incremental); the RocksDB modes only for the stateful queries;
 *     {@code minibatch} (mini-batch group aggregation in one phase, Flink's Nexmark settings: 2 s, 50000 rows)
 *     and {@code two-phase} (the same with local and global aggregation)
 * @param runs measured runs per configuration; the median is reported
 * @param warmups runs before the measured ones, not reported
 * @param data the directory of the CSV files and their MANIFEST.txt
 * @param events events the generator makes when there are no CSV files to match
 * @param flinkResults the Flink harness's result file, to compare with; null for none
 * @param markdown the file whose {@code <!-- nexmark:begin -->} .. {@code <!-- nexmark:end -->} section receives
 *     the table; null to print it only
 * @param results a file each result is appended to (tab-separated), so that separate runs (one per query, in
 *     turn with Flink's) make one table; null for none
 * @param reportOnly whether to run nothing and only report what {@code results} holds
 */
record BenchmarkSettings(List<String> sources, List<String> queries, List<Integer> parallelisms, List<String> modes,
    int runs, int warmups, Path data, long events, Path flinkResults, Path markdown, Path results,
    boolean reportOnly) {

  static BenchmarkSettings parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Expected --key value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    String queries = options.getOrDefault("queries", "all");
    return new BenchmarkSettings(
        list(options.getOrDefault("sources", "csv")),
        queries.equals("all") ? NexmarkQueries.ALL.stream().map(NexmarkQuery::name).toList() : list(queries),
        list(options.getOrDefault("parallelism", "2")).stream().map(Integer::parseInt).toList(),
        list(options.getOrDefault("modes", "none")),
        Integer.parseInt(options.getOrDefault("runs", "3")),
        Integer.parseInt(options.getOrDefault("warmups", "1")),
        Path.of(options.getOrDefault("data", "/tmp/nexmark-data")),
        Long.parseLong(options.getOrDefault("events", "10000000")),
        options.containsKey("flink-results") ? Path.of(options.get("flink-results")) : null,
        options.containsKey("markdown") ? Path.of(options.get("markdown")) : null,
        options.containsKey("results") ? Path.of(options.get("results")) : null,
        Boolean.parseBoolean(options.getOrDefault("report-only", "false")));
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
  }
}
