package io.sluice.state.internal;

import io.sluice.state.ReduceFunction;
import io.sluice.state.ReducingState;
import io.sluice.state.StateTtlConfig;
import io.sluice.state.serde.TypeSerializer;
import java.util.Objects;

/** {@link ReducingState} over a {@link ByteStore}: read, reduce, write back. */
final class BytesReducingState<T> extends AbstractSingleValueState<T> implements ReducingState<T> {
  private final ReduceFunction<T> reduceFunction;

  BytesReducingState(
      String name, KeyContext keys, ByteStore store, TypeSerializer<?> namespaceSerializer,
      TypeSerializer<T> serializer, ReduceFunction<T> reduceFunction, StateTtlConfig ttl) {
    super(name, keys, store, namespaceSerializer, serializer, ttl);
    this.reduceFunction = reduceFunction;
  }

  @Override
  public T get() {
    return load();
  }

  @Override
  public void add(T value) {
    Objects.requireNonNull(value, "Cannot add null to a reducing state");
    T current = load();
    save(current == null ? value : reduceFunction.reduce(current, value));
  }
}
