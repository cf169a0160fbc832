package io.sluice.executor.operators.sort;

/**
 * One key of an order: a field of the row, its direction and where NULL goes.
 *
 * @param field index of the field in the rows being ordered
 * @param ascending true for {@code ASC}, false for {@code DESC}
 * @param nullsFirst true when NULL comes before every value, whatever the direction
 */
public record SortField(int field, boolean ascending, boolean nullsFirst) {
  public SortField {
    if (field < 0) {
      throw new IllegalArgumentException("Sort field index must not be negative, was " + field);
    }
  }

  /** This key reading field {@code newField} instead, e.g. in a row that holds only the sort keys. */
  public SortField atField(int newField) {
    return new SortField(newField, ascending, nullsFirst);
  }
}
