package io.sluice.connectors.filesystem;

import io.sluice.common.types.RowType;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every reader of one filesystem table shares.
 *
 * @param path a file or a directory (read with its subdirectories)
 * @param format how records are encoded
 * @param schema the table's physical columns
 * @param ignoreParseErrors whether a bad record is skipped and counted rather than failing the job
 * @param monitorInterval how often to look for new files; null for a bounded source that reads what is there
 */
record FileSourceSpec(Path path, FileFormat format, RowType schema, boolean ignoreParseErrors,
    Duration monitorInterval) implements SourceFactory {

  /** The encodings the source reads. */
  enum FileFormat { CSV, JSON }

  @Override
  public SourceReader create() {
    return new FileSourceReader(this);
  }

  @Override
  public boolean isBounded() {
    return monitorInterval == null;
  }

  RecordDecoder newDecoder() {
    return format == FileFormat.CSV ? new CsvRecordDecoder(schema, ',') : new JsonRecordDecoder(schema);
  }

  /** The option that would let the reader skip bad records. */
  String ignoreParseErrorsKey() {
    return format == FileFormat.CSV ? "csv.ignore-parse-errors" : "json.ignore-parse-errors";
  }
}
