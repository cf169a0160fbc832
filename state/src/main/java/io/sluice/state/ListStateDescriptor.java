package io.sluice.state;

import io.sluice.state.serde.TypeSerializer;
import java.util.List;
import java.util.Objects;

/** Declares a {@link ListState}; the serializer is the elements'. */
public record ListStateDescriptor<T>(String name, TypeSerializer<T> elementSerializer, StateTtlConfig ttl)
    implements StateDescriptor<ListState<T>> {
  public ListStateDescriptor {
    StateNames.check(name);
    Objects.requireNonNull(elementSerializer, "elementSerializer");
  }

  public ListStateDescriptor(String name, TypeSerializer<T> elementSerializer) {
    this(name, elementSerializer, null);
  }

  public ListStateDescriptor<T> withTtl(StateTtlConfig newTtl) {
    return new ListStateDescriptor<>(name, elementSerializer, newTtl);
  }

  @Override
  public StateKind kind() {
    return StateKind.LIST;
  }

  @Override
  public List<TypeSerializer<?>> serializers() {
    return List.of(elementSerializer);
  }
}
