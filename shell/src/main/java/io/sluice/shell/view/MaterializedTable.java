package io.sluice.shell.view;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A changelog folded into the table it describes, as Flink's SQL client does in table mode: {@code +I} and
 * {@code +U} append their row, {@code -U} and {@code -D} remove the last row equal to theirs. A row that changes
 * thus moves to the end, so the newest changes are the last rows. Removal looks through the rows from the end,
 * which is quick for the usual update of a recently changed row.
 */
public final class MaterializedTable {
  private final List<Row> rows = new ArrayList<>();
  private long changes;

  /** Applies one change. A retraction of a row the table does not hold is ignored. */
  public void apply(Row change) {
    changes++;
    Row row = change.withKind(RowKind.INSERT);
    if (change.kind() == RowKind.INSERT || change.kind() == RowKind.UPDATE_AFTER) {
      rows.add(row);
      return;
    }
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (Arrays.deepEquals(rows.get(i).fields(), row.fields())) {
        rows.remove(i);
        return;
      }
    }
  }

  /** How many rows the table holds now. */
  public int size() {
    return rows.size();
  }

  /** How many changes were applied. */
  public long changes() {
    return changes;
  }

  /** The last {@code count} rows (fewer if the table is smaller), oldest first. */
  public List<Row> last(int count) {
    return List.copyOf(rows.subList(Math.max(0, rows.size() - count), rows.size()));
  }
}
