package io.sluice.bench.jmh;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.state.KeyGroups;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.Serialization;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Rows to bytes and back, through {@link Serialization} as the state backends do it: a Nexmark bid
 * ({@link BidSample}), and a grouping key (a one-field row of a BIGINT) and its key group, which the backends
 * compute for every current key.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SerializerBenchmark {
  private final RowSerializer bidSerializer = RowSerializer.of(BidSample.TYPE);
  private final RowSerializer keySerializer =
      RowSerializer.of(RowType.of(new Column("id", DataType.of(TypeRoot.BIGINT))));
  private final Row bid = BidSample.row();
  private final byte[] bidBytes = Serialization.toBytes(bidSerializer, bid);
  private final Row key = Row.of(123_456_789L);

  @Benchmark
  public byte[] bidSerialize() {
    return Serialization.toBytes(bidSerializer, bid);
  }

  @Benchmark
  public Row bidDeserialize() {
    return Serialization.fromBytes(bidSerializer, bidBytes);
  }

  @Benchmark
  public Row bidRoundTrip() {
    return Serialization.fromBytes(bidSerializer, Serialization.toBytes(bidSerializer, bid));
  }

  @Benchmark
  public byte[] keySerialize() {
    return Serialization.toBytes(keySerializer, key);
  }

  @Benchmark
  public int keyGroup() {
    return KeyGroups.assignToKeyGroup(key, KeyGroups.DEFAULT_MAX_PARALLELISM);
  }
}
