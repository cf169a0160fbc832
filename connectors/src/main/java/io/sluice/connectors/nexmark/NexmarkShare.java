package io.sluice.connectors.nexmark;

/**
 * Which events one parallel reader generates: the blocks of {@code total} events (one full pattern of persons,
 * auctions and bids) are dealt round-robin, block {@code b} to subtask {@code b mod parallelism}. The readers
 * together generate every event once, in lock-step through event time (so no reader runs far ahead of the
 * others' watermarks), and the stream's content does not depend on the parallelism.
 *
 * <p>A reader's <em>position</em> counts the events of its blocks it has passed, of every kind.
 */
record NexmarkShare(int subtask, int parallelism, int total, long endPosition) {

  /** The share of subtask {@code subtask} of a stream of {@code numEvents} events (0: endless). */
  static NexmarkShare of(long numEvents, int total, int subtask, int parallelism) {
    if (parallelism <= 0 || subtask < 0 || subtask >= parallelism) {
      throw new IllegalArgumentException("Subtask " + subtask + " of " + parallelism);
    }
    if (numEvents <= 0) {
      return new NexmarkShare(subtask, parallelism, total, Long.MAX_VALUE);
    }
    long fullBlocks = numEvents / total;
    long ownFullBlocks = fullBlocks > subtask ? (fullBlocks - subtask + parallelism - 1) / parallelism : 0;
    long rest = fullBlocks % parallelism == subtask ? numEvents % total : 0;
    return new NexmarkShare(subtask, parallelism, total, ownFullBlocks * total + rest);
  }

  /** The number of the event at a position. */
  long event(long position) {
    long block = subtask + parallelism * (position / total);
    return block * total + position % total;
  }
}
