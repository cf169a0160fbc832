package io.sluice.connectors.filesystem;

import io.sluice.common.Row;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.StringSerializer;
import java.util.List;

/**
 * Where the filesystem readers are, as kept in checkpoints: two operator states of each reader, so that a restore
 * at any parallelism reads each record once.
 *
 * <ul>
 *   <li>{@value #BEGUN_STATE}, list state: the files the reader has begun and not finished (normally just the
 *       current one), each a {@link Cursor} as a row {@code (path STRING, offset BIGINT, line BIGINT)}. On
 *       rescale the cursors are split among the new readers, so each begun file is continued by exactly one.
 *   <li>{@value #TAKEN_STATE}, union list state: the paths of the files the reader has finished or begun. Every
 *       new reader gets every old reader's paths and never lists those files again.
 * </ul>
 */
final class FileReaderState {
  static final String BEGUN_STATE = "begun-files";
  static final String TAKEN_STATE = "taken-files";
  static final ListStateDescriptor<Row> BEGUN = new ListStateDescriptor<>(BEGUN_STATE,
      new RowSerializer(List.of(StringSerializer.INSTANCE, PrimitiveSerializer.LONG, PrimitiveSerializer.LONG)));
  static final ListStateDescriptor<String> TAKEN = new ListStateDescriptor<>(TAKEN_STATE, StringSerializer.INSTANCE);

  private FileReaderState() {}

  /**
   * A place in a file.
   *
   * @param path the file
   * @param offset byte offset of the next record
   * @param line 1-based line number of the next record
   */
  record Cursor(String path, long offset, long line) {
    Row toRow() {
      return Row.of(path, offset, line);
    }

    static Cursor of(Row row) {
      return new Cursor((String) row.field(0), (Long) row.field(1), (Long) row.field(2));
    }
  }
}
