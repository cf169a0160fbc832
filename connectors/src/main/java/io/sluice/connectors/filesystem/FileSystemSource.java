package io.sluice.connectors.filesystem;

import static io.sluice.connectors.ConnectorOption.optional;

import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.LookupTableSource;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The reading side of the {@code filesystem} connector: its options, checked into a {@link FileSourceSpec}. */
final class FileSystemSource {
  private FileSystemSource() {}

  static final ConnectorOption<Duration> MONITOR_INTERVAL = optional(ConfigOptions.durationOption(
      "source.monitor-interval", null, Duration.ofMillis(1),
      "Source: how often to look for new files under 'path'. Without it the source reads the files that are "
          + "there when the job starts and ends (bounded); with it, it never ends."));

  static final ConnectorOption<Boolean> CSV_IGNORE_PARSE_ERRORS = optional(ConfigOptions.booleanOption(
      "csv.ignore-parse-errors", false,
      "Source, csv: skip a malformed record and count it (numBadRecordsSkipped) instead of failing the job "
          + "with the file and line."));

  static final ConnectorOption<Boolean> JSON_IGNORE_PARSE_ERRORS = optional(ConfigOptions.booleanOption(
      "json.ignore-parse-errors", false,
      "Source, json: skip a malformed record and count it (numBadRecordsSkipped) instead of failing the job "
          + "with the file and line."));

  static final ConnectorOption<Duration> LOOKUP_CACHE_TTL = optional(ConfigOptions.durationOption(
      "lookup.join.cache.ttl", Duration.ofMinutes(60), Duration.ofMillis(1),
      "Lookup joins: the table is read into memory on the first lookup and read again on the first lookup after "
          + "this long, so changed files are seen. Each parallel instance of the join holds a copy."));

  /** The options only the source and lookups read. */
  static final List<ConnectorOption<?>> OPTIONS = List.of(MONITOR_INTERVAL, CSV_IGNORE_PARSE_ERRORS,
      JSON_IGNORE_PARSE_ERRORS, LOOKUP_CACHE_TTL);

  static TableSource create(TableContext context, ConnectorOption<String> pathOption,
      ConnectorOption<String> formatOption) {
    return TableSource.of(spec(context, pathOption, formatOption));
  }

  /** Lookups in a copy of the whole table held in memory ({@link FileLookupFunction}), on the join's thread. */
  static LookupTableSource createLookup(TableContext context, List<Integer> lookupColumns,
      ConnectorOption<String> pathOption, ConnectorOption<String> formatOption) {
    FileSourceSpec scan = spec(context, pathOption, formatOption);
    FileSourceSpec bounded = new FileSourceSpec(scan.path(), scan.format(), scan.schema(), scan.ignoreParseErrors(),
        null);
    long ttl = TableOptions.of(context).get(LOOKUP_CACHE_TTL).toMillis();
    return new LookupTableSource(
        () -> new FileLookupFunction(bounded, lookupColumns, ttl, System::currentTimeMillis), 0);
  }

  private static FileSourceSpec spec(TableContext context, ConnectorOption<String> pathOption,
      ConnectorOption<String> formatOption) {
    TableOptions options = TableOptions.of(context);
    FileSourceSpec.FileFormat format = switch (options.get(formatOption).toLowerCase(Locale.ROOT)) {
      case "csv" -> FileSourceSpec.FileFormat.CSV;
      case "json" -> FileSourceSpec.FileFormat.JSON;
      default -> throw options.invalidValue(formatOption.key(), "csv or json");
    };
    boolean ignoreParseErrors = format == FileSourceSpec.FileFormat.CSV
        ? options.get(CSV_IGNORE_PARSE_ERRORS) : options.get(JSON_IGNORE_PARSE_ERRORS);
    Path path = AllowedRoots.fromSystemProperty().check(options, pathOption);
    return new FileSourceSpec(path, format, context.physicalSchema(), ignoreParseErrors,
        options.get(MONITOR_INTERVAL));
  }
}
