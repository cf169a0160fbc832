package io.sluice.state.rocksdb;

import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.internal.AbstractKeyedStateBackend;
import io.sluice.state.internal.ByteStore;
import io.sluice.state.internal.KeyedSnapshotFormat;
import io.sluice.state.internal.RegisteredStateMeta;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.rocksdb.Checkpoint;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksObject;

/**
 * Keyed state in an embedded RocksDB, for state larger than memory. Like every backend it only stores bytes
 * ({@link RocksDbByteStore}: one column family per state, keys {@code keyGroup ‖ key ‖ namespace [‖ mapKey]});
 * typed handles, namespaces and TTL come from {@link AbstractKeyedStateBackend}, the same as on the heap.
 *
 * <p>Each instance works in its own directory under {@link RocksDbBackendOptions#localDir()}, deleted on close,
 * and keeps within a fixed native memory budget ({@link RocksDbInstance}). {@link #close()} closes every native
 * handle the instance made.
 *
 * <p>Two ways out: {@link #snapshot()} writes the canonical per-key-group format every backend reads (savepoints,
 * switching backends, rescaling), and {@link #checkpoint(Path)} makes a native RocksDB checkpoint of hard-linked
 * SST files, the ground for incremental checkpoints ({@link SharedSstRegistry}).
 */
public final class RocksDbKeyedStateBackend extends AbstractKeyedStateBackend {
  private final RocksDbInstance rocks;
  private final Set<RocksDbSnapshot> openSnapshots = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Opens a new, empty backend in a fresh working directory.
   *
   * @throws IllegalArgumentException when the maximum parallelism exceeds the 65536 key groups a two-byte prefix
   *     holds
   * @throws RocksDbStateException when RocksDB cannot be opened
   */
  public RocksDbKeyedStateBackend(KeyedBackendParameters parameters, RocksDbBackendOptions options) {
    this(parameters, options, null);
  }

  private RocksDbKeyedStateBackend(KeyedBackendParameters parameters, RocksDbBackendOptions options,
      Path restoreFrom) {
    super(parameters);
    if (parameters.maxParallelism() > RocksDbKeys.MAX_KEY_GROUPS) {
      throw new IllegalArgumentException("The RocksDB backend supports a maximum parallelism of at most "
          + RocksDbKeys.MAX_KEY_GROUPS + ", not " + parameters.maxParallelism());
    }
    this.rocks = new RocksDbInstance(options, restoreFrom);
  }

  /**
   * Opens a backend on a copy of a native checkpoint ({@link #checkpoint}), the fast restore: no entry is read or
   * rewritten. The checkpoint must hold exactly this backend's key groups (same parallelism); to restore other key
   * groups, open it with its own and move the state through {@link #snapshot()} and {@link #restore}.
   *
   * @throws IOException when the directory is not a native checkpoint of a supported version, or was taken with
   *     another maximum parallelism, key serializer or key-group range
   */
  public static RocksDbKeyedStateBackend openCheckpoint(KeyedBackendParameters parameters,
      RocksDbBackendOptions options, Path checkpoint) throws IOException {
    KeyedSnapshotFormat.Header header = readCheckpointHeader(checkpoint);
    if (header.maxParallelism() != parameters.maxParallelism()
        || !header.keySerializer().equals(parameters.keySerializer().snapshot())
        || !header.range().equals(parameters.keyGroupRange())) {
      throw new IOException("RocksDB checkpoint " + checkpoint + " holds key groups " + header.range() + " of "
          + header.maxParallelism() + " with keys by " + header.keySerializer() + "; cannot open it for key groups "
          + parameters.keyGroupRange() + " of " + parameters.maxParallelism() + " with keys by "
          + parameters.keySerializer().snapshot());
    }
    RocksDbKeyedStateBackend backend = new RocksDbKeyedStateBackend(parameters, options, checkpoint);
    try {
      header.states().forEach(backend::storeForRestore);
    } catch (RuntimeException e) {
      backend.close();
      throw e;
    }
    return backend;
  }

  /** The key groups, key serializer and states of a native checkpoint, from its {@value RocksDbCheckpoint#METADATA_FILE}. */
  public static KeyedSnapshotFormat.Header readCheckpointHeader(Path checkpoint) throws IOException {
    Path file = checkpoint.resolve(RocksDbCheckpoint.METADATA_FILE);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int magic = in.readInt();
      int version = in.readInt();
      if (magic != RocksDbCheckpoint.MAGIC || version != RocksDbCheckpoint.VERSION) {
        throw new IOException(file + " is not a Sluice RocksDB checkpoint of version " + RocksDbCheckpoint.VERSION);
      }
      return KeyedSnapshotFormat.Header.read(in);
    } catch (java.io.EOFException e) {
      throw new IOException(file + " is truncated", e);
    }
  }

  /** A backend with {@link RocksDbBackendOptions#defaults()}. */
  public RocksDbKeyedStateBackend(KeyedBackendParameters parameters) {
    this(parameters, RocksDbBackendOptions.defaults());
  }

  @Override
  protected ByteStore createStore(RegisteredStateMeta meta) {
    return new RocksDbByteStore(rocks, rocks.createColumnFamily(meta.name()), keyGroupRange());
  }

  /** This instance's working directory, which {@link #close()} deletes. */
  public Path workingDirectory() {
    return rocks.directory();
  }

  /** Pins the current state with a RocksDB snapshot (O(1)); write it later, then close it. */
  @Override
  public RocksDbSnapshot snapshot() {
    checkOpen();
    RocksDbSnapshot[] created = new RocksDbSnapshot[1];
    created[0] = new RocksDbSnapshot(rocks, snapshotHeader(), columns(), snapshotTime(),
        () -> openSnapshots.remove(created[0]));
    synchronized (rocks) { // snapshots may be closed on the thread that writes them
      openSnapshots.add(created[0]);
    }
    return created[0];
  }

  private List<ColumnFamilyHandle> columns() {
    return registeredStates().stream().map(s -> ((RocksDbByteStore) s.store()).column()).toList();
  }

  /**
   * Makes a native checkpoint in {@code directory}, which must not exist (its parent must); see
   * {@link RocksDbCheckpoint} for what it holds. RocksDB first flushes the memtables, so the SST files hold every
   * entry, then hard-links them (copying only where links are impossible, such as across file systems).
   */
  public RocksDbCheckpoint checkpoint(Path directory) throws IOException {
    checkOpen();
    try (Checkpoint checkpoint = Checkpoint.create(rocks.db)) {
      checkpoint.createCheckpoint(directory.toString());
    } catch (RocksDBException e) {
      throw new IOException("Cannot create a RocksDB checkpoint in " + directory + ": " + e.getMessage(), e);
    }
    try (OutputStream file = Files.newOutputStream(directory.resolve(RocksDbCheckpoint.METADATA_FILE));
        DataOutputStream out = new DataOutputStream(file)) {
      out.writeInt(RocksDbCheckpoint.MAGIC);
      out.writeInt(RocksDbCheckpoint.VERSION);
      snapshotHeader().write(out);
    }
    List<String> sstFiles = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sst")).sorted().forEach(sstFiles::add);
    }
    return new RocksDbCheckpoint(directory, sstFiles);
  }

  /** Releases open snapshots, closes every native handle and deletes the working directory. Idempotent. */
  @Override
  public void close() {
    synchronized (rocks) { // see RocksDbSnapshot: a snapshot may be being written on another thread
      if (!rocks.isOpen()) {
        return;
      }
      try {
        List.copyOf(openSnapshots).forEach(RocksDbSnapshot::close);
        super.close();
      } finally {
        rocks.close();
      }
    }
  }

  /**
   * A RocksDB integer property summed over the column families (such as {@code rocksdb.block-cache-usage} or
   * {@code rocksdb.cur-size-all-mem-tables}), for diagnostics and the memory-budget test.
   */
  long nativeProperty(String name) {
    checkOpen();
    try {
      return rocks.db.getAggregatedLongProperty(name);
    } catch (RocksDBException e) {
      throw new RocksDbStateException("Cannot read RocksDB property " + name, e);
    }
  }

  /** The native objects of this instance, for tests that check that all are released. */
  List<RocksObject> nativeHandlesForTest() {
    return rocks.ownedForTest();
  }
}
