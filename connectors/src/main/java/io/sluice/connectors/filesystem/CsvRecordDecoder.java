package io.sluice.connectors.filesystem;

import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;

/**
 * Decodes CSV records (RFC 4180, as the filesystem sink writes them) from bytes in two passes over the record and
 * no allocation besides the values themselves: the first pass finds the fields' bounds and the record's end,
 * honouring quotes (a quoted field may hold commas, doubled quotes and line breaks); the second parses each field
 * in place ({@link TextValues}), ASCII text by a plain copy (the first pass notes which fields are ASCII) and
 * timestamps through a cache of the last second seen, since consecutive rows mostly share it. An unquoted empty field is NULL, a quoted empty one ({@code ""}) the empty
 * string. A line break is {@code \n} or {@code \r\n}.
 */
final class CsvRecordDecoder implements RecordDecoder {
  private final DataType[] types;
  private final int[] starts;
  private final int[] ends;
  private final boolean[] quoted;
  private final boolean[] ascii;
  private final TextValues.TimestampCache timestamps = new TextValues.TimestampCache();
  private final byte delimiter;
  private byte[] unquoted = new byte[256];
  private int extraLines;

  CsvRecordDecoder(RowType schema, char delimiter) {
    int arity = schema.arity();
    this.types = new DataType[arity];
    for (int i = 0; i < arity; i++) {
      types[i] = schema.column(i).type();
    }
    this.starts = new int[arity];
    this.ends = new int[arity];
    this.quoted = new boolean[arity];
    this.ascii = new boolean[arity];
    this.delimiter = (byte) delimiter;
  }

  @Override
  public int extraLines() {
    return extraLines;
  }

  @Override
  public int decode(byte[] buffer, int from, int limit, boolean endOfFile, Object[] fields)
      throws BadRecordException {
    int count = 0;
    int fieldStart = from;
    boolean fieldQuoted = false;
    int bits = 0; // the OR of the field's bytes: negative if one is not ASCII
    extraLines = 0;
    int i = from;
    int recordEnd = -1;
    int contentEnd = -1;
    while (i < limit) {
      byte b = buffer[i];
      if (b == delimiter || b == '\n') {
        int fieldEnd = b == '\n' && i > fieldStart && buffer[i - 1] == '\r' ? i - 1 : i;
        count = addField(count, fieldStart, fieldEnd, fieldQuoted, bits >= 0);
        fieldStart = i + 1;
        fieldQuoted = false;
        bits = 0;
        if (b == '\n') {
          recordEnd = i + 1;
          contentEnd = fieldEnd;
          break;
        }
      } else if (b == '"' && i == fieldStart) {
        fieldQuoted = true;
        i = closingQuote(buffer, i + 1, limit, endOfFile);
        if (i < 0) {
          return -1;
        }
        if (i == limit) {
          throw new BadRecordException("unterminated quoted field", limit);
        }
      } else {
        bits |= b;
      }
      i++;
    }
    if (recordEnd < 0) {
      if (!endOfFile || i == from) {
        return -1;
      }
      count = addField(count, fieldStart, limit, fieldQuoted, bits >= 0);
      recordEnd = limit;
      contentEnd = limit;
    }
    if (count != types.length) {
      String found = contentEnd == from ? "an empty line" : count + " fields";
      throw new BadRecordException("expected " + types.length + " fields, found " + found, recordEnd);
    }
    for (int f = 0; f < count; f++) {
      try {
        fields[f] = value(f, buffer);
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw new BadRecordException("field " + (f + 1) + ": " + e.getMessage(), recordEnd);
      }
    }
    return recordEnd;
  }

  /**
   * The index of the quote that closes a quoted field whose content starts at {@code from} (doubled quotes
   * skipped, line breaks counted); {@code limit} if the file ends first, -1 if the buffer does.
   */
  private int closingQuote(byte[] buffer, int from, int limit, boolean endOfFile) {
    for (int i = from; i < limit; i++) {
      byte b = buffer[i];
      if (b == '"') {
        if (i + 1 == limit) {
          return endOfFile ? i : -1; // cannot tell a closing quote from the first of two
        }
        if (buffer[i + 1] != '"') {
          return i;
        }
        i++;
      } else if (b == '\n') {
        extraLines++;
      }
    }
    return endOfFile ? limit : -1;
  }

  /** Records a field's bounds; past the expected number of fields only counts them. */
  private int addField(int count, int start, int end, boolean isQuoted, boolean isAscii) {
    if (count < types.length) {
      starts[count] = start;
      ends[count] = end;
      quoted[count] = isQuoted;
      ascii[count] = isAscii;
    }
    return count + 1;
  }

  private Object value(int f, byte[] buffer) {
    int start = starts[f];
    int end = ends[f];
    if (!quoted[f]) {
      if (start == end) {
        return null;
      }
      return switch (types[f].root()) {
        case BIGINT -> TextValues.parseLong(buffer, start, end);
        case CHAR, VARCHAR -> ascii[f] ? TextValues.latin1(buffer, start, end) : TextValues.string(buffer, start, end);
        case TIMESTAMP, TIMESTAMP_LTZ -> timestamps.parse(buffer, start, end);
        default -> TextValues.parse(types[f], buffer, start, end);
      };
    }
    // Between the quotes, with doubled quotes made single.
    int length = 0;
    if (unquoted.length < end - start) {
      unquoted = new byte[Math.max(end - start, 2 * unquoted.length)];
    }
    int last = end - 1;
    if (last <= start || buffer[last] != '"') {
      throw new IllegalArgumentException("text after the closing quote");
    }
    for (int i = start + 1; i < last; i++) {
      unquoted[length++] = buffer[i];
      if (buffer[i] == '"') {
        i++;
      }
    }
    return TextValues.parse(types[f], unquoted, 0, length);
  }
}
