package io.sluice.state;

import io.sluice.state.serde.TypeSerializer;
import java.util.List;
import java.util.Objects;

/** Declares a {@link MapState}. Map keys are compared by the bytes {@code keySerializer} makes of them. */
public record MapStateDescriptor<K, V>(
    String name, TypeSerializer<K> keySerializer, TypeSerializer<V> valueSerializer, StateTtlConfig ttl)
    implements StateDescriptor<MapState<K, V>> {
  public MapStateDescriptor {
    StateNames.check(name);
    Objects.requireNonNull(keySerializer, "keySerializer");
    Objects.requireNonNull(valueSerializer, "valueSerializer");
  }

  public MapStateDescriptor(String name, TypeSerializer<K> keySerializer, TypeSerializer<V> valueSerializer) {
    this(name, keySerializer, valueSerializer, null);
  }

  public MapStateDescriptor<K, V> withTtl(StateTtlConfig newTtl) {
    return new MapStateDescriptor<>(name, keySerializer, valueSerializer, newTtl);
  }

  @Override
  public StateKind kind() {
    return StateKind.MAP;
  }

  @Override
  public List<TypeSerializer<?>> serializers() {
    return List.of(keySerializer, valueSerializer);
  }
}
