package io.sluice.executor.runtime.state;

import io.sluice.executor.api.EventTimeTimers;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.serde.SerializerSnapshot;
import io.sluice.state.serde.TypeSerializer;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The event-time timers of one keyed operator instance, on the heap: a sorted map from time to the (key, namespace)
 * pairs due then, each set in registration order. Registering looks up one time's set (a set, so a timer
 * registered twice is kept once); {@link #advance} takes the smallest time while it is at or below the watermark,
 * and for each of its timers makes the timer's key the backend's current key and calls back. Timers registered by
 * a callback at or below the watermark fire in the same call.
 *
 * <p>Snapshot format (version 1): the int {@link #VERSION}, the key and namespace serializers' snapshots, the
 * number of timers (int), then per timer its time (long), key and namespace in their serializers' formats, in time
 * order.
 */
final class HeapEventTimers<N> implements EventTimeTimers<N> {
  static final int VERSION = 1;

  /** What the runtime does with a timer whose key has been made current. */
  @FunctionalInterface
  interface Callback {
    void onTimer(long time, Object namespace) throws Exception;
  }

  private record Timer(Object key, Object namespace) {}

  private final KeyedStateBackend backend;
  private final TypeSerializer<N> namespaceSerializer;
  private final TreeMap<Long, Set<Timer>> byTime = new TreeMap<>();
  private long watermark = Long.MIN_VALUE;

  HeapEventTimers(KeyedStateBackend backend, TypeSerializer<N> namespaceSerializer) {
    this.backend = backend;
    this.namespaceSerializer = Objects.requireNonNull(namespaceSerializer, "namespaceSerializer");
  }

  TypeSerializer<N> namespaceSerializer() {
    return namespaceSerializer;
  }

  @Override
  public void register(N namespace, long time) {
    byTime.computeIfAbsent(time, t -> new LinkedHashSet<>()).add(new Timer(currentKey(), namespace));
  }

  @Override
  public void delete(N namespace, long time) {
    Set<Timer> timers = byTime.get(time);
    if (timers != null && timers.remove(new Timer(currentKey(), namespace)) && timers.isEmpty()) {
      byTime.remove(time);
    }
  }

  @Override
  public long currentWatermark() {
    return watermark;
  }

  /** The number of timers registered and not fired. */
  int size() {
    return byTime.values().stream().mapToInt(Set::size).sum();
  }

  /** Fires every timer at or below {@code newWatermark}, in time order, and remembers the watermark. */
  void advance(long newWatermark, Callback callback) throws Exception {
    watermark = Math.max(watermark, newWatermark);
    Map.Entry<Long, Set<Timer>> due;
    while ((due = byTime.firstEntry()) != null && due.getKey() <= newWatermark) {
      Set<Timer> timers = due.getValue();
      Timer timer = timers.iterator().next();
      timers.remove(timer);
      if (timers.isEmpty()) {
        byTime.remove(due.getKey());
      }
      backend.setCurrentKey(timer.key());
      callback.onTimer(due.getKey(), timer.namespace());
    }
  }

  @SuppressWarnings("unchecked")
  void writeTo(DataOutput out, TypeSerializer<?> keySerializer) throws IOException {
    out.writeInt(VERSION);
    keySerializer.snapshot().write(out);
    namespaceSerializer.snapshot().write(out);
    out.writeInt(size());
    TypeSerializer<Object> keys = (TypeSerializer<Object>) keySerializer;
    for (Map.Entry<Long, Set<Timer>> entry : byTime.entrySet()) {
      for (Timer timer : entry.getValue()) {
        out.writeLong(entry.getKey());
        keys.serialize(timer.key(), out);
        namespaceSerializer.serialize((N) timer.namespace(), out);
      }
    }
    out.writeLong(watermark);
  }

  /** Adds the timers of a snapshot written by {@link #writeTo} with the same serializers. */
  void readFrom(DataInput in, TypeSerializer<?> keySerializer) throws IOException {
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("Unsupported timer snapshot version " + version + ", this build reads " + VERSION);
    }
    check(SerializerSnapshot.read(in), keySerializer, "key");
    check(SerializerSnapshot.read(in), namespaceSerializer, "namespace");
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      long time = in.readLong();
      Object key = keySerializer.deserialize(in);
      N namespace = namespaceSerializer.deserialize(in);
      byTime.computeIfAbsent(time, t -> new LinkedHashSet<>()).add(new Timer(key, namespace));
    }
    watermark = Math.max(watermark, in.readLong());
  }

  private static void check(SerializerSnapshot written, TypeSerializer<?> serializer, String what)
      throws IOException {
    if (!written.equals(serializer.snapshot())) {
      throw new IOException("Timer " + what + "s were written by " + written + ", this operator's " + what
          + " serializer is " + serializer.snapshot());
    }
  }

  private Object currentKey() {
    Object key = backend.getCurrentKey();
    if (key == null) {
      throw new IllegalStateException("No current key: timers are registered while a row or timer is processed");
    }
    return key;
  }
}
