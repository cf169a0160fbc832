package io.sluice.executor.checkpoint.storage;

import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.KeyedStateSnapshot;
import io.sluice.state.serde.BufferedDataOutput;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Writes keyed state into a checkpoint and reads it back: the asynchronous part of an operator's snapshot, and
 * the restore. The bytes are the state module's canonical snapshot format ({@link KeyedStateSnapshot#writeTo}),
 * so any backend restores them, for any key-group range.
 */
public final class KeyedStateFiles {
  private KeyedStateFiles() {}

  /**
   * Writes a snapshot of one operator instance's keyed state. May run on another thread than the backend's
   * (the snapshot, not the backend, is used). The caller still closes the snapshot.
   *
   * @return the handle to put into the instance's {@code SubtaskSnapshot}
   * @throws IOException when the state cannot be written; nothing is left in the location then
   */
  public static StateHandle write(CheckpointLocation location, String operatorId, int subtask,
      KeyedStateSnapshot snapshot) throws IOException {
    try (StateOutput out = location.createState(StateHandle.keyedStateName(operatorId, subtask))) {
      BufferedDataOutput data = new BufferedDataOutput(out);
      snapshot.writeTo(data);
      data.flush();
      return out.closeAndGetHandle();
    }
  }

  /**
   * Loads the key groups the backend owns from each of the given pieces of keyed state: after a rescale, the
   * pieces of every old instance whose key groups overlap ({@code OperatorSnapshot.keyedStateFor}).
   *
   * @throws IOException naming the location and the piece when one is missing, truncated or corrupt
   */
  public static void restore(CheckpointLocation location, List<StateHandle> handles, KeyedStateBackend backend)
      throws IOException {
    for (StateHandle handle : handles) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(location.openState(handle)))) {
        backend.restore(in);
      } catch (IOException e) {
        throw new IOException("Cannot restore keyed state " + handle.name() + " of checkpoint "
            + location.pointer() + ": " + describe(e), e);
      }
    }
  }

  private static String describe(IOException e) {
    return e instanceof java.io.EOFException ? "the file is truncated" : e.getMessage();
  }
}
