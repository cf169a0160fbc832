package io.sluice.executor.runtime.channel;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded queue of {@link Buffer}s from one producer instance to one consumer instance. There is one channel
 * per (producer subtask, consumer subtask) pair of an edge, never one shared by several producers: that is what
 * will let checkpoint barrier alignment block a single channel (stop reading the producer whose barrier has
 * arrived) while the others go on, and it keeps per-channel order, which watermarks and end of input rely on.
 *
 * <p>Backpressure: {@link #send} waits while the channel holds {@code capacity} buffers, so a slow consumer
 * stalls its producers, and theirs in turn, back to the sources. The channel uses its consumer's
 * {@link InputGate} lock, so the consumer can wait for data on all its channels with one condition.
 */
public final class Channel {
  private final InputGate gate;
  private final ReentrantLock lock;
  private final Condition spaceAvailable;
  private final ArrayDeque<Buffer> queue;
  private final int capacity;

  Channel(InputGate gate, ReentrantLock lock, int capacity) {
    this.gate = gate;
    this.lock = lock;
    this.spaceAvailable = lock.newCondition();
    this.queue = new ArrayDeque<>(capacity);
    this.capacity = capacity;
  }

  /**
   * Appends a buffer, waiting while the channel is full. Called by the one producer of this channel.
   *
   * @throws InterruptedException if the producer's thread is interrupted (the job is being canceled)
   * @throws TaskCanceledException if the consumer's gate is closed
   */
  public void send(Buffer buffer) throws InterruptedException {
    lock.lock();
    try {
      gate.checkOpenLocked();
      while (queue.size() >= capacity) {
        spaceAvailable.await();
        gate.checkOpenLocked();
      }
      queue.addLast(buffer);
      gate.signalData();
    } finally {
      lock.unlock();
    }
  }

  /** The oldest buffer or null; the caller holds the gate's lock. */
  Buffer pollLocked() {
    Buffer buffer = queue.pollFirst();
    if (buffer != null) {
      spaceAvailable.signal();
    }
    return buffer;
  }

  /** Wakes the producer if it waits; the caller holds the lock and has closed the gate. */
  void signalClosedLocked() {
    spaceAvailable.signalAll();
  }

  /** The number of buffers waiting; for tests and metrics. */
  public int queuedBuffers() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }
}
