package io.sluice.common.types;

import java.util.List;
import java.util.stream.Collectors;

/** The shape of the rows of a table, a source or an operator's output: an ordered list of columns. */
public record RowType(List<Column> columns) {
  public RowType {
    columns = List.copyOf(columns);
  }

  public static RowType of(Column... columns) {
    return new RowType(List.of(columns));
  }

  public int arity() {
    return columns.size();
  }

  public Column column(int i) {
    return columns.get(i);
  }

  public List<String> names() {
    return columns.stream().map(Column::name).toList();
  }

  /** Position of the column with this name (case-insensitive), or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return columns.stream().map(Column::toString).collect(Collectors.joining(", ", "(", ")"));
  }
}
