package io.sluice.connectors.filesystem;

/**
 * Turns the bytes of a file into rows, one record at a time, straight from the reader's buffer. Implementations
 * keep reusable scratch space, so one instance serves one reader.
 */
interface RecordDecoder {
  /**
   * Decodes the record that starts at {@code from} into {@code fields} (one value per column of the table).
   *
   * @param endOfFile whether the buffer ends where the file ends, so that a record without a final line break
   *     is complete
   * @return the index just after the record (after its line break), or -1 if the buffer holds no complete record
   *     and the caller must read more of the file
   * @throws BadRecordException if the record is malformed; it tells where the record ends, so it can be skipped
   */
  int decode(byte[] buffer, int from, int limit, boolean endOfFile, Object[] fields) throws BadRecordException;

  /** Whether the last call to {@link #decode} filled the fields; false for what holds no record (a blank line). */
  default boolean decodedRecord() {
    return true;
  }

  /** Line breaks inside the last record decoded (or rejected), beyond the one ending it: 0 for most records. */
  default int extraLines() {
    return 0;
  }
}
