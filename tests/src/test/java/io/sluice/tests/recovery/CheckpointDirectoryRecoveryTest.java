package io.sluice.tests.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery from a job's retained checkpoint directory with {@code execution.state-recovery.path}: after the whole
 * process was killed ({@code ./sluice sql -f} as a child process, killed forcibly mid-job), a new process started
 * from the directory ends with the result of an uninterrupted run; and checkpoints whose {@code _metadata} is
 * missing or truncated are skipped, with a warning naming each, in favour of the newest readable one.
 */
class CheckpointDirectoryRecoveryTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern PRINTED = Pattern.compile("([+-][IUD])\\[(\\d+), (\\d+)]$");
  private static final long ROWS = 60_000;

  @TempDir
  Path dir;

  private String script(String recovery) {
    return "SET 'parallelism.default' = '2';\n"
        + "SET 'execution.checkpointing.interval' = '200 ms';\n"
        + "SET 'execution.checkpointing.dir' = '" + dir.resolve("checkpoints") + "';\n"
        + recovery
        + "CREATE TABLE seq (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', "
        + "'fields.id.start' = '0', 'fields.id.end' = '" + (ROWS - 1) + "', 'rows-per-second' = '10000');\n"
        + "CREATE TABLE out (k BIGINT, c BIGINT) WITH ('connector' = 'print');\n"
        + "INSERT INTO out SELECT id % 100, COUNT(*) FROM seq GROUP BY id % 100;\n";
  }

  private Process start(String name, String script) throws IOException {
    Files.writeString(dir.resolve(name + ".sql"), script);
    ProcessBuilder builder = new ProcessBuilder(PROJECT.resolve("sluice").toString(), "sql", "-f", name + ".sql")
        .directory(dir.toFile())
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile());
    builder.environment().put("SLUICE_SKIP_BUILD", "1");
    return builder.start();
  }

  /** The job's completed checkpoints on disk, newest first. */
  private static List<Path> completed(Path jobDirectory) throws IOException {
    if (!Files.isDirectory(jobDirectory)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(jobDirectory)) {
      return children.filter(p -> Files.exists(p.resolve("_metadata")))
          .sorted(Comparator.comparingLong(
              (Path p) -> Long.parseLong(p.getFileName().toString().substring(4))).reversed())
          .toList();
    }
  }

  /** The one job's checkpoint directory, once it exists. */
  private Path onlyJobDirectory() throws IOException {
    if (!Files.isDirectory(dir.resolve("checkpoints"))) {
      return null;
    }
    try (Stream<Path> jobs = Files.list(dir.resolve("checkpoints"))) {
      List<Path> all = jobs.toList();
      assertThat(all).hasSizeLessThanOrEqualTo(1);
      return all.isEmpty() ? null : all.get(0);
    }
  }

  /** The id of the newest completed checkpoint of the one job, 0 if none. */
  private long newestCompleted() throws IOException {
    Path job = onlyJobDirectory();
    List<Path> completed = job == null ? List.of() : completed(job);
    return completed.isEmpty() ? 0 : Long.parseLong(completed.get(0).getFileName().toString().substring(4));
  }

  @Test
  void aKilledProcessIsRecoveredFromItsCheckpointDirectory() throws Exception {
    Process first = start("first", script(""));
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (newestCompleted() < 3) {
      assertThat(first.isAlive()).as("the job is still running").isTrue();
      assertThat(System.nanoTime()).as("checkpoints within 90 s").isLessThan(deadline);
      Thread.sleep(20);
    }
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Path jobDirectory = onlyJobDirectory();
    assertThat(finalCounts(dir.resolve("first.out")).values().stream().mapToLong(Long::longValue).sum())
        .as("killed before the end").isLessThan(ROWS);

    Process second = start("second",
        script("SET 'execution.state-recovery.path' = '" + jobDirectory + "';\n"));
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the recovered job ended").isTrue();
    assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.err"))).isZero();

    Map<Long, Long> counts = finalCounts(dir.resolve("second.out"));
    assertThat(counts).hasSize(100).allSatisfy((key, count) -> assertThat(count).isEqualTo(ROWS / 100));
  }

  /** The last value printed for each key: the result of an upsert stream. */
  private static Map<Long, Long> finalCounts(Path output) throws IOException {
    Map<Long, Long> counts = new HashMap<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      Matcher m = PRINTED.matcher(line);
      if (m.find() && (m.group(1).equals("+I") || m.group(1).equals("+U"))) {
        counts.put(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
      }
    }
    return counts;
  }

  @Test
  void checkpointsWithoutReadableMetadataAreSkippedWithAWarning() throws Exception {
    List<String> warnings = new ArrayList<>();
    Logger logger = Logger.getLogger("io.sluice.executor.checkpoint.storage.RecoveryPaths");
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        warnings.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    try (SluiceEngine engine = SluiceEngine.start()) {
      Session session = engine.newSession();
      SqlJobs.run(session, "SET 'execution.checkpointing.interval' = '100 ms';"
          + "SET 'execution.checkpointing.dir' = '" + dir.resolve("checkpoints") + "';"
          + "SET 'execution.checkpointing.num-retained' = '3';"
          + "SET 'execution.checkpointing.externalized-checkpoint-retention' = 'RETAIN_ON_CANCELLATION';"
          + "SET 'parallelism.default' = '2';");
      String first = SqlJobs.run(session, ExactlyOnceTest.countJob("damaged", 100_000, "20000", ""));
      Path jobDirectory = dir.resolve("checkpoints").resolve(first);
      SqlJobs.await(session, first, Duration.ofSeconds(60), row -> {
        try {
          return completed(jobDirectory).size() == 3;
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      session.executeSql("STOP JOB '" + first + "'");
      List<Path> retained = completed(jobDirectory);
      assertThat(retained).hasSize(3);
      byte[] metadata = Files.readAllBytes(retained.get(0).resolve("_metadata"));
      Files.write(retained.get(0).resolve("_metadata"), java.util.Arrays.copyOf(metadata, metadata.length / 2));
      Files.delete(retained.get(1).resolve("_metadata"));

      SqlJobs.run(session, "SET 'execution.state-recovery.path' = '" + jobDirectory + "';");
      String second = SqlJobs.run(session, ExactlyOnceTest.countJob("damaged", 100_000, ""));
      assertThat(SqlJobs.awaitEnd(session, second, Duration.ofSeconds(60))).containsEntry("status", "FINISHED");

      assertThat(warnings).hasSize(2);
      assertThat(warnings.get(0)).contains(retained.get(0).toString()).containsIgnoringCase("truncated");
      assertThat(warnings.get(1)).contains(retained.get(1).toString()).contains("_metadata");
      assertThat(CommittedTables.rows("counts-damaged")).hasSize(1000).allMatch(row -> row.endsWith(",100"));
    } finally {
      logger.removeHandler(handler);
    }
  }
}
