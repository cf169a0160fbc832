package io.sluice.executor.checkpoint.storage;

import io.sluice.executor.checkpoint.CheckpointKind;
import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.OperatorSnapshot;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.SubtaskSnapshot;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.heap.HeapKeyedStateBackend;
import io.sluice.state.serde.PrimitiveSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Checkpoints with real keyed state, for the storage tests. */
final class StorageFixtures {
  static final int MAX_PARALLELISM = 128;
  static final ValueStateDescriptor<Long> COUNT = new ValueStateDescriptor<>("count", PrimitiveSerializer.LONG);

  private StorageFixtures() {}

  /** A heap backend of subtask {@code subtask} of {@code parallelism}, empty. */
  static HeapKeyedStateBackend backend(int parallelism, int subtask) {
    return new HeapKeyedStateBackend(KeyedBackendParameters.of(PrimitiveSerializer.LONG,
        KeyGroups.rangeForSubtask(MAX_PARALLELISM, parallelism, subtask), MAX_PARALLELISM));
  }

  /** Counts key {@code k} up to {@code k * 10} for the keys 0..keys-1 this backend owns. */
  static void fill(HeapKeyedStateBackend backend, int keys) {
    ValueState<Long> count = backend.getState(COUNT);
    for (long k = 0; k < keys; k++) {
      if (backend.keyGroupRange().contains(KeyGroups.assignToKeyGroup(k, MAX_PARALLELISM))) {
        backend.setCurrentKey(k);
        count.update(k * 10);
      }
    }
  }

  /**
   * Writes the keyed state of an operator at {@code parallelism}, each subtask filled with {@code keys} keys, and
   * a source position, then the metadata; returns it.
   */
  static CheckpointMetadata writeCheckpoint(CheckpointLocation location, long id, int parallelism, int keys)
      throws IOException {
    List<SubtaskSnapshot> aggregate = new ArrayList<>();
    for (int i = 0; i < parallelism; i++) {
      try (HeapKeyedStateBackend backend = backend(parallelism, i)) {
        fill(backend, keys);
        StateHandle handle = KeyedStateFiles.write(location, "agg", i, backend.snapshot());
        aggregate.add(new SubtaskSnapshot(i, backend.keyGroupRange(), List.of(handle), null));
      }
    }
    OperatorSnapshot source = new OperatorSnapshot("src", List.of(new SubtaskSnapshot(0, new KeyGroupRange(0, -1),
        List.of(), new byte[] {0, 0, 0, 42})));
    CheckpointMetadata metadata = new CheckpointMetadata(id, "job-1", CheckpointKind.CHECKPOINT, 1_000 * id,
        1_000 * id + 7, MAX_PARALLELISM, List.of(new OperatorSnapshot("agg", aggregate), source));
    location.writeMetadata(metadata);
    return metadata;
  }
}
