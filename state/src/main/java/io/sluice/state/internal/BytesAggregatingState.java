package io.sluice.state.internal;

import io.sluice.state.AggregateFunction;
import io.sluice.state.AggregatingState;
import io.sluice.state.StateTtlConfig;
import io.sluice.state.serde.TypeSerializer;

/** {@link AggregatingState} over a {@link ByteStore}: only the accumulator is stored. */
final class BytesAggregatingState<IN, ACC, OUT> extends AbstractSingleValueState<ACC>
    implements AggregatingState<IN, OUT> {
  private final AggregateFunction<IN, ACC, OUT> function;

  BytesAggregatingState(
      String name, KeyContext keys, ByteStore store, TypeSerializer<?> namespaceSerializer,
      TypeSerializer<ACC> accumulatorSerializer, AggregateFunction<IN, ACC, OUT> function, StateTtlConfig ttl) {
    super(name, keys, store, namespaceSerializer, accumulatorSerializer, ttl);
    this.function = function;
  }

  @Override
  public OUT get() {
    ACC accumulator = load();
    return accumulator == null ? null : function.getResult(accumulator);
  }

  @Override
  public void add(IN value) {
    ACC accumulator = load();
    save(function.add(value, accumulator == null ? function.createAccumulator() : accumulator));
  }
}
