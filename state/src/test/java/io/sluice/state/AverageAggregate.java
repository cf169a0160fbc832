package io.sluice.state;

import io.sluice.common.Row;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import java.util.List;

/** Average of longs with a (sum, count) row as the accumulator: the aggregating state of the contract tests. */
public final class AverageAggregate implements AggregateFunction<Long, Row, Double> {
  public static AggregatingStateDescriptor<Long, Row, Double> descriptor(String name) {
    return new AggregatingStateDescriptor<>(
        name, new RowSerializer(List.of(PrimitiveSerializer.LONG, PrimitiveSerializer.LONG)), new AverageAggregate());
  }

  @Override
  public Row createAccumulator() {
    return Row.of(0L, 0L);
  }

  @Override
  public Row add(Long value, Row acc) {
    return Row.of((Long) acc.field(0) + value, (Long) acc.field(1) + 1);
  }

  @Override
  public Double getResult(Row acc) {
    return (double) (Long) acc.field(0) / (Long) acc.field(1);
  }
}
