package io.sluice.executor.runtime.task;

import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceReader;
import io.sluice.executor.runtime.channel.TaskCanceledException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
 * {@link io.sluice.executor.api.CheckpointedFunction}) and emits the barrier. After the barrier of a savepoint
 * that stops the job it reads nothing more; when the job is stopped with a draining savepoint it ends its input
 * as if the reader had reached its end.
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
        // Checkpoints triggered before this attempt was deployed are not its to join; later ones are.
        lastBarrier = setup.checkpointing().attemptBaseline();
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
      InputStatus status = drainRequested() ? InputStatus.END_OF_INPUT : poll(out);
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
      CompletableFuture<Boolean> stop = setup.checkpointing().stopSavepoint(triggered);
      if (stop != null) {
        awaitStop(stop);
      }
    }
  }

  /**
   * After the barrier of a savepoint that stops the job: reads nothing more until it completes (then the job
   * stops this task, once every task was notified) or fails (then reading goes on).
   */
  private void awaitStop(CompletableFuture<Boolean> stop) {
    chain.flush();
    try {
      if (!stop.get()) {
        return;
      }
    } catch (InterruptedException e) {
      throw new TaskCanceledException();
    } catch (ExecutionException e) {
      throw new IllegalStateException("The stop future never completes exceptionally", e);
    }
    while (true) {
      checkCanceled();
      notifyCompletedCheckpoint();
      LockSupport.parkNanos(IDLE_PARK_NANOS);
    }
  }

  private boolean drainRequested() {
    return setup.checkpointing() != null && setup.checkpointing().drainRequested();
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
