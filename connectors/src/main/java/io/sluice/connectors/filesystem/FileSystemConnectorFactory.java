package io.sluice.connectors.filesystem;

import static io.sluice.connectors.ConnectorOption.optional;
import static io.sluice.connectors.ConnectorOption.required;

import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SinkConnectorFactory;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSink;
import io.sluice.connectors.TableSource;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.UUID;

/**
 * The {@code filesystem} connector. The source ({@link FileSystemSource}) reads CSV or JSON Lines files. The sink
 * appends rows as CSV lines to files in a directory, one file per parallel subtask and job. Files take only
 * inserts, so the planner refuses queries whose result updates (as Flink's filesystem sink).
 */
public final class FileSystemConnectorFactory implements SourceConnectorFactory, SinkConnectorFactory {
  public static final String IDENTIFIER = "filesystem";

  public static final ConnectorOption<String> PATH = required(ConfigOptions.stringOption("path", null,
      "The directory the files are written to (created if missing), or the file or directory read."));

  public static final ConnectorOption<String> FORMAT = optional(ConfigOptions.stringOption("format", "csv",
      "The format of the files: 'csv', or for the source also 'json' (JSON Lines)."));

  @Override
  public String identifier() {
    return IDENTIFIER;
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return Stream.concat(Stream.of(PATH, FORMAT), FileSystemSource.OPTIONS.stream()).toList();
  }

  @Override
  public String description() {
    return "Reads CSV or JSON Lines files from a file or a directory (bounded, or watching for new files), "
        + "keeping the file and offset in checkpoints. Writes rows as CSV lines (RFC 4180; NULL as an empty "
        + "field, an empty string as `\"\"`) to files in "
        + "a directory, one file `part-<job>-<subtask>.csv` per parallel subtask and job. Takes inserts only: a query whose result "
        + "updates is refused.";
  }

  @Override
  public TableSource createSource(TableContext context) {
    return FileSystemSource.create(context, PATH, FORMAT);
  }

  @Override
  public TableSink createSink(TableContext context) {
    TableOptions options = TableOptions.of(context);
    Path directory = Path.of(options.get(PATH));
    if (!options.get(FORMAT).equalsIgnoreCase("csv")) {
      throw options.invalidValue(FORMAT.key(), "csv");
    }
    String prefix = "part-" + UUID.randomUUID();
    return TableSink.of(() -> new FileSystemSinkOperator(context.physicalSchema(), directory, prefix), false);
  }
}
