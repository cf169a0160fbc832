package io.sluice.connectors.filesystem;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.readAll;
import static io.sluice.connectors.TestTables.subtask;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.SluiceException;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.CollectingOutput;
import io.sluice.connectors.TestTables;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.SourceFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem source: CSV and JSON records, bad records, parallel readers, restore and new files. */
class FileSystemSourceTest {
  private static final List<Column> COLUMNS = List.of(
      column("id", DataType.of(TypeRoot.BIGINT)), column("name", DataType.string()),
      column("ts", DataType.of(TypeRoot.TIMESTAMP, 3)), column("amount", DataType.of(TypeRoot.DECIMAL, 10, 2)));
  /** 2015-07-15 00:00:00 UTC. */
  private static final long BASE = 1_436_918_400_000L;

  @TempDir
  Path directory;

  private SourceFactory source(String... options) {
    List<String> all = new ArrayList<>(List.of("connector", "filesystem", "path", directory.toString()));
    all.addAll(List.of(options));
    return REGISTRY.createSource(table(COLUMNS, all.toArray(new String[0]))).readerFactory();
  }

  private Path write(String name, String content) throws Exception {
    Path file = directory.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  /** Lines {@code i,name-i,<BASE + i ms>,i.50} for i in [from, to). */
  private static String lines(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> i + ",name-" + i + ",2015-07-15 00:00:" + String.format(
        "%02d.%03d", i / 1000 % 60, i % 1000) + "," + i + ".50\n").collect(Collectors.joining());
  }

  private static Row row(int i) {
    return Row.of((long) i, "name-" + i, BASE + i % 60_000, new BigDecimal(i + ".50"));
  }

  @Test
  void readsCsvValuesQuotesNullsAndLineEnds() throws Exception {
    write("a.csv", "1,plain,2015-07-15 00:00:00.001,1.5\r\n"
        + "2,\"with, comma and \"\"quotes\"\"\",2015-07-15T00:00:01,2\n"
        + "3,\"two\nlines\",2015-07-15 00:00:02.5,\n"
        + "4,\"\",,-3.25\n"
        + "5,é ü,2015-07-15 00:00:03,0");

    List<Row> rows = readAll(source(), 0, 1).rows;

    assertThat(rows).containsExactly(
        Row.of(1L, "plain", BASE + 1, new BigDecimal("1.5")),
        Row.of(2L, "with, comma and \"quotes\"", BASE + 1000, new BigDecimal("2")),
        Row.of(3L, "two\nlines", BASE + 2500, null),
        Row.of(4L, "", null, new BigDecimal("-3.25")),
        Row.of(5L, "é ü", BASE + 3000, new BigDecimal("0")));
  }

  @Test
  void aBadRecordFailsTheJobNamingFileAndLine() throws Exception {
    Path file = write("a.csv", "1,a,2015-07-15 00:00:00,1\n2,\"multi\nline\",2015-07-15 00:00:00,1\n"
        + "x,b,2015-07-15 00:00:00,1\n");

    assertThatThrownBy(() -> readAll(source(), 0, 1))
        .isInstanceOf(SluiceException.class)
        .hasMessageContaining(file + ":4: field 1: 'x' is not a whole number")
        .hasMessageContaining("'csv.ignore-parse-errors'")
        .extracting(e -> ((SluiceException) e).code()).isEqualTo(ErrorCode.IO_ERROR);
  }

  @Test
  void badRecordsAreSkippedAndCountedWhenAsked() throws Exception {
    write("a.csv", "1,a,2015-07-15 00:00:00,1\n"
        + "too,few\n"
        + "2,b,not a time,1\n"
        + "\n"
        + "3,c,2015-07-15 00:00:00,1,one too many\n"
        + "4,d,2015-07-15 00:00:00,1\n");
    FileSourceReader reader = (FileSourceReader) source("csv.ignore-parse-errors", "true").create();
    OperatorContext context = subtask(0, 1);
    reader.open(context);
    CollectingOutput out = new CollectingOutput();
    while (reader.pollNext(out) != InputStatus.END_OF_INPUT) {
      // read to the end
    }

    assertThat(out.rows).extracting(r -> r.field(0)).containsExactly(1L, 4L);
    assertThat(context.metrics().values()).containsEntry(FileSourceReader.BAD_RECORDS_SKIPPED, 4L);
  }

  @Test
  void parallelReadersShareTheFilesAndReadEachOnce() throws Exception {
    write("part-0.csv", lines(0, 1000));
    write("part-1.csv", lines(1000, 2000));
    write("sub/part-2.csv", lines(2000, 2500));
    write(".part-3.csv.inprogress", lines(5000, 5001));
    write("_SUCCESS", "");

    SourceFactory factory = source();
    List<Row> first = readAll(factory, 0, 2).rows;
    List<Row> second = readAll(factory, 1, 2).rows;

    assertThat(first).isNotEmpty();
    assertThat(second).isNotEmpty();
    List<Row> all = new ArrayList<>(first);
    all.addAll(second);
    assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 2500).mapToObj(i -> row(i)).toList());
  }

  @Test
  void aRestoredReaderNeitherSkipsNorRepeatsARecord() throws Exception {
    write("a.csv", lines(0, 8000)); // larger than the reader's buffer: records span refills
    write("b.csv", lines(8000, 9500));
    write("c.csv", lines(9500, 9600));
    SourceFactory factory = source();
    List<Row> expected = readAll(factory, 0, 1).rows;

    // Stop after every number of polls, restore from the position taken then, and read on.
    for (int polls : new int[] {0, 1, 5, 7, 8, 9, 10}) {
      FileSourceReader interrupted = (FileSourceReader) factory.create();
      OperatorContext context = subtask(0, 1);
      interrupted.open(context);
      CollectingOutput before = new CollectingOutput();
      for (int i = 0; i < polls; i++) {
        interrupted.pollNext(before);
      }
      byte[] state = TestTables.snapshot(interrupted, context, 1);
      interrupted.close();

      FileSourceReader restored = (FileSourceReader) factory.create();
      restored.open(TestTables.restored(restored, List.of(state), 0, 1));
      CollectingOutput after = new CollectingOutput();
      while (restored.pollNext(after) != InputStatus.END_OF_INPUT) {
        // read to the end
      }
      restored.close();

      List<Row> joined = new ArrayList<>(before.rows);
      joined.addAll(after.rows);
      assertThat(joined).as("stopped after %d polls", polls).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "from 2 readers to {0}")
  @ValueSource(ints = {1, 3})
  void restoredAtAnotherParallelismEveryRecordIsReadOnce(int parallelism) throws Exception {
    write("a.csv", lines(0, 3000));
    write("b.csv", lines(3000, 4500));
    write("c.csv", lines(4500, 6000));
    write("d.csv", lines(6000, 6100));
    SourceFactory factory = source();
    List<Row> rows = new ArrayList<>();
    List<byte[]> states = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      FileSourceReader reader = (FileSourceReader) factory.create();
      OperatorContext context = subtask(i, 2);
      reader.open(context);
      CollectingOutput out = new CollectingOutput();
      for (int poll = 0; poll < 2 + i; poll++) {
        reader.pollNext(out);
      }
      rows.addAll(out.rows);
      states.add(TestTables.snapshot(reader, context, 1));
      reader.close();
    }
    for (int i = 0; i < parallelism; i++) {
      FileSourceReader reader = (FileSourceReader) factory.create();
      reader.open(TestTables.restored(reader, states, i, parallelism));
      CollectingOutput out = new CollectingOutput();
      while (reader.pollNext(out) != InputStatus.END_OF_INPUT) {
        // read to the end
      }
      reader.close();
      rows.addAll(out.rows);
    }

    assertThat(rows).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 6100).mapToObj(i -> row(i)).toList());
  }

  @Test
  void aRestoredReaderNamesTheRightLineOfABadRecord() throws Exception {
    Path file = write("a.csv", lines(0, 1500) + "bad\n");
    SourceFactory factory = source();
    FileSourceReader interrupted = (FileSourceReader) factory.create();
    OperatorContext context = subtask(0, 1);
    interrupted.open(context);
    interrupted.pollNext(new CollectingOutput());
    FileSourceReader restored = (FileSourceReader) factory.create();
    restored.open(TestTables.restored(restored, List.of(TestTables.snapshot(interrupted, context, 1)), 0, 1));

    assertThatThrownBy(() -> {
      while (restored.pollNext(new CollectingOutput()) != InputStatus.END_OF_INPUT) {
        // read to the bad record
      }
    }).hasMessageContaining(file + ":1501:");
  }

  @Test
  void readsJsonLines() throws Exception {
    write("a.json", "{\"id\": 1, \"name\": \"a\", \"ts\": \"2015-07-15 00:00:01.250\", \"amount\": 2.5}\n"
        + "\n"
        + "{\"name\": null, \"id\": 2, \"other\": [1, 2]}\n"
        + "{\"id\": \"three\"}\n"
        + "not json\n"
        + "{\"id\": 4, \"amount\": \"7\"}");

    List<Row> rows = readAll(source("format", "json", "json.ignore-parse-errors", "true"), 0, 1).rows;

    assertThat(rows).containsExactly(
        Row.of(1L, "a", BASE + 1250, new BigDecimal("2.5")),
        Row.of(2L, null, null, null),
        Row.of(4L, null, null, new BigDecimal("7")));
    assertThatThrownBy(() -> readAll(source("format", "json"), 0, 1))
        .hasMessageContaining(directory.resolve("a.json") + ":4: member 'id'");
  }

  @Test
  void aMonitoredDirectoryIsUnboundedAndPicksUpNewFiles() throws Exception {
    write("a.csv", lines(0, 10));
    SourceFactory factory = source("source.monitor-interval", "1 ms");
    assertThat(factory.isBounded()).isFalse();
    FileSourceReader reader = (FileSourceReader) factory.create();
    reader.open(subtask(0, 1));
    CollectingOutput out = new CollectingOutput();
    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.MORE_AVAILABLE);
    assertThat(reader.pollNext(out)).isEqualTo(InputStatus.NOTHING_AVAILABLE);

    write("b.csv", lines(10, 20));
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (out.rows.size() < 20 && System.nanoTime() < deadline) {
      reader.pollNext(out);
    }

    assertThat(out.rows).isEqualTo(IntStream.range(0, 20).mapToObj(i -> row(i)).toList());
  }

  @Test
  void anUnknownFormatIsRefused() {
    assertThatThrownBy(() -> source("format", "parquet"))
        .isInstanceOf(SluiceException.class).hasMessageContaining("expected csv or json");
  }
}
