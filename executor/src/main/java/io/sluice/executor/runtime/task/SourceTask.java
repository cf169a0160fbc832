package io.sluice.executor.runtime.task;

import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceReader;
import io.sluice.executor.runtime.channel.TaskCanceledException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A task whose chain starts with a source: calls {@link SourceReader#pollNext} in a loop until the reader reports
 * the end of its input, and then emits a final {@link Long#MAX_VALUE} watermark into the chain, so that every
 * event-time window downstream fires before the operators' input ends (the runtime does this, not each source:
 * a bounded source's end means that no row will follow, whatever the reader is). When the reader has nothing, the
 * task flushes its outputs (so rows already read are not held back) and parks for {@link #IDLE_PARK_NANOS}; when it
 * keeps producing, outputs are flushed at least every buffer timeout, checked once per {@code pollNext} call. Due
 * processing-time timers fire after every {@code pollNext} call.
 *
 * <p>With checkpointing, before each {@code pollNext} call the task checks whether a new checkpoint was
 * triggered; if so it snapshots the reader's position with the chain (the reader is a
 * {@link io.sluice.executor.api.CheckpointedFunction}) and emits the barrier.
 */
final class SourceTask extends Task {
  /** How long an idle source sleeps before it asks its reader again. */
  static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private SourceReader reader;
  /** The id of the last checkpoint whose barrier this task emitted. */
  private long lastBarrier;

  SourceTask(TaskSetup setup, TaskListener listener) {
    super(setup, listener);
  }

  @Override
  void openInput() {
    try {
      reader = setup.vertex().head().source().create();
      chain.attachSource(reader);
      if (setup.checkpointing() != null) {
        // Checkpoints triggered before this task started are not this task's to join.
        lastBarrier = setup.checkpointing().latestTriggered();
      }
      reader.open(chain.headContext());
    } catch (OperatorException | TaskCanceledException e) {
      throw e;
    } catch (Exception e) {
      throw new OperatorException(chain.headContext(), e);
    }
  }

  @Override
  void processInput() {
    Output out = chain.entry();
    long lastFlush = System.nanoTime();
    while (true) {
      checkCanceled();
      emitBarrierIfTriggered();
      notifyCompletedCheckpoint();
      InputStatus status = poll(out);
      chain.fireDueTimers();
      if (status == InputStatus.END_OF_INPUT) {
        out.emitWatermark(Long.MAX_VALUE);
        return;
      }
      if (status == InputStatus.NOTHING_AVAILABLE) {
        chain.flush();
        LockSupport.parkNanos(IDLE_PARK_NANOS);
        lastFlush = System.nanoTime();
      } else if (System.nanoTime() - lastFlush >= bufferTimeoutNanos) {
        chain.flush();
        lastFlush = System.nanoTime();
      }
    }
  }

  @Override
  Throwable closeInput() {
    if (reader == null) {
      return null;
    }
    try {
      reader.close();
      return null;
    } catch (Throwable t) {
      return new OperatorException(chain.headContext(), t);
    }
  }

  /** Between two {@code pollNext} calls: snapshots the chain and emits the barrier of a new checkpoint. */
  private void emitBarrierIfTriggered() {
    if (setup.checkpointing() == null) {
      return;
    }
    long triggered = setup.checkpointing().latestTriggered();
    if (triggered > lastBarrier) {
      lastBarrier = triggered;
      checkpoint(triggered);
    }
  }

  private InputStatus poll(Output out) {
    try {
      return reader.pollNext(out);
    } catch (OperatorException | TaskCanceledException e) {
      throw e;
    } catch (Exception e) {
      throw new OperatorException(chain.headContext(), e);
    }
  }
}
