package io.sluice.connectors;

import io.sluice.common.types.RowType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a connector is told about the table it serves: the table as declared in {@code CREATE TABLE}.
 *
 * @param tableName the name used in error messages
 * @param physicalSchema the physical columns only (no computed or metadata columns), in declaration order: the
 *     shape of the rows a source emits and a sink receives
 * @param primaryKey names of the primary key columns, empty if the table declares none
 * @param options the {@code WITH} options exactly as written, including {@code 'connector'}; iteration follows
 *     the order of declaration
 */
public record TableContext(
    String tableName, RowType physicalSchema, List<String> primaryKey, Map<String, String> options) {

  public TableContext {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(physicalSchema, "physicalSchema");
    primaryKey = List.copyOf(primaryKey);
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** Shows the options with their secrets masked ({@link SensitiveOptions}). */
  @Override
  public String toString() {
    return "TableContext[tableName=" + tableName + ", physicalSchema=" + physicalSchema + ", primaryKey="
        + primaryKey + ", options=" + SensitiveOptions.masked(options) + "]";
  }

  /** A table without a primary key. */
  public static TableContext of(String tableName, RowType physicalSchema, Map<String, String> options) {
    return new TableContext(tableName, physicalSchema, List.of(), options);
  }
}
