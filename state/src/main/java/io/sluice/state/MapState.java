package io.sluice.state;

import java.util.Map;

/**
 * A map per key and namespace. Map keys are compared by their serialized bytes. A null value can be stored only
 * when the value serializer accepts null; {@link #contains} tells it apart from a missing entry.
 *
 * <p>Iteration goes over the entries present when the iterator is created; the state may be changed while
 * iterating, and {@link java.util.Iterator#remove} removes the entry last returned. The order is unspecified.
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
