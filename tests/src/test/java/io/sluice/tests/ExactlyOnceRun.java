package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.tests.faults.FailingDatagenConnectorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The end-to-end exactly-once scenario every transactional sink is held to: a million rows (ids 1 to 1,000,000,
 * name {@code n<id>}) from a replayable source at parallelism 2, checkpoints every 100 ms, seven injected failures,
 * and a reader that looks at the sink's committed output while the job runs. The reader must never see a
 * duplicate, nor anything at all before the first checkpoint has completed; at the end it must see every row
 * exactly once.
 */
final class ExactlyOnceRun {
  static final long ROWS = 1_000_000;
  /**
   * Values of {@code id} at which the source fails once each, in the first 60% of both subtasks' halves of the ids:
   * the subtasks advance in step, so every failure comes while both still run. (A failure after one subtask has
   * ended would replay rows its sink committed at the end of its input, for want of a final checkpoint.)
   */
  static final List<Long> FAIL_AT = List.of(40_000L, 130_000L, 220_000L, 300_000L, 560_000L, 650_000L, 740_000L);

  private ExactlyOnceRun() {}

  /** Session settings and the source table {@code src (id BIGINT, name STRING)}. */
  static String setup(Path checkpoints) {
    FailingDatagenConnectorFactory.FIRED.clear();
    return "SET 'parallelism.default' = '2';"
        + "SET 'execution.checkpointing.interval' = '100 ms';"
        + "SET 'execution.checkpointing.dir' = '" + checkpoints + "';"
        + "SET 'restart-strategy.type' = 'fixed-delay';"
        + "SET 'restart-strategy.fixed-delay.attempts' = '20';"
        + "SET 'restart-strategy.fixed-delay.delay' = '10 ms';"
        + "CREATE TABLE src (id BIGINT) WITH ('connector' = 'failing-datagen', 'rows-per-second' = '1000000',"
        + " 'number-of-rows' = '" + ROWS + "', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1',"
        + " 'fields.id.end' = '" + ROWS + "', 'fail-at' = '"
        + FAIL_AT.stream().map(String::valueOf).collect(Collectors.joining(",")) + "');";
  }

  /** The query every scenario inserts: the ids with a name derived from them. */
  static final String QUERY = "SELECT id, CONCAT('n', CAST(id AS STRING)) FROM src";

  /**
   * Submits {@code insert} and, until the job ends, reads the committed output with {@code reader} (the ids it
   * sees, one per row), checking each view; then checks the final view holds every id exactly once.
   */
  static void runAndWatch(SluiceEngine engine, Session session, String insert, Path checkpoints,
      Callable<List<Long>> reader) throws Exception {
    session.executeSql(insert);
    List<String> violations = new ArrayList<>();
    int partialViews = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    boolean ended = false;
    // Latched: a finished job's checkpoints are deleted, but its commits stay.
    boolean checkpointCompleted = false;
    while (!ended) {
      assertThat(System.nanoTime()).as("job did not end in time").isLessThan(deadline);
      Thread.sleep(50);
      ended = !jobRunning(session);
      List<Long> seen = reader.call();
      checkpointCompleted = checkpointCompleted || anyCheckpointCompleted(checkpoints); // after the read: see below
      Set<Long> distinct = new HashSet<>(seen);
      if (distinct.size() != seen.size()) {
        violations.add("a reader saw " + (seen.size() - distinct.size()) + " duplicates");
      }
      // Commits follow completed checkpoints; if none had completed when the read was over, none was visible.
      if (!checkpointCompleted && !seen.isEmpty()) {
        violations.add("a reader saw " + seen.size() + " rows before any checkpoint completed");
      }
      if (!seen.isEmpty() && seen.size() < ROWS) {
        partialViews++;
      }
    }
    assertThat(engine.awaitJobs(Duration.ofSeconds(30))).as("job finished without failing").isTrue();
    assertThat(violations).isEmpty();
    assertThat(FailingDatagenConnectorFactory.FIRED).as("injected failures")
        .containsExactlyInAnyOrderElementsOf(FAIL_AT);
    assertThat(partialViews).as("views of a partly committed output while the job ran").isPositive();
    List<Long> ids = reader.call();
    assertThat(ids).hasSize((int) ROWS);
    assertThat(new HashSet<>(ids)).hasSize((int) ROWS).allMatch(id -> id >= 1 && id <= ROWS);
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
