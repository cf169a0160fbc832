package io.sluice.planner.plan;

/**
 * The ranks a {@link RankNode} emits, from {@code start} to {@code end}, both included (a Top-N is
 * {@code [1, N]}).
 */
public record RankRange(long start, long end) {
  public RankRange {
    if (start < 1 || end < start) {
      throw new IllegalArgumentException("Invalid rank range [" + start + ", " + end + "]");
    }
  }

  @Override
  public String toString() {
    return "rankStart=" + start + ", rankEnd=" + end;
  }
}
