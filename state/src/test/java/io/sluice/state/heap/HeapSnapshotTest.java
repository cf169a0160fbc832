package io.sluice.state.heap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.ListState;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.ManualTtlClock;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.StateTtlConfig;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.StringSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapSnapshotTest {
  private static final int MAX = 16;
  private static final int KEYS = 200;
  private static final ValueStateDescriptor<Long> VALUE = new ValueStateDescriptor<>("value", PrimitiveSerializer.LONG);
  private static final ListStateDescriptor<String> LIST = new ListStateDescriptor<>("list", StringSerializer.INSTANCE);
  private static final MapStateDescriptor<Integer, String> MAP =
      new MapStateDescriptor<>("map", PrimitiveSerializer.INT, StringSerializer.INSTANCE);

  private final ManualTtlClock clock = new ManualTtlClock(0);

  private HeapKeyedStateBackend backend(KeyGroupRange range) {
    return new HeapKeyedStateBackend(new KeyedBackendParameters(PrimitiveSerializer.LONG, range, MAX, clock));
  }

  /** A backend over all key groups with value, list and windowed map state for keys 0..KEYS-1. */
  private HeapKeyedStateBackend filled() {
    HeapKeyedStateBackend b = backend(KeyGroupRange.all(MAX));
    ValueState<Long> value = b.getState(VALUE);
    ListState<String> list = b.getState(LIST);
    MapState<Integer, String> map = b.getState(MAP, PrimitiveSerializer.INT);
    for (long k = 0; k < KEYS; k++) {
      b.setCurrentKey(k);
      value.update(k * 10);
      list.addAll(List.of("a" + k, "b" + k));
      map.setCurrentNamespace(7);
      map.put((int) k, "m" + k);
    }
    return b;
  }

  private static byte[] write(HeapSnapshot snapshot) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    snapshot.writeTo(new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  private static DataInputStream in(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }

  /** Checks that the backend holds exactly the filled state of the keys in its key groups. */
  private static void assertHoldsFilledState(HeapKeyedStateBackend b, KeyGroupRange restored) {
    ValueState<Long> value = b.getState(VALUE);
    ListState<String> list = b.getState(LIST);
    MapState<Integer, String> map = b.getState(MAP, PrimitiveSerializer.INT);
    map.setCurrentNamespace(7);
    int keys = 0;
    for (long k = 0; k < KEYS; k++) {
      if (!restored.contains(KeyGroups.assignToKeyGroup(k, MAX))) {
        continue;
      }
      keys++;
      b.setCurrentKey(k);
      assertThat(value.value()).isEqualTo(k * 10);
      assertThat(list.get()).containsExactly("a" + k, "b" + k);
      assertThat(map.get((int) k)).isEqualTo("m" + k);
    }
    assertThat(b.numEntries()).isEqualTo(3L * keys);
  }

  @Test
  void roundTripRestoresEverything() throws IOException {
    byte[] bytes;
    try (HeapKeyedStateBackend source = filled()) {
      bytes = write(source.snapshot());
    }
    try (HeapKeyedStateBackend target = backend(KeyGroupRange.all(MAX))) {
      target.restore(in(bytes));
      assertHoldsFilledState(target, KeyGroupRange.all(MAX));
    }
  }

  @Test
  void restoringSubsetsSplitsAndMergesState() throws IOException {
    byte[] bytes;
    try (HeapKeyedStateBackend source = filled()) {
      bytes = write(source.snapshot());
    }
    KeyGroupRange first = KeyGroups.rangeForSubtask(MAX, 3, 0);
    byte[] firstPart;
    try (HeapKeyedStateBackend split = backend(first)) {
      split.restore(in(bytes));
      assertHoldsFilledState(split, first);
      firstPart = write(split.snapshot());
    }
    try (HeapKeyedStateBackend merged = backend(KeyGroupRange.all(MAX))) {
      merged.restore(in(firstPart));
      merged.restore(in(bytes), new KeyGroupRange(first.end() + 1, MAX - 1));
      assertHoldsFilledState(merged, KeyGroupRange.all(MAX));
    }
  }

  @Test
  void snapshotIsUnaffectedByLaterWrites() throws IOException {
    try (HeapKeyedStateBackend source = filled()) {
      HeapSnapshot snapshot = source.snapshot();
      ValueState<Long> value = source.getState(VALUE);
      for (long k = 0; k < KEYS; k++) {
        source.setCurrentKey(k);
        value.clear();
        source.getState(LIST).add("later");
      }
      source.setCurrentKey(KEYS + 1L);
      value.update(-1L);
      try (HeapKeyedStateBackend target = backend(KeyGroupRange.all(MAX))) {
        target.restore(in(write(snapshot)));
        assertHoldsFilledState(target, KeyGroupRange.all(MAX));
      }
      assertThat(source.numEntries("value")).isEqualTo(1);
    }
  }

  /** Overwrites every key's value with {@code value}. */
  private static void overwriteValues(HeapKeyedStateBackend b, long value) {
    ValueState<Long> state = b.getState(VALUE);
    for (long k = 0; k < KEYS; k++) {
      b.setCurrentKey(k);
      state.update(value);
    }
  }

  /** The values of a snapshot's keys, restored into a fresh backend. */
  private List<Long> valuesIn(byte[] snapshot) throws IOException {
    try (HeapKeyedStateBackend target = backend(KeyGroupRange.all(MAX))) {
      target.restore(in(snapshot));
      ValueState<Long> state = target.getState(VALUE);
      List<Long> values = new ArrayList<>();
      for (long k = 0; k < KEYS; k++) {
        target.setCurrentKey(k);
        values.add(state.value());
      }
      return values;
    }
  }

  @Test
  void closingOneSnapshotLeavesAnotherOpenOneFrozen() throws IOException {
    try (HeapKeyedStateBackend source = filled()) {
      overwriteValues(source, 1);
      HeapSnapshot first = source.snapshot();
      overwriteValues(source, 2);
      HeapSnapshot second = source.snapshot();
      first.close(); // written: the backend may change in place what only the first held
      overwriteValues(source, 3);
      assertThat(valuesIn(write(second))).as("the second snapshot still holds").containsOnly(2L);
      second.close();
      overwriteValues(source, 4); // nothing holds the maps now: changed in place
      HeapSnapshot third = source.snapshot();
      overwriteValues(source, 5);
      assertThat(valuesIn(write(third))).containsOnly(4L);
      third.close();
      assertThatThrownBy(() -> write(third)).isInstanceOf(IllegalStateException.class);
      assertThat(valuesIn(write(source.snapshot()))).containsOnly(5L);
    }
  }

  @Test
  void ttlTimestampsSurviveRestore() throws IOException {
    ValueStateDescriptor<Long> ttl = VALUE.withTtl(StateTtlConfig.of(Duration.ofSeconds(10)));
    byte[] bytes;
    try (HeapKeyedStateBackend source = backend(KeyGroupRange.all(MAX))) {
      source.setCurrentKey(1L);
      source.getState(ttl).update(1L);
      bytes = write(source.snapshot());
    }
    try (HeapKeyedStateBackend target = backend(KeyGroupRange.all(MAX))) {
      target.restore(in(bytes));
      ValueState<Long> state = target.getState(VALUE.withTtl(StateTtlConfig.of(Duration.ofSeconds(20))));
      target.setCurrentKey(1L);
      clock.advance(Duration.ofSeconds(15));
      assertThat(state.value()).as("the new, longer TTL applies to the old timestamp").isEqualTo(1L);
      clock.advance(Duration.ofSeconds(5));
      assertThat(state.value()).isNull();
    }
  }

  @Test
  void incompatibleRestoresFail() throws IOException {
    byte[] bytes;
    try (HeapKeyedStateBackend source = filled()) {
      bytes = write(source.snapshot());
    }
    try (HeapKeyedStateBackend other = new HeapKeyedStateBackend(
        KeyedBackendParameters.of(PrimitiveSerializer.LONG, KeyGroupRange.all(MAX * 2), MAX * 2))) {
      assertThatThrownBy(() -> other.restore(in(bytes))).isInstanceOf(IOException.class)
          .hasMessageContaining("maximum parallelism");
    }
    try (HeapKeyedStateBackend other = new HeapKeyedStateBackend(
        KeyedBackendParameters.of(StringSerializer.INSTANCE, KeyGroupRange.all(MAX), MAX))) {
      assertThatThrownBy(() -> other.restore(in(bytes))).isInstanceOf(IOException.class)
          .hasMessageContaining("key serializer");
    }
    try (HeapKeyedStateBackend target = backend(KeyGroupRange.all(MAX))) {
      target.restore(in(bytes));
      assertThatThrownBy(() -> target.getState(new ValueStateDescriptor<>("value", PrimitiveSerializer.INT)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("restored");
      assertThatThrownBy(() -> target.getState(VALUE.withTtl(StateTtlConfig.of(Duration.ofSeconds(1)))))
          .isInstanceOf(IllegalArgumentException.class);
    }
    byte[] corrupt = bytes.clone();
    corrupt[7] = 9; // the version
    try (HeapKeyedStateBackend target = backend(KeyGroupRange.all(MAX))) {
      assertThatThrownBy(() -> target.restore(in(corrupt))).isInstanceOf(IOException.class)
          .hasMessageContaining("version 9");
      assertThatThrownBy(() -> target.restore(in(new byte[8]))).isInstanceOf(IOException.class)
          .hasMessageContaining("magic");
    }
  }

  @Test
  void restoreRangeMustBeOwned() {
    try (HeapKeyedStateBackend target = backend(new KeyGroupRange(0, 3))) {
      assertThatThrownBy(() -> target.restore(in(new byte[0]), new KeyGroupRange(0, 7)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
