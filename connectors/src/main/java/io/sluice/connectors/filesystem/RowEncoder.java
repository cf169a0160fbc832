package io.sluice.connectors.filesystem;

import io.sluice.common.Row;
import io.sluice.common.types.RowType;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** Writes rows as lines of a text format; one instance per writer, not thread-safe. */
interface RowEncoder {
  /** Appends the row and its line break to {@code out}; returns how many bytes it wrote. */
  int write(Row row, OutputStream out) throws IOException;

  /** The file-name extension of the format, with its dot. */
  String extension();

  /** The formats the sink writes, by their {@code 'format'} value. */
  enum Format {
    CSV(".csv"),
    JSON(".json");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** The format named by a {@code 'format'} value, case-insensitive; empty-handed callers get null. */
    static Format of(String name) {
      for (Format format : values()) {
        if (format.name().equalsIgnoreCase(name.trim())) {
          return format;
        }
      }
      return null;
    }

    RowEncoder encoder(RowType schema) {
      return this == CSV ? new CsvRowEncoder(schema, extension) : new JsonRowEncoder(schema, extension);
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
