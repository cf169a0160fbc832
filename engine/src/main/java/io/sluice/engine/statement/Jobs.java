package io.sluice.engine.statement;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.engine.EngineContext;
import io.sluice.engine.EngineJobs;
import io.sluice.engine.Failures;
import io.sluice.engine.JobProgress;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.executor.runtime.JobRestoreException;
import io.sluice.executor.runtime.JobStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What the statements about jobs share: submitting one, finding one by id, and how times, checkpoints and failures
 * are shown.
 */
final class Jobs {
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private Jobs() {}

  /**
   * Submits a job.
   *
   * @throws SluiceException {@link ErrorCode#RESTORE_FAILED} when it cannot start from
   *     {@code execution.state-recovery.path}
   */
  static JobHandle submit(EngineContext context, EngineJobs.Submission submission) {
    try {
      return context.jobs().submit(submission);
    } catch (JobRestoreException e) {
      throw new SluiceException(ErrorCode.RESTORE_FAILED, e.getMessage() + ". RESET"
          + " 'execution.state-recovery.path' to start without state.", e);
    }
  }

  /** The failure behind a FAILED job or the latest one behind restarts, described; empty if none. */
  static String failure(JobHandle job) {
    return (job.status() == JobStatus.FAILED ? job.failure() : job.lastFailure()).map(Failures::describe).orElse("");
  }

  /**
   * {@code 3 at 2026-11-21 14:02:11.123}, or {@code none}: with the date, unlike the status line's time of day,
   * since a job listed here may have run for days.
   */
  static String lastCheckpoint(JobProgress progress) {
    return progress.lastCheckpointTime() == null ? "none"
        : progress.lastCheckpointId() + " at " + TIME.format(progress.lastCheckpointTime());
  }

  /** The job with that id if the user may see it, or an error that says how to find the ids. */
  static JobHandle require(EngineContext context, String jobId) {
    return context.jobs().find(jobId, context.user()).orElseThrow(() -> new SluiceException(ErrorCode.UNKNOWN_JOB,
        "No job with id '" + jobId + "'. SHOW JOBS lists the jobs."));
  }
}
