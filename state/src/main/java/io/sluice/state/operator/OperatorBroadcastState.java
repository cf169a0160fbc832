package io.sluice.state.operator;

import io.sluice.state.BroadcastState;
import io.sluice.state.serde.Serialization;
import io.sluice.state.serde.TypeSerializer;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link BroadcastState} over serialized entries ordered by unsigned key bytes. Iterators walk a copy of the
 * entries taken when they are made, so the map may be changed while iterating; their remove deletes the entry last
 * returned.
 */
final class OperatorBroadcastState<K, V> implements BroadcastState<K, V> {
  private final StoredOperatorState stored;
  private final TypeSerializer<K> keySerializer;
  private final TypeSerializer<V> valueSerializer;

  OperatorBroadcastState(StoredOperatorState stored, TypeSerializer<K> keys, TypeSerializer<V> values) {
    this.stored = stored;
    this.keySerializer = keys;
    this.valueSerializer = values;
  }

  private byte[] key(K key) {
    return Serialization.toBytes(keySerializer, key);
  }

  @Override
  public V get(K key) {
    byte[] value = stored.entries().get(key(key));
    return value == null ? null : Serialization.fromBytes(valueSerializer, value);
  }

  @Override
  public void put(K key, V value) {
    stored.entries().put(key(key), Serialization.toBytes(valueSerializer, value));
  }

  @Override
  public void putAll(Map<K, V> entries) {
    entries.forEach(this::put);
  }

  @Override
  public void remove(K key) {
    stored.entries().remove(key(key));
  }

  @Override
  public boolean contains(K key) {
    return stored.entries().containsKey(key(key));
  }

  @Override
  public Iterable<Map.Entry<K, V>> entries() {
    return () -> iterator(entry -> entry);
  }

  @Override
  public Iterable<K> keys() {
    return () -> iterator(Map.Entry::getKey);
  }

  @Override
  public Iterable<V> values() {
    return () -> iterator(Map.Entry::getValue);
  }

  @Override
  public boolean isEmpty() {
    return stored.entries().isEmpty();
  }

  @Override
  public void setCurrentNamespace(Object namespace) {
    OperatorStateBackend.checkNoNamespace(stored.meta(), namespace);
  }

  @Override
  public void clear() {
    stored.entries().clear();
  }

  private <R> Iterator<R> iterator(Function<Map.Entry<K, V>, R> view) {
    // Immutable copies: a TreeMap's own entries may be reused by the map when another entry is removed.
    List<Map.Entry<byte[], byte[]>> copy = new ArrayList<>(stored.entries().size());
    stored.entries().forEach((key, value) -> copy.add(new SimpleImmutableEntry<>(key, value)));
    Iterator<Map.Entry<byte[], byte[]>> raw = copy.iterator();
    return new Iterator<>() {
      private byte[] last;

      @Override
      public boolean hasNext() {
        return raw.hasNext();
      }

      @Override
      public R next() {
        Map.Entry<byte[], byte[]> entry = raw.next();
        last = entry.getKey();
        return view.apply(new SimpleImmutableEntry<>(Serialization.fromBytes(keySerializer, entry.getKey()),
            Serialization.fromBytes(valueSerializer, entry.getValue())));
      }

      @Override
      public void remove() {
        if (last == null) {
          throw new IllegalStateException("next() has not been called, or remove() was already called");
        }
        stored.entries().remove(last);
        last = null;
      }
    };
  }

  @Override
  public String toString() {
    return "OperatorBroadcastState(" + stored.meta() + ")";
  }
}
