package io.sluice.state.internal;

import io.sluice.state.StateTtlConfig;
import io.sluice.state.serde.TypeSerializer;

/** Value, reducing and aggregating state: one stored value per key and namespace. */
abstract class AbstractSingleValueState<V> extends AbstractBytesState {
  private final TtlCodec<V> codec;

  AbstractSingleValueState(
      String name, KeyContext keys, ByteStore store, TypeSerializer<?> namespaceSerializer,
      TypeSerializer<V> serializer, StateTtlConfig ttl) {
    super(name, keys, store, namespaceSerializer);
    this.codec = new TtlCodec<>(serializer, ttl, keys);
  }

  /** The stored value, or null when absent or expired (an expired one is removed). */
  protected final V load() {
    byte[] key = stateKey();
    int keyGroup = keyGroup();
    byte[] stored = store.get(keyGroup, key);
    if (stored == null) {
      return null;
    }
    if (codec.isExpired(stored)) {
      store.remove(keyGroup, key);
      return null;
    }
    return codec.decode(stored);
  }

  /** Stores a non-null value, refreshing its TTL timestamp. */
  protected final void save(V value) {
    byte[] key = stateKey();
    store.put(keyGroup(), key, codec.encode(value));
  }
}
