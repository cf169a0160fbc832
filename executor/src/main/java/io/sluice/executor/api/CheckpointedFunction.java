package io.sluice.executor.api;

/**
 * Implemented by an operator or a source reader that has state of its own besides keyed state: a source's
 * position (offsets, file and line), a sink's pending transactions. It is also the moment to write that state
 * into typed operator state ({@link OperatorContext#operatorState()}: list, union list and broadcast state, which
 * the runtime snapshots, redistributes on rescale and describes in the savepoint), which is what new code should
 * use: update the states in {@link #snapshotState} and return null, read them in {@code open}.
 *
 * <p>The lower-level hook: the runtime stores what
 * {@link #snapshotState} returns in each checkpoint, one opaque byte array per parallel instance, and hands it
 * back through {@link #initializeState} when the job starts from that checkpoint — the instance chooses the
 * encoding and should put a version byte first, since checkpoints outlive the code that wrote them.
 *
 * <p>Calls, all on the instance's thread: {@link #initializeState} once, before {@code open}, only when the job
 * starts from a checkpoint in which the operator has state; {@link #snapshotState} when the checkpoint's
 * barrier passes the instance (for a source reader: between two {@code pollNext} calls), after every row before
 * the barrier and before any row after it. A state is redistributed when the parallelism changes, so keep it as
 * a list of independent pieces (splits) where that is possible; see {@link RestoredState}.
 */
public interface CheckpointedFunction {
  /**
   * The instance's state for checkpoint {@code checkpointId}, or null for none. Called synchronously while the
   * task's input waits, so it copies what it needs and writes nothing slow.
   */
  byte[] snapshotState(long checkpointId) throws Exception;

  /**
   * Restores the state the instance takes over from the checkpoint the job starts from; called before open. The
   * default ignores it, for an instance that keeps everything in typed operator state.
   */
  default void initializeState(RestoredState state) throws Exception {}
}
