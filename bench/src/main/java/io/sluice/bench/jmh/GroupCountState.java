package io.sluice.bench.jmh;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.heap.HeapKeyedStateBackend;
import io.sluice.state.rocksdb.RocksDbKeyedStateBackend;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;

/**
 * The keyed state of a {@code GROUP BY id} count, shaped as the engine stores it: keys are one-field rows of a
 * BIGINT (the grouping key), the value state holds a one-field row of the count (the accumulators), in a backend
 * that owns all key groups. A map state from BIGINT to BIGINT on the same keys serves the map benchmarks. Shared
 * by {@link KeyedStateBenchmark} and {@link io.sluice.bench.HeapStateFootprint}; the caller closes it.
 */
public final class GroupCountState implements AutoCloseable {
  /** The serializer of keys and accumulators: rows of one BIGINT. */
  public static final RowSerializer ROW_OF_BIGINT =
      RowSerializer.of(RowType.of(new Column("v", DataType.of(TypeRoot.BIGINT))));

  private final KeyedStateBackend backend;
  private final ValueState<Row> counts;
  private final MapState<Long, Long> maps;
  private final Row[] keys;

  /**
   * Opens an empty backend for keys {@code 0 .. keyCount - 1}.
   *
   * @param backendType {@code hashmap} or {@code rocksdb}, as {@code 'state.backend.type'}
   */
  public GroupCountState(String backendType, int keyCount) {
    KeyedBackendParameters parameters = KeyedBackendParameters.of(ROW_OF_BIGINT,
        KeyGroupRange.all(KeyGroups.DEFAULT_MAX_PARALLELISM), KeyGroups.DEFAULT_MAX_PARALLELISM);
    this.backend = switch (backendType) {
      case "hashmap" -> new HeapKeyedStateBackend(parameters);
      case "rocksdb" -> new RocksDbKeyedStateBackend(parameters);
      default -> throw new IllegalArgumentException("Unknown state backend " + backendType);
    };
    this.counts = backend.getState(new ValueStateDescriptor<>("count", ROW_OF_BIGINT));
    this.maps = backend.getState(
        new MapStateDescriptor<>("map", PrimitiveSerializer.LONG, PrimitiveSerializer.LONG));
    this.keys = new Row[keyCount];
    for (int i = 0; i < keyCount; i++) {
      keys[i] = Row.of((long) i);
    }
  }

  /** Gives key {@code i} the count {@code i + 1}, for every key. */
  public void fillCounts() {
    for (int i = 0; i < keys.length; i++) {
      backend.setCurrentKey(keys[i]);
      counts.update(Row.of(i + 1L));
    }
  }

  /** Gives key {@code i} the map entry {@code i -> i}, for every key. */
  public void fillMaps() {
    for (int i = 0; i < keys.length; i++) {
      backend.setCurrentKey(keys[i]);
      maps.put((long) i, (long) i);
    }
  }

  public int keyCount() {
    return keys.length;
  }

  /** Makes key {@code i} current. */
  public void select(int i) {
    backend.setCurrentKey(keys[i]);
  }

  public ValueState<Row> counts() {
    return counts;
  }

  public MapState<Long, Long> maps() {
    return maps;
  }

  public KeyedStateBackend backend() {
    return backend;
  }

  @Override
  public void close() {
    backend.close();
  }
}
