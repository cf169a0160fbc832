package io.sluice.connectors.kafka.format;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV line (RFC 4180), both ways, with NULL kept apart from the empty string: NULL is an empty field, the
 * empty string is {@code ""}. A field is quoted when it must be (it holds the delimiter, a quote or a line break)
 * or is empty; quotes inside are doubled.
 *
 * <p>Hand-written rather than Jackson's CSV module, which drops null elements of an array when writing and reads
 * {@code ""} and an empty field alike, so NULL could not round-trip.
 */
final class CsvLine {
  private CsvLine() {}

  static String encode(String[] fields, char delimiter) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(delimiter);
      }
      String field = fields[i];
      if (field == null) {
        continue;
      }
      if (field.isEmpty() || needsQuotes(field, delimiter)) {
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        line.append(field);
      }
    }
    return line.toString();
  }

  /**
   * The fields of a line; null for an empty unquoted field.
   *
   * @throws IllegalArgumentException if a quoted field does not end, or text follows its closing quote
   */
  static String[] decode(String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    int length = line.length();
    while (true) {
      if (i < length && line.charAt(i) == '"') {
        StringBuilder field = new StringBuilder();
        i++;
        while (true) {
          if (i >= length) {
            throw new IllegalArgumentException("a quoted value does not end");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < length && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        fields.add(field.toString());
        if (i < length && line.charAt(i) != delimiter) {
          throw new IllegalArgumentException("text after a closing quote at position " + i);
        }
      } else {
        int end = line.indexOf(delimiter, i);
        end = end < 0 ? length : end;
        fields.add(end == i ? null : line.substring(i, end));
        i = end;
      }
      if (i >= length) {
        return fields.toArray(new String[0]);
      }
      i++; // the delimiter
    }
  }

  private static boolean needsQuotes(String field, char delimiter) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
