package io.sluice.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.StringSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A known state of every kind for snapshot tests: for the string keys {@code key0 .. key<KEYS-1>}, a value, a
 * list, a map in namespace 7, a sum and an average; {@link #assertHolds} checks that a backend has exactly the
 * part of it in some key groups.
 */
public final class FilledState {
  public static final int KEYS = 100;
  public static final ValueStateDescriptor<Long> VALUE = new ValueStateDescriptor<>("value", PrimitiveSerializer.LONG);
  public static final ListStateDescriptor<String> LIST = new ListStateDescriptor<>("list", StringSerializer.INSTANCE);
  public static final MapStateDescriptor<Integer, String> MAP =
      new MapStateDescriptor<>("map", PrimitiveSerializer.INT, StringSerializer.INSTANCE);
  public static final ReducingStateDescriptor<Long> SUM =
      new ReducingStateDescriptor<>("sum", PrimitiveSerializer.LONG, Long::sum);
  public static final AggregatingStateDescriptor<Long, ?, Double> AVG = AverageAggregate.descriptor("avg");

  private FilledState() {}

  public static String key(int i) {
    return "key" + i;
  }

  /** Declares the states and writes the known entries (six per key, two of them map entries). */
  public static void fill(KeyedStateBackend b) {
    ValueState<Long> value = b.getState(VALUE);
    ListState<String> list = b.getState(LIST);
    MapState<Integer, String> map = b.getState(MAP, PrimitiveSerializer.INT);
    ReducingState<Long> sum = b.getState(SUM);
    AggregatingState<Long, Double> avg = b.getState(AVG);
    map.setCurrentNamespace(7);
    for (int k = 0; k < KEYS; k++) {
      b.setCurrentKey(key(k));
      value.update(k * 10L);
      list.addAll(List.of("a" + k, "b" + k));
      map.put(k, "m" + k);
      map.put(-k - 1, "n" + k);
      sum.add((long) k);
      sum.add(1L);
      avg.add((long) k);
      avg.add(k + 2L);
    }
  }

  /** Checks that the backend holds the filled entries of the keys in {@code keyGroups}, and no others. */
  public static void assertHolds(KeyedStateBackend b, KeyGroupRange keyGroups) {
    ValueState<Long> value = b.getState(VALUE);
    ListState<String> list = b.getState(LIST);
    MapState<Integer, String> map = b.getState(MAP, PrimitiveSerializer.INT);
    ReducingState<Long> sum = b.getState(SUM);
    AggregatingState<Long, Double> avg = b.getState(AVG);
    map.setCurrentNamespace(7);
    int keys = 0;
    for (int k = 0; k < KEYS; k++) {
      if (!keyGroups.contains(KeyGroups.assignToKeyGroup(key(k), b.maxParallelism()))) {
        continue;
      }
      keys++;
      b.setCurrentKey(key(k));
      assertThat(value.value()).isEqualTo(k * 10L);
      assertThat(list.get()).containsExactly("a" + k, "b" + k);
      assertThat(map.keys()).containsExactly(k, -k - 1);
      assertThat(map.get(-k - 1)).isEqualTo("n" + k);
      assertThat(sum.get()).isEqualTo(k + 1L);
      assertThat(avg.get()).isEqualTo(k + 1.0);
    }
    assertThat(b.numEntries()).isEqualTo(6L * keys);
  }

  /** The snapshot, written. */
  public static byte[] write(KeyedStateSnapshot snapshot) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      snapshot.writeTo(new DataOutputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Snapshots the backend, writes the snapshot and closes it. */
  public static byte[] snapshot(KeyedStateBackend b) {
    try (KeyedStateSnapshot snapshot = b.snapshot()) {
      return write(snapshot);
    }
  }

  public static DataInputStream in(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }
}
