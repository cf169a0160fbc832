package io.sluice.engine;

import io.sluice.common.config.Configuration;
import io.sluice.engine.durable.JobJournal;
import io.sluice.engine.durable.JobRecord;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.runtime.JobHandle;
import io.sluice.executor.runtime.LocalExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's jobs with their owners: submits them to the runtime, answers which jobs a user may see, and, for
 * an engine with a state directory, records each INSERT job (id, SQL, options, owner, status) in its
 * {@link JobJournal} so that a restarted server can resume the ones that were running.
 */
public final class EngineJobs {
  private final LocalExecutor executor;
  private final JobJournal journal;
  private final Map<String, String> owners = new ConcurrentHashMap<>();
  private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();

  /** @param journal where durable jobs are recorded; null for an engine that forgets them when it ends */
  EngineJobs(LocalExecutor executor, JobJournal journal) {
    this.executor = executor;
    this.journal = journal;
  }

  /**
   * One job to start.
   *
   * @param id the job's id, or null for a new one (a resumed job keeps the id it had)
   * @param sql the statement the job runs, recorded for durable jobs
   * @param durable whether the job is recorded and resumed after a restart (INSERTs are, SELECTs are not: their
   *     reader is gone with the process)
   */
  public record Submission(String id, String name, String sql, StreamGraph graph, Configuration configuration,
      SessionUser owner, boolean durable) {}

  /** Starts the job; a durable one is recorded as RUNNING, and its end status when it ends. */
  public JobHandle submit(Submission submission) {
    JobHandle job = executor.submit(submission.id(), submission.name(), submission.graph(),
        submission.configuration());
    owners.put(job.id(), submission.owner().name());
    configurations.put(job.id(), submission.configuration());
    if (submission.durable() && journal != null) {
      journal.put(new JobRecord(job.id(), job.name(), submission.sql(), submission.configuration().toMap(),
          submission.owner().name(), submission.owner().admin(), job.status().name()));
      job.terminationFuture().thenAccept(status -> journal.updateStatus(job.id(), status.name()));
    }
    return job;
  }

  /** The jobs the user may see, in submission order. */
  public List<JobHandle> visibleTo(SessionUser user) {
    return executor.jobs().stream().filter(job -> user.mayControl(owner(job.id()))).toList();
  }

  /** The job with this id if the user may see it; empty both when there is none and when it is not theirs. */
  public Optional<JobHandle> find(String id, SessionUser user) {
    return executor.job(id).filter(job -> user.mayControl(owner(job.id())));
  }

  /** Who submitted the job; the local user for a job without a recorded owner. */
  public String owner(String jobId) {
    return owners.getOrDefault(jobId, SessionUser.LOCAL.name());
  }

  /** The session options the job was submitted with (a copy the session no longer changes), if it was. */
  public Optional<Configuration> configuration(String jobId) {
    return Optional.ofNullable(configurations.get(jobId));
  }

  /**
   * Called before the engine cancels its jobs on shutdown: the jobs still running are to resume when it starts
   * again, so their cancellation is not recorded; the jobs that have ended get their status recorded now (their
   * own notification may come after this).
   */
  void recordShutdown() {
    if (journal == null) {
      return;
    }
    List<String> interrupted = new ArrayList<>();
    for (JobHandle job : executor.jobs()) {
      if (job.status().isTerminal()) {
        journal.updateStatus(job.id(), job.status().name());
      } else {
        interrupted.add(job.id());
      }
    }
    journal.ignoreUpdates(interrupted);
  }
}
