package io.sluice.executor.runtime.state;

import io.sluice.executor.checkpoint.StateHandle;
import io.sluice.executor.checkpoint.storage.CheckpointLocation;
import io.sluice.executor.checkpoint.storage.SharedStateFiles;
import io.sluice.executor.checkpoint.storage.StateOutput;
import io.sluice.state.KeyGroupRange;
import io.sluice.state.rocksdb.RocksDbCheckpoint;
import io.sluice.state.serde.BufferedDataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An incremental snapshot of a RocksDB operator instance. The synchronous part is a native RocksDB checkpoint in a
 * local directory (memtables flushed, SST files hard-linked: no entry is read). Writing uploads the SST files
 * that no retained checkpoint of the job has yet into the job's shared directory ({@link SharedStateFiles}) and
 * writes an {@link IncrementalManifest} naming all of them, followed by the timers. Since RocksDB never changes an
 * SST file, consecutive checkpoints share most files, and a checkpoint costs about what changed since the last.
 */
final class IncrementalKeyedSnapshot implements KeyedOperatorSnapshot {
  private final RocksDbCheckpoint local;
  /** Local SST name to its name in the shared directory. */
  private final Map<String, String> sharedNames;
  private final EventTimerSnapshot timers;
  private final KeyGroupRange range;

  IncrementalKeyedSnapshot(RocksDbCheckpoint local, Map<String, String> sharedNames, EventTimerSnapshot timers,
      KeyGroupRange range) {
    this.local = local;
    this.sharedNames = Map.copyOf(sharedNames);
    this.timers = timers;
    this.range = range;
  }

  @Override
  public Written write(CheckpointLocation location, long checkpointId, String name) throws IOException {
    SharedStateFiles shared = location.sharedState();
    if (shared == null) {
      throw new IOException("Checkpoint " + location.pointer() + " cannot hold incremental state");
    }
    Map<String, Path> files = new LinkedHashMap<>();
    Map<String, IncrementalManifest.SharedFile> sst = new LinkedHashMap<>();
    long sstBytes = 0;
    for (String file : local.sstFiles()) {
      Path path = local.directory().resolve(file);
      long size = Files.size(path);
      String sharedName = sharedNames.get(file);
      files.put(sharedName, path);
      sst.put(file, new IncrementalManifest.SharedFile(sharedName, size));
      sstBytes += size;
    }
    long uploaded = shared.upload(checkpointId, files);
    Map<String, byte[]> own = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(local.directory())) {
      for (Path file : list.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".sst")) {
          own.put(fileName, Files.readAllBytes(file));
        }
      }
    }
    try (StateOutput out = location.createState(name)) {
      BufferedDataOutput data = new BufferedDataOutput(out);
      new IncrementalManifest(range, sst, own).write(data);
      timers.writeTo(data, range);
      data.flush();
      StateHandle handle = out.closeAndGetHandle();
      return new Written(handle, handle.size() + sstBytes, handle.size() + uploaded);
    }
  }

  /** Deletes the local checkpoint directory (hard links: the backend's own files stay). */
  @Override
  public void close() {
    Path dir = local.directory();
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the local checkpoint " + dir, e);
    }
  }
}
