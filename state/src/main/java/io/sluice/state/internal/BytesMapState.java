package io.sluice.state.internal;

import io.sluice.state.MapState;
import io.sluice.state.StateTtlConfig;
import io.sluice.state.serde.TypeSerializer;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * {@link MapState} over a {@link ByteStore}: each map entry is its own store entry under
 * {@code key ‖ namespace ‖ mapKey}, so one map entry is read or written without touching the rest, and the map
 * is the store's entries with the prefix {@code key ‖ namespace}. With TTL each map entry expires on its own.
 */
final class BytesMapState<K, V> extends AbstractBytesState implements MapState<K, V> {
  private final TypeSerializer<K> keySerializer;
  private final TtlCodec<V> codec;
  private final OutputBuffer buffer = new OutputBuffer();

  BytesMapState(
      String name, KeyContext keys, ByteStore store, TypeSerializer<?> namespaceSerializer,
      TypeSerializer<K> keySerializer, TypeSerializer<V> valueSerializer, StateTtlConfig ttl) {
    super(name, keys, store, namespaceSerializer);
    this.keySerializer = keySerializer;
    this.codec = new TtlCodec<>(valueSerializer, ttl, keys);
  }

  private byte[] entryKey(K mapKey) {
    return buffer.reset().write(stateKey()).write(keySerializer, mapKey).toByteArray();
  }

  /** The live stored value of the entry, removing it when expired. */
  private byte[] loadLive(K mapKey) {
    byte[] entryKey = entryKey(mapKey);
    int keyGroup = keyGroup();
    byte[] stored = store.get(keyGroup, entryKey);
    if (stored != null && codec.isExpired(stored)) {
      store.remove(keyGroup, entryKey);
      return null;
    }
    return stored;
  }

  @Override
  public V get(K mapKey) {
    byte[] stored = loadLive(mapKey);
    return stored == null ? null : codec.decode(stored);
  }

  @Override
  public boolean contains(K mapKey) {
    return loadLive(mapKey) != null;
  }

  @Override
  public void put(K mapKey, V value) {
    byte[] entryKey = entryKey(mapKey);
    store.put(keyGroup(), entryKey, codec.encode(value));
  }

  @Override
  public void putAll(Map<K, V> entries) {
    entries.forEach(this::put);
  }

  @Override
  public void remove(K mapKey) {
    byte[] entryKey = entryKey(mapKey);
    store.remove(keyGroup(), entryKey);
  }

  @Override
  public void clear() {
    store.removePrefix(keyGroup(), stateKey());
  }

  @Override
  public Iterable<Map.Entry<K, V>> entries() {
    return () -> new EntryIterator<>(this, Function.identity());
  }

  @Override
  public Iterable<K> keys() {
    return () -> new EntryIterator<>(this, Map.Entry::getKey);
  }

  @Override
  public Iterable<V> values() {
    return () -> new EntryIterator<>(this, Map.Entry::getValue);
  }

  @Override
  public boolean isEmpty() {
    return !entries().iterator().hasNext();
  }

  /**
   * Walks a scan of the current key and namespace, fixed when the iterator is made: it skips (and removes)
   * expired entries, and its remove deletes the entry last returned.
   */
  private static final class EntryIterator<K, V, R> implements Iterator<R> {
    private final BytesMapState<K, V> state;
    private final Function<Map.Entry<K, V>, R> view;
    private final int keyGroup;
    private final int prefixLength;
    private final Iterator<Map.Entry<byte[], byte[]>> scan;
    private Map.Entry<K, V> next;
    private byte[] nextKey;
    private byte[] lastKey;

    EntryIterator(BytesMapState<K, V> state, Function<Map.Entry<K, V>, R> view) {
      this.state = state;
      this.view = view;
      byte[] prefix = state.stateKey();
      this.keyGroup = state.keyGroup();
      this.prefixLength = prefix.length;
      this.scan = state.store.scan(keyGroup, prefix);
    }

    @Override
    public boolean hasNext() {
      while (next == null && scan.hasNext()) {
        Map.Entry<byte[], byte[]> raw = scan.next();
        if (state.codec.isExpired(raw.getValue())) {
          state.store.remove(keyGroup, raw.getKey());
          continue;
        }
        K mapKey = new InputBuffer(raw.getKey(), prefixLength).read(state.keySerializer);
        next = new SimpleImmutableEntry<>(mapKey, state.codec.decode(raw.getValue()));
        nextKey = raw.getKey();
      }
      return next != null;
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      R result = view.apply(next);
      lastKey = nextKey;
      next = null;
      return result;
    }

    @Override
    public void remove() {
      if (lastKey == null) {
        throw new IllegalStateException("next() has not been called, or remove() was already called");
      }
      state.store.remove(keyGroup, lastKey);
      lastKey = null;
    }
  }
}
