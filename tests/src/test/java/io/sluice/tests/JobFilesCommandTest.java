package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job files as a repository's CI uses them, through {@code ./sluice} started as a process: {@code sluice validate}
 * over a folder, {@code ${NAME}} variables, and {@code sql -i} before the shell.
 */
class JobFilesCommandTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final String SINKS = "CREATE TABLE p (id BIGINT) WITH ('connector' = 'print');\n"
      + "CREATE TABLE names (name STRING) WITH ('connector' = 'blackhole');\n";

  @TempDir
  Path dir;

  record Outcome(int exitCode, String stdout, String stderr) {}

  private Outcome sluice(Map<String, String> environment, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PROJECT.resolve("sluice").toString()));
    command.addAll(List.of(args));
    Files.writeString(dir.resolve("stdin.txt"), stdin);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(dir.resolve("stdin.txt").toFile())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    // The build that runs the tests has just packaged the shell; do not let the launcher rebuild.
    builder.environment().put("SLUICE_SKIP_BUILD", "1");
    builder.environment().put("HOME", dir.toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("sluice %s ended", args[0]).isTrue();
    return new Outcome(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private Outcome sluice(String... args) throws IOException, InterruptedException {
    return sluice(Map.of(), "", args);
  }

  private void write(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void validateChecksAFolderAndReportsEachErrorWithFileLineAndColumn() throws Exception {
    write("jobs/good.sql", SkeletonQueryTest.CREATE_T + "\n" + SINKS
        + "SET 'parallelism.default' = '2';\nINSERT INTO p SELECT id FROM t WHERE id > 998;\n");
    write("jobs/nested/broken.sql", SkeletonQueryTest.CREATE_T + "\n" + SINKS
        + "INSERT INTO p SELECT nope FROM t;\n"
        + "SET 'parallelism.default' = 'two';\n"
        + "INSERT INTO names SELECT name FROM t;\n");
    Path out = dir.resolve("p-out");

    Outcome outcome = sluice("validate", "jobs");

    assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(1);
    assertThat(outcome.stderr().lines().toList()).containsExactly(
        "jobs/nested/broken.sql:4:22: Column 'nope' not found in any table",
        "jobs/nested/broken.sql:5:1: Invalid value 'two' for 'parallelism.default': expected Integer (> 0) "
            + "(not a whole number)");
    assertThat(outcome.stdout()).isEqualTo("Checked 2 files: 2 errors.\n");
    assertThat(out).doesNotExist();

    Outcome good = sluice("validate", "jobs/good.sql");
    assertThat(good.exitCode()).as(good.stderr()).isZero();
    assertThat(good.stdout()).isEqualTo("Checked 1 file: no errors.\n");
    assertThat(good.stderr()).isEmpty();
  }

  @Test
  void validateRunsNothing() throws Exception {
    write("job.sql", "CREATE TABLE f (id BIGINT) WITH ('connector' = 'filesystem', 'path' = 'written');\n"
        + SkeletonQueryTest.CREATE_T + "\nINSERT INTO f SELECT id FROM t;\n");

    Outcome outcome = sluice("validate", "job.sql");

    assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    assertThat(dir.resolve("written")).doesNotExist();
  }

  @Test
  void variablesComeFromVarThenTheEnvironmentAndAnUnsetOneIsAnError() throws Exception {
    write("job.sql", "-- ${NOT_SET_BUT_COMMENTED}\n"
        + SkeletonQueryTest.CREATE_T.replace("'1000'", "'${ROWS}'") + "\n" + SINKS
        + "INSERT INTO p SELECT id FROM t WHERE id > ${FROM_ID};\n");

    Outcome fromEnvironment = sluice(Map.of("ROWS", "1000", "FROM_ID", "998"), "", "sql", "-f", "job.sql");
    assertThat(fromEnvironment.exitCode()).as(fromEnvironment.stderr()).isZero();
    assertThat(printed(fromEnvironment)).containsExactlyInAnyOrder("+I[1000]", "+I[999]");

    Outcome varWins = sluice(Map.of("ROWS", "1000", "FROM_ID", "998"), "",
        "sql", "-f", "job.sql", "--var", "FROM_ID=999");
    assertThat(printed(varWins)).containsExactly("+I[1000]");

    Outcome unset = sluice(Map.of("ROWS", "1000"), "", "sql", "-f", "job.sql");
    assertThat(unset.exitCode()).isEqualTo(1);
    assertThat(unset.stderr()).startsWith("job.sql:6:42: Variable 'FROM_ID' is not set: pass --var FROM_ID=VALUE"
        + " or set the environment variable FROM_ID.\n");
    assertThat(unset.stdout()).isEmpty();

    Outcome validateUnset = sluice(Map.of("ROWS", "1000"), "", "validate", "job.sql");
    assertThat(validateUnset.exitCode()).isEqualTo(1);
    assertThat(validateUnset.stderr()).startsWith("job.sql:6:42: Variable 'FROM_ID' is not set");
  }

  private static List<String> printed(Outcome outcome) {
    return outcome.stdout().lines().filter(l -> l.startsWith("+I")).sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  @Test
  @Disabled("TODO(shell branch): the query's column is not cut to the width the init file set; investigate")
  void initFileThenTheShellInTheSameSession() throws Exception {
    write("init.sql", SkeletonQueryTest.CREATE_T + "\nSET 'sql-client.display.max-column-width' = '7';\n");

    Outcome outcome = sluice(Map.of(), "SHOW TABLES;\nSELECT name AS long_name FROM t WHERE id = 1;\n",
        "sql", "-i", "init.sql");

    assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    assertThat(outcome.stdout()).contains("[INFO] Table 't' has been created.", "Sluice ", "sluice> ")
        .containsPattern("\\| t +\\|").contains("| lon... |").contains("Received a total of 1 row");

    write("broken.sql", "CREATE TABLE t (id BIGINT) WITH ('connector' = 'nope');\n");
    Outcome broken = sluice(Map.of(), "SHOW TABLES;\n", "sql", "-i", "broken.sql");
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.stderr()).startsWith("broken.sql:1:1: ");
    assertThat(broken.stdout()).doesNotContain("sluice> ");
  }
}
