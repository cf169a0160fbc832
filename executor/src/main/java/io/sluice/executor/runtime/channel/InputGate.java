package io.sluice.executor.runtime.channel;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The receiving end of one consumer task: all the {@link Channel}s that feed it, numbered 0..n-1. One lock and one
 * condition guard all of them, so the consumer can sleep until any channel has data (no busy spinning) and a
 * producer wakes it with one signal per buffer.
 *
 * <p>{@link #poll} and {@link #take} visit the channels round robin, starting after the channel served last, so
 * a busy channel cannot starve the others. Single consumer: only the owning task calls them.
 *
 * <p>{@link #close} (on cancellation) wakes everyone waiting on the gate, consumer and producers, and makes every
 * later wait fail with {@link TaskCanceledException}. Interrupting the threads would wake them too, but operator
 * code may swallow an interrupt; the closed flag cannot be lost.
 */
public final class InputGate {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition dataAvailable = lock.newCondition();
  private final Channel[] channels;
  private final int[] channelInputs;
  private final boolean[] blocked;
  private int nextChannel;
  private int lastChannel = -1;
  private boolean closed;

  /** A gate with {@code numChannels} channels of input 0, each holding at most {@code capacity} buffers. */
  public InputGate(int numChannels, int capacity) {
    this(new int[numChannels], capacity);
  }

  /**
   * A gate with one channel per element of {@code channelInputs}, tagged with the index of the operator input it
   * feeds (see {@link #inputOf}), each holding at most {@code capacity} buffers.
   */
  public InputGate(int[] channelInputs, int capacity) {
    int numChannels = channelInputs.length;
    this.channelInputs = channelInputs.clone();
    if (capacity <= 0) {
      throw new IllegalArgumentException("Channel capacity must be greater than 0, got " + capacity);
    }
    channels = new Channel[numChannels];
    blocked = new boolean[numChannels];
    for (int i = 0; i < numChannels; i++) {
      channels[i] = new Channel(this, lock, capacity);
    }
  }

  public int numChannels() {
    return channels.length;
  }

  /** The index of the operator input channel {@code index} feeds: 0, or 1 for a two-input operator's second. */
  public int inputOf(int index) {
    return channelInputs[index];
  }

  public Channel channel(int index) {
    return channels[index];
  }

  /** The next buffer from any channel, or null if all are empty right now. */
  public Buffer poll() {
    lock.lock();
    try {
      return pollAnyLocked();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The next buffer from any channel, waiting until one arrives.
   *
   * @throws InterruptedException if the consumer's thread is interrupted (the job is being canceled)
   * @throws TaskCanceledException if the gate is closed and empty
   */
  public Buffer take() throws InterruptedException {
    lock.lock();
    try {
      Buffer buffer;
      while ((buffer = pollAnyLocked()) == null) {
        checkOpenLocked();
        dataAvailable.await();
      }
      return buffer;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The next buffer from any channel, waiting at most {@code timeoutNanos} for one to arrive.
   *
   * @return the buffer, or null if none arrived in time
   * @throws InterruptedException if the consumer's thread is interrupted (the job is being canceled)
   * @throws TaskCanceledException if the gate is closed and empty
   */
  public Buffer take(long timeoutNanos) throws InterruptedException {
    lock.lock();
    try {
      Buffer buffer;
      long left = timeoutNanos;
      while ((buffer = pollAnyLocked()) == null) {
        checkOpenLocked();
        if (left <= 0) {
          return null;
        }
        left = dataAvailable.awaitNanos(left);
      }
      return buffer;
    } finally {
      lock.unlock();
    }
  }

  /** The index of the channel the last buffer returned by {@link #poll} or a {@code take} came from. */
  public int lastChannel() {
    return lastChannel;
  }

  /**
   * Stops returning buffers of channel {@code index} until {@link #unblockAll}: barrier alignment holds back a
   * channel whose barrier has arrived. Consumer thread only.
   */
  public void block(int index) {
    lock.lock();
    try {
      blocked[index] = true;
    } finally {
      lock.unlock();
    }
  }

  /** Returns buffers of every channel again. Consumer thread only. */
  public void unblockAll() {
    lock.lock();
    try {
      java.util.Arrays.fill(blocked, false);
    } finally {
      lock.unlock();
    }
  }

  /** Wakes all waiting producers and the consumer; from now on they stop waiting. May be called from any thread. */
  public void close() {
    lock.lock();
    try {
      closed = true;
      dataAvailable.signalAll();
      for (Channel channel : channels) {
        channel.signalClosedLocked();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Throws if the gate was closed; the caller holds the lock. */
  void checkOpenLocked() {
    if (closed) {
      throw new TaskCanceledException();
    }
  }

  /** Called by a channel, under the lock, after it received a buffer. */
  void signalData() {
    dataAvailable.signal();
  }

  private Buffer pollAnyLocked() {
    int n = channels.length;
    for (int k = 0; k < n; k++) {
      int i = (nextChannel + k) % n;
      if (blocked[i]) {
        continue;
      }
      Buffer buffer = channels[i].pollLocked();
      if (buffer != null) {
        lastChannel = i;
        nextChannel = (i + 1) % n;
        return buffer;
      }
    }
    return null;
  }
}
