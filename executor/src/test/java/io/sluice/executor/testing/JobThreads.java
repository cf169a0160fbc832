package io.sluice.executor.testing;

import java.util.List;

/** Finds the live task threads of a job by their name prefix {@code sluice-<job id>-}. */
public final class JobThreads {
  private JobThreads() {}

  public static List<Thread> alive(String jobId) {
    String prefix = "sluice-" + jobId + "-";
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(prefix) && t.isAlive())
        .toList();
  }
}
