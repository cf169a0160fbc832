package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Restart strategies set from SQL, shown through SHOW JOBS: a job whose source fails after 10 rows in every
 * attempt is restarted as the strategy says, its status RESTARTING with the attempt count and the failure's
 * message in between, and FAILED with that message when the strategy gives up. Delays are checked as lower
 * bounds only.
 */
class RestartStrategyTest {
  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @AfterEach
  void close() {
    engine.close();
  }

  /** Starts the always-failing job; returns its id. */
  private String alwaysFailing(String strategy) {
    return SqlJobs.run(session, strategy + ExactlyOnceTest.countJob("restarts", 1000, ", 'fail-after-rows' = '10'"));
  }

  @Test
  void fixedDelayGivesUpAfterItsAttemptsWaitingBetweenThem() throws Exception {
    long start = System.nanoTime();
    String job = alwaysFailing("SET 'restart-strategy.type' = 'fixed-delay';"
        + "SET 'restart-strategy.fixed-delay.attempts' = '3'; SET 'restart-strategy.fixed-delay.delay' = '200 ms';");

    Map<String, String> end = SqlJobs.awaitEnd(session, job, Duration.ofSeconds(60));
    assertThat(end).containsEntry("status", "FAILED").containsEntry("restarts", "3");
    assertThat(end.get("failure")).contains("Injected failure after 10 rows");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
  }

  @Test
  void noneFailsAtOnce() throws Exception {
    String job = alwaysFailing("SET 'restart-strategy.type' = 'none';"
        + "SET 'execution.checkpointing.interval' = '1 s';");

    Map<String, String> end = SqlJobs.awaitEnd(session, job, Duration.ofSeconds(60));
    assertThat(end).containsEntry("status", "FAILED").containsEntry("restarts", "0");
    assertThat(end.get("failure")).contains("Injected failure after 10 rows");
  }

  @Test
  void failureRateGivesUpWhenFailuresComeFasterThanTheRate() throws Exception {
    String job = alwaysFailing("SET 'restart-strategy.type' = 'failure-rate';"
        + "SET 'restart-strategy.failure-rate.max-failures-per-interval' = '2';"
        + "SET 'restart-strategy.failure-rate.failure-rate-interval' = '1 min';"
        + "SET 'restart-strategy.failure-rate.delay' = '50 ms';");

    Map<String, String> end = SqlJobs.awaitEnd(session, job, Duration.ofSeconds(60));
    assertThat(end).containsEntry("status", "FAILED").containsEntry("restarts", "2");
  }

  @Test
  void failureRateKeepsRestartingWhileFailuresStayWithinTheRate() throws Exception {
    long start = System.nanoTime();
    // Two failures per 400 ms allowed; with 300 ms between failures the window never holds three.
    String job = alwaysFailing("SET 'restart-strategy.type' = 'failure-rate';"
        + "SET 'restart-strategy.failure-rate.max-failures-per-interval' = '2';"
        + "SET 'restart-strategy.failure-rate.failure-rate-interval' = '400 ms';"
        + "SET 'restart-strategy.failure-rate.delay' = '300 ms';");

    SqlJobs.await(session, job, Duration.ofSeconds(60), row -> Integer.parseInt(row.get("restarts")) >= 4);
    // A restart is counted when it is decided: the fourth after three delays.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(SqlJobs.job(session, job).get("status")).isIn("RUNNING", "RESTARTING");
    session.executeSql("STOP JOB '" + job + "'");
    assertThat(SqlJobs.awaitEnd(session, job, Duration.ofSeconds(30))).containsEntry("status", "CANCELED");
  }

  @Test
  void showJobsShowsARestartingJobWithItsAttemptsAndFailure() throws Exception {
    String job = alwaysFailing("SET 'restart-strategy.type' = 'fixed-delay';"
        + "SET 'restart-strategy.fixed-delay.attempts' = '5'; SET 'restart-strategy.fixed-delay.delay' = '10 s';");

    Map<String, String> restarting = SqlJobs.await(session, job, Duration.ofSeconds(30),
        row -> row.get("status").equals("RESTARTING"));
    assertThat(restarting).containsEntry("restarts", "1");
    assertThat(restarting.get("failure")).contains("Injected failure after 10 rows");
    // Stopped during the restart delay, it ends at once.
    session.executeSql("STOP JOB '" + job + "'");
    assertThat(SqlJobs.job(session, job)).containsEntry("status", "CANCELED");
  }
}
