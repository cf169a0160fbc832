package io.sluice.state.operator;

import io.sluice.state.ListState;
import io.sluice.state.serde.Serialization;
import io.sluice.state.serde.TypeSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link ListState} of an operator (list or union list): the serialized elements, read back on each get. */
final class OperatorListState<T> implements ListState<T> {
  private final StoredOperatorState stored;
  private final TypeSerializer<T> serializer;

  OperatorListState(StoredOperatorState stored, TypeSerializer<T> serializer) {
    this.stored = stored;
    this.serializer = serializer;
  }

  /** A new list each call, so the caller may keep or change it. */
  @Override
  public Iterable<T> get() {
    List<T> values = new ArrayList<>(stored.elements().size());
    for (byte[] element : stored.elements()) {
      values.add(Serialization.fromBytes(serializer, element));
    }
    return values;
  }

  @Override
  public void add(T value) {
    stored.elements().add(Serialization.toBytes(serializer, Objects.requireNonNull(value,
        "Cannot add null to a list state")));
  }

  @Override
  public void addAll(List<T> values) {
    values.forEach(this::add);
  }

  @Override
  public void update(List<T> values) {
    List<byte[]> encoded = new ArrayList<>(values.size());
    for (T value : values) {
      encoded.add(Serialization.toBytes(serializer, Objects.requireNonNull(value, "Cannot add null to a list state")));
    }
    stored.elements().clear();
    stored.elements().addAll(encoded);
  }

  @Override
  public void setCurrentNamespace(Object namespace) {
    OperatorStateBackend.checkNoNamespace(stored.meta(), namespace);
  }

  @Override
  public void clear() {
    stored.elements().clear();
  }

  @Override
  public String toString() {
    return "OperatorListState(" + stored.meta() + ")";
  }
}
