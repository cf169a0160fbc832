package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./sluice server} as a process: an INSERT submitted over JDBC, the server killed with SIGKILL
 * ({@code kill -9}), started again on the same state directory: the catalog is back and the job runs again under
 * its id, resumed from its latest checkpoint.
 */
class ServerRestartTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern PRINTED = Pattern.compile("\\+I\\[(\\d+)]");
  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

  @TempDir
  Path dir;

  private final List<Process> servers = new ArrayList<>();

  @AfterEach
  void stopServers() throws InterruptedException {
    for (Process server : servers) {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void aKilledServerComesBackWithItsCatalogAndResumesItsRunningJob() throws Exception {
    Path state = dir.resolve("state");
    Path checkpoints = dir.resolve("checkpoints");
    Process first = startServer(state, "first.log");
    int port = awaitPort("first.log");
    String jobId;
    try (Connection connection = connect(port); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '200',"
          + " 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '1000000')");
      // The server's standard output is its log file: the rows of each run can be read back from there.
      statement.execute("CREATE TABLE sink (id BIGINT) WITH ('connector' = 'print')");
      statement.execute("CREATE VIEW evens AS SELECT id FROM src WHERE MOD(id, 2) = 0");
      statement.execute("SET 'execution.checkpointing.interval' = '200 ms'");
      // A checkpoint that does not complete is given up after a second, without failing the job.
      statement.execute("SET 'execution.checkpointing.timeout' = '1 s'");
      statement.execute("SET 'execution.checkpointing.tolerable-failed-checkpoints' = '1000'");
      statement.execute("SET 'execution.checkpointing.dir' = '" + checkpoints + "'");
      ResultSet submitted = statement.executeQuery("INSERT INTO sink SELECT id FROM evens");
      submitted.next();
      jobId = submitted.getString("job_id");
    }
    awaitRows("first.log", 20);
    // A checkpoint completed after rows were written, so the restored job has read past its first row.
    awaitCheckpoint(checkpoints.resolve(jobId), dir.resolve("first.log"), FileTime.from(Instant.now()));

    first.destroyForcibly();
    assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();

    startServer(state, "second.log");
    int secondPort = awaitPort("second.log");
    try (Connection connection = connect(secondPort); Statement statement = connection.createStatement()) {
      assertThat(column(statement.executeQuery("SHOW TABLES"), 1)).contains("src", "sink", "evens");
      Map<String, String> jobs = jobStatuses(statement);
      assertThat(jobs).as(() -> "server log:\n" + readQuietly(dir.resolve("second.log")))
          .containsEntry(jobId, "RUNNING");
    }
    // The job was submitted again with its latest retained checkpoint as the place to restore from.
    String journal = Files.readString(state.resolve("jobs.json"));
    Matcher recovery = Pattern.compile("\"execution\\.state-recovery\\.path\" : \"([^\"]+)\"").matcher(journal);
    assertThat(recovery.find()).as(journal).isTrue();
    assertThat(Path.of(recovery.group(1))).hasParent(checkpoints.resolve(jobId));
    assertThat(Path.of(recovery.group(1)).resolve("_metadata")).exists();

    // No row is lost: the second run starts at or before the row after the first run's last one.
    List<Long> before = awaitRows("first.log", 1);
    List<Long> after = awaitRows("second.log", 5);
    assertThat(after.get(0)).isLessThanOrEqualTo(before.get(before.size() - 1) + 2);
    // And it resumed from its checkpoint rather than from the first row (ids are even: 2, 4, ...).
    assertThat(after.get(0)).as("the resumed job's first row").isGreaterThan(2L);
  }

  /** The ids the print sink wrote to a server's log, once there are at least {@code count}. */
  private List<Long> awaitRows(String log, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      List<Long> ids = Files.readAllLines(dir.resolve(log)).stream()
          .map(PRINTED::matcher).filter(Matcher::matches).map(m -> Long.parseLong(m.group(1))).toList();
      if (ids.size() >= count) {
        return ids;
      }
      assertThat(System.nanoTime()).as("rows in " + log).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private Process startServer(Path state, String log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(PROJECT.resolve("sluice").toString(), "server", "--port", "0",
        "--state-dir", state.toString())
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(log).toFile());
    // The build that runs the tests has just packaged the shell; do not let the launcher rebuild.
    builder.environment().put("SLUICE_SKIP_BUILD", "1");
    Process process = builder.start();
    servers.add(process);
    return process;
  }

  private int awaitPort(String log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Path file = dir.resolve(log);
      if (Files.exists(file)) {
        Matcher matcher = LISTENING.matcher(Files.readString(file));
        if (matcher.find()) {
          return Integer.parseInt(matcher.group(1));
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The server did not start: " + Files.readString(dir.resolve(log)));
  }

  /** Waits for a checkpoint of the job whose metadata was written after {@code after}. */
  private static void awaitCheckpoint(Path jobCheckpoints, Path log, FileTime after) throws Exception {
    // Generous for a loaded machine: the wait ends as soon as such a checkpoint completes.
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(jobCheckpoints)) {
        try (Stream<Path> checkpoints = Files.list(jobCheckpoints)) {
          if (checkpoints.anyMatch(c -> completedAfter(c.resolve("_metadata"), after))) {
            return;
          }
        }
      }
      Thread.sleep(100);
    }
    String output = Files.readString(log);
    throw new AssertionError("No checkpoint completed in " + jobCheckpoints + "; the server's output ends with: "
        + output.substring(Math.max(0, output.length() - 2000)));
  }

  private static boolean completedAfter(Path metadata, FileTime after) {
    try {
      return Files.getLastModifiedTime(metadata).compareTo(after) > 0;
    } catch (IOException e) {
      return false; // not there (yet), or discarded meanwhile
    }
  }

  private static Connection connect(int port) throws SQLException {
    return DriverManager.getConnection("jdbc:sluice://127.0.0.1:" + port);
  }

  private static Map<String, String> jobStatuses(Statement statement) throws SQLException {
    Map<String, String> statuses = new LinkedHashMap<>();
    try (ResultSet jobs = statement.executeQuery("SHOW JOBS")) {
      while (jobs.next()) {
        statuses.put(jobs.getString("job id"), jobs.getString("status"));
      }
    }
    return statuses;
  }

  private static List<String> column(ResultSet rs, int index) throws SQLException {
    List<String> values = new ArrayList<>();
    while (rs.next()) {
      values.add(rs.getString(index));
    }
    return values;
  }
}
