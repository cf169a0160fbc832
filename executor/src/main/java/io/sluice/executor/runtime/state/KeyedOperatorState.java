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
import io.sluice.state.rocksdb.RocksDbCheckpoint;
import io.sluice.state.rocksdb.RocksDbKeyedStateBackend;
import io.sluice.state.serde.TypeSerializer;
import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The keyed state of one instance of a keyed operator: the backend holding the key groups that instance owns, the
 * operator's event-time timers, the {@link KeyedStateStore} view through which the operator declares both, and the
 * step that makes the key of each row the backend's current key. The runtime creates one per keyed node and
 * subtask, on the task's thread, before the operator opens, calls {@link #setCurrentKeyOf} before every row and
 * {@link #advanceWatermark} before every watermark, and closes it after the operator.
 *
 * <p>Which backend it wraps is decided by {@link TaskStateBackends} from {@code state.backend.type}; this class
 * takes the two kinds of snapshot of it ({@link #snapshotCanonical}, {@link #snapshotIncremental}).
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
  private final List<EventTimerSnapshot.Restored> timersToRestore = new ArrayList<>();
  private long localCheckpoints;

  /**
   * For incremental checkpoints: the shared name of each SST file the backend was restored with (which must not
   * be uploaded again), and the prefix that makes the names of the files this instance creates unique.
   */
  private final Map<String, String> restoredSharedNames;
  private final String instanceId = String.format("%016x", new SecureRandom().nextLong());

  /** Keyed state around an existing backend, e.g. one a test restored from a snapshot. */
  public KeyedOperatorState(StateKey key, KeyedStateBackend backend) {
    this(key, backend, Map.of());
  }

  /** Keyed state around a RocksDB backend opened from an incremental checkpoint's files. */
  KeyedOperatorState(StateKey key, KeyedStateBackend backend, Map<String, String> restoredSharedNames) {
    this.key = Objects.requireNonNull(key, "key");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.restoredSharedNames = Map.copyOf(restoredSharedNames);
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

  /**
   * The synchronous part of a full snapshot, in the canonical format every backend reads: what savepoints and
   * non-incremental checkpoints write. Cheap: the heap backend freezes its maps copy-on-write, RocksDB pins a
   * snapshot; the timers are copied.
   */
  public KeyedOperatorSnapshot snapshotCanonical() {
    return new FullKeyedSnapshot(backend.snapshot(), timerSnapshot());
  }

  /** Whether {@link #snapshotIncremental} is possible: the backend is RocksDB. */
  public boolean supportsIncremental() {
    return backend instanceof RocksDbKeyedStateBackend;
  }

  /**
   * The synchronous part of an incremental snapshot: a native RocksDB checkpoint (memtables flushed, SST files
   * hard-linked) beside the backend's working directory, and a copy of the timers.
   *
   * @throws IllegalStateException when the backend is not RocksDB ({@link #supportsIncremental})
   */
  public KeyedOperatorSnapshot snapshotIncremental() throws IOException {
    if (!(backend instanceof RocksDbKeyedStateBackend rocks)) {
      throw new IllegalStateException("Incremental snapshots need the rocksdb backend");
    }
    Path working = rocks.workingDirectory();
    Path local = working.resolveSibling(working.getFileName() + "-chk-" + (++localCheckpoints));
    RocksDbCheckpoint checkpoint = rocks.checkpoint(local);
    Map<String, String> names = new HashMap<>();
    for (String file : checkpoint.sstFiles()) {
      names.put(file, restoredSharedNames.getOrDefault(file, instanceId + "-" + file));
    }
    return new IncrementalKeyedSnapshot(checkpoint, names, timerSnapshot(), backend.keyGroupRange());
  }

  /** A copy of the event-time timers, for the synchronous part of a checkpoint. */
  public EventTimerSnapshot timerSnapshot() {
    return timers == null ? EventTimerSnapshot.none(key.serializer()) : timers.snapshot(key.serializer());
  }

  /** Writes the timers of all this instance's key groups in {@link EventTimerSnapshot}'s format. */
  public void snapshotTimers(DataOutput out) throws IOException {
    timerSnapshot().writeTo(out, backend.keyGroupRange());
  }

  /**
   * Reads timers written in {@link EventTimerSnapshot}'s format and keeps those of this instance's key groups;
   * several snapshots may be read (scaling in). They are added when the operator declares its timers, as only
   * then is their namespace serializer known. Called before the operator opens.
   */
  public void restoreTimers(DataInput in) throws IOException {
    EventTimerSnapshot.Restored restored = EventTimerSnapshot.read(in, key.serializer(), backend.keyGroupRange());
    if (restored != null) {
      timersToRestore.add(restored);
    }
  }

  /** {@link #restoreTimers(DataInput)} from bytes. */
  public void restoreTimers(byte[] snapshot) throws IOException {
    restoreTimers(new DataInputStream(new ByteArrayInputStream(snapshot)));
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
    try {
      for (EventTimerSnapshot.Restored restored : timersToRestore) {
        created.restore(restored, key.serializer());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot restore the operator's timers", e);
    }
    timersToRestore.clear();
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

    @Override
    public void setCurrentKey(Object key) {
      backend.setCurrentKey(key);
    }
  }
}
