package io.sluice.bench.jmh;

import io.sluice.common.Row;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Keyed state access per record, as an operator does it: make a key current, then read or write its value state
 * (a group's accumulators) or an entry of its map state. Keys cycle through {@code keys} filled ones, so reads
 * hit and the working set is the whole state. The setting of the current key (serializing it, computing its
 * key group) is part of each operation, as it is of each record in the engine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KeyedStateBenchmark {
  @Param({"hashmap", "rocksdb"})
  public String backend;

  @Param("100000")
  public int keys;

  private GroupCountState state;
  private final Row increment = Row.of(42L);
  private int next;

  @Setup(Level.Trial)
  public void open() {
    state = new GroupCountState(backend, keys);
    state.fillCounts();
    state.fillMaps();
  }

  @TearDown(Level.Trial)
  public void close() {
    state.close();
  }

  private int nextKey() {
    int key = next;
    next = key + 1 == keys ? 0 : key + 1;
    state.select(key);
    return key;
  }

  @Benchmark
  public Row valueGet() {
    nextKey();
    return state.counts().value();
  }

  @Benchmark
  public void valueUpdate() {
    nextKey();
    state.counts().update(increment);
  }

  @Benchmark
  public Long mapGet() {
    return state.maps().get((long) nextKey());
  }

  @Benchmark
  public void mapPut() {
    long key = nextKey();
    state.maps().put(key, key + 1);
  }
}
