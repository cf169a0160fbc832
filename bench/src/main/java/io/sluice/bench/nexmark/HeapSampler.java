package io.sluice.bench.nexmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every 20 ms on a daemon thread and keeps the largest value seen since {@link #reset}. */
final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile long peak;

  HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  void reset() {
    peak = memory.getHeapMemoryUsage().getUsed();
  }

  long peakBytes() {
    return peak;
  }

  private void sample() {
    while (!Thread.currentThread().isInterrupted()) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
