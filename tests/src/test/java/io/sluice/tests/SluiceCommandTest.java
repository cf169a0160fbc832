package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./sluice sql -f} started as a process, as scripts and users run it. */
class SluiceCommandTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  record Outcome(int exitCode, String stdout, String stderr) {}

  private Outcome run(String script, String... args) throws IOException, InterruptedException {
    Path file = dir.resolve("job.sql");
    Files.writeString(file, script);
    List<String> command = new ArrayList<>(List.of(PROJECT.resolve("sluice").toString(), "sql", "-f", "job.sql"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    // The build that runs the tests has just packaged the shell; do not let the launcher rebuild.
    builder.environment().put("SLUICE_SKIP_BUILD", "1");
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("sluice sql -f ended").isTrue();
    return new Outcome(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void csvOutputOfAQuery() throws Exception {
    Outcome outcome = run(SkeletonQueryTest.CREATE_T + "\n-- the ten multiples of 100\n"
        + "SELECT id, id * 2 AS twice FROM t WHERE MOD(id, 100) = 0;\n", "--format", "csv");

    assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    List<String> expected = new ArrayList<>(List.of("op,id,twice"));
    for (int i = 1; i <= 10; i++) {
      expected.add("+I," + i * 100 + "," + i * 200);
    }
    assertThat(outcome.stdout().lines().toList()).containsExactlyElementsOf(expected);
  }

  @Test
  void insertIntoPrintRunsUntilTheJobEnds() throws Exception {
    Outcome outcome = run(SkeletonQueryTest.CREATE_T
        + "CREATE TABLE p (id BIGINT) WITH ('connector' = 'print');\n"
        + "INSERT INTO p SELECT id FROM t WHERE id > 997;\n");

    assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    assertThat(outcome.stdout().lines().filter(l -> l.startsWith("+I")).toList())
        .containsExactly("+I[998]", "+I[999]", "+I[1000]");
  }

  @Test
  void anErrorStopsTheFileWithFileLineAndColumn() throws Exception {
    Outcome outcome = run(SkeletonQueryTest.CREATE_T + "\nSELECT id FROM t;\nSELECT nope FROM t;\n",
        "--format", "csv");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.stderr()).contains("job.sql:3:8:").contains("nope");
  }

  @Test
  void explainAndHelpPrintTheirText() throws Exception {
    Outcome outcome = run(SkeletonQueryTest.CREATE_T + "\nEXPLAIN SELECT id FROM t WHERE id > 5;\nHELP;\n");

    assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    assertThat(outcome.stdout())
        .contains("== Optimized Physical Plan ==\nCalc(select=[id], where=[>(id, 5)], changelogMode=[I])\n"
            + "+- TableSourceScan(table=[t], fields=[id, name], changelogMode=[I])")
        .containsPattern("EXECUTE STATEMENT SET BEGIN \\.\\.\\. END +Submits several INSERTs as one job\\.");
  }

  @Test
  void anAggregationPrintsItsChangelog() throws Exception {
    Outcome outcome = run(SkeletonQueryTest.CREATE_T
        + "SELECT MOD(id, 2) AS odd, COUNT(*) AS n FROM t WHERE id <= 3 GROUP BY MOD(id, 2);\n", "--format", "csv");

    assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    assertThat(outcome.stdout().lines().toList())
        .containsExactly("op,odd,n", "+I,1,1", "+I,0,1", "-U,1,1", "+U,1,2");
  }

  @Test
  void aWindowAggregationPrintsOneFinalRowPerWindow() throws Exception {
    Outcome outcome = run(WindowQueryTest.CREATE_E
        + "\nSELECT window_start, window_end, COUNT(*) AS n, SUM(id) AS total\n"
        + "FROM TABLE(TUMBLE(TABLE e, DESCRIPTOR(ts), INTERVAL '10' SECOND))\n"
        + "GROUP BY window_start, window_end;\n", "--format", "csv");

    assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    assertThat(outcome.stdout().lines().toList()).containsExactly("op,window_start,window_end,n,total",
        "+I,2024-01-01 00:00:00,2024-01-01 00:00:10,9,45",
        "+I,2024-01-01 00:00:10,2024-01-01 00:00:20,10,145",
        "+I,2024-01-01 00:00:20,2024-01-01 00:00:30,6,135");
  }

  @Test
  void anAppendOnlySinkRefusesAnUpdatingInsert() throws Exception {
    Outcome outcome = run(SkeletonQueryTest.CREATE_T
        + "CREATE TABLE files (name STRING, n BIGINT) WITH ('connector' = 'filesystem', 'path' = 'out');\n"
        + "INSERT INTO files SELECT name, COUNT(*) FROM t GROUP BY name;\n");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.stderr()).contains("job.sql:2:1:",
        "Table 'files' takes only inserts (connector 'filesystem')",
        "GroupAggregate(groupBy=[name], select=[name, COUNT(*) AS EXPR$1], changelogMode=[I,UB,UA,D])",
        "declare PRIMARY KEY (name) NOT ENFORCED on the sink, or use an upsert connector");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aSinkKeyedByTheGroupReceivesUpserts() throws Exception {
    Outcome outcome = run(SkeletonQueryTest.CREATE_T
        + "CREATE TABLE p (odd BIGINT, n BIGINT, PRIMARY KEY (odd) NOT ENFORCED) WITH ('connector' = 'print');\n"
        + "INSERT INTO p SELECT odd, COUNT(*) FROM (SELECT CAST(MOD(id, 2) AS BIGINT) AS odd FROM t WHERE id <= 4)"
        + " GROUP BY odd;\n");

    assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    assertThat(outcome.stdout().lines().filter(l -> l.matches("[+-][IUD]\\[.*")).toList())
        .containsExactly("+I[1, 1]", "+I[0, 1]", "+U[1, 2]", "+U[0, 2]");
  }

  @Test
  void aSyntaxErrorRunsNothing() throws Exception {
    Outcome outcome = run("SELECT 1;\nSELEC id FROM t;\n", "--format", "csv");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.stderr()).contains("job.sql:2:1:").contains("SELEC");
    assertThat(outcome.stdout()).isEmpty();
  }
}
