package io.sluice.engine;

import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.checkpoint.CheckpointStats;
import io.sluice.executor.runtime.JobHandle;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * How far a job has come, read at one instant: what SHOW JOBS lists per job and the shell's status line shows for
 * the running query.
 *
 * @param rowsIn rows its sources have read ({@link OperatorMetrics#ROWS_IN})
 * @param rowsOut rows that reached its sinks, or the query's result ({@link OperatorMetrics#ROWS_OUT})
 * @param lateRows rows dropped for arriving behind the watermark ({@link OperatorMetrics#LATE_ROWS_DROPPED})
 * @param runTime from the job's start to now, or to its end once it has ended
 * @param lastCheckpointId the newest completed checkpoint, 0 if none
 * @param lastCheckpointTime when that checkpoint completed; null if none
 */
public record JobProgress(long rowsIn, long rowsOut, long lateRows, Duration runTime, long lastCheckpointId,
    Instant lastCheckpointTime) {
  private static final DateTimeFormatter TIME_OF_DAY =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  /** The job's progress now. */
  public static JobProgress of(JobHandle job) {
    Map<String, Long> counters = job.counters();
    Instant end = job.endTime().orElseGet(Instant::now);
    CheckpointStats checkpoint = job.latestCheckpoint().orElse(null);
    return new JobProgress(
        counters.getOrDefault(OperatorMetrics.ROWS_IN, 0L),
        counters.getOrDefault(OperatorMetrics.ROWS_OUT, 0L),
        counters.getOrDefault(OperatorMetrics.LATE_ROWS_DROPPED, 0L),
        Duration.between(job.startTime(), end),
        checkpoint == null ? 0 : checkpoint.checkpointId(),
        checkpoint == null ? null : Instant.ofEpochMilli(checkpoint.endTimestamp()));
  }

  /** Rows read per second over the whole run time; 0 in its first millisecond. */
  public double averageRowsInPerSecond() {
    long millis = runTime.toMillis();
    return millis == 0 ? 0 : rowsIn * 1000.0 / millis;
  }

  /** {@code #3 at 14:02:11}, or {@code none}. */
  public String lastCheckpointText() {
    return lastCheckpointTime == null ? "none" : "#" + lastCheckpointId + " at " + TIME_OF_DAY.format(lastCheckpointTime);
  }
}
