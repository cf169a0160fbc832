package io.sluice.state;

import io.sluice.state.serde.TypeSerializer;
import java.util.List;
import java.util.Objects;

/** Declares a {@link ReducingState}. */
public record ReducingStateDescriptor<T>(
    String name, TypeSerializer<T> serializer, ReduceFunction<T> reduceFunction, StateTtlConfig ttl)
    implements StateDescriptor<ReducingState<T>> {
  public ReducingStateDescriptor {
    StateNames.check(name);
    Objects.requireNonNull(serializer, "serializer");
    Objects.requireNonNull(reduceFunction, "reduceFunction");
  }

  public ReducingStateDescriptor(String name, TypeSerializer<T> serializer, ReduceFunction<T> reduceFunction) {
    this(name, serializer, reduceFunction, null);
  }

  public ReducingStateDescriptor<T> withTtl(StateTtlConfig newTtl) {
    return new ReducingStateDescriptor<>(name, serializer, reduceFunction, newTtl);
  }

  @Override
  public StateKind kind() {
    return StateKind.REDUCING;
  }

  @Override
  public List<TypeSerializer<?>> serializers() {
    return List.of(serializer);
  }
}
