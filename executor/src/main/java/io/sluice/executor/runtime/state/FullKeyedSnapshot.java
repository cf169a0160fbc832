package io.sluice.executor.runtime.state;

import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.checkpoint.storage.StateOutput;
import io.sluice.state.KeyedStateSnapshot;
import io.sluice.state.serde.BufferedDataOutput;
import java.io.IOException;

/**
 * A full, self-contained snapshot of a keyed operator instance: the backend's state in the canonical keyed-state
 * format ({@code io.sluice.state.internal.KeyedSnapshotFormat}, magic "SLKH"), then its event-time timers
 * ({@link EventTimerSnapshot}, magic "SLKT"), in one piece. Any backend restores it, for any key groups.
 */
final class FullKeyedSnapshot implements KeyedOperatorSnapshot {
  private final KeyedStateSnapshot state;
  private final EventTimerSnapshot timers;

  FullKeyedSnapshot(KeyedStateSnapshot state, EventTimerSnapshot timers) {
    this.state = state;
    this.timers = timers;
  }

  @Override
  public Written write(CheckpointLocation location, long checkpointId, String name) throws IOException {
    try (StateOutput out = location.createState(name)) {
      BufferedDataOutput data = new BufferedDataOutput(out);
      state.writeTo(data);
      timers.writeTo(data, state.keyGroupRange());
      data.flush();
      StateHandle handle = out.closeAndGetHandle();
      return new Written(handle, handle.size(), handle.size());
    }
  }

  @Override
  public void close() {
    state.close();
  }
}
