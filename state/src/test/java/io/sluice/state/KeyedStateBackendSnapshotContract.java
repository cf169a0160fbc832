package io.sluice.state;

import static io.sluice.state.FilledState.in;
import static io.sluice.state.FilledState.snapshot;
import static io.sluice.state.FilledState.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.StringSerializer;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The snapshot and restore part of {@link KeyedStateBackendContractTest}: what every backend's snapshots must do
 * within one backend kind. That snapshots also move between kinds is shown by {@code SnapshotPortabilityTest}.
 */
public abstract class KeyedStateBackendSnapshotContract extends KeyedStateBackendContractBase {
  private KeyedStateBackend fresh() {
    return createBackend(KeyGroupRange.all(MAX_PARALLELISM), MAX_PARALLELISM);
  }

  @Test
  void snapshotRestoresIntoAFreshBackend() throws IOException {
    FilledState.fill(backend);
    byte[] bytes;
    try (KeyedStateSnapshot snapshot = backend.snapshot()) {
      assertThat(snapshot.keyGroupRange()).isEqualTo(backend.keyGroupRange());
      bytes = write(snapshot);
      assertThat(write(snapshot)).as("writing twice writes the same bytes").isEqualTo(bytes);
    }
    try (KeyedStateBackend target = fresh()) {
      target.restore(in(bytes));
      FilledState.assertHolds(target, KeyGroupRange.all(MAX_PARALLELISM));
      assertThat(snapshot(target)).as("a restored backend snapshots to the same bytes").isEqualTo(bytes);
    }
  }

  @Test
  void snapshotIsUnaffectedByLaterWrites() throws IOException {
    FilledState.fill(backend);
    try (KeyedStateSnapshot snapshot = backend.snapshot()) {
      ValueState<Long> value = backend.getState(FilledState.VALUE);
      MapState<Integer, String> map = backend.getState(FilledState.MAP, PrimitiveSerializer.INT);
      map.setCurrentNamespace(7);
      for (int k = 0; k < FilledState.KEYS; k++) {
        backend.setCurrentKey(FilledState.key(k));
        value.clear();
        backend.getState(FilledState.LIST).add("later");
        map.clear();
      }
      backend.setCurrentKey("new key");
      value.update(-1L);
      backend.getState(new ValueStateDescriptor<>("declared later", PrimitiveSerializer.LONG)).update(1L);
      try (KeyedStateBackend target = fresh()) {
        target.restore(in(write(snapshot)));
        FilledState.assertHolds(target, KeyGroupRange.all(MAX_PARALLELISM));
      }
    }
    assertThat(backend.numEntries("value")).isEqualTo(1);
  }

  @Test
  void restoringKeyGroupsSplitsAndMergesState() throws IOException {
    FilledState.fill(backend);
    byte[] whole = snapshot(backend);
    KeyGroupRange first = KeyGroups.rangeForSubtask(MAX_PARALLELISM, 2, 0);
    KeyGroupRange second = KeyGroups.rangeForSubtask(MAX_PARALLELISM, 2, 1);
    byte[][] parts = new byte[2][];
    for (KeyGroupRange range : new KeyGroupRange[] {first, second}) {
      try (KeyedStateBackend part = createBackend(range, MAX_PARALLELISM)) {
        part.restore(in(whole));
        FilledState.assertHolds(part, range);
        parts[range == first ? 0 : 1] = snapshot(part);
      }
    }
    try (KeyedStateBackend merged = fresh()) {
      merged.restore(in(parts[1]));
      merged.restore(in(parts[0]));
      FilledState.assertHolds(merged, KeyGroupRange.all(MAX_PARALLELISM));
    }
    try (KeyedStateBackend subset = fresh()) {
      subset.restore(in(whole), second);
      FilledState.assertHolds(subset, second);
    }
  }

  @Test
  void ttlTimestampsSurviveRestore() throws IOException {
    ValueStateDescriptor<Long> ttl = FilledState.VALUE.withTtl(StateTtlConfig.of(Duration.ofSeconds(10)));
    backend.setCurrentKey("a");
    backend.getState(ttl).update(1L);
    byte[] bytes = snapshot(backend);
    try (KeyedStateBackend target = fresh()) {
      target.restore(in(bytes));
      ValueState<Long> state = target.getState(FilledState.VALUE.withTtl(StateTtlConfig.of(Duration.ofSeconds(20))));
      target.setCurrentKey("a");
      clock.advance(Duration.ofSeconds(15));
      assertThat(state.value()).as("the new, longer TTL applies to the old timestamp").isEqualTo(1L);
      clock.advance(Duration.ofSeconds(5));
      assertThat(state.value()).isNull();
    }
  }

  @Test
  void fullSnapshotsLeaveOutExpiredEntriesNobodyRead() throws IOException {
    ValueStateDescriptor<Long> value = FilledState.VALUE.withTtl(StateTtlConfig.of(TTL));
    MapStateDescriptor<String, Long> map =
        new MapStateDescriptor<>("m", StringSerializer.INSTANCE, PrimitiveSerializer.LONG)
            .withTtl(StateTtlConfig.of(TTL));
    for (String key : List.of("old", "new")) {
      backend.setCurrentKey(key);
      backend.getState(value).update(1L);
      backend.getState(map).put("entry", 2L);
      clock.advance(TTL.dividedBy(2)); // 'old' expires as this loop ends, 'new' is half-way
    }
    assertThat(backend.numEntries()).as("expired, but nobody read them yet").isEqualTo(4);
    byte[] bytes = snapshot(backend);
    try (KeyedStateBackend target = fresh()) {
      target.restore(in(bytes));
      assertThat(target.numEntries()).as("only the entries of 'new' were written").isEqualTo(2);
      target.setCurrentKey("new");
      assertThat(target.getState(value).value()).isEqualTo(1L);
      assertThat(target.getState(map).get("entry")).isEqualTo(2L);
    }
  }

  @Test
  void incompatibleOrDamagedSnapshotsFail() {
    FilledState.fill(backend);
    byte[] bytes = snapshot(backend);
    try (KeyedStateBackend other = createBackend(KeyGroupRange.all(MAX_PARALLELISM * 2), MAX_PARALLELISM * 2)) {
      assertThatThrownBy(() -> other.restore(in(bytes))).isInstanceOf(IOException.class)
          .hasMessageContaining("maximum parallelism");
    }
    try (KeyedStateBackend target = fresh()) {
      assertThatThrownBy(() -> target.restore(in(Arrays.copyOf(bytes, bytes.length / 2))))
          .isInstanceOf(IOException.class);
      assertThatThrownBy(() -> target.restore(in(new byte[8]))).isInstanceOf(IOException.class)
          .hasMessageContaining("magic");
    }
    try (KeyedStateBackend part = createBackend(new KeyGroupRange(0, 3), MAX_PARALLELISM)) {
      assertThatThrownBy(() -> part.restore(in(bytes), new KeyGroupRange(0, 7)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void closedSnapshotsCannotBeWritten() {
    FilledState.fill(backend);
    KeyedStateSnapshot snapshot = backend.snapshot();
    snapshot.close();
    snapshot.close();
    assertThatThrownBy(() -> write(snapshot)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void emptyBackendsSnapshotToEmptyBackends() throws IOException {
    byte[] bytes = snapshot(backend);
    try (KeyedStateBackend target = fresh()) {
      target.restore(in(bytes));
      assertThat(target.numEntries()).isZero();
      assertThat(snapshot(target)).isEqualTo(bytes);
    }
  }
}
