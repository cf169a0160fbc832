package io.sluice.executor.runtime.task;

import io.sluice.executor.runtime.channel.InputGate;
import java.util.Arrays;

/**
 * Decides when a task with several input channels takes its part of a checkpoint: once every channel has
 * delivered the checkpoint's barrier or ended. In exactly-once mode it aligns: a channel whose barrier has arrived
 * is blocked at the gate until the others' arrive, so no row after the barrier is processed before the snapshot.
 * In at-least-once mode nothing is blocked, and rows after a barrier may be in the snapshot (and are replayed
 * after a restore: counted twice).
 *
 * <p>A barrier of a newer checkpoint than the one being aligned abandons the older (it was aborted, or will be
 * subsumed); a barrier of an older or already taken checkpoint is ignored. Task thread only.
 */
final class BarrierAligner {
  private final InputGate gate;
  private final boolean align;
  private final boolean[] arrived;
  private final boolean[] ended;
  private long aligning;
  private long lastTaken;

  BarrierAligner(InputGate gate, boolean align) {
    this.gate = gate;
    this.align = align;
    this.arrived = new boolean[gate.numChannels()];
    this.ended = new boolean[gate.numChannels()];
  }

  /** The barrier of {@code checkpointId} arrived on {@code channel}: true if the task must take it now. */
  boolean onBarrier(int channel, long checkpointId) {
    if (checkpointId <= lastTaken || checkpointId < aligning) {
      return false;
    }
    if (checkpointId > aligning) {
      reset();
      aligning = checkpointId;
    }
    arrived[channel] = true;
    if (align) {
      gate.block(channel);
    }
    return completeIfAligned();
  }

  /** The channel ended; true if that completes the alignment of the checkpoint {@link #aligning()}. */
  boolean onEndOfInput(int channel) {
    ended[channel] = true;
    // After a completed alignment, aligning() still names the checkpoint taken: it is not taken again.
    return aligning > lastTaken && completeIfAligned();
  }

  /** The checkpoint being aligned, 0 if none; after a true return, the one to take. */
  long aligning() {
    return aligning;
  }

  private boolean completeIfAligned() {
    for (int i = 0; i < arrived.length; i++) {
      if (!arrived[i] && !ended[i]) {
        return false;
      }
    }
    lastTaken = aligning;
    reset();
    aligning = lastTaken;
    return true;
  }

  /** Forgets the alignment in progress and releases the blocked channels. */
  private void reset() {
    Arrays.fill(arrived, false);
    aligning = 0;
    if (align) {
      gate.unblockAll();
    }
  }
}
