package io.sluice.state;

import java.util.Map;

/**
 * A map per key and namespace. Map keys are compared by their serialized bytes. A null value can be stored only
 * when the value serializer accepts null; {@link #contains} tells it apart from a missing entry.
 *
 * <p>Iteration is in ascending order of the serialized map keys, which for non-negative integers is numeric
 * order. The state may be changed while iterating: {@link java.util.Iterator#remove} removes the entry last
 * returned, and changing entries already returned is safe; whether the iteration sees entries put or removed
 * ahead of it is unspecified.
 */
public interface MapState<K, V> extends State {
  /** The value of this map key, or null when there is none. */
  V get(K key);

  void put(K key, V value);

  void putAll(Map<K, V> entries);

  void remove(K key);

  boolean contains(K key);

  Iterable<Map.Entry<K, V>> entries();

  Iterable<K> keys();

  Iterable<V> values();

  boolean isEmpty();
}
