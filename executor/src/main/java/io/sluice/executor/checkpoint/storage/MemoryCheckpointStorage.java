package io.sluice.executor.checkpoint.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Checkpoints in the memory of the process ({@code execution.checkpointing.storage = jobmanager}), each piece of
 * state capped ({@link MemoryCheckpointLocation#DEFAULT_MAX_STATE_SIZE}). They recover a job from task failures
 * but not from the loss of the process. Savepoints still go to files, as in Flink. Discarding a checkpoint
 * frees its memory.
 */
public final class MemoryCheckpointStorage implements CheckpointStorage {
  private final String jobId;
  private final String savepointDirectory;
  private final int maxStateSize;
  private final Map<Long, MemoryCheckpointLocation> checkpoints =
      new ConcurrentSkipListMap<>(Comparator.reverseOrder());

  public MemoryCheckpointStorage(String jobId, String savepointDirectory) {
    this(jobId, savepointDirectory, MemoryCheckpointLocation.DEFAULT_MAX_STATE_SIZE);
  }

  public MemoryCheckpointStorage(String jobId, String savepointDirectory, int maxStateSize) {
    this.jobId = jobId;
    this.savepointDirectory = savepointDirectory;
    this.maxStateSize = maxStateSize;
  }

  @Override
  public CheckpointLocation createCheckpoint(long checkpointId) throws IOException {
    // Ids are never reused within a job, so discarding forgets the id.
    MemoryCheckpointLocation location = new MemoryCheckpointLocation(pointerOf(checkpointId), maxStateSize,
        () -> checkpoints.remove(checkpointId));
    if (checkpoints.putIfAbsent(checkpointId, location) != null) {
      throw new IOException("Checkpoint " + pointerOf(checkpointId) + " exists already");
    }
    return location;
  }

  @Override
  public CheckpointLocation checkpoint(long checkpointId) {
    MemoryCheckpointLocation location = checkpoints.get(checkpointId);
    return location != null ? location
        : new MemoryCheckpointLocation(pointerOf(checkpointId), maxStateSize, () -> { });
  }

  @Override
  public List<CheckpointLocation> checkpointsNewestFirst() {
    return new ArrayList<>(checkpoints.values());
  }

  @Override
  public CheckpointLocation createSavepoint(String directory) throws IOException {
    return SavepointDirectories.create(directory, savepointDirectory, jobId);
  }

  private String pointerOf(long checkpointId) {
    return "jobmanager:" + jobId + "/chk-" + checkpointId;
  }
}
