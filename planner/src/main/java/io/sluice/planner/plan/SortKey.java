package io.sluice.planner.plan;

import io.sluice.common.types.RowType;

/**
 * One key of an {@code ORDER BY}, as plain data.
 *
 * @param field index of the field in the input row
 * @param ascending true for {@code ASC}
 * @param nullsFirst true when NULL comes before every value
 */
public record SortKey(int field, boolean ascending, boolean nullsFirst) {
  /**
   * {@code v DESC}, with the input's column name; {@code NULLS FIRST|LAST} only where it differs from the
   * default (NULL is the smallest value: first ascending, last descending).
   */
  public String describe(RowType input) {
    String text = input.column(field).name() + (ascending ? " ASC" : " DESC");
    return nullsFirst == ascending ? text : text + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
  }
}
