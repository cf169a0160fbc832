package io.sluice.state.internal;

import io.sluice.state.State;
import io.sluice.state.VoidNamespaceSerializer;
import io.sluice.state.serde.Serialization;
import io.sluice.state.serde.TypeSerializer;
import java.util.Objects;

/**
 * The part every typed handle shares: it turns the current key and namespace into the store key
 * {@code key ‖ namespace}, caching it until either changes, since one record usually touches a state several
 * times.
 */
abstract class AbstractBytesState implements State {
  protected final String name;
  protected final KeyContext keys;
  protected final ByteStore store;
  private final TypeSerializer<Object> namespaceSerializer;
  private byte[] namespaceBytes;
  private byte[] cachedStateKey;
  private byte[] cachedFor;

  @SuppressWarnings("unchecked")
  AbstractBytesState(String name, KeyContext keys, ByteStore store, TypeSerializer<?> namespaceSerializer) {
    this.name = name;
    this.keys = keys;
    this.store = store;
    this.namespaceSerializer = (TypeSerializer<Object>) namespaceSerializer;
    this.namespaceBytes = namespaceSerializer == VoidNamespaceSerializer.INSTANCE ? new byte[0] : null;
  }

  @Override
  public void setCurrentNamespace(Object namespace) {
    Objects.requireNonNull(namespace, "namespace");
    namespaceBytes = Serialization.toBytes(namespaceSerializer, namespace);
    cachedStateKey = null;
  }

  /** The key group of the current key. */
  protected final int keyGroup() {
    return keys.currentKeyGroup();
  }

  /** {@code key ‖ namespace} of the current key and namespace; callers must not modify it. */
  protected final byte[] stateKey() {
    byte[] keyBytes = keys.currentKeyBytes();
    if (namespaceBytes == null) {
      throw new IllegalStateException("No namespace set on state '" + name + "'");
    }
    if (cachedStateKey == null || cachedFor != keyBytes) {
      byte[] joined = new byte[keyBytes.length + namespaceBytes.length];
      System.arraycopy(keyBytes, 0, joined, 0, keyBytes.length);
      System.arraycopy(namespaceBytes, 0, joined, keyBytes.length, namespaceBytes.length);
      cachedStateKey = joined;
      cachedFor = keyBytes;
    }
    return cachedStateKey;
  }

  @Override
  public void clear() {
    store.remove(keyGroup(), stateKey());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "('" + name + "')";
  }
}
