package io.sluice.bench.nexmark;

/** How many rows of each table the {@code nexmark} generator makes for a stream of events (proportions 1:3:46). */
final class GeneratedCounts {
  private GeneratedCounts() {}

  static long rows(String table, long events) {
    int first;
    int proportion;
    switch (table) {
      case "person" -> { first = 0; proportion = 1; }
      case "auction" -> { first = 1; proportion = 3; }
      case "bid" -> { first = 4; proportion = 46; }
      default -> throw new IllegalArgumentException(table);
    }
    long rest = events % 50;
    return events / 50 * proportion + Math.max(0, Math.min(proportion, rest - first));
  }
}
