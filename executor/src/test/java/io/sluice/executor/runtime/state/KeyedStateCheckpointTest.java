package io.sluice.executor.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.config.StateBackendType;
import io.sluice.executor.api.EventTimeTimers;
import io.sluice.executor.checkpoint.CheckpointKind;
import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.OperatorSnapshot;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.SubtaskSnapshot;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.checkpoint.storage.FileCheckpointStorage;
import io.sluice.executor.graph.StateKey;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyGroups;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.StringSerializer;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keyed state and event-time timers of an operator through a checkpoint: written full or incrementally by one
 * backend at one parallelism, restored by either backend at any parallelism; incremental checkpoints' shared
 * files; damaged pieces.
 */
class KeyedStateCheckpointTest {
  private static final int MAX_PARALLELISM = 128;
  private static final StateKey KEY = new StateKey(row -> row.field(0), PrimitiveSerializer.LONG);
  private static final ValueStateDescriptor<Long> COUNT = new ValueStateDescriptor<>("count", PrimitiveSerializer.LONG);
  private static final MapStateDescriptor<Integer, String> TAGS =
      new MapStateDescriptor<>("tags", PrimitiveSerializer.INT, StringSerializer.INSTANCE);

  @TempDir
  Path dir;

  private final List<TaskStateBackends> opened = new ArrayList<>();

  @ParameterizedTest(name = "{0} incremental={1} p={2} -> {3} p={4}")
  @CsvSource({
      "HASHMAP, false, 2, ROCKSDB, 3",
      "ROCKSDB, false, 2, HASHMAP, 1",
      "ROCKSDB, true, 2, ROCKSDB, 2",
      "ROCKSDB, true, 2, HASHMAP, 3",
      "ROCKSDB, true, 3, ROCKSDB, 2",
      "HASHMAP, false, 1, HASHMAP, 2"})
  void stateAndTimersMoveBetweenBackendsAndParallelisms(StateBackendType from, boolean incremental, int before,
      StateBackendType to, int after) throws Exception {
    int keys = 500;
    FileCheckpointStorage storage = new FileCheckpointStorage(dir.resolve("checkpoints"), "job", null);
    CheckpointLocation location = storage.createCheckpoint(1);
    List<SubtaskSnapshot> written = new ArrayList<>();
    for (int i = 0; i < before; i++) {
      try (KeyedOperatorState state = create(from, incremental, i, before, null, List.of())) {
        fill(state, keys, 0);
        KeyedOperatorSnapshot snapshot = incremental ? state.snapshotIncremental() : state.snapshotCanonical();
        try (snapshot) {
          StateHandle handle = snapshot.write(location, 1, StateHandle.keyedStateName("op", i)).handle();
          written.add(new SubtaskSnapshot(i, state.backend().keyGroupRange(), List.of(handle), null));
        }
      }
    }
    OperatorSnapshot operator = new OperatorSnapshot("op", written);
    Map<Long, Long> counts = new TreeMap<>();
    TreeSet<Long> fired = new TreeSet<>();
    for (int i = 0; i < after; i++) {
      KeyGroupRange range = KeyGroups.rangeForSubtask(MAX_PARALLELISM, after, i);
      try (KeyedOperatorState state = create(to, false, i, after, location, operator.keyedStateFor(range))) {
        ValueState<Long> count = state.store().getState(COUNT);
        MapState<Integer, String> tags = state.store().getState(TAGS);
        long own = 0;
        for (long k = 0; k < keys; k++) {
          if (range.contains(KeyGroups.assignToKeyGroup(k, MAX_PARALLELISM))) {
            state.backend().setCurrentKey(k);
            counts.put(k, count.value());
            assertThat(tags.get((int) k)).isEqualTo("tag-" + k);
            own++;
          }
        }
        assertThat(state.backend().numEntries()).as("only its own key groups").isEqualTo(2 * own);
        EventTimeTimers<Long> timers = state.store().eventTimeTimers(PrimitiveSerializer.LONG);
        assertThat(timers.currentWatermark()).isEqualTo(-1L);
        state.advanceWatermark(Long.MAX_VALUE, (time, namespace) -> {
          assertThat(namespace).isEqualTo(time + 1);
          fired.add((Long) state.store().currentKey());
        });
        counts.keySet().forEach(k -> assertThat(fired).contains(k));
      }
    }
    assertThat(counts).hasSize(keys);
    counts.forEach((k, v) -> assertThat(v).isEqualTo(k * 10));
    assertThat(fired).hasSize(keys);
  }

  @Test
  void incrementalCheckpointsOfAGrowingStateWriteLittleAndSharedFilesGoWhenUnreferenced() throws IOException {
    FileCheckpointStorage storage = new FileCheckpointStorage(dir.resolve("checkpoints"), "job", null);
    int keys = 20_000;
    List<Long> incremental = new ArrayList<>();
    long full = 0;
    try (KeyedOperatorState state = create(StateBackendType.ROCKSDB, true, 0, 1, null, List.of())) {
      // Timers are kept on the heap and written in full with each checkpoint (Flink's HEAP timer service).
      fill(state, keys, 0, 100);
      for (long id = 1; id <= 8; id++) {
        if (id > 1) {
          fill(state, keys / 100, keys + (int) (id - 2) * (keys / 100), 100); // 1% more
        }
        CheckpointLocation location = storage.createCheckpoint(id);
        KeyedOperatorSnapshot.Written written;
        try (KeyedOperatorSnapshot snapshot = state.snapshotIncremental()) {
          written = snapshot.write(location, id, StateHandle.keyedStateName("op", 0));
        }
        location.writeMetadata(new CheckpointMetadata(id, "job", CheckpointKind.CHECKPOINT, id, id + 1,
            MAX_PARALLELISM, List.of(new OperatorSnapshot("op", List.of(new SubtaskSnapshot(0,
                KeyGroupRange.all(MAX_PARALLELISM), List.of(written.handle()), null))))));
        if (id > 1) {
          storage.checkpoint(id - 1).discard(); // one retained checkpoint
          incremental.add(written.incrementalBytes());
        }
        full = written.fullBytes();
      }
      long fullSize = full;
      assertThat(incremental).as("incremental sizes against a full state of %d bytes", fullSize)
          .filteredOn(bytes -> bytes < fullSize / 10).hasSizeGreaterThanOrEqualTo(incremental.size() / 2);
      Map<String, Long> onDisk = storage.sharedState().filesOnDisk();
      assertThat(onDisk.keySet()).as("shared files are exactly those the retained checkpoint references")
          .isEqualTo(sharedFilesOf(storage.checkpoint(8), StateHandle.keyedStateName("op", 0)));
    }
    storage.checkpoint(8).discard();
    assertThat(storage.sharedState().filesOnDisk()).isEmpty();
  }

  @Test
  void aTruncatedSharedFileOrPieceFailsTheRestoreNamingIt() throws IOException {
    FileCheckpointStorage storage = new FileCheckpointStorage(dir.resolve("checkpoints"), "job", null);
    CheckpointLocation location = storage.createCheckpoint(1);
    StateHandle incremental;
    StateHandle full;
    try (KeyedOperatorState state = create(StateBackendType.ROCKSDB, true, 0, 1, null, List.of())) {
      fill(state, 1000, 0);
      try (KeyedOperatorSnapshot snapshot = state.snapshotIncremental()) {
        incremental = snapshot.write(location, 1, "keyed-inc-0").handle();
      }
      try (KeyedOperatorSnapshot snapshot = state.snapshotCanonical()) {
        full = snapshot.write(location, 1, "keyed-full-0").handle();
      }
    }
    Path piece = dir.resolve("checkpoints/job/chk-1/keyed-full-0");
    byte[] bytes = Files.readAllBytes(piece);
    Files.write(piece, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> create(StateBackendType.HASHMAP, false, 0, 1, location, List.of(full)))
        .isInstanceOf(StateRestoreException.class).hasMessageContaining(piece.toString().replace("/keyed-full-0", ""))
        .hasMessageContaining("keyed-full-0").hasMessageContaining("truncated");
    Path shared;
    try (Stream<Path> files = Files.list(dir.resolve("checkpoints/job/shared"))) {
      shared = files.findFirst().orElseThrow();
    }
    Files.write(shared, new byte[] {1, 2, 3});
    for (StateBackendType type : StateBackendType.values()) {
      assertThatThrownBy(() -> create(type, false, 0, 1, location, List.of(incremental)))
          .isInstanceOf(StateRestoreException.class).hasMessageContaining("keyed-inc-0")
          .hasMessageContaining(shared.toString()).hasMessageContaining("truncated or corrupt");
    }
    assertThat(opened).isNotEmpty();
  }

  private KeyedOperatorState create(StateBackendType type, boolean incremental, int subtask, int parallelism,
      CheckpointLocation location, List<StateHandle> pieces) throws IOException {
    TaskStateBackends backends = new TaskStateBackends(
        new StateBackendSettings(type, dir.resolve("local"), 16L << 20, incremental), "job");
    opened.add(backends);
    return backends.create(KEY, "op", subtask, parallelism, MAX_PARALLELISM, location, pieces);
  }

  /** Keys {@code first .. first+keys-1} of this instance: a count, a map entry and a timer at key*10. */
  private static void fill(KeyedOperatorState state, int keys, int first) {
    fill(state, keys, first, 1);
  }

  /** As {@link #fill(KeyedOperatorState, int, int)}, with a timer for every {@code timerEvery}-th key only. */
  private static void fill(KeyedOperatorState state, int keys, int first, int timerEvery) {
    ValueState<Long> count = state.store().getState(COUNT);
    MapState<Integer, String> tags = state.store().getState(TAGS);
    EventTimeTimers<Long> timers = state.store().eventTimeTimers(PrimitiveSerializer.LONG);
    if (first == 0) {
      try {
        state.advanceWatermark(-1, (time, namespace) -> { });
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    for (long k = first; k < first + keys; k++) {
      if (state.backend().keyGroupRange().contains(KeyGroups.assignToKeyGroup(k, MAX_PARALLELISM))) {
        state.backend().setCurrentKey(k);
        count.update(k * 10);
        tags.put((int) k, "tag-" + k);
        if (k % timerEvery == 0) {
          timers.register(k * 10 + 1, k * 10);
        }
      }
    }
  }

  private static java.util.Set<String> sharedFilesOf(CheckpointLocation location, String piece) throws IOException {
    try (InputStream in = location.openState(new StateHandle(piece, 0))) {
      DataInputStream data = new DataInputStream(in);
      assertThat(data.readInt()).isEqualTo(IncrementalManifest.MAGIC);
      Map<String, String> names = new HashMap<>(IncrementalManifest.readAfterMagic(data).sharedNames());
      return new TreeSet<>(names.values());
    }
  }
}
