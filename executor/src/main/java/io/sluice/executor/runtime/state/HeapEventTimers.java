package io.sluice.executor.runtime.state;

import io.sluice.executor.api.EventTimeTimers;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.serde.Serialization;
import io.sluice.state.serde.TypeSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Checkpoints copy the timers ({@link #snapshot}) and write them by key group ({@link EventTimerSnapshot}).
 */
final class HeapEventTimers<N> implements EventTimeTimers<N> {
  /** What the runtime does with a timer whose key has been made current. */
  @FunctionalInterface
  interface Callback {
    void onTimer(long time, Object namespace) throws Exception;
  }

  /** The key group is the backend's for the key, kept so that a checkpoint need not hash every key again. */
  private record Timer(Object key, Object namespace, int keyGroup) {}

  private final KeyedStateBackend backend;
  private final TypeSerializer<N> namespaceSerializer;
  private final TreeMap<Long, Set<Timer>> byTime = new TreeMap<>();
  private long watermark = Long.MIN_VALUE;
  private boolean restoredAny;

  HeapEventTimers(KeyedStateBackend backend, TypeSerializer<N> namespaceSerializer) {
    this.backend = backend;
    this.namespaceSerializer = Objects.requireNonNull(namespaceSerializer, "namespaceSerializer");
  }

  TypeSerializer<N> namespaceSerializer() {
    return namespaceSerializer;
  }

  @Override
  public void register(N namespace, long time) {
    byTime.computeIfAbsent(time, t -> new LinkedHashSet<>()).add(current(namespace));
  }

  @Override
  public void delete(N namespace, long time) {
    Set<Timer> timers = byTime.get(time);
    if (timers != null && timers.remove(current(namespace)) && timers.isEmpty()) {
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

  /** A copy of the timers, cheap enough for the synchronous part of a checkpoint; written later. */
  EventTimerSnapshot snapshot(TypeSerializer<?> keySerializer) {
    List<EventTimerSnapshot.Timer> copy = new ArrayList<>(size());
    for (Map.Entry<Long, Set<Timer>> entry : byTime.entrySet()) {
      for (Timer timer : entry.getValue()) {
        copy.add(new EventTimerSnapshot.Timer(entry.getKey(), timer.key(), timer.namespace(), timer.keyGroup()));
      }
    }
    return new EventTimerSnapshot(keySerializer, namespaceSerializer, watermark, copy);
  }

  /**
   * Adds restored timers. Of several snapshots (scaling in) the lowest watermark is kept, so that no row the
   * failure-free run would have taken is dropped as late.
   */
  void restore(EventTimerSnapshot.Restored restored, TypeSerializer<?> keySerializer) throws IOException {
    if (!restored.namespaceSerializer().equals(namespaceSerializer.snapshot())) {
      throw new IOException("Timer namespaces were written by " + restored.namespaceSerializer()
          + ", this operator's namespace serializer is " + namespaceSerializer.snapshot());
    }
    for (EventTimerSnapshot.RestoredTimer timer : restored.timers()) {
      Object key = Serialization.fromBytes(keySerializer, timer.key());
      N namespace = Serialization.fromBytes(namespaceSerializer, timer.namespace());
      byTime.computeIfAbsent(timer.time(), t -> new LinkedHashSet<>())
          .add(new Timer(key, namespace, KeyGroups.assignToKeyGroup(key, backend.maxParallelism())));
    }
    watermark = restoredAny ? Math.min(watermark, restored.watermark()) : restored.watermark();
    restoredAny = true;
  }

  private Timer current(Object namespace) {
    return new Timer(currentKey(), namespace, backend.getCurrentKeyGroup());
  }

  private Object currentKey() {
    Object key = backend.getCurrentKey();
    if (key == null) {
      throw new IllegalStateException("No current key: timers are registered while a row or timer is processed");
    }
    return key;
  }
}
