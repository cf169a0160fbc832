package io.sluice.state.internal;

import io.sluice.state.StateTtlConfig;
import io.sluice.state.ValueState;
import io.sluice.state.serde.TypeSerializer;

/** {@link ValueState} over a {@link ByteStore}. */
final class BytesValueState<T> extends AbstractSingleValueState<T> implements ValueState<T> {
  BytesValueState(
      String name, KeyContext keys, ByteStore store, TypeSerializer<?> namespaceSerializer,
      TypeSerializer<T> serializer, StateTtlConfig ttl) {
    super(name, keys, store, namespaceSerializer, serializer, ttl);
  }

  @Override
  public T value() {
    return load();
  }

  @Override
  public void update(T value) {
    if (value == null) {
      clear();
    } else {
      save(value);
    }
  }
}
