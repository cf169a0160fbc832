package io.sluice.state;

import io.sluice.state.serde.TypeSerializer;
import java.util.List;
import java.util.Objects;

/** Declares a {@link ValueState}. */
public record ValueStateDescriptor<T>(String name, TypeSerializer<T> serializer, StateTtlConfig ttl)
    implements StateDescriptor<ValueState<T>> {
  public ValueStateDescriptor {
    StateNames.check(name);
    Objects.requireNonNull(serializer, "serializer");
  }

  public ValueStateDescriptor(String name, TypeSerializer<T> serializer) {
    this(name, serializer, null);
  }

  public ValueStateDescriptor<T> withTtl(StateTtlConfig newTtl) {
    return new ValueStateDescriptor<>(name, serializer, newTtl);
  }

  @Override
  public StateKind kind() {
    return StateKind.VALUE;
  }

  @Override
  public List<TypeSerializer<?>> serializers() {
    return List.of(serializer);
  }
}
