package io.sluice.bench.nexmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The Flink harness's measurements ({@code flink-results.tsv}: query, parallelism, mode, rows, wall seconds, ...,
 * one line per run), best run per query, parallelism and mode, as its own report keeps them.
 */
final class FlinkResults {
  private final Map<String, Double> bestEventsPerSecond = new HashMap<>();

  private FlinkResults() {}

  static FlinkResults read(Path tsv) throws IOException {
    FlinkResults results = new FlinkResults();
    if (tsv == null || !Files.exists(tsv)) {
      return results;
    }
    for (String line : Files.readAllLines(tsv)) {
      String[] f = line.split("\t");
      if (f.length < 5 || f[4].equals("FAILED")) {
        continue;
      }
      double rate = Long.parseLong(f[3]) / Double.parseDouble(f[4]);
      results.bestEventsPerSecond.merge(key(f[0], Integer.parseInt(f[1]), f[2]), rate, Math::max);
    }
    return results;
  }

  /** Flink's events per second for the query, or null if it was not measured. */
  Double eventsPerSecond(String flinkQuery, int parallelism, String flinkMode) {
    return flinkQuery == null ? null : bestEventsPerSecond.get(key(flinkQuery, parallelism, flinkMode));
  }

  private static String key(String query, int parallelism, String mode) {
    return query + "\t" + parallelism + "\t" + mode;
  }
}
