package io.sluice.connectors.filesystem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import java.io.IOException;

/**
 * Decodes JSON Lines: one JSON object per line, its members matched to the columns by name. A missing member or
 * JSON {@code null} is NULL; numbers, strings and booleans are converted to the column's type (a timestamp from
 * {@code "yyyy-MM-dd HH:mm:ss.SSS"} or ISO text); members that are not columns are ignored. Blank lines are
 * skipped.
 */
final class JsonRecordDecoder implements RecordDecoder {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RowType schema;
  private boolean blank;

  JsonRecordDecoder(RowType schema) {
    this.schema = schema;
  }

  @Override
  public boolean decodedRecord() {
    return !blank;
  }

  @Override
  public int decode(byte[] buffer, int from, int limit, boolean endOfFile, Object[] fields)
      throws BadRecordException {
    int newline = -1;
    for (int i = from; i < limit; i++) {
      if (buffer[i] == '\n') {
        newline = i;
        break;
      }
    }
    if (newline < 0 && !endOfFile) {
      return -1;
    }
    int end = newline < 0 ? limit : newline + 1;
    int contentEnd = newline < 0 ? limit : newline;
    JsonNode node;
    try {
      node = MAPPER.readTree(buffer, from, contentEnd - from);
    } catch (JsonProcessingException e) {
      throw new BadRecordException("not JSON: " + e.getOriginalMessage(), end);
    } catch (IOException e) {
      throw new BadRecordException("not JSON: " + e.getMessage(), end);
    }
    blank = node == null || node.isMissingNode();
    if (blank) {
      return end;
    }
    if (!node.isObject()) {
      throw new BadRecordException("expected a JSON object, found " + node.getNodeType(), end);
    }
    for (int i = 0; i < schema.arity(); i++) {
      JsonNode member = node.get(schema.column(i).name());
      DataType type = schema.column(i).type();
      try {
        fields[i] = member == null || member.isNull() ? null
            : TextValues.parseText(type, member.isTextual() ? member.textValue() : member.toString());
      } catch (IllegalArgumentException e) {
        throw new BadRecordException("member '" + schema.column(i).name() + "': " + e.getMessage(), end);
      }
    }
    return end;
  }
}
