package io.sluice.connectors.filesystem;

/**
 * When the sink closes its in-progress part file and starts a new one ("rolls"), as Flink's default rolling
 * policy for row formats: once the file holds {@code fileSize} bytes, and once it has been open for
 * {@code rolloverInterval}, checked every {@code checkInterval} and at every checkpoint. A rolled file is committed
 * when the next checkpoint completes.
 *
 * @param fileSize bytes after which the file rolls
 * @param rolloverIntervalMillis age in milliseconds after which the file rolls
 * @param checkIntervalMillis how often, in milliseconds, the age is checked between checkpoints
 */
record RollingPolicy(long fileSize, long rolloverIntervalMillis, long checkIntervalMillis) {
  RollingPolicy {
    if (fileSize <= 0 || rolloverIntervalMillis <= 0 || checkIntervalMillis <= 0) {
      throw new IllegalArgumentException("Rolling policy sizes and intervals must be positive");
    }
  }

  boolean isFull(long size) {
    return size >= fileSize;
  }

  boolean isDue(long openedAtMillis, long nowMillis) {
    return nowMillis - openedAtMillis >= rolloverIntervalMillis;
  }
}
