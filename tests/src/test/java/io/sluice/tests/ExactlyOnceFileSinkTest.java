package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.SqlException;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem sink through SQL: exactly once across failures, and nothing visible before its checkpoint. */
class ExactlyOnceFileSinkTest {
  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aMillionRowsWithFailuresAreCommittedExactlyOnce() throws Exception {
    Path out = dir.resolve("out");
    Path checkpoints = dir.resolve("checkpoints");
    Results.run(session, ExactlyOnceRun.setup(checkpoints, "file-sink")
        + "CREATE TABLE files (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = '" + out
        + "', 'format' = 'csv', 'sink.rolling-policy.file-size' = '256kb');");

    ExactlyOnceRun.runAndWatch(engine, session, "INSERT INTO files " + ExactlyOnceRun.QUERY, checkpoints, "file-sink",
        () -> committedLines(out), () -> ExactlyOnceRun.View.of(committedIds(out)));

    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("every part file committed, the failed attempts' leftovers deleted")
          .allMatch(name -> name.startsWith("part-") && name.endsWith(".csv"));
    }
  }

  @Test
  void aQueryThatUpdatesIsRefusedAtPlanningTime() throws Exception {
    Results.run(session, "CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '10');"
        + "CREATE TABLE files (id BIGINT, n BIGINT) WITH ('connector' = 'filesystem', 'path' = '" + dir + "');");

    assertThatThrownBy(() -> session.executeSql("INSERT INTO files SELECT id, COUNT(*) FROM src GROUP BY id"))
        .isInstanceOf(SqlException.class).hasMessageContaining("takes only inserts");
  }

  /** How many lines the committed (visible) files hold. */
  private static long committedLines(Path out) throws IOException {
    long lines = 0;
    for (Path file : visibleFiles(out)) {
      for (byte b : Files.readAllBytes(file)) {
        lines += b == '\n' ? 1 : 0;
      }
    }
    return lines;
  }

  private static List<Path> visibleFiles(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    }
  }

  /** The ids in the committed (visible) files, checking every line is whole: {@code <id>,n<id>}. */
  private static List<Long> committedIds(Path out) throws IOException {
    List<Long> ids = new ArrayList<>();
    for (Path file : visibleFiles(out)) {
      for (String line : Files.readAllLines(file)) {
        int comma = line.indexOf(',');
        long id = Long.parseLong(line, 0, comma, 10);
        if (!line.startsWith("n", comma + 1) || Long.parseLong(line, comma + 2, line.length(), 10) != id) {
          throw new AssertionError("Unexpected line in " + file + ": " + line);
        }
        ids.add(id);
      }
    }
    return ids;
  }
}
