package io.sluice.state.heap;

import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.internal.AbstractKeyedStateBackend;
import io.sluice.state.internal.ByteStore;
import io.sluice.state.internal.RegisteredStateMeta;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyed state on the Java heap. Like every backend it stores bytes ({@link HeapByteStore}: per state, key group
 * → store key → value, where the store key is {@code key ‖ namespace [‖ mapKey]}); typed handles, namespaces and
 * TTL come from {@link AbstractKeyedStateBackend}. Keeping bytes costs a serialization per access but makes
 * memory use predictable, makes snapshots a matter of freezing maps, and lets the heap and RocksDB backends pass
 * one contract test suite.
 *
 * <p>Checkpointing is split as the runtime needs it: {@link #snapshot()} is the synchronous part and only
 * freezes each key group's map (copy-on-write, see {@link HeapByteStore}); {@link HeapSnapshot#writeTo} is the
 * part that may run later, and {@link HeapSnapshot#close} lets the backend change those maps in place again. Snapshots are in the canonical format every backend reads
 * ({@link io.sluice.state.internal.KeyedSnapshotFormat}); {@link #restore} takes any subset of their key groups.
 */
public final class HeapKeyedStateBackend extends AbstractKeyedStateBackend {
  public HeapKeyedStateBackend(KeyedBackendParameters parameters) {
    super(parameters);
  }

  @Override
  protected ByteStore createStore(RegisteredStateMeta meta) {
    return new HeapByteStore(keyGroupRange());
  }

  /** Freezes the current state; cheap, whatever the state's size. Changes made afterwards are not in it. */
  @Override
  public HeapSnapshot snapshot() {
    checkOpen();
    List<HeapByteStore.Frozen> frozen = new ArrayList<>();
    for (RegisteredState state : registeredStates()) {
      frozen.add(((HeapByteStore) state.store()).freeze());
    }
    return new HeapSnapshot(snapshotHeader(), frozen, snapshotTime());
  }

  /** Takes a snapshot and writes it at once. */
  public void snapshot(DataOutput out) throws IOException {
    HeapSnapshot snapshot = snapshot();
    try {
      snapshot.writeTo(out);
    } finally {
      snapshot.close();
    }
  }
}
