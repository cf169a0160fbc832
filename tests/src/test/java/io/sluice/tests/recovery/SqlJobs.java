package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.engine.Session;
import io.sluice.engine.StatementResult;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Runs jobs and watches them through SQL only: INSERT, SHOW JOBS, SHOW CHECKPOINTS, savepoint statements. */
final class SqlJobs {
  private SqlJobs() {}

  /** Runs every statement of a script; returns the id of the last job submitted, if any. */
  static String run(Session session, String script) {
    String jobId = null;
    for (var statement : session.parse(script)) {
      if (session.execute(statement) instanceof StatementResult.JobSubmitted job) {
        jobId = job.jobId();
      }
    }
    return jobId;
  }

  /** The job's row of SHOW JOBS, by column name. */
  static Map<String, String> job(Session session, String jobId) {
    var table = (StatementResult.Table) session.executeSql("SHOW JOBS");
    for (List<String> row : table.rows()) {
      if (row.get(0).equals(jobId)) {
        Map<String, String> columns = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
          columns.put(table.header().get(i), row.get(i));
        }
        return columns;
      }
    }
    throw new AssertionError("No job " + jobId + " in SHOW JOBS");
  }

  /** Polls SHOW JOBS until the job's row matches, at most {@code limit}; returns that row. */
  static Map<String, String> await(Session session, String jobId, Duration limit,
      Predicate<Map<String, String>> condition) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      Map<String, String> row = job(session, jobId);
      if (condition.test(row)) {
        return row;
      }
      assertThat(System.nanoTime()).as("job %s did not reach the state within %s: %s", jobId, limit, row)
          .isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** Waits until the job has ended; returns its SHOW JOBS row. */
  static Map<String, String> awaitEnd(Session session, String jobId, Duration limit) throws InterruptedException {
    return await(session, jobId, limit, row -> List.of("FINISHED", "FAILED", "CANCELED").contains(row.get("status")));
  }

  /** DESCRIBE JOB's rows: value by property. */
  static Map<String, String> describe(Session session, String jobId) {
    var table = (StatementResult.Table) session.executeSql("DESCRIBE JOB '" + jobId + "'");
    Map<String, String> properties = new HashMap<>();
    table.rows().forEach(row -> properties.put(row.get(0), row.get(1)));
    return properties;
  }

  /** The rows of SHOW CHECKPOINTS FOR JOB, by column name. */
  static List<Map<String, String>> checkpoints(Session session, String jobId) {
    var table = (StatementResult.Table) session.executeSql("SHOW CHECKPOINTS FOR JOB '" + jobId + "'");
    return table.rows().stream().map(row -> {
      Map<String, String> columns = new HashMap<>();
      for (int i = 0; i < row.size(); i++) {
        columns.put(table.header().get(i), row.get(i));
      }
      return columns;
    }).toList();
  }

  /** Waits until the job has completed at least {@code count} periodic checkpoints. */
  static void awaitCheckpoints(Session session, String jobId, int count, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (checkpoints(session, jobId).stream()
        .filter(c -> c.get("kind").equals("CHECKPOINT") && c.get("status").equals("COMPLETED")).count() < count) {
      assertThat(System.nanoTime()).as("%s checkpoints within %s: %s %s", count, limit, job(session, jobId),
          checkpoints(session, jobId)).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** The path in the one-row answer of a savepoint statement. */
  static String savepointPath(Session session, String sql) {
    var table = (StatementResult.Table) session.executeSql(sql);
    assertThat(table.header()).containsExactly("savepoint path");
    return table.rows().get(0).get(0);
  }
}
