package io.sluice.executor.checkpoint.storage;

import io.sluice.state.rocksdb.SharedSstRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files a job's incremental checkpoints share, in {@code <dir>/<job-id>/shared/}: immutable RocksDB SST files,
 * each uploaded once by the first checkpoint that has it and then only referenced by name.
 *
 * <p>Which files to upload and which to delete is {@link SharedSstRegistry}'s reference counting: a file is
 * uploaded when no retained checkpoint references it, and deleted when the last retained checkpoint referencing
 * it is discarded, or the checkpoint in progress that uploaded it is aborted. The storage calls
 * {@link #completed} when a checkpoint's metadata is written and {@link #forget} when a checkpoint is discarded;
 * names must be unique per content (the task qualifies RocksDB's file names by the backend instance that made
 * them). Thread-safe: tasks upload concurrently.
 */
public final class SharedStateFiles {
  private final Path directory;
  private final SharedSstRegistry registry = new SharedSstRegistry();
  /** Checkpoints forgotten (discarded or aborted): a task still uploading for one must not leave files behind. */
  private final Set<Long> forgotten = new HashSet<>();

  SharedStateFiles(Path directory) {
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }

  /**
   * Makes every file of {@code files} (by shared name, to its local path) available to checkpoint
   * {@code checkpointId}: uploads the ones no retained checkpoint has yet, forced to disk ({@link #linkOrCopy}).
   *
   * @return the number of bytes uploaded: the checkpoint's incremental size
   */
  public long upload(long checkpointId, Map<String, Path> files) throws IOException {
    Set<String> toUpload;
    synchronized (registry) {
      checkNotForgotten(checkpointId);
      toUpload = registry.filesToUpload(checkpointId, files.keySet());
    }
    Files.createDirectories(directory);
    long bytes = 0;
    for (String name : toUpload) {
      Path target = directory.resolve(name);
      Path temp = directory.resolve(name + ".inprogress");
      Files.deleteIfExists(temp);
      linkOrCopy(files.get(name), temp);
      try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      bytes += Files.size(target);
    }
    synchronized (registry) {
      if (forgotten.contains(checkpointId)) {
        // Aborted while this task uploaded: what it uploaded is nobody's.
        delete(registry.aborted(checkpointId));
        checkNotForgotten(checkpointId);
      }
    }
    return bytes;
  }

  /**
   * Puts the file's content at {@code target}: a hard link when both are on one file system, else a copy. An SST
   * file never changes once written and RocksDB syncs it when it finishes it, so a link is as good as a copy and
   * costs no I/O (copying every new file of every checkpoint took disk bandwidth and CPU from the tasks); the
   * link keeps the content when RocksDB later deletes its own name for it.
   */
  private static void linkOrCopy(Path source, Path target) throws IOException {
    try {
      Files.createLink(target, source);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void checkNotForgotten(long checkpointId) throws IOException {
    if (forgotten.contains(checkpointId)) {
      throw new IOException("Checkpoint " + checkpointId + " was aborted");
    }
  }

  /** The checkpoint completed: its files are referenced until it is forgotten. */
  void completed(long checkpointId) {
    synchronized (registry) {
      registry.completed(checkpointId);
    }
  }

  /** The checkpoint was discarded or aborted: deletes the files nothing else references. */
  void forget(long checkpointId) {
    Set<String> unreferenced;
    synchronized (registry) {
      forgotten.add(checkpointId);
      unreferenced = registry.forget(checkpointId);
    }
    delete(unreferenced);
  }

  private void delete(Set<String> unreferenced) {
    for (String name : unreferenced) {
      try {
        Files.deleteIfExists(directory.resolve(name));
      } catch (IOException e) {
        // Left behind; nothing references it.
      }
    }
  }

  /** Shared files on disk by name with their sizes, for tests and diagnostics. */
  public Map<String, Long> filesOnDisk() throws IOException {
    Map<String, Long> files = new TreeMap<>();
    if (Files.isDirectory(directory)) {
      try (var list = Files.list(directory)) {
        for (Path p : list.toList()) {
          files.put(p.getFileName().toString(), Files.size(p));
        }
      }
    }
    return files;
  }
}
