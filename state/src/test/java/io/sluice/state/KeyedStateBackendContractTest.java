package io.sluice.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.state.serde.NullableSerializer;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.StringSerializer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every keyed state backend must have. A backend's test extends this class and implements
 * {@link #createBackend(KeyedBackendParameters)}; each test gets a fresh backend over all key groups, keyed by
 * strings, with a {@link ManualTtlClock}. This class holds the tests per state kind; to keep files small, the
 * snapshot and restore tests are in {@link KeyedStateBackendSnapshotContract}, which it extends, and the fixtures
 * and the tests of registration, lifecycle, entry counts and TTL in {@link KeyedStateBackendContractBase}.
 */
public abstract class KeyedStateBackendContractTest extends KeyedStateBackendSnapshotContract {
  @Test
  void valueStateIsPerKey() {
    ValueState<Long> state = backend.getState(new ValueStateDescriptor<>("v", PrimitiveSerializer.LONG));
    backend.setCurrentKey("a");
    assertThat(state.value()).isNull();
    state.update(1L);
    backend.setCurrentKey("b");
    assertThat(state.value()).isNull();
    state.update(2L);
    backend.setCurrentKey("a");
    assertThat(state.value()).isEqualTo(1L);
    state.update(null);
    assertThat(state.value()).isNull();
    backend.setCurrentKey("b");
    assertThat(state.value()).isEqualTo(2L);
  }

  @Test
  void namespacesAreIsolated() {
    ValueState<Long> state =
        backend.getState(new ValueStateDescriptor<>("v", PrimitiveSerializer.LONG), StringSerializer.INSTANCE);
    backend.setCurrentKey("a");
    state.setCurrentNamespace("w1");
    state.update(1L);
    state.setCurrentNamespace("w2");
    assertThat(state.value()).isNull();
    state.update(2L);
    state.clear();
    state.setCurrentNamespace("w1");
    assertThat(state.value()).isEqualTo(1L);
    backend.setCurrentKey("b");
    assertThat(state.value()).isNull();
  }

  @Test
  void listStateKeepsOrderAndIsPerKey() {
    ListState<String> list = backend.getState(new ListStateDescriptor<>("l", StringSerializer.INSTANCE));
    backend.setCurrentKey("a");
    assertThat(list.get()).isEmpty();
    list.add("x");
    list.addAll(List.of("y", "z"));
    list.addAll(List.of());
    assertThat(list.get()).containsExactly("x", "y", "z");
    backend.setCurrentKey("b");
    assertThat(list.get()).isEmpty();
    list.update(List.of("q"));
    backend.setCurrentKey("a");
    list.update(List.of("r", "s"));
    assertThat(list.get()).containsExactly("r", "s");
    list.update(List.of());
    assertThat(list.get()).isEmpty();
    backend.setCurrentKey("b");
    assertThat(list.get()).containsExactly("q");
    assertThatThrownBy(() -> list.add(null)).isInstanceOf(NullPointerException.class);
    assertThat(list.get()).containsExactly("q");
  }

  @Test
  void mapStatePointOperations() {
    MapState<String, Long> map = backend.getState(
        new MapStateDescriptor<>("m", StringSerializer.INSTANCE, NullableSerializer.of(PrimitiveSerializer.LONG)));
    backend.setCurrentKey("a");
    assertThat(map.isEmpty()).isTrue();
    map.put("k", 1L);
    map.put("k", 2L);
    map.put("nil", null);
    map.putAll(Map.of("x", 3L));
    assertThat(map.get("k")).isEqualTo(2L);
    assertThat(map.contains("nil")).isTrue();
    assertThat(map.get("nil")).isNull();
    assertThat(map.contains("missing")).isFalse();
    map.remove("k");
    assertThat(map.contains("k")).isFalse();
    backend.setCurrentKey("b");
    assertThat(map.isEmpty()).isTrue();
    assertThat(map.get("x")).isNull();
  }

  @Test
  void mapStateIterationSeesOnlyTheCurrentKeyAndNamespace() {
    MapState<String, Integer> map = backend.getState(
        new MapStateDescriptor<>("m", StringSerializer.INSTANCE, PrimitiveSerializer.INT), StringSerializer.INSTANCE);
    backend.setCurrentKey("a");
    map.setCurrentNamespace("n");
    map.putAll(Map.of("", 0, "a", 1, "ab", 2, "b", 3));
    map.setCurrentNamespace("n2");
    map.put("a", 10);
    backend.setCurrentKey("ab");
    map.setCurrentNamespace("n");
    map.put("a", 20);

    backend.setCurrentKey("a");
    assertThat(map.entries()).containsExactlyInAnyOrderElementsOf(Map.of("", 0, "a", 1, "ab", 2, "b", 3).entrySet());
    assertThat(map.keys()).containsExactlyInAnyOrder("", "a", "ab", "b");
    assertThat(map.values()).containsExactlyInAnyOrder(0, 1, 2, 3);
    map.clear();
    assertThat(map.isEmpty()).isTrue();
    map.setCurrentNamespace("n2");
    assertThat(map.keys()).containsExactly("a");
    backend.setCurrentKey("ab");
    map.setCurrentNamespace("n");
    assertThat(map.keys()).containsExactly("a");
  }

  @Test
  void mapStateMayChangeWhileIterating() {
    MapState<Integer, Integer> map =
        backend.getState(new MapStateDescriptor<>("m", PrimitiveSerializer.INT, PrimitiveSerializer.INT));
    backend.setCurrentKey("a");
    for (int i = 0; i < 10; i++) {
      map.put(i, i);
    }
    Iterator<Map.Entry<Integer, Integer>> it = map.entries().iterator();
    int seen = 0;
    while (it.hasNext()) {
      Map.Entry<Integer, Integer> e = it.next();
      seen++;
      if (e.getKey() % 2 == 0) {
        it.remove();
      } else {
        map.put(e.getKey(), e.getValue() * 100);
      }
    }
    assertThat(seen).isEqualTo(10);
    assertThat(map.values()).containsExactlyInAnyOrder(100, 300, 500, 700, 900);
    assertThatThrownBy(() -> map.keys().iterator().remove()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void largeMapsIterateInKeyOrderWhileChanging() {
    MapState<Integer, Integer> map =
        backend.getState(new MapStateDescriptor<>("m", PrimitiveSerializer.INT, PrimitiveSerializer.INT));
    backend.setCurrentKey("a");
    int size = 1_000; // more than a backend is likely to read at once
    for (int i = size - 1; i >= 0; i--) {
      map.put(i, i);
    }
    Iterator<Map.Entry<Integer, Integer>> it = map.entries().iterator();
    List<Integer> seen = new ArrayList<>();
    while (it.hasNext()) {
      Map.Entry<Integer, Integer> e = it.next();
      seen.add(e.getKey());
      if (e.getKey() % 2 == 0) {
        it.remove();
      } else {
        map.put(e.getKey(), -e.getValue());
      }
    }
    assertThat(seen).as("non-negative ints serialize big-endian, so key order is numeric order")
        .isEqualTo(IntStream.range(0, size).boxed().toList());
    assertThat(map.values()).hasSize(size / 2).allMatch(v -> v < 0);
    assertThat(backend.numEntries("m")).isEqualTo(size / 2);
    assertThat(map.isEmpty()).isFalse();
    map.clear();
    assertThat(map.isEmpty()).isTrue();
    assertThat(backend.numEntries()).isZero();
  }

  @Test
  void reducingStateFolds() {
    ReducingState<Long> sum =
        backend.getState(new ReducingStateDescriptor<>("sum", PrimitiveSerializer.LONG, Long::sum));
    backend.setCurrentKey("a");
    assertThat(sum.get()).isNull();
    sum.add(1L);
    sum.add(2L);
    backend.setCurrentKey("b");
    sum.add(10L);
    backend.setCurrentKey("a");
    assertThat(sum.get()).isEqualTo(3L);
    sum.clear();
    assertThat(sum.get()).isNull();
  }

  @Test
  void aggregatingStateStoresTheAccumulator() {
    AggregatingState<Long, Double> avg = backend.getState(AverageAggregate.descriptor("avg"));
    backend.setCurrentKey("a");
    assertThat(avg.get()).isNull();
    avg.add(1L);
    avg.add(4L);
    backend.setCurrentKey("b");
    avg.add(10L);
    backend.setCurrentKey("a");
    assertThat(avg.get()).isEqualTo(2.5);
    avg.clear();
    assertThat(avg.get()).isNull();
    backend.setCurrentKey("b");
    assertThat(avg.get()).isEqualTo(10.0);
  }

  @Test
  void rowKeysWork() {
    try (KeyedStateBackend rows = createBackend(new KeyedBackendParameters(
        new RowSerializer(List.of(PrimitiveSerializer.LONG, StringSerializer.INSTANCE)),
        KeyGroupRange.all(MAX_PARALLELISM), MAX_PARALLELISM, clock))) {
      ValueState<Long> state = rows.getState(new ValueStateDescriptor<>("v", PrimitiveSerializer.LONG));
      rows.setCurrentKey(Row.of(1L, "a"));
      state.update(1L);
      rows.setCurrentKey(Row.of(1L, "b"));
      assertThat(state.value()).isNull();
      rows.setCurrentKey(Row.of(1L, "a"));
      assertThat(state.value()).isEqualTo(1L);
    }
  }
}
