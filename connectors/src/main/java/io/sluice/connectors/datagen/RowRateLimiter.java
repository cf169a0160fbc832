package io.sluice.connectors.datagen;

/**
 * Paces a reader to a number of rows per second without sleeping: a token bucket that fills at the rate and
 * holds at most one second's worth of rows, so a reader that fell behind catches up in one burst of at most a
 * second's rows and no more. The first row is allowed at once. Not thread-safe.
 */
public final class RowRateLimiter {
  private final double rowsPerNano;
  private final double capacity;
  private double permits = 1;
  private long lastNanos;

  public RowRateLimiter(double rowsPerSecond, long nowNanos) {
    this.rowsPerNano = rowsPerSecond / 1e9;
    this.capacity = Math.max(1, rowsPerSecond);
    this.lastNanos = nowNanos;
  }

  /** Takes as many permits as are available, up to {@code wanted}, and returns how many it took. */
  public int acquire(int wanted, long nowNanos) {
    permits = Math.min(capacity, permits + (nowNanos - lastNanos) * rowsPerNano);
    lastNanos = nowNanos;
    int granted = (int) Math.min(wanted, permits);
    permits -= granted;
    return granted;
  }
}
