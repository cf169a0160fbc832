package io.sluice.executor.runtime;

import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.common.config.StateBackendOptions;
import io.sluice.executor.graph.StreamGraph;
import io.sluice.executor.jobgraph.JobGraph;
import io.sluice.executor.jobgraph.JobGraphTranslator;
import io.sluice.executor.restart.RestartStrategies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs inside this JVM, each parallel instance of each chain on its own thread. One executor per engine;
 * it keeps every job it ran (running or not) so that they can be listed.
 *
 * <p>{@link #submit} chains the stream graph ({@link JobGraphTranslator}), builds the channels and tasks and
 * starts the task threads; it returns at once. A small monitor thread publishes job terminations.
 */
public final class LocalExecutor implements AutoCloseable {
  /** How long {@link #close} waits for canceled jobs to stop. */
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final ExecutorSettings settings;
  private final ThreadPoolExecutor monitor;
  private final Random random = new Random();
  private final Map<String, LocalJob> jobs = new LinkedHashMap<>();
  private boolean closed;

  public LocalExecutor() {
    this(ExecutorSettings.DEFAULT);
  }

  public LocalExecutor(ExecutorSettings settings) {
    this.settings = settings;
    // At most one thread, which goes away when idle.
    this.monitor = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread thread = new Thread(r, "sluice-job-monitor");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts a job and returns at once.
   *
   * @param configuration read at submission (a copy is kept): {@link SluiceOptions#MAX_PARALLELISM},
   *     {@link SluiceOptions#BUFFER_TIMEOUT}, the checkpointing and restart options,
   *     {@code execution.state-recovery.path} (the savepoint or checkpoint to start from), and whatever the
   *     operators read from their context
   * @throws IllegalArgumentException if the graph is empty or a parallelism exceeds the maximum parallelism
   * @throws JobRestoreException if the recovery path holds no restorable checkpoint or its state does not fit the
   *     job (the message names the operator)
   * @throws IllegalStateException if the executor is closed
   */
  public JobHandle submit(String jobName, StreamGraph graph, Configuration configuration) {
    return submit(null, jobName, graph, configuration);
  }

  /**
   * Starts a job under a given id, e.g. one that ran in an earlier process and resumes now from its checkpoints
   * (which are kept under its id).
   *
   * @param jobId the id to use; null for a new one
   * @throws IllegalArgumentException also if a job with that id was already submitted to this executor
   * @see #submit(String, StreamGraph, Configuration)
   */
  public JobHandle submit(String jobId, String jobName, StreamGraph graph, Configuration configuration) {
    Configuration jobConfiguration = configuration.copy();
    int maxParallelism = jobConfiguration.get(SluiceOptions.MAX_PARALLELISM);
    JobGraph jobGraph = JobGraphTranslator.translate(graph, maxParallelism);
    JobRestores.Restored restored = JobRestores.fromConfig(jobConfiguration, jobGraph, maxParallelism);
    LocalJob job;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("The executor is closed");
      }
      if (jobId != null && jobs.containsKey(jobId)) {
        throw new IllegalArgumentException("A job with id '" + jobId + "' exists already");
      }
      String id = jobId == null ? newJobId() : jobId;
      JobMetrics metrics = new JobMetrics();
      LocalJob[] created = new LocalJob[1];
      JobCheckpointer checkpointer = JobCheckpointers.create(id, jobGraph, jobConfiguration, maxParallelism,
          restored == null ? 1 : restored.checkpointId() + 1, new JobCheckpointer.Callbacks() {
            @Override
            public void fail(String message) {
              created[0].fail(message);
            }

            @Override
            public void stopped() {
              created[0].stopped();
            }
          });
      LocalJob.Recovery recovery = new LocalJob.Recovery(RestartStrategies.fromConfig(jobConfiguration),
          checkpointer, restored == null ? null : restored.restore(),
          restored == null ? List.of() : restored.warnings());
      job = LocalJob.create(id, jobName, monitor, metrics, listener -> JobDeployer.createTasks(id, jobGraph,
          jobConfiguration, maxParallelism, settings, metrics, checkpointer, listener), recovery);
      job.stateBackend(jobConfiguration.get(StateBackendOptions.TYPE).toString());
      created[0] = job;
      jobs.put(id, job);
    }
    job.start();
    return job;
  }

  /** Every job submitted, in submission order. */
  public synchronized List<JobHandle> jobs() {
    return List.copyOf(jobs.values());
  }

  public synchronized Optional<JobHandle> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /**
   * Cancels the running jobs and waits (up to 10 s in all) for them to stop; later submissions fail.
   * Idempotent.
   */
  @Override
  public void close() {
    List<LocalJob> running;
    synchronized (this) {
      closed = true;
      running = new ArrayList<>(jobs.values());
    }
    running.forEach(LocalJob::cancel);
    long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
    try {
      for (LocalJob job : running) {
        long left = Math.max(1, deadline - System.nanoTime());
        job.awaitTermination(Duration.ofNanos(left));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    monitor.shutdown();
  }

  private String newJobId() {
    String id;
    do {
      id = String.format("%08x", random.nextInt());
    } while (jobs.containsKey(id));
    return id;
  }
}
