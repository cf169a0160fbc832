package io.sluice.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.StringSerializer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fixtures and the registration, lifecycle, entry-count and TTL part of {@link KeyedStateBackendContractTest}. */
public abstract class KeyedStateBackendContractBase {
  protected static final int MAX_PARALLELISM = 128;
  protected static final Duration TTL = Duration.ofSeconds(10);

  protected final ManualTtlClock clock = new ManualTtlClock(1_000_000);
  protected KeyedStateBackend backend;

  /** A new, empty backend with these parameters. */
  protected abstract KeyedStateBackend createBackend(KeyedBackendParameters parameters);

  /** A new, empty backend keyed by strings, on the test's clock. */
  protected KeyedStateBackend createBackend(KeyGroupRange keyGroupRange, int maxParallelism) {
    return createBackend(
        new KeyedBackendParameters(StringSerializer.INSTANCE, keyGroupRange, maxParallelism, clock));
  }

  @BeforeEach
  void createDefaultBackend() {
    backend = createBackend(KeyGroupRange.all(MAX_PARALLELISM), MAX_PARALLELISM);
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  /** The first key "key0", "key1", ... whose key group satisfies the test. */
  protected static String keyIn(KeyGroupRange range, boolean inside) {
    for (int i = 0; ; i++) {
      String key = "key" + i;
      if (range.contains(KeyGroups.assignToKeyGroup(key, MAX_PARALLELISM)) == inside) {
        return key;
      }
    }
  }

  @Test
  void sameNameGivesSameHandleAndOtherDeclarationsFail() {
    ValueStateDescriptor<Long> descriptor = new ValueStateDescriptor<>("s", PrimitiveSerializer.LONG);
    ValueState<Long> state = backend.getState(descriptor);
    assertThat(backend.getState(new ValueStateDescriptor<>("s", PrimitiveSerializer.LONG))).isSameAs(state);
    assertThatThrownBy(() -> backend.getState(new ListStateDescriptor<>("s", PrimitiveSerializer.LONG)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VALUE state 's'");
    assertThatThrownBy(() -> backend.getState(new ValueStateDescriptor<>("s", PrimitiveSerializer.INT)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> backend.getState(descriptor, StringSerializer.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> backend.getState(descriptor.withTtl(StateTtlConfig.of(TTL))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysOutsideTheKeyGroupRangeAreRejected() {
    KeyGroupRange range = KeyGroups.rangeForSubtask(MAX_PARALLELISM, 4, 1);
    try (KeyedStateBackend partial = createBackend(range, MAX_PARALLELISM)) {
      assertThat(partial.keyGroupRange()).isEqualTo(range);
      ValueState<String> state = partial.getState(new ValueStateDescriptor<>("v", StringSerializer.INSTANCE));
      String inside = keyIn(range, true);
      partial.setCurrentKey(inside);
      state.update("ok");
      assertThat(partial.getCurrentKey()).isEqualTo(inside);
      assertThat(range.contains(partial.getCurrentKeyGroup())).isTrue();
      String outside = keyIn(range, false);
      assertThatThrownBy(() -> partial.setCurrentKey(outside))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
      assertThat(state.value()).isEqualTo("ok");
    }
  }

  @Test
  void handlesNeedAKeyAndANamespace() {
    ValueState<Long> plain = backend.getState(new ValueStateDescriptor<>("plain", PrimitiveSerializer.LONG));
    assertThat(backend.getCurrentKey()).isNull();
    assertThatThrownBy(plain::value).isInstanceOf(IllegalStateException.class).hasMessageContaining("key");
    assertThatThrownBy(() -> backend.setCurrentKey(null)).isInstanceOf(IllegalArgumentException.class);
    ValueState<Long> windowed = backend.getState(
        new ValueStateDescriptor<>("windowed", PrimitiveSerializer.LONG), PrimitiveSerializer.LONG);
    backend.setCurrentKey("a");
    assertThatThrownBy(windowed::value).isInstanceOf(IllegalStateException.class).hasMessageContaining("namespace");
    plain.setCurrentNamespace(VoidNamespace.INSTANCE);
    plain.update(1L);
    assertThat(plain.value()).isEqualTo(1L);
  }

  @Test
  void closedBackendRejectsUse() {
    ValueState<Long> state = backend.getState(new ValueStateDescriptor<>("v", PrimitiveSerializer.LONG));
    backend.setCurrentKey("a");
    state.update(1L);
    backend.close();
    backend.close();
    assertThat(backend.numEntries()).isZero();
    assertThatThrownBy(state::value).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> backend.setCurrentKey("a")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> backend.getState(new ValueStateDescriptor<>("v", PrimitiveSerializer.LONG)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void entryCountsReturnToZeroAfterClear() {
    ValueState<Long> value = backend.getState(new ValueStateDescriptor<>("value", PrimitiveSerializer.LONG));
    ListState<Long> list =
        backend.getState(new ListStateDescriptor<>("list", PrimitiveSerializer.LONG), PrimitiveSerializer.INT);
    MapState<Long, Long> map = backend.getState(
        new MapStateDescriptor<>("map", PrimitiveSerializer.LONG, PrimitiveSerializer.LONG), PrimitiveSerializer.INT);
    ReducingState<Long> sum =
        backend.getState(new ReducingStateDescriptor<>("sum", PrimitiveSerializer.LONG, Long::sum));
    AggregatingState<Long, Double> avg = backend.getState(AverageAggregate.descriptor("avg"));
    for (long k = 0; k < 100; k++) {
      backend.setCurrentKey("key" + k);
      value.update(k);
      sum.add(k);
      avg.add(k);
      for (int ns = 0; ns < 3; ns++) {
        list.setCurrentNamespace(ns);
        list.addAll(List.of(k, k));
        map.setCurrentNamespace(ns);
        map.putAll(Map.of(1L, k, 2L, k));
      }
    }
    assertThat(backend.numEntries("value")).isEqualTo(100);
    assertThat(backend.numEntries("list")).isEqualTo(300);
    assertThat(backend.numEntries("map")).isEqualTo(600);
    assertThat(backend.numEntries()).isEqualTo(1_200);
    for (long k = 0; k < 100; k++) {
      backend.setCurrentKey("key" + k);
      for (State state : List.of(value, sum, avg)) {
        state.clear();
      }
      for (int ns = 0; ns < 3; ns++) {
        list.setCurrentNamespace(ns);
        list.clear();
        map.setCurrentNamespace(ns);
        map.clear();
      }
    }
    assertThat(backend.numEntries()).isZero();
    assertThat(backend.numEntries("unknown")).isZero();
  }

  @Test
  void ttlExpiresValuesAndWritesRefreshThem() {
    ValueState<Long> state = backend.getState(
        new ValueStateDescriptor<>("v", PrimitiveSerializer.LONG).withTtl(StateTtlConfig.of(TTL)));
    backend.setCurrentKey("a");
    state.update(1L);
    backend.setCurrentKey("b");
    state.update(2L);
    clock.advance(TTL.minusMillis(1));
    state.update(3L);
    backend.setCurrentKey("a");
    assertThat(state.value()).as("reads do not refresh").isEqualTo(1L);
    clock.advance(Duration.ofMillis(1));
    assertThat(state.value()).isNull();
    backend.setCurrentKey("b");
    assertThat(state.value()).isEqualTo(3L);
    assertThat(backend.numEntries("v")).as("the expired entry was removed when read").isEqualTo(1);
    clock.advance(TTL);
    assertThat(state.value()).isNull();
    assertThat(backend.numEntries()).isZero();
  }

  @Test
  void ttlExpiresListElementsOneByOne() {
    ListState<String> list = backend.getState(
        new ListStateDescriptor<>("l", StringSerializer.INSTANCE).withTtl(StateTtlConfig.of(TTL)));
    backend.setCurrentKey("a");
    list.add("old");
    clock.advance(TTL.dividedBy(2));
    list.addAll(List.of("new1", "new2"));
    clock.advance(TTL.dividedBy(2));
    assertThat(list.get()).containsExactly("new1", "new2");
    assertThat(list.get()).containsExactly("new1", "new2");
    clock.advance(TTL.dividedBy(2));
    assertThat(list.get()).isEmpty();
    assertThat(backend.numEntries()).isZero();
  }

  @Test
  void ttlExpiresMapEntriesOneByOne() {
    MapState<String, Long> map = backend.getState(
        new MapStateDescriptor<>("m", StringSerializer.INSTANCE, PrimitiveSerializer.LONG)
            .withTtl(StateTtlConfig.of(TTL)));
    backend.setCurrentKey("a");
    map.put("old", 1L);
    map.put("refreshed", 2L);
    clock.advance(TTL.dividedBy(2));
    map.put("new", 3L);
    map.put("refreshed", 4L);
    clock.advance(TTL.dividedBy(2));
    assertThat(map.contains("old")).isFalse();
    assertThat(map.entries()).containsExactlyInAnyOrderElementsOf(Map.of("new", 3L, "refreshed", 4L).entrySet());
    clock.advance(TTL);
    assertThat(map.isEmpty()).isTrue();
    assertThat(backend.numEntries()).isZero();
  }

  @Test
  void ttlAppliesToReducingAndAggregatingState() {
    ReducingState<Long> sum = backend.getState(
        new ReducingStateDescriptor<>("sum", PrimitiveSerializer.LONG, Long::sum).withTtl(StateTtlConfig.of(TTL)));
    AggregatingState<Long, Double> avg =
        backend.getState(AverageAggregate.descriptor("avg").withTtl(StateTtlConfig.of(TTL)));
    backend.setCurrentKey("a");
    sum.add(1L);
    avg.add(1L);
    clock.advance(TTL.minusMillis(1));
    sum.add(2L);
    clock.advance(Duration.ofMillis(1));
    assertThat(sum.get()).isEqualTo(3L);
    assertThat(avg.get()).isNull();
    avg.add(5L);
    assertThat(avg.get()).as("a fresh accumulator after expiry").isEqualTo(5.0);
    clock.advance(TTL);
    assertThat(sum.get()).isNull();
    assertThat(avg.get()).isNull();
    assertThat(backend.numEntries()).isZero();
  }
}
