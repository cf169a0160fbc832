package io.sluice.connectors.filesystem;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.subtask;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.SluiceException;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.CollectingOutput;
import io.sluice.connectors.ManualProcessingTime;
import io.sluice.connectors.TableSink;
import io.sluice.connectors.TestTables;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem sink's writer driven by hand: formats, rolling, the two-phase commit and restores. */
class FileSystemSinkTest {
  private static final List<Column> COLUMNS = List.of(
      column("id", DataType.of(TypeRoot.BIGINT)), column("name", DataType.string()));
  private static final CollectingOutput OUT = new CollectingOutput();

  @TempDir
  Path directory;

  private final ManualProcessingTime time = new ManualProcessingTime(1_000);
  /** The context each writer was opened with, whose operator state a checkpoint takes. */
  private final Map<Operator, OperatorContext> contexts = new IdentityHashMap<>();

  @Test
  void writesCsvAndTakesNoUpdates() throws Exception {
    TableSink sink = sink();
    assertThat(sink.acceptsUpdates()).isFalse();

    Operator writer = open(sink, 1);
    writer.processRow(Row.of(1L, "plain"), OUT);
    writer.processRow(Row.of(2L, "a, \"quoted\" one"), OUT);
    writer.processRow(Row.of(3L, null), OUT);
    writer.processRow(Row.of(4L, ""), OUT);
    assertThatThrownBy(() -> writer.processRow(Row.ofKind(RowKind.DELETE, 1L, "plain"), OUT))
        .hasMessageContaining("inserts only");
    writer.endInput(OUT);
    writer.close();

    assertThat(visibleFiles()).singleElement().satisfies(file -> {
      assertThat(file.getFileName().toString()).startsWith("part-").endsWith("-1-0.csv");
      assertThat(Files.readString(file)).isEqualTo("1,plain\n2,\"a, \"\"quoted\"\" one\"\n3,\n4,\"\"\n");
    });
    assertThat(hiddenFiles()).isEmpty();
  }

  @Test
  void writesJsonLines() throws Exception {
    Operator writer = open(sink("format", "json"), 0);
    writer.processRow(Row.of(1L, "x\"y"), OUT);
    writer.processRow(Row.of(2L, null), OUT);
    writer.endInput(OUT);
    writer.close();

    Path file = visibleFiles().get(0);
    assertThat(file.getFileName().toString()).endsWith(".json");
    ObjectMapper json = new ObjectMapper();
    List<Map<?, ?>> objects = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      objects.add(json.readValue(line, Map.class));
    }
    assertThat(objects).containsExactly(Map.of("id", 1, "name", "x\"y"), nullName(2));
  }

  @Test
  void rolledFilesBecomeVisibleOnlyWhenTheirCheckpointCompletes() throws Exception {
    Operator writer = open(sink("sink.rolling-policy.file-size", "20b"), 0);
    for (long id = 1; id <= 10; id++) {
      writer.processRow(Row.of(id, "abcdefgh"), OUT);
    }
    assertThat(visibleFiles()).as("nothing before a checkpoint").isEmpty();
    byte[] state = checkpoint(writer, 1);
    assertThat(visibleFiles()).as("a checkpoint that has not completed").isEmpty();
    writer.processRow(Row.of(11L, "abcdefgh"), OUT);

    ((CheckpointListener) writer).notifyCheckpointComplete(1);

    assertThat(readIds(visibleFiles())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(state).isNotEmpty();
  }

  @Test
  void theRolloverIntervalRollsAnOldFileAtTheNextCheck() throws Exception {
    Operator writer = open(sink("sink.rolling-policy.rollover-interval", "10 s",
        "sink.rolling-policy.check-interval", "1 s"), 0);
    writer.processRow(Row.of(1L, "a"), OUT);
    time.now += 10_000;
    writer.onProcessingTime(time.now, OUT);
    writer.processRow(Row.of(2L, "b"), OUT);
    checkpoint(writer, 1);
    ((CheckpointListener) writer).notifyCheckpointComplete(1);

    assertThat(readIds(visibleFiles())).containsExactly(1L);
    assertThat(time.timers).contains(1_000L + 1_000, 11_000L + 1_000);
  }

  @Test
  void aRestoreCommitsWhatTheCheckpointCoveredAndDropsTheRest() throws Exception {
    TableSink sink = sink("sink.rolling-policy.file-size", "30b");
    Operator failed = open(sink, 0);
    for (long id = 1; id <= 6; id++) {
      failed.processRow(Row.of(id, "abcdefgh"), OUT);
    }
    byte[] state = checkpoint(failed, 1);
    for (long id = 7; id <= 12; id++) {
      failed.processRow(Row.of(id, "after the barrier"), OUT); // lost with the failure, replayed by the source
    }
    checkpoint(failed, 2); // a checkpoint that never completes
    failed.close();
    assertThat(visibleFiles()).isEmpty();

    Operator restored = restore(sink, state);
    assertThat(readIds(visibleFiles())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(hiddenFiles()).as("files of the failed attempt").isEmpty();

    // A second failure before the next checkpoint: the same restore again changes nothing.
    restored.processRow(Row.of(7L, "abcdefgh"), OUT);
    restored.close();
    Operator again = restore(sink, state);
    for (long id = 7; id <= 12; id++) {
      again.processRow(Row.of(id, "abcdefgh"), OUT);
    }
    again.endInput(OUT);
    again.close();

    assertThat(readIds(visibleFiles())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L,
        12L);
    assertThat(hiddenFiles()).isEmpty();
  }

  @Test
  void aRestoreAfterTheCommitOfItsCheckpointCommitsNothingTwice() throws Exception {
    TableSink sink = sink("sink.rolling-policy.file-size", "1b");
    Operator writer = open(sink, 0);
    writer.processRow(Row.of(1L, "a"), OUT);
    writer.processRow(Row.of(2L, "b"), OUT);
    byte[] state = checkpoint(writer, 1);
    ((CheckpointListener) writer).notifyCheckpointComplete(1);
    writer.close();

    restore(sink, state).close();

    assertThat(readIds(visibleFiles())).containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void withCheckpointingTheFinalCheckpointCommitsTheLastFile() throws Exception {
    Operator writer = sink().writerFactory().create();
    Configuration checkpointing = new Configuration();
    checkpointing.set(CheckpointingOptions.INTERVAL, "100 ms");
    OperatorContext context = new OperatorContext("sink", 0, 1, 128, checkpointing).withProcessingTime(time);
    writer.open(context);
    contexts.put(writer, context);
    writer.processRow(Row.of(1L, "a"), OUT);
    writer.endInput(OUT);
    assertThat(visibleFiles()).as("the end of the input commits nothing by itself").isEmpty();

    checkpoint(writer, 7); // the final checkpoint, after the end of the input
    ((CheckpointListener) writer).notifyCheckpointComplete(7);

    assertThat(readIds(visibleFiles())).containsExactly(1L);
  }

  @Test
  void formatsOtherThanCsvAndJsonAreRefused() {
    assertThatThrownBy(() -> REGISTRY.validate(
        table(COLUMNS, "connector", "filesystem", "path", directory.toString(), "format", "parquet")))
        .isInstanceOf(SluiceException.class).hasMessageContaining("'format'").hasMessageContaining("csv or json");
    assertThatThrownBy(() -> REGISTRY.validate(table(COLUMNS, "connector", "filesystem", "path",
        directory.toString(), "sink.rolling-policy.file-size", "0b")))
        .hasMessageContaining("sink.rolling-policy.file-size");
  }

  @Test
  void pathsOutsideTheAllowedRootsAreRefused() throws IOException {
    Path allowed = Files.createDirectory(directory.resolve("allowed"));
    AllowedRoots roots = new AllowedRoots(List.of(allowed));
    var inside = io.sluice.connectors.TableOptions.of(
        table(COLUMNS, "connector", "filesystem", "path", allowed.resolve("out").toString()));
    var outside = io.sluice.connectors.TableOptions.of(
        table(COLUMNS, "connector", "filesystem", "path", allowed.resolve("../elsewhere").toString()));
    Files.createSymbolicLink(allowed.resolve("link"), directory);
    var throughLink = io.sluice.connectors.TableOptions.of(
        table(COLUMNS, "connector", "filesystem", "path", allowed.resolve("link/out").toString()));

    assertThat(roots.check(inside, FileSystemConnectorFactory.PATH)).isEqualTo(allowed.resolve("out"));
    assertThatThrownBy(() -> roots.check(outside, FileSystemConnectorFactory.PATH))
        .isInstanceOf(SluiceException.class).hasMessageContaining("outside the directories")
        .hasMessageContaining(AllowedRoots.PROPERTY);
    assertThatThrownBy(() -> roots.check(throughLink, FileSystemConnectorFactory.PATH))
        .hasMessageContaining("outside the directories");
  }

  private TableSink sink(String... extraOptions) {
    List<String> options = new ArrayList<>(List.of("connector", "filesystem", "path", directory.toString()));
    options.addAll(List.of(extraOptions));
    return REGISTRY.createSink(table(COLUMNS, options.toArray(String[]::new)));
  }

  private Operator open(TableSink sink, int subtask) throws Exception {
    Operator writer = sink.writerFactory().create();
    OperatorContext context = subtask(subtask, 2).withProcessingTime(time);
    writer.open(context);
    contexts.put(writer, context);
    return writer;
  }

  /** The writer's piece of checkpoint {@code checkpointId}, taken as the runtime takes it. */
  private byte[] checkpoint(Operator writer, long checkpointId) throws Exception {
    return TestTables.snapshot(writer, contexts.get(writer), checkpointId);
  }

  private Operator restore(TableSink sink, byte[] state) throws Exception {
    Operator writer = sink.writerFactory().create();
    writer.open(TestTables.restored(writer, List.of(state), 0, 1).withProcessingTime(time));
    return writer;
  }

  private List<Path> visibleFiles() throws IOException {
    return files().stream().filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
  }

  private List<Path> hiddenFiles() throws IOException {
    return files().stream().filter(f -> f.getFileName().toString().startsWith(".")).toList();
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> listing = Files.list(directory)) {
      return listing.toList();
    }
  }

  private static List<Long> readIds(List<Path> files) throws IOException {
    List<Long> ids = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        ids.add(Long.parseLong(line.substring(0, line.indexOf(','))));
      }
    }
    return ids;
  }

  private static Map<String, Object> nullName(int id) {
    Map<String, Object> map = new java.util.HashMap<>();
    map.put("id", id);
    map.put("name", null);
    return map;
  }
}
