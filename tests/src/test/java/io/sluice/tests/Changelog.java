package io.sluice.tests;

import static org.assertj.core.api.Assertions.fail;

import io.sluice.common.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a changelog into the table it describes: {@code +I} and {@code +U} add their row, {@code -U} and
 * {@code -D} remove one copy of theirs. A changelog that removes a row it does not hold at that point is wrong,
 * and fails the test: an operator retracted something it never emitted (or retracted it twice).
 */
final class Changelog {
  private Changelog() {}

  /** The rows left after applying every change in order, as a multiset in a list. */
  static List<List<Object>> fold(List<Row> changes) {
    Map<List<Object>, Integer> table = new LinkedHashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      Row change = changes.get(i);
      List<Object> values = Arrays.asList(change.fields());
      if (change.kind().isAccumulate()) {
        table.merge(values, 1, Integer::sum);
      } else {
        Integer held = table.get(values);
        if (held == null) {
          fail("Change " + (i + 1) + " of " + changes.size() + ", " + change
              + ", retracts a row that is not in the result: " + table.keySet());
        }
        if (held == 1) {
          table.remove(values);
        } else {
          table.put(values, held - 1);
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    table.forEach((row, count) -> {
      for (int c = 0; c < count; c++) {
        rows.add(row);
      }
    });
    return rows;
  }
}
