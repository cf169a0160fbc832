package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lists of values of one type, for a value state that holds a small list in one entry (list state, by contrast,
 * stores its elements one by one). The {@code LIST} format, version 1: the number of elements as a
 * {@link VarInts varint}, then each element in order, written by the element serializer. Does not accept a null
 * list; elements may be null only if the element serializer accepts null.
 */
public final class ListSerializer<T> implements TypeSerializer<List<T>> {
  private final TypeSerializer<T> elements;

  public ListSerializer(TypeSerializer<T> elementSerializer) {
    this.elements = Objects.requireNonNull(elementSerializer, "elementSerializer");
  }

  @Override
  public void serialize(List<T> list, DataOutput out) throws IOException {
    VarInts.write(out, list.size());
    for (T element : list) {
      elements.serialize(element, out);
    }
  }

  /** A new, mutable list. */
  @Override
  public List<T> deserialize(DataInput in) throws IOException {
    int size = VarInts.read(in);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(elements.deserialize(in));
    }
    return list;
  }

  @Override
  public String name() {
    return "LIST";
  }

  @Override
  public int snapshotVersion() {
    return 1;
  }

  @Override
  public SerializerSnapshot snapshot() {
    return new SerializerSnapshot(name(), snapshotVersion(), List.of(elements.snapshot()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListSerializer<?> other && elements.equals(other.elements);
  }

  @Override
  public int hashCode() {
    return 37 + elements.hashCode();
  }

  @Override
  public String toString() {
    return "LIST<" + elements + ">";
  }
}
