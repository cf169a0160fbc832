package io.sluice.connectors.filesystem;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.subtask;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.SluiceException;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.CollectingOutput;
import io.sluice.connectors.TableSink;
import io.sluice.executor.api.Operator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemSinkTest {
  private static final List<Column> COLUMNS = List.of(
      column("id", DataType.of(TypeRoot.BIGINT)), column("name", DataType.string()));

  @TempDir
  Path directory;

  @Test
  void writesOneCsvFilePerSubtaskAndTakesNoUpdates() throws Exception {
    TableSink sink = REGISTRY.createSink(table(COLUMNS, "connector", "filesystem", "path", directory.toString()));
    assertThat(sink.acceptsUpdates()).isFalse();

    Operator writer = sink.writerFactory().create();
    writer.open(subtask(1, 2));
    writer.processRow(Row.of(1L, "plain"), new CollectingOutput());
    writer.processRow(Row.of(2L, "a, \"quoted\" one"), new CollectingOutput());
    writer.processRow(Row.of(3L, null), new CollectingOutput());
    writer.processRow(Row.of(4L, ""), new CollectingOutput());
    assertThatThrownBy(() -> writer.processRow(Row.ofKind(RowKind.DELETE, 1L, "plain"), new CollectingOutput()))
        .hasMessageContaining("inserts only");
    writer.endInput(new CollectingOutput());
    writer.close();

    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.toList();
    }
    assertThat(files).singleElement().satisfies(file -> {
      assertThat(file.getFileName().toString()).startsWith("part-").endsWith("-1.csv");
      assertThat(Files.readString(file)).isEqualTo("1,plain\n2,\"a, \"\"quoted\"\" one\"\n3,\n4,\"\"\n");
    });
  }

  @Test
  void onlyCsvIsAFormat() {
    assertThatThrownBy(() -> REGISTRY.validate(
        table(COLUMNS, "connector", "filesystem", "path", directory.toString(), "format", "parquet")))
        .isInstanceOf(SluiceException.class).hasMessageContaining("'format'").hasMessageContaining("csv");
  }
}
