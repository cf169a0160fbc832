package io.sluice.executor.runtime.state;

import io.sluice.common.Row;
import io.sluice.executor.api.EventTimeTimers;
import io.sluice.executor.api.KeySelector;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.graph.StateKey;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.State;
import io.sluice.state.StateDescriptor;
import io.sluice.state.heap.HeapKeyedStateBackend;
import io.sluice.state.serde.TypeSerializer;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The keyed state of one instance of a keyed operator: the backend holding the key groups that instance owns, the
 * operator's event-time timers, the {@link KeyedStateStore} view through which the operator declares both, and the
 * step that makes the key of each row the backend's current key. The runtime creates one per keyed node and
 * subtask, on the task's thread, before the operator opens, calls {@link #setCurrentKeyOf} before every row and
 * {@link #advanceWatermark} before every watermark, and closes it after the operator.
 *
 * <p>This is the one place that decides which backend keyed operators get (the heap backend, for now).
 */
public final class KeyedOperatorState implements AutoCloseable {
  /** What the runtime does with a due timer, its key already current. */
  @FunctionalInterface
  public interface TimerCallback {
    void onTimer(long time, Object namespace) throws Exception;
  }

  private final StateKey key;
  private final KeyedStateBackend backend;
  private final KeyedStateStore store = new Store();
  private HeapEventTimers<?> timers;
  private byte[] timersToRestore;

  /** Keyed state around an existing backend, e.g. one a test restored from a snapshot. */
  public KeyedOperatorState(StateKey key, KeyedStateBackend backend) {
    this.key = Objects.requireNonNull(key, "key");
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /** Empty keyed state for subtask {@code subtask} of {@code parallelism}: the key groups it owns. */
  public static KeyedOperatorState create(StateKey key, int subtask, int parallelism, int maxParallelism) {
    KeyedBackendParameters parameters = KeyedBackendParameters.of(key.serializer(),
        KeyGroups.rangeForSubtask(maxParallelism, parallelism, subtask), maxParallelism);
    return new KeyedOperatorState(key, new HeapKeyedStateBackend(parameters));
  }

  /**
   * Makes the row's key the current key.
   *
   * @throws IllegalArgumentException if the key belongs to another subtask (the row was routed wrongly)
   */
  public void setCurrentKeyOf(Row row) {
    backend.setCurrentKey(key.selector().key(row));
  }

  /**
   * Makes the key {@code selector} extracts from the row the current key: for a two-input operator, whose inputs
   * have a selector each.
   *
   * @throws IllegalArgumentException if the key belongs to another subtask (the row was routed wrongly)
   */
  public void setCurrentKeyOf(Row row, KeySelector selector) {
    backend.setCurrentKey(selector.key(row));
  }

  /**
   * Fires the event-time timers at or below {@code watermark}, in time order, each with its key made current,
   * and records the watermark as the timers' current one.
   */
  public void advanceWatermark(long watermark, TimerCallback callback) throws Exception {
    if (timers != null) {
      timers.advance(watermark, callback::onTimer);
    }
  }

  /** What the operator sees. */
  public KeyedStateStore store() {
    return store;
  }

  /** The backend itself, for snapshots. */
  public KeyedStateBackend backend() {
    return backend;
  }

  /** The number of event-time timers not fired yet. */
  public int pendingTimers() {
    return timers == null ? 0 : timers.size();
  }

  /** Writes the timers (none if the operator has declared none) in {@link HeapEventTimers}' format. */
  public void snapshotTimers(DataOutput out) throws IOException {
    out.writeBoolean(timers != null);
    if (timers != null) {
      timers.writeTo(out, key.serializer());
    }
  }

  /**
   * Restores timers written by {@link #snapshotTimers}; they are read when the operator declares its timers, as
   * only then is their namespace serializer known. Called before the operator opens.
   */
  public void restoreTimers(byte[] snapshot) {
    timersToRestore = snapshot.clone();
  }

  @Override
  public void close() {
    backend.close();
  }

  @SuppressWarnings("unchecked")
  private <N> EventTimeTimers<N> timers(TypeSerializer<N> namespaceSerializer) {
    if (timers == null) {
      HeapEventTimers<N> created = new HeapEventTimers<>(backend, namespaceSerializer);
      restoreInto(created);
      timers = created;
    } else if (!timers.namespaceSerializer().snapshot().equals(namespaceSerializer.snapshot())) {
      throw new IllegalArgumentException("Timers were declared with namespaces " + timers.namespaceSerializer()
          .snapshot() + ", not " + namespaceSerializer.snapshot());
    }
    return (EventTimeTimers<N>) timers;
  }

  private void restoreInto(HeapEventTimers<?> created) {
    if (timersToRestore == null) {
      return;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(timersToRestore))) {
      if (in.readBoolean()) {
        created.readFrom(in, key.serializer());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot restore the operator's timers", e);
    }
    timersToRestore = null;
  }

  /** The operator's view: declaring state and timers and reading the key, not setting it or closing anything. */
  private final class Store implements KeyedStateStore {
    @Override
    public <S extends State> S getState(StateDescriptor<S> descriptor) {
      return backend.getState(descriptor);
    }

    @Override
    public <N, S extends State> S getState(StateDescriptor<S> descriptor, TypeSerializer<N> namespaceSerializer) {
      return backend.getState(descriptor, namespaceSerializer);
    }

    @Override
    public <N> EventTimeTimers<N> eventTimeTimers(TypeSerializer<N> namespaceSerializer) {
      return timers(namespaceSerializer);
    }

    @Override
    public Object currentKey() {
      return backend.getCurrentKey();
    }
  }
}
