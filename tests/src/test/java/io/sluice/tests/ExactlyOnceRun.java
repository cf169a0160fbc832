package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.tests.recovery.FailurePoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The end-to-end exactly-once scenario every transactional sink is held to: a million rows (ids 1 to 1,000,000,
 * name {@code n<id>}) from a replayable source at parallelism 2 (the test connector {@code flaky}: datagen failing
 * once at each of its failure points), checkpoints every 100 ms, seven injected failures, and a reader that looks at
 * the sink's committed output while the job runs. The reader must never see a
 * duplicate, nor anything at all before the first checkpoint has completed; at the end it must see every row
 * exactly once.
 */
final class ExactlyOnceRun {
  static final long ROWS = 1_000_000;
  /** Values of {@code id} at which the source fails once each; both subtasks' halves of the ids get some. */
  static final List<Long> FAIL_AT = List.of(40_000L, 130_000L, 220_000L, 300_000L, 560_000L, 650_000L, 740_000L);

  private ExactlyOnceRun() {}

  /** Session settings and the source table {@code src (id BIGINT)}, failing at {@link #FAIL_AT} once each. */
  static String setup(Path checkpoints, String scenario) {
    FailurePoints.register(scenario, FAIL_AT);
    return "SET 'parallelism.default' = '2';"
        + "SET 'execution.checkpointing.interval' = '100 ms';"
        + "SET 'execution.checkpointing.dir' = '" + checkpoints + "';"
        + "SET 'restart-strategy.type' = 'fixed-delay';"
        + "SET 'restart-strategy.fixed-delay.attempts' = '20';"
        + "SET 'restart-strategy.fixed-delay.delay' = '10 ms';"
        + "CREATE TABLE src (id BIGINT) WITH ('connector' = 'flaky', 'rows-per-second' = '1000000',"
        + " 'number-of-rows' = '" + ROWS + "', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1',"
        + " 'fields.id.end' = '" + ROWS + "', 'failure-points' = '" + scenario + "');";
  }

  /** The query every scenario inserts: the ids with a name derived from them. */
  static final String QUERY = "SELECT id, CONCAT('n', CAST(id AS STRING)) FROM src";

  /**
   * Submits {@code insert} and, until the job ends, counts the committed rows with {@code visibleRows}: none
   * may be visible before the first checkpoint completed. Then checks with {@code finalView} that the output
   * holds every id exactly once. Committed output is never taken back, so a duplicate seen while the job runs
   * would still be there at the end.
   */
  static void runAndWatch(SluiceEngine engine, Session session, String insert, Path checkpoints, String scenario,
      Callable<Long> visibleRows, Callable<View> finalView) throws Exception {
    long start = System.nanoTime();
    session.executeSql(insert);
    List<String> violations = new ArrayList<>();
    int partialViews = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    boolean ended = false;
    // Latched: a finished job's checkpoints are deleted, but its commits stay.
    boolean checkpointCompleted = false;
    while (!ended) {
      assertThat(System.nanoTime()).as("job did not end in time").isLessThan(deadline);
      Thread.sleep(100);
      ended = !jobRunning(session);
      long seen = visibleRows.call();
      checkpointCompleted = checkpointCompleted || anyCheckpointCompleted(checkpoints); // after the read: see below
      // Commits follow completed checkpoints; if none had completed when the read was over, none was visible.
      if (!checkpointCompleted && seen > 0) {
        violations.add("a reader saw " + seen + " rows before any checkpoint completed");
      }
      if (seen > 0 && seen < ROWS) {
        partialViews++;
      }
    }
    assertThat(engine.awaitJobs(Duration.ofSeconds(30)))
        .as(() -> "job finished without failing: " + session.executeSql("SHOW JOBS")).isTrue();
    System.out.printf("%s: job ran %d ms; %d partial views%n", insert,
        (System.nanoTime() - start) / 1_000_000, partialViews);
    assertThat(violations).isEmpty();
    assertThat(FailurePoints.remaining(scenario)).as("injected failures that did not happen").isZero();
    assertThat(partialViews).as("views of a partly committed output while the job ran").isPositive();
    assertThat(finalView.call()).as("every id from 1 to %s exactly once", ROWS).isEqualTo(new View(ROWS, ROWS, 1, ROWS));
  }

  /**
   * What a reader of the sink's output sees at one moment.
   *
   * @param rows the rows visible
   * @param distinctIds how many different ids they hold
   * @param minId the smallest id, 0 if there is none
   * @param maxId the largest id, 0 if there is none
   */
  record View(long rows, long distinctIds, long minId, long maxId) {
    /** The view of these ids. */
    static View of(List<Long> ids) {
      Set<Long> distinct = new HashSet<>(ids);
      return new View(ids.size(), distinct.size(), ids.stream().mapToLong(Long::longValue).min().orElse(0),
          ids.stream().mapToLong(Long::longValue).max().orElse(0));
    }
  }

  private static boolean jobRunning(Session session) {
    var jobs = (io.sluice.engine.StatementResult.Table) session.executeSql("SHOW JOBS");
    // A job restarting after an injected failure has not ended either.
    return jobs.rows().stream().anyMatch(row -> row.get(2).equals("RUNNING") || row.get(2).equals("RESTARTING"));
  }

  /** Whether any job has a completed checkpoint under the directory: its {@code _metadata} is written last. */
  static boolean anyCheckpointCompleted(Path checkpoints) throws IOException {
    if (!Files.isDirectory(checkpoints)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(checkpoints, 3)) {
      return files.anyMatch(f -> f.getFileName().toString().equals("_metadata"));
    } catch (java.io.UncheckedIOException e) {
      // A directory vanished while listed: an old checkpoint subsumed by a newer completed one.
      return true;
    }
  }
}
