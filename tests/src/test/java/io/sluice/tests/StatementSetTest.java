package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement set is one job, whose inserts share the source of the table they read. */
class StatementSetTest {
  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    engine.close();
  }

  @Test
  void runsItsInsertsAsOneJobReadingTheSourceOnce() throws Exception {
    for (String statement : (SkeletonQueryTest.CREATE_T
        + "CREATE TABLE low (id BIGINT) WITH ('connector' = 'filesystem', 'path' = '" + dir.resolve("low") + "');"
        + "CREATE TABLE high (id BIGINT) WITH ('connector' = 'filesystem', 'path' = '" + dir.resolve("high")
        + "');").split(";")) {
      session.executeSql(statement);
    }

    StatementResult result = session.executeSql("EXECUTE STATEMENT SET BEGIN\n"
        + "INSERT INTO low SELECT id FROM t WHERE id <= 2;\n"
        + "INSERT INTO high SELECT id FROM t WHERE id > 998;\n"
        + "END");

    assertThat(result).isInstanceOf(StatementResult.JobSubmitted.class);
    assertThat(engine.awaitJobs(Duration.ofSeconds(60))).isTrue();
    assertThat(lines(dir.resolve("low"))).containsExactlyInAnyOrder("1", "2");
    assertThat(lines(dir.resolve("high"))).containsExactlyInAnyOrder("999", "1000");
    var jobs = (StatementResult.Table) session.executeSql("SHOW JOBS");
    assertThat(jobs.rows()).hasSize(1);
    List<String> job = jobs.rows().get(0);
    // One source read the table's 1000 rows once; the two sinks received 2 rows each.
    assertThat(jobs.header()).containsSubsequence("status", "rows in", "rows out");
    assertThat(job.get(jobs.header().indexOf("status"))).isEqualTo("FINISHED");
    assertThat(job.get(jobs.header().indexOf("rows in"))).isEqualTo("1000");
    assertThat(job.get(jobs.header().indexOf("rows out"))).isEqualTo("4");
  }

  private static List<String> lines(Path folder) throws Exception {
    try (var files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
