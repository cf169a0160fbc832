package io.sluice.state.internal;

import io.sluice.state.ListState;
import io.sluice.state.StateTtlConfig;
import io.sluice.state.serde.TypeSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link ListState} over a {@link ByteStore}. The stored list is the concatenation of the stored forms of its
 * elements (see {@link TtlCodec}), so adding is an {@link ByteStore#append append} and never reads the list.
 * With TTL each element carries its own timestamp; a read that meets expired elements writes back the live ones
 * byte for byte, keeping their timestamps.
 */
final class BytesListState<T> extends AbstractBytesState implements ListState<T> {
  private final TtlCodec<T> codec;
  private final OutputBuffer buffer = new OutputBuffer();

  BytesListState(
      String name, KeyContext keys, ByteStore store, TypeSerializer<?> namespaceSerializer,
      TypeSerializer<T> elementSerializer, StateTtlConfig ttl) {
    super(name, keys, store, namespaceSerializer);
    this.codec = new TtlCodec<>(elementSerializer, ttl, keys);
  }

  @Override
  public Iterable<T> get() {
    byte[] key = stateKey();
    int keyGroup = keyGroup();
    byte[] stored = store.get(keyGroup, key);
    if (stored == null) {
      return List.of();
    }
    List<T> live = new ArrayList<>();
    byte[] kept = codec.liveElements(stored, live::add);
    if (kept == null) {
      store.remove(keyGroup, key);
    } else if (kept != stored) {
      store.put(keyGroup, key, kept);
    }
    return live;
  }

  @Override
  public void add(T value) {
    Objects.requireNonNull(value, "Cannot add null to a list state");
    byte[] key = stateKey();
    store.append(keyGroup(), key, codec.encode(value));
  }

  @Override
  public void addAll(List<T> values) {
    if (values.isEmpty()) {
      return;
    }
    byte[] key = stateKey();
    store.append(keyGroup(), key, encodeAll(values));
  }

  @Override
  public void update(List<T> values) {
    if (values.isEmpty()) {
      clear();
      return;
    }
    byte[] key = stateKey();
    store.put(keyGroup(), key, encodeAll(values));
  }

  private byte[] encodeAll(List<T> values) {
    buffer.reset();
    for (T value : values) {
      codec.write(buffer, Objects.requireNonNull(value, "Cannot add null to a list state"));
    }
    return buffer.toByteArray();
  }
}
