package io.sluice.executor.api;

/**
 * A count an operator keeps for users to see (e.g. the late rows it dropped). One thread writes it, the operator's;
 * any thread may read it.
 */
public final class Counter {
  private volatile long count;

  public void inc() {
    inc(1);
  }

  public void inc(long n) {
    // Not atomic, and need not be: only the operator's thread writes.
    count += n;
  }

  public long count() {
    return count;
  }
}
