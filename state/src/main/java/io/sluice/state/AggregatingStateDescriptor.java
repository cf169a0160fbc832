package io.sluice.state;

import io.sluice.state.serde.TypeSerializer;
import java.util.List;
import java.util.Objects;

/** Declares an {@link AggregatingState}; the serializer is the accumulator's, the only thing stored. */
public record AggregatingStateDescriptor<IN, ACC, OUT>(
    String name,
    TypeSerializer<ACC> accumulatorSerializer,
    AggregateFunction<IN, ACC, OUT> aggregateFunction,
    StateTtlConfig ttl)
    implements StateDescriptor<AggregatingState<IN, OUT>> {
  public AggregatingStateDescriptor {
    StateNames.check(name);
    Objects.requireNonNull(accumulatorSerializer, "accumulatorSerializer");
    Objects.requireNonNull(aggregateFunction, "aggregateFunction");
  }

  public AggregatingStateDescriptor(
      String name, TypeSerializer<ACC> accumulatorSerializer, AggregateFunction<IN, ACC, OUT> aggregateFunction) {
    this(name, accumulatorSerializer, aggregateFunction, null);
  }

  public AggregatingStateDescriptor<IN, ACC, OUT> withTtl(StateTtlConfig newTtl) {
    return new AggregatingStateDescriptor<>(name, accumulatorSerializer, aggregateFunction, newTtl);
  }

  @Override
  public StateKind kind() {
    return StateKind.AGGREGATING;
  }

  @Override
  public List<TypeSerializer<?>> serializers() {
    return List.of(accumulatorSerializer);
  }
}
