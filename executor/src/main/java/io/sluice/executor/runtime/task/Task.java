package io.sluice.executor.runtime.task;

import io.sluice.common.config.SluiceOptions;
import io.sluice.executor.checkpoint.TaskId;
import io.sluice.executor.checkpoint.TaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.runtime.channel.TaskCanceledException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One parallel instance of a chain, run on its own thread. The thread opens the chain, lets the subclass feed it
 * ({@link #processInput}: read a source, or read channels), ends the operators' input, sends end of input
 * downstream and closes everything. Any exception fails the task and is reported to the {@link TaskListener};
 * operators are closed in every case.
 *
 * <p>Cancellation: {@link #cancel} sets a flag the input loops check between units of work, closes the task's
 * input gate (which wakes it and its producers from channel waits for good) and interrupts the thread (which wakes
 * it from parking and from waits in operator code). Blocking channel operations end in a
 * {@link TaskCanceledException}. Whatever a canceled task throws afterwards is not reported: the job's outcome
 * was decided before it was canceled.
 */
public abstract class Task implements Runnable {
  final TaskSetup setup;
  final OperatorChain chain;
  /** Pending output rows are sent at the latest this long after the previous flush. */
  final long bufferTimeoutNanos;
  private final TaskListener listener;
  private final Thread thread;
  private final SnapshotWriter snapshotWriter;
  private volatile boolean canceled;
  /** How long a finished task waits between two looks for a new or completed checkpoint. */
  private static final long FINISHED_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
  /** The newest completed checkpoint the chain was told about. */
  private long lastNotified;
  /** The newest checkpoint the chain took part in (or that was triggered before the task started). */
  private long lastCheckpoint;

  Task(TaskSetup setup, TaskListener listener) {
    this.setup = setup;
    this.listener = listener;
    this.chain = new OperatorChain(setup);
    this.bufferTimeoutNanos = setup.configuration().get(SluiceOptions.BUFFER_TIMEOUT).toNanos();
    this.thread = new Thread(this, setup.threadName());
    this.snapshotWriter = new SnapshotWriter(setup.threadName() + "-snapshots");
    // A job nobody waits for must not keep the JVM alive; the engine awaits the jobs it cares about.
    thread.setDaemon(true);
  }

  /** A source task for a chain headed by a source, else a task reading the chain's input gate. */
  public static Task create(TaskSetup setup, TaskListener listener) {
    return setup.vertex().isSource() ? new SourceTask(setup, listener) : new OneInputTask(setup, listener);
  }

  /** Starts the thread; called once. */
  public void start() {
    thread.start();
  }

  /** Asks the task to stop soon, without ending its operators' input; may be called from any thread. */
  public void cancel() {
    canceled = true;
    if (setup.gate() != null) {
      // Wakes this task if it waits for input, and its producers if they wait for space.
      setup.gate().close();
    }
    thread.interrupt();
  }

  public Thread thread() {
    return thread;
  }

  /** The chain's name and which instance this is, e.g. {@code Calc -> Sink (2/4)}. */
  public String name() {
    return setup.vertex().name() + " (" + (setup.subtask() + 1) + "/" + setup.vertex().parallelism() + ")";
  }

  @Override
  public final void run() {
    try {
      if (!canceled) {
        if (setup.checkpointing() != null) {
          lastCheckpoint = setup.checkpointing().attemptBaseline();
        }
        chain.createOperators();
        chain.open();
        openInput();
        processInput();
        chain.endInput();
        chain.finishOutputs();
        awaitFinalCheckpoint();
      }
    } catch (Throwable t) {
      report(t);
    } finally {
      // Closing must not be disturbed by the interrupt that canceled the task (NIO channels would refuse).
      Thread.interrupted();
      snapshotWriter.close();
      Throwable closeFailure = closeInput();
      Throwable chainFailure = chain.closeAll();
      report(closeFailure != null ? closeFailure : chainFailure);
      listener.taskExited(this);
    }
  }

  /** Opens what {@link #processInput} reads; called after the chain is open. */
  abstract void openInput() throws Exception;

  /**
   * Feeds the chain's entry until the input ends; returns normally only then.
   *
   * @throws TaskCanceledException if the task was canceled
   */
  abstract void processInput() throws Exception;

  /** Releases what {@link #openInput} opened, tolerating a failed or missing open; returns a failure or null. */
  abstract Throwable closeInput();

  /** Throws if the task was canceled; called between units of work. */
  final void checkCanceled() {
    if (canceled) {
      throw new TaskCanceledException();
    }
  }

  /**
   * Sends the barrier of checkpoint {@code checkpointId} downstream, then freezes the chain's state (the short
   * synchronous part) and hands the writing to the task's {@link SnapshotWriter}, which acknowledges (or declines)
   * the checkpoint when done; called on the task's thread between units of work, once the barrier is aligned.
   */
  final void checkpoint(long checkpointId) {
    checkpoint(checkpointId, true);
  }

  private void checkpoint(long checkpointId, boolean emitBarrier) {
    TaskCheckpointing checkpointing = setup.checkpointing();
    lastCheckpoint = Math.max(lastCheckpoint, checkpointId);
    if (emitBarrier) {
      chain.emitBarrier(checkpointId);
    }
    CheckpointLocation location = checkpointing.location(checkpointId);
    if (location == null) {
      return; // aborted meanwhile: only the barrier goes on, so downstream alignment is released
    }
    TaskId task = taskId();
    ChainCheckpoints.Frozen frozen;
    try {
      frozen = chain.freezeState(location, checkpointId);
    } catch (InterruptedException e) {
      throw new TaskCanceledException();
    } catch (Exception e) {
      checkpointing.decline(checkpointId, task, String.valueOf(e));
      return;
    }
    SnapshotWriter.Write write = new SnapshotWriter.Write() {
      @Override
      public void run() {
        try (frozen) {
          TaskSnapshot snapshot = frozen.write(location);
          setup.metrics().checkpointWritten(checkpointId, frozen.fullBytes(), frozen.incrementalBytes());
          checkpointing.acknowledge(checkpointId, task, snapshot);
        } catch (Exception | Error e) {
          checkpointing.decline(checkpointId, task, String.valueOf(e));
        }
      }

      @Override
      public void abandon() {
        frozen.close();
        checkpointing.decline(checkpointId, task, "the task ended before its snapshot was written");
      }
    };
    try {
      snapshotWriter.submit(write);
    } catch (RejectedExecutionException e) {
      write.abandon();
    }
  }

  /**
   * Tells the chain about the newest completed checkpoint if it has not heard of it yet; called on the task's
   * thread between units of work, so operators commit on their own thread.
   */
  final void notifyCompletedCheckpoint() {
    TaskCheckpointing checkpointing = setup.checkpointing();
    if (checkpointing == null) {
      return;
    }
    long completed = checkpointing.latestCompletedId();
    if (completed > lastNotified) {
      lastNotified = completed;
      chain.notifyCheckpointComplete(completed);
      checkpointing.notified(taskId(), completed);
    }
  }

  /**
   * With checkpointing, a task whose input and output have ended does not exit yet (Flink's FLIP-147): with its
   * operators still open it acknowledges every new checkpoint with its final state (no barrier: its outputs have
   * ended, which counts as the barrier downstream), so checkpoints go on while other tasks run and a restore
   * finds its final state, and it exits once the job's final checkpoint has completed and the chain was told
   * (two-phase-commit sinks commit their last rows then).
   */
  private void awaitFinalCheckpoint() {
    TaskCheckpointing checkpointing = setup.checkpointing();
    if (checkpointing == null) {
      return;
    }
    checkpointing.taskFinished(taskId());
    while (true) {
      checkCanceled();
      long triggered = checkpointing.latestTriggered();
      if (triggered > lastCheckpoint) {
        checkpoint(triggered, false);
      }
      // Read before the notification: the final checkpoint is announced before exiting is allowed.
      boolean mayExit = checkpointing.finishedTasksMayExit();
      notifyCompletedCheckpoint();
      if (mayExit) {
        return;
      }
      LockSupport.parkNanos(FINISHED_POLL_NANOS);
    }
  }

  final TaskId taskId() {
    return new TaskId(setup.vertex().id(), setup.subtask());
  }

  private void report(Throwable failure) {
    if (failure != null && !canceled) {
      listener.taskFailed(this, failure);
    }
  }
}
