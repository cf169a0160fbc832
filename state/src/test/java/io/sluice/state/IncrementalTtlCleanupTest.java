package io.sluice.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.state.heap.HeapKeyedStateBackend;
import io.sluice.state.rocksdb.RocksDbBackendOptions;
import io.sluice.state.rocksdb.RocksDbKeyedStateBackend;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.StringSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Expired entries that nobody reads go away while records of other keys are processed (the incremental cleanup
 * run by {@link KeyedStateBackend#setCurrentKey}), on both backends; live entries stay, and a snapshot taken
 * before the cleanup keeps what it froze.
 */
class IncrementalTtlCleanupTest {
  private static final int MAX_PARALLELISM = 128;
  private static final Duration TTL = Duration.ofMinutes(1);
  private static final StateTtlConfig TTL_CONFIG = StateTtlConfig.of(TTL);

  @TempDir
  static Path localDir;

  enum Backend {
    HEAP(HeapKeyedStateBackend::new),
    ROCKSDB(p -> new RocksDbKeyedStateBackend(p, new RocksDbBackendOptions(localDir, 8L << 20)));

    final Function<KeyedBackendParameters, KeyedStateBackend> factory;

    Backend(Function<KeyedBackendParameters, KeyedStateBackend> factory) {
      this.factory = factory;
    }
  }

  private final ManualTtlClock clock = new ManualTtlClock(1_000_000);
  private final List<KeyedStateBackend> opened = new java.util.ArrayList<>();

  private KeyedStateBackend open(Backend backend) {
    KeyedStateBackend created = backend.factory.apply(new KeyedBackendParameters(
        StringSerializer.INSTANCE, KeyGroupRange.all(MAX_PARALLELISM), MAX_PARALLELISM, clock));
    opened.add(created);
    return created;
  }

  @AfterEach
  void close() {
    opened.forEach(KeyedStateBackend::close);
  }

  /** Processes records of one key until the backend holds {@code target} entries; returns how many it took. */
  private static int recordsUntil(KeyedStateBackend backend, String key, long target, int atMost) {
    for (int records = 1; records <= atMost; records++) {
      backend.setCurrentKey(key);
      if (backend.numEntries() == target) {
        return records;
      }
      assertThat(backend.numEntries()).as("never below the live entries").isGreaterThan(target);
    }
    return -1;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void expiredEntriesOfKeysNobodyReadsAreRemovedWhileOtherKeysAreProcessed(Backend kind) {
    KeyedStateBackend backend = open(kind);
    ValueState<Long> value = backend.getState(new ValueStateDescriptor<>("v", PrimitiveSerializer.LONG)
        .withTtl(TTL_CONFIG));
    MapState<String, Long> map = backend.getState(
        new MapStateDescriptor<>("m", StringSerializer.INSTANCE, PrimitiveSerializer.LONG).withTtl(TTL_CONFIG));
    ValueState<Long> forever = backend.getState(new ValueStateDescriptor<>("forever", PrimitiveSerializer.LONG));
    int keys = 500;
    for (int k = 0; k < keys; k++) {
      backend.setCurrentKey("old" + k);
      value.update((long) k);
      map.put("a", 1L);
      map.put("b", 2L);
      forever.update((long) k);
    }
    clock.advance(TTL.dividedBy(2));
    backend.setCurrentKey("fresh");
    value.update(-1L);
    map.put("a", -1L);
    assertThat(backend.numEntries()).isEqualTo(4L * keys + 2);

    clock.advance(TTL.dividedBy(2)); // the old entries have expired, the fresh ones have not
    // Each record checks five entries of each state with TTL: a sweep of the map state (the larger) takes
    // about 2 * keys / 5 records, plus one to wrap around.
    int records = recordsUntil(backend, "other", keys + 2, keys);
    assertThat(records).as("records until every expired entry is gone").isBetween(1, 2 * keys / 5 + 2);
    assertThat(backend.numEntries("forever")).as("state without TTL is left alone").isEqualTo(keys);
    backend.setCurrentKey("fresh");
    assertThat(value.value()).isEqualTo(-1L);
    assertThat(map.get("a")).isEqualTo(-1L);
    backend.setCurrentKey("old7");
    assertThat(forever.value()).isEqualTo(7L);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void listsLoseTheirExpiredElementsAndGoOnceAllHaveExpired(Backend kind) {
    KeyedStateBackend backend = open(kind);
    ListState<String> list =
        backend.getState(new ListStateDescriptor<>("l", StringSerializer.INSTANCE).withTtl(TTL_CONFIG));
    backend.setCurrentKey("mixed");
    list.add("old");
    backend.setCurrentKey("gone");
    list.addAll(List.of("old1", "old2"));
    clock.advance(TTL.dividedBy(2));
    backend.setCurrentKey("mixed");
    list.add("new");
    clock.advance(TTL.dividedBy(2));

    assertThat(recordsUntil(backend, "other", 1, 10)).isPositive();
    backend.setCurrentKey("mixed");
    assertThat(list.get()).containsExactly("new");
    clock.advance(TTL);
    assertThat(recordsUntil(backend, "other", 0, 10)).isPositive();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aSnapshotTakenBeforeTheCleanupKeepsWhatItRemoves(Backend kind) throws IOException {
    KeyedStateBackend backend = open(kind);
    ValueState<Long> value = backend.getState(new ValueStateDescriptor<>("v", PrimitiveSerializer.LONG)
        .withTtl(TTL_CONFIG));
    int keys = 50;
    for (int k = 0; k < keys; k++) {
      backend.setCurrentKey("key" + k);
      value.update((long) k);
    }
    clock.advance(TTL.minusMillis(1));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (KeyedStateSnapshot snapshot = backend.snapshot()) { // taken while every entry is live
      clock.advance(Duration.ofMillis(1));
      assertThat(recordsUntil(backend, "other", 0, keys)).as("removed while the snapshot is open").isPositive();
      snapshot.writeTo(new DataOutputStream(bytes)); // written afterwards, as the runtime does asynchronously
    }

    KeyedStateBackend restored = open(Backend.HEAP);
    restored.restore(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(restored.numEntries("v")).as("every entry the snapshot froze").isEqualTo(keys);
  }
}
