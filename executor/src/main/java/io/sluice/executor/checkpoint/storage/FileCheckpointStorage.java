package io.sluice.executor.checkpoint.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checkpoints in files ({@code execution.checkpointing.storage = filesystem}), laid out as in Flink:
 *
 * <pre>
 * &lt;execution.checkpointing.dir&gt;/
 *   &lt;job-id&gt;/
 *     chk-1/   _metadata, keyed-&lt;operator&gt;-&lt;subtask&gt;, ...   (see {@link FileCheckpointLocation})
 *     chk-2/   ...
 *     shared/  SST files of incremental checkpoints, referenced by name from their keyed-state pieces
 * &lt;execution.checkpointing.savepoint-dir&gt;/
 *   savepoint-&lt;job&gt;-&lt;random&gt;/   _metadata, keyed-..., ...
 * </pre>
 *
 * A full checkpoint's directory is self-contained: its metadata names only files beside it. An incremental one
 * also references files in {@code shared/} ({@link SharedStateFiles}), which are deleted once no retained
 * checkpoint references them.
 */
public final class FileCheckpointStorage implements CheckpointStorage {
  private static final Pattern CHECKPOINT_DIR = Pattern.compile("chk-(\\d+)");
  private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  private final Path jobDirectory;
  private final String jobId;
  private final String savepointDirectory;
  private final SharedStateFiles shared;

  /**
   * @param checkpointDirectory {@code execution.checkpointing.dir}
   * @param savepointDirectory {@code execution.checkpointing.savepoint-dir}, or null
   */
  public FileCheckpointStorage(Path checkpointDirectory, String jobId, String savepointDirectory) {
    if (!JOB_ID.matcher(jobId).matches()) {
      throw new IllegalArgumentException("Job id '" + jobId + "' cannot name a directory");
    }
    this.jobDirectory = checkpointDirectory.resolve(jobId).toAbsolutePath().normalize();
    this.jobId = jobId;
    this.savepointDirectory = savepointDirectory;
    this.shared = new SharedStateFiles(jobDirectory.resolve(FileCheckpointLocation.SHARED_DIRECTORY));
  }

  /** The files this job's incremental checkpoints share. */
  public SharedStateFiles sharedState() {
    return shared;
  }

  /** {@code <dir>/<job-id>}: the directory to point {@code execution.state-recovery.path} at after a crash. */
  public Path jobDirectory() {
    return jobDirectory;
  }

  @Override
  public CheckpointLocation createCheckpoint(long checkpointId) throws IOException {
    return FileCheckpointLocation.create(directoryOf(checkpointId), shared, checkpointId);
  }

  @Override
  public CheckpointLocation checkpoint(long checkpointId) {
    return new FileCheckpointLocation(directoryOf(checkpointId), shared, checkpointId);
  }

  @Override
  public List<CheckpointLocation> checkpointsNewestFirst() throws IOException {
    return new ArrayList<>(checkpointsIn(jobDirectory));
  }

  @Override
  public CheckpointLocation createSavepoint(String directory) throws IOException {
    return SavepointDirectories.create(directory, savepointDirectory, jobId);
  }

  /** The {@code chk-<n>} subdirectories of a job's checkpoint directory, highest {@code n} first. */
  static List<FileCheckpointLocation> checkpointsIn(Path jobDirectory) throws IOException {
    if (!Files.isDirectory(jobDirectory)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(jobDirectory)) {
      return children.filter(Files::isDirectory)
          .filter(p -> CHECKPOINT_DIR.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparingLong(FileCheckpointStorage::idOf).reversed())
          .map(FileCheckpointLocation::new)
          .toList();
    }
  }

  private static long idOf(Path checkpointDirectory) {
    Matcher m = CHECKPOINT_DIR.matcher(checkpointDirectory.getFileName().toString());
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }

  private Path directoryOf(long checkpointId) {
    if (checkpointId <= 0) {
      throw new IllegalArgumentException("Checkpoint ids start at 1, got " + checkpointId);
    }
    return jobDirectory.resolve("chk-" + checkpointId);
  }
}
