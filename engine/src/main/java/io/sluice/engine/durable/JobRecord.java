package io.sluice.engine.durable;

import java.util.Map;

/**
 * One INSERT job as the job journal keeps it: enough to submit it again after a restart.
 *
 * @param configuration the options set in the submitting session, by key
 * @param status the runtime's {@code JobStatus} name; RUNNING for a job that was running when the process ended
 */
public record JobRecord(String id, String name, String sql, Map<String, String> configuration, String owner,
    boolean ownerIsAdmin, String status) {

  public JobRecord {
    configuration = Map.copyOf(configuration);
  }

  public JobRecord withStatus(String newStatus) {
    return new JobRecord(id, name, sql, configuration, owner, ownerIsAdmin, newStatus);
  }
}
