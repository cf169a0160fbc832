package io.sluice.state.rocksdb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, for incremental checkpoints, which SST files to upload and which uploaded files to delete. Pure logic:
 * it sees file names and checkpoint ids, never files.
 *
 * <p>The algorithm is reference counting. SST files never change and a database never reuses a file name, so a
 * name identifies content, and consecutive checkpoints share most of their files. Each completed checkpoint that
 * is retained holds one reference to each of its files. A checkpoint in progress uploads only the files that no
 * retained checkpoint references ({@link #filesToUpload}); when it completes, its files gain a reference
 * ({@link #completed}); when a checkpoint is discarded (subsumed by newer ones, {@link #discard} or
 * {@link #retainLatest}), its files lose one, and those left with none are returned to be deleted. Files uploaded
 * by a checkpoint that never completes are returned by {@link #aborted} unless a retained checkpoint or another
 * checkpoint in progress has them. Two checkpoints in progress may both upload a new file (the same content under
 * the same name), so that either can complete without the other.
 *
 * <p>The caller's duties: names must be unique per content across every backend whose files share the storage,
 * so a caller qualifies RocksDB's names (for instance {@code backendId/000012.sst}), since a database restored
 * elsewhere numbers its files anew; checkpoints complete in increasing id order; and a file is deleted from storage
 * only when the registry says so. Not thread-safe.
 */
public final class SharedSstRegistry {
  private final Map<String, Integer> references = new HashMap<>();
  /** Retained completed checkpoints, oldest first, with their files. */
  private final LinkedHashMap<Long, Set<String>> retained = new LinkedHashMap<>();
  /** Checkpoints in progress and the files they upload. */
  private final Map<Long, Set<String>> uploading = new HashMap<>();
  /** Checkpoints in progress and every file they reference, uploaded or not. */
  private final Map<Long, Set<String>> referencing = new HashMap<>();
  private long lastCompleted = Long.MIN_VALUE;

  /**
   * The files of a checkpoint being taken that must be uploaded: those no retained completed checkpoint holds.
   * The others are already in storage and are referenced, not copied. Sorted. The checkpoint is in progress until
   * {@link #completed} or {@link #aborted}. Several backends may contribute files to one checkpoint, each with a
   * call of its own.
   */
  public Set<String> filesToUpload(long checkpointId, Collection<String> sstFiles) {
    Set<String> upload = new TreeSet<>();
    for (String file : sstFiles) {
      if (!references.containsKey(file)) {
        upload.add(file);
      }
    }
    uploading.computeIfAbsent(checkpointId, id -> new TreeSet<>()).addAll(upload);
    referencing.computeIfAbsent(checkpointId, id -> new TreeSet<>()).addAll(sstFiles);
    return new TreeSet<>(upload);
  }

  /** Records a completed checkpoint with every file {@link #filesToUpload} was given for it. */
  public void completed(long checkpointId) {
    completed(checkpointId, referencing.getOrDefault(checkpointId, Set.of()));
  }

  /**
   * Forgets a checkpoint, completed or not, and returns the files to delete: {@link #discard} for a retained one,
   * {@link #aborted} for one in progress.
   */
  public Set<String> forget(long checkpointId) {
    return retained.containsKey(checkpointId) ? discard(checkpointId) : aborted(checkpointId);
  }

  /**
   * Records a completed checkpoint and its files, every one of which is now in storage; it is retained until
   * discarded.
   *
   * @throws IllegalArgumentException when the id is not greater than every completed checkpoint's
   */
  public void completed(long checkpointId, Collection<String> sstFiles) {
    if (checkpointId <= lastCompleted) {
      throw new IllegalArgumentException("Checkpoint " + checkpointId + " completed after " + lastCompleted);
    }
    lastCompleted = checkpointId;
    uploading.remove(checkpointId);
    referencing.remove(checkpointId);
    Set<String> files = new TreeSet<>(sstFiles);
    retained.put(checkpointId, files);
    for (String file : files) {
      references.merge(file, 1, Integer::sum);
    }
  }

  /**
   * Drops a retained checkpoint and returns the files no retained checkpoint references any more, to delete from
   * storage. Sorted; empty when the checkpoint is unknown.
   */
  public Set<String> discard(long checkpointId) {
    Set<String> files = retained.remove(checkpointId);
    Set<String> unreferenced = new TreeSet<>();
    if (files == null) {
      return unreferenced;
    }
    for (String file : files) {
      if (references.merge(file, -1, Integer::sum) == 0) {
        references.remove(file);
        unreferenced.add(file);
      }
    }
    return unreferenced;
  }

  /** Discards all but the {@code count} newest retained checkpoints; returns the files to delete. */
  public Set<String> retainLatest(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("At least one checkpoint must be retained, not " + count);
    }
    Set<String> unreferenced = new TreeSet<>();
    List<Long> ids = new ArrayList<>(retained.keySet());
    for (int i = 0; i < ids.size() - count; i++) {
      unreferenced.addAll(discard(ids.get(i)));
    }
    return unreferenced;
  }

  /**
   * For a checkpoint in progress that will not complete: of the files it was to upload, those that no retained
   * checkpoint references and no other checkpoint in progress uploads, to delete. Sorted; empty when the
   * checkpoint is not in progress.
   */
  public Set<String> aborted(long checkpointId) {
    referencing.remove(checkpointId);
    Set<String> uploaded = uploading.remove(checkpointId);
    Set<String> unreferenced = new TreeSet<>();
    if (uploaded == null) {
      return unreferenced;
    }
    for (String file : uploaded) {
      if (!references.containsKey(file) && uploading.values().stream().noneMatch(u -> u.contains(file))) {
        unreferenced.add(file);
      }
    }
    return unreferenced;
  }

  /** The ids of the retained completed checkpoints, oldest first. */
  public List<Long> retainedCheckpoints() {
    return List.copyOf(retained.keySet());
  }

  /** The number of distinct files the retained checkpoints reference: what storage must hold. */
  public int referencedFileCount() {
    return references.size();
  }
}
