package io.sluice.connectors.filesystem;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.ProcessingTimeService;
import io.sluice.state.ListState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One parallel writer of the filesystem sink: a two-phase commit over part files, after Flink's FileSink.
 *
 * <p>Rows are appended to a hidden in-progress file. The {@link RollingPolicy} closes it ("rolls" it) when it is
 * full, and when it is old at a periodic check or a checkpoint; a rolled file is <em>pending</em>. The barrier of
 * checkpoint {@code n} files the files rolled since the previous barrier under {@code n} and records in the
 * checkpoint (operator list state, {@link FileSinkState}) the pending files and the in-progress file with its length. When {@code n}
 * completes, every pending file filed under {@code n} or earlier is committed: renamed to its visible name, so a
 * reader sees whole files, and only rows of completed checkpoints. The in-progress file goes on across checkpoints,
 * as in Flink's row formats; it becomes visible once rolled and covered by the next completed checkpoint.
 *
 * <p>After a failure each writer restores the states it got from the checkpoint the job restarts from (its own, or
 * at another parallelism its share of the old writers'): it commits the pending files
 * listed there, cuts the in-progress file to its recorded length and commits it too (those rows are all covered by
 * the completed checkpoint), and deletes the hidden files its failed predecessor created after the checkpoint.
 * Every step is idempotent ({@link PartFileCommitter}), so a restore that fails half-way is simply repeated.
 *
 * <p>At the end of a bounded input the in-progress file is rolled; with checkpointing, the job's final checkpoint
 * commits it like any other (the task stays open for it). Without checkpointing, {@link #endInput} commits
 * everything at once, and an unbounded job never commits, as Flink's file sink.
 */
final class FileSinkOperator implements Operator, CheckpointedFunction, CheckpointListener {
  private final FileSinkSpec spec;
  private final PartFileCommitter committer;
  private final RowEncoder encoder;
  /** Pending parts by the checkpoint whose completion commits them. */
  private final TreeMap<Long, List<Long>> pendingByCheckpoint = new TreeMap<>();
  /** Parts rolled since the last barrier. */
  private List<Long> rolled = new ArrayList<>();
  private PartFileNames names;
  private ListState<FileSinkState> state;
  private ProcessingTimeService time;
  private PartFile current;
  private long nextPart;
  /** Whether the job checkpoints: then only completed checkpoints commit. */
  private boolean checkpointing;

  FileSinkOperator(FileSinkSpec spec) {
    this.spec = spec;
    this.committer = new PartFileCommitter(spec.directory());
    this.encoder = spec.format().encoder(spec.schema());
  }

  @Override
  public void open(OperatorContext context) throws Exception {
    names = new PartFileNames(spec.prefix(), context.subtaskIndex(), encoder.extension());
    time = context.processingTime();
    checkpointing = context.configuration().get(CheckpointingOptions.INTERVAL) != null;
    Files.createDirectories(spec.directory());
    state = context.operatorState().getListState(FileSinkState.DESCRIPTOR);
    for (FileSinkState restored : state.get()) {
      finish(restored);
    }
    state.clear();
    time.registerTimer(time.currentTime() + spec.rollingPolicy().checkIntervalMillis());
  }

  /** Commits what an old writer's checkpoint covered and deletes what it wrote after; idempotent. */
  private void finish(FileSinkState restored) throws Exception {
    PartFileNames restoredNames = restored.names();
    for (long part : restored.pendingParts()) {
      committer.commit(restoredNames, part);
    }
    if (restored.inProgressPart() >= 0) {
      committer.recover(restoredNames, restored.inProgressPart(), restored.validLength());
    }
    committer.deleteLeftovers(restoredNames, restored.nextPart());
    if (restoredNames.prefix().equals(spec.prefix())) {
      // Part numbers of this job's writers go on, so a committed name is never written twice.
      nextPart = Math.max(nextPart, restored.nextPart());
    }
  }

  @Override
  public void processRow(Row row, Output out) throws Exception {
    if (row.kind() != RowKind.INSERT) {
      throw new IllegalStateException("The filesystem sink takes inserts only, got " + row);
    }
    if (current == null) {
      long part = nextPart++;
      current = PartFile.create(spec.directory().resolve(names.inProgress(part)), part, time.currentTime());
    }
    current.wrote(encoder.write(row, current.out()));
    if (spec.rollingPolicy().isFull(current.size())) {
      roll();
    }
  }

  @Override
  public void onProcessingTime(long timestamp, Output out) throws Exception {
    rollIfDue();
    time.registerTimer(time.currentTime() + spec.rollingPolicy().checkIntervalMillis());
  }

  @Override
  public byte[] snapshotState(long checkpointId) throws Exception {
    rollIfDue();
    if (!rolled.isEmpty()) {
      pendingByCheckpoint.put(checkpointId, rolled);
      rolled = new ArrayList<>();
    }
    List<Long> pending = new ArrayList<>();
    pendingByCheckpoint.values().forEach(pending::addAll);
    long inProgressPart = -1;
    long validLength = 0;
    if (current != null) {
      current.sync();
      inProgressPart = current.part();
      validLength = current.size();
    }
    state.update(List.of(new FileSinkState(names, nextPart, inProgressPart, validLength, pending)));
    return null;
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) throws Exception {
    Map<Long, List<Long>> done = pendingByCheckpoint.headMap(checkpointId, true);
    for (List<Long> parts : done.values()) {
      for (long part : parts) {
        committer.commit(names, part);
      }
    }
    done.clear();
  }

  /**
   * Rolls the in-progress file. With checkpointing the final checkpoint commits it; without, everything is
   * committed now.
   */
  @Override
  public void endInput(Output out) throws Exception {
    if (current != null) {
      roll();
    }
    if (!checkpointing) {
      notifyCheckpointComplete(Long.MAX_VALUE);
      for (long part : rolled) {
        committer.commit(names, part);
      }
      rolled.clear();
    }
  }

  /** Leaves the in-progress file as it is: a restore cuts it to what its checkpoint covers. */
  @Override
  public void close() throws Exception {
    if (current != null) {
      current.abandon();
      current = null;
    }
  }

  private void rollIfDue() throws Exception {
    if (current != null && spec.rollingPolicy().isDue(current.openedAtMillis(), time.currentTime())) {
      roll();
    }
  }

  private void roll() throws Exception {
    current.finish();
    rolled.add(current.part());
    current = null;
  }
}
