package io.sluice.connectors.datagen;

/**
 * The contiguous share of the rows {@code [0, total)} that one parallel subtask generates. The shares of the
 * subtasks {@code 0 .. parallelism - 1} cover the range exactly once, in order, and differ in size by at most
 * one row.
 *
 * @param first index of the share's first row
 * @param count rows in the share
 */
record SubtaskShare(long first, long count) {

  static SubtaskShare of(long total, int subtaskIndex, int parallelism) {
    if (parallelism <= 0 || subtaskIndex < 0 || subtaskIndex >= parallelism) {
      throw new IllegalArgumentException("Subtask " + subtaskIndex + " of " + parallelism);
    }
    return new SubtaskShare(start(total, subtaskIndex, parallelism),
        start(total, subtaskIndex + 1, parallelism) - start(total, subtaskIndex, parallelism));
  }

  /** The first {@code total % parallelism} shares hold one row more; this form cannot overflow. */
  private static long start(long total, int subtaskIndex, int parallelism) {
    long base = total / parallelism;
    long remainder = total % parallelism;
    return subtaskIndex * base + Math.min(subtaskIndex, remainder);
  }
}
