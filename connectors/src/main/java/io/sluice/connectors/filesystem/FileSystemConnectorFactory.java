package io.sluice.connectors.filesystem;

import static io.sluice.connectors.ConnectorOption.optional;
import static io.sluice.connectors.ConnectorOption.required;

import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.LookupConnectorFactory;
import io.sluice.connectors.LookupTableSource;
import io.sluice.connectors.SinkConnectorFactory;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSink;
import io.sluice.connectors.TableSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code filesystem} connector. The source ({@link FileSystemSource}) reads CSV or JSON Lines files from a file
 * or a directory. The sink ({@link FileSystemSink}) writes part files that become visible when the checkpoint
 * covering them completes; it takes only inserts, so the planner refuses queries whose result updates (as Flink's
 * filesystem sink). Lookup joins read the whole table into memory ({@link FileLookupFunction}).
 */
public final class FileSystemConnectorFactory
    implements SourceConnectorFactory, SinkConnectorFactory, LookupConnectorFactory {
  public static final String IDENTIFIER = "filesystem";

  public static final ConnectorOption<String> PATH = required(ConfigOptions.stringOption("path", null,
      "The directory the files are written to (created if missing), or the file or directory read. On a "
          + "server it must lie within the directories the server allows (" + AllowedRoots.PROPERTY + ")."));

  public static final ConnectorOption<String> FORMAT = optional(ConfigOptions.stringOption("format", "csv",
      "The format of the files: 'csv' (RFC 4180) or 'json' (JSON Lines: one object per row)."));

  @Override
  public String identifier() {
    return IDENTIFIER;
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return Stream.<Stream<ConnectorOption<?>>>of(Stream.of(PATH, FORMAT), FileSystemSource.OPTIONS.stream(),
        FileSystemSink.OPTIONS.stream()).<ConnectorOption<?>>flatMap(s -> s).toList();
  }

  @Override
  public String description() {
    return "Reads CSV or JSON Lines files from a file or a directory (bounded, or watching for new files), "
        + "keeping the file and offset in checkpoints. "
        + "Writes rows to part files in a directory, as CSV (RFC 4180; NULL as an empty field, an empty string "
        + "as `\"\"`) or JSON Lines. Each parallel writer appends to a hidden in-progress file "
        + "`.part-<id>-<subtask>-<n>.<format>.inprogress`, rolls it by size and age, and renames it to "
        + "`part-<id>-<subtask>-<n>.<format>` when the checkpoint after the roll completes, so readers see only "
        + "whole files of completed checkpoints (exactly once across failures). Without checkpointing a bounded "
        + "job commits its files at the end; an unbounded one never does. Takes inserts only: a query whose "
        + "result updates is refused. "
        + "As the table of a lookup join (`FOR SYSTEM_TIME AS OF`), the files are read into memory on the first "
        + "lookup and again after 'lookup.join.cache.ttl': for small side tables.";
  }

  @Override
  public TableSource createSource(TableContext context) {
    return FileSystemSource.create(context, PATH, FORMAT);
  }

  @Override
  public LookupTableSource createLookup(TableContext context, List<Integer> lookupColumns) {
    return FileSystemSource.createLookup(context, lookupColumns, PATH, FORMAT);
  }

  @Override
  public TableSink createSink(TableContext context) {
    return FileSystemSink.create(context, PATH, FORMAT);
  }
}
