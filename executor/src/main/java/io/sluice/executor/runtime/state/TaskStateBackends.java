package io.sluice.executor.runtime.state;

import io.sluice.common.config.StateBackendType;
import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.graph.StateKey;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.KeyGroups;
import io.sluice.state.KeyedBackendParameters;
import io.sluice.state.KeyedStateBackend;
import io.sluice.state.KeyedStateSnapshot;
import io.sluice.state.heap.HeapKeyedStateBackend;
import io.sluice.state.rocksdb.RocksDbBackendOptions;
import io.sluice.state.rocksdb.RocksDbKeyedStateBackend;
import io.sluice.state.rocksdb.RocksDbSharedMemory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The keyed state backends of one task: the one place that decides which backend a keyed operator instance gets
 * ({@code state.backend.type}), builds it, and loads its state when the job starts from a checkpoint.
 *
 * <p>With RocksDB, every instance of the task works in its own directory
 * ({@code <localdir>/job-<id>-<operator>-<subtask>-<random>}, deleted when it closes) and, unless memory is
 * unmanaged, all share one memory budget ({@link RocksDbSharedMemory}), closed by {@link #close} after them.
 *
 * <p>Restore: a piece of state is either full (canonical format) or incremental (a RocksDB checkpoint in shared
 * files, {@link IncrementalManifest}). The fast path opens RocksDB directly on an incremental piece's files: the
 * backend is RocksDB and the piece holds exactly its key groups (same parallelism). Everything else goes through
 * the canonical format: full pieces are read into the backend keeping its key groups; incremental ones are first
 * opened in a temporary RocksDB and written out canonically. So a job moves between backends and parallelisms
 * through any checkpoint or savepoint. Task thread only.
 */
public final class TaskStateBackends implements AutoCloseable {
  private final StateBackendSettings settings;
  private final String jobId;
  private RocksDbSharedMemory sharedMemory;

  public TaskStateBackends(StateBackendSettings settings, String jobId) {
    this.settings = settings;
    this.jobId = jobId;
  }

  public StateBackendSettings settings() {
    return settings;
  }

  /**
   * The keyed state of one operator instance, loaded from the given pieces of a checkpoint (every piece whose
   * key groups overlap the instance's) or empty when there are none.
   *
   * @throws StateRestoreException naming the piece and the checkpoint when a piece is missing, truncated or
   *     corrupt
   */
  public KeyedOperatorState create(StateKey key, String operatorId, int subtask, int parallelism,
      int maxParallelism, CheckpointLocation location, List<StateHandle> pieces) throws IOException {
    KeyGroupRange range = KeyGroups.rangeForSubtask(maxParallelism, parallelism, subtask);
    KeyedBackendParameters parameters = KeyedBackendParameters.of(key.serializer(), range, maxParallelism);
    RocksDbBackendOptions rocks = settings.type() == StateBackendType.ROCKSDB
        ? rocksOptions(operatorId + "-" + subtask) : null;
    if (rocks != null && pieces.size() == 1) {
      KeyedOperatorState opened = openNatively(key, parameters, rocks, location, pieces.get(0));
      if (opened != null) {
        return opened;
      }
    }
    KeyedStateBackend backend = rocks != null ? new RocksDbKeyedStateBackend(parameters, rocks)
        : new HeapKeyedStateBackend(parameters);
    KeyedOperatorState state = new KeyedOperatorState(key, backend);
    try {
      for (StateHandle piece : pieces) {
        restorePiece(state, parameters, location, piece);
      }
    } catch (IOException | RuntimeException e) {
      state.close();
      throw e;
    }
    return state;
  }

  /** Opens RocksDB on an incremental piece of exactly these key groups; null when the piece is not one. */
  private KeyedOperatorState openNatively(StateKey key, KeyedBackendParameters parameters,
      RocksDbBackendOptions rocks, CheckpointLocation location, StateHandle piece) throws IOException {
    try (DataInputStream in = open(location, piece)) {
      if (in.readInt() != IncrementalManifest.MAGIC) {
        return null;
      }
      IncrementalManifest manifest = IncrementalManifest.readAfterMagic(in);
      if (!manifest.range().equals(parameters.keyGroupRange())) {
        return null;
      }
      Path staging = materialize(manifest, location, rocks);
      KeyedOperatorState state;
      try {
        RocksDbKeyedStateBackend backend = RocksDbKeyedStateBackend.openCheckpoint(parameters, rocks, staging);
        state = new KeyedOperatorState(key, backend, manifest.sharedNames());
      } finally {
        deleteRecursively(staging);
      }
      try {
        restoreTimers(state, in);
      } catch (IOException | RuntimeException e) {
        state.close();
        throw e;
      }
      return state;
    } catch (IOException | RuntimeException e) {
      throw failure(location, piece, e);
    }
  }

  private void restorePiece(KeyedOperatorState state, KeyedBackendParameters parameters,
      CheckpointLocation location, StateHandle piece) throws IOException {
    try (DataInputStream in = open(location, piece)) {
      in.mark(Integer.BYTES);
      int magic = in.readInt();
      if (magic == IncrementalManifest.MAGIC) {
        restoreIncrementalCanonically(state.backend(), parameters, location,
            IncrementalManifest.readAfterMagic(in));
      } else if (magic == KeyedStateSnapshot.FORMAT_MAGIC) {
        in.reset();
        state.backend().restore(in);
      } else {
        throw new IOException("not a keyed-state piece (magic " + Integer.toHexString(magic) + ")");
      }
      restoreTimers(state, in);
    } catch (IOException | RuntimeException e) {
      throw failure(location, piece, e);
    }
  }

  /** Opens the piece's RocksDB checkpoint with its own key groups and moves its state over canonically. */
  private void restoreIncrementalCanonically(KeyedStateBackend target, KeyedBackendParameters parameters,
      CheckpointLocation location, IncrementalManifest manifest) throws IOException {
    RocksDbBackendOptions options = new RocksDbBackendOptions(settings.localDir(),
        RocksDbBackendOptions.MIN_MEMORY_BYTES * 4, "job-" + jobId + "-restore-", null);
    Path staging = materialize(manifest, location, options);
    try {
      KeyedBackendParameters old = new KeyedBackendParameters(parameters.keySerializer(), manifest.range(),
          parameters.maxParallelism(), parameters.clock());
      Path canonical = staging.resolveSibling(staging.getFileName() + ".canonical");
      try (RocksDbKeyedStateBackend source = RocksDbKeyedStateBackend.openCheckpoint(old, options, staging);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(canonical)))) {
        source.snapshot().writeTo(out);
      }
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(canonical)))) {
        target.restore(in);
      } finally {
        Files.deleteIfExists(canonical);
      }
    } finally {
      deleteRecursively(staging);
    }
  }

  /** Reads the timers after the state; pieces written before timers were checkpointed have none. */
  private static void restoreTimers(KeyedOperatorState state, DataInputStream in) throws IOException {
    in.mark(1);
    if (in.read() < 0) {
      return;
    }
    in.reset();
    state.restoreTimers(in);
  }

  private Path materialize(IncrementalManifest manifest, CheckpointLocation location, RocksDbBackendOptions rocks)
      throws IOException {
    Files.createDirectories(rocks.localDir());
    Path staging = Files.createTempDirectory(rocks.localDir(), rocks.directoryPrefix() + "staging-");
    try {
      manifest.materialize(location, staging);
    } catch (IOException | RuntimeException e) {
      deleteRecursively(staging);
      throw e;
    }
    return staging;
  }

  private static DataInputStream open(CheckpointLocation location, StateHandle piece) throws IOException {
    return new DataInputStream(new BufferedInputStream(location.openState(piece), 64 * 1024));
  }

  private static StateRestoreException failure(CheckpointLocation location, StateHandle piece, Exception e) {
    if (e instanceof StateRestoreException restore) {
      return restore;
    }
    String why = e instanceof EOFException ? "the file is truncated" : String.valueOf(e.getMessage());
    return new StateRestoreException("Cannot restore keyed state " + piece.name() + " of checkpoint "
        + location.pointer() + ": " + why, location.pointer(), e);
  }

  private RocksDbBackendOptions rocksOptions(String instance) {
    if (sharedMemory == null && settings.slotMemoryBytes() > 0) {
      sharedMemory = new RocksDbSharedMemory(settings.slotMemoryBytes());
    }
    return new RocksDbBackendOptions(settings.localDir(), RocksDbBackendOptions.DEFAULT_MEMORY_BYTES,
        "job-" + jobId + "-" + instance + "-", sharedMemory);
  }

  /** Releases the task's shared RocksDB memory; called after every backend of the task has closed. */
  @Override
  public void close() {
    if (sharedMemory != null) {
      sharedMemory.close();
      sharedMemory = null;
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + root, e);
    }
  }
}
