package io.sluice.executor.runtime.state;

import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.RestoredState;
import io.sluice.state.ListState;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.operator.OperatorStateBackend;
import io.sluice.state.serde.TypeSerializer;
import io.sluice.state.serde.VarInts;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator state of one operator instance in checkpoints: its {@link OperatorStateBackend}, restored from the
 * pieces of the old instances and snapshotted into the instance's piece ({@code SubtaskSnapshot.operatorState},
 * in the canonical operator-state format).
 *
 * <p>The bytes of the lower-level {@link CheckpointedFunction} hook live in the same store, as the union list
 * state {@value #FUNCTION_STATE}: one entry per instance, tagged with the instance's index. Every new instance
 * thus sees every old instance's bytes, and {@link RestoredState#assign} picks the ones assigned to it, so the
 * hook keeps its contract while savepoints hold a single format for all operator state.
 */
public final class OperatorStates {
  /** The name of the state that holds {@link CheckpointedFunction} bytes; operators must not declare it. */
  public static final String FUNCTION_STATE = "_checkpointed-function";
  private static final ListStateDescriptor<FunctionPiece> FUNCTION =
      new ListStateDescriptor<>(FUNCTION_STATE, new FunctionPieceSerializer());

  private OperatorStates() {}

  /**
   * The operator state new instance {@code subtask} of {@code parallelism} takes over.
   *
   * @param oldPieces each old instance's piece, in old-instance order (null for none); empty on a fresh start
   * @param pointer the checkpoint, for messages
   * @throws StateRestoreException when a piece cannot be read, naming the piece and the state
   */
  public static OperatorStateBackend restore(List<byte[]> oldPieces, int subtask, int parallelism, String operator,
      String pointer) throws StateRestoreException {
    try {
      return OperatorStateBackend.restore(oldPieces, subtask, parallelism);
    } catch (IOException e) {
      throw new StateRestoreException("Cannot restore the operator state of " + operator + " from checkpoint "
          + pointer + ": " + e.getMessage(), pointer, e);
    }
  }

  /**
   * Hands a {@link CheckpointedFunction} the bytes it takes over from the restored store: nothing on a fresh start
   * or when no old instance left bytes.
   */
  public static void restoreFunction(OperatorStateBackend store, Object instance, int subtask, int parallelism)
      throws Exception {
    if (!(instance instanceof CheckpointedFunction function) || !store.stateNames().contains(FUNCTION_STATE)) {
      return;
    }
    List<byte[]> byOldInstance = new ArrayList<>();
    for (FunctionPiece piece : store.getUnionListState(FUNCTION).get()) {
      while (byOldInstance.size() <= piece.subtask()) {
        byOldInstance.add(null);
      }
      byOldInstance.set(piece.subtask(), piece.bytes());
    }
    if (!byOldInstance.isEmpty()) {
      function.initializeState(RestoredState.assign(byOldInstance, subtask, parallelism));
    }
  }

  /**
   * The instance's piece of checkpoint {@code checkpointId}: first the {@link CheckpointedFunction} hook is called
   * (where an instance may also update its typed states), then every state is written. Null when the instance has
   * no operator state at all.
   */
  public static byte[] snapshot(OperatorStateBackend store, Object instance, int subtask, long checkpointId)
      throws Exception {
    if (instance instanceof CheckpointedFunction function) {
      byte[] bytes = function.snapshotState(checkpointId);
      if (bytes != null || store.stateNames().contains(FUNCTION_STATE)) {
        ListState<FunctionPiece> pieces = store.getUnionListState(FUNCTION);
        pieces.update(bytes == null ? List.of() : List.of(new FunctionPiece(subtask, bytes)));
      }
    }
    return store.isEmpty() ? null : store.snapshot();
  }

  /** One instance's {@link CheckpointedFunction} bytes. */
  private record FunctionPiece(int subtask, byte[] bytes) {}

  /** The {@code CHECKPOINTED_FUNCTION} format, version 1: varint subtask, varint length, the bytes. */
  private static final class FunctionPieceSerializer implements TypeSerializer<FunctionPiece> {
    @Override
    public void serialize(FunctionPiece piece, DataOutput out) throws IOException {
      VarInts.write(out, piece.subtask());
      VarInts.write(out, piece.bytes().length);
      out.write(piece.bytes());
    }

    @Override
    public FunctionPiece deserialize(DataInput in) throws IOException {
      int subtask = VarInts.read(in);
      byte[] bytes = new byte[VarInts.read(in)];
      in.readFully(bytes);
      return new FunctionPiece(subtask, bytes);
    }

    @Override
    public String name() {
      return "CHECKPOINTED_FUNCTION";
    }

    @Override
    public int snapshotVersion() {
      return 1;
    }
  }
}
