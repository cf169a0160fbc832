package io.sluice.engine.durable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's INSERT jobs in {@code <state-dir>/jobs.json}, rewritten whole (atomically) on every change:
 *
 * <pre>{"version": 1, "jobs": [{"id": "...", "name": "...", "sql": "INSERT ...", "configuration": {...},
 *   "owner": "alice", "ownerIsAdmin": false, "status": "RUNNING"}, ...]}</pre>
 *
 * <p>A job still RUNNING in the file when the engine starts was running when the previous process ended, and is
 * resumed. Thread-safe: jobs end on the runtime's monitor thread.
 */
public final class JobJournal {
  static final int VERSION = 1;

  /** The file's layout. */
  record JobsFile(int version, List<JobRecord> jobs) {}

  private final Path file;
  private final Map<String, JobRecord> jobs = new LinkedHashMap<>();
  private final Set<String> ignored = new HashSet<>();

  /** Reads the journal in the directory, if there is one. */
  public JobJournal(Path stateDirectory) {
    this.file = stateDirectory.resolve("jobs.json");
    JobsFile existing = JsonFiles.read(file, JobsFile.class);
    if (existing != null) {
      if (existing.version() != VERSION) {
        throw new IllegalStateException(file + " has version " + existing.version() + "; this Sluice reads "
            + VERSION);
      }
      existing.jobs().forEach(job -> jobs.put(job.id(), job));
    }
  }

  /** Every job recorded, in submission order. */
  public synchronized List<JobRecord> jobs() {
    return List.copyOf(jobs.values());
  }

  /** Records a job, replacing an earlier record with the same id (a resumed job). */
  public synchronized void put(JobRecord job) {
    jobs.put(job.id(), job);
    save();
  }

  /** Records a job's new status, unless the job is {@link #ignoreUpdates ignored} or not recorded. */
  public synchronized void updateStatus(String id, String status) {
    JobRecord job = jobs.get(id);
    if (job == null || ignored.contains(id) || job.status().equals(status)) {
      return;
    }
    jobs.put(id, job.withStatus(status));
    save();
  }

  /** From now on, status changes of these jobs are not recorded (the process is shutting down). */
  public synchronized void ignoreUpdates(Collection<String> ids) {
    ignored.addAll(ids);
  }

  private void save() {
    JsonFiles.write(file, new JobsFile(VERSION, new ArrayList<>(jobs.values())));
  }
}
