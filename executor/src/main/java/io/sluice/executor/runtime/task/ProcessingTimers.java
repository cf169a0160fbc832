package io.sluice.executor.runtime.task;

import io.sluice.executor.api.ProcessingTimeService;
import java.util.PriorityQueue;
import java.util.function.LongSupplier;

/**
 * The processing-time timers of one task's chain, in one min-heap ordered by time (then by registration), each
 * remembering which node of the chain registered it. Nothing runs on another thread: the task asks
 * {@link #nextTime} to know how long it may wait for input, and calls {@link #fireDue} between units of work,
 * which hands every timer whose time has come to the chain, earliest first. A timer registered while firing fires
 * in the same call if it is already due.
 */
final class ProcessingTimers {
  /** What fires a due timer: calls the node's operator. */
  @FunctionalInterface
  interface Target {
    void fire(int node, long time);
  }

  private record Timer(long time, long sequence, int node) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer other) {
      int byTime = Long.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  private final PriorityQueue<Timer> queue = new PriorityQueue<>();
  private final LongSupplier clock;
  private long sequence;

  /** @param clock the current time in epoch milliseconds */
  ProcessingTimers(LongSupplier clock) {
    this.clock = clock;
  }

  /** The service the operator at {@code node} of the chain registers its timers with. */
  ProcessingTimeService serviceFor(int node) {
    return new ProcessingTimeService() {
      @Override
      public long currentTime() {
        return clock.getAsLong();
      }

      @Override
      public void registerTimer(long time) {
        queue.add(new Timer(time, sequence++, node));
      }
    };
  }

  /** The time of the earliest timer, {@link Long#MAX_VALUE} if there is none. */
  long nextTime() {
    Timer next = queue.peek();
    return next == null ? Long.MAX_VALUE : next.time();
  }

  /** Fires the timers that are due now; cheap when none is. */
  void fireDue(Target target) {
    if (queue.isEmpty()) {
      return;
    }
    long now = clock.getAsLong();
    while (!queue.isEmpty() && queue.peek().time() <= now) {
      Timer timer = queue.poll();
      target.fire(timer.node(), timer.time());
    }
  }
}
