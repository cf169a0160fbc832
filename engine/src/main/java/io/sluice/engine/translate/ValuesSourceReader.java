package io.sluice.engine.translate;

import io.sluice.common.Row;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceReader;
import java.util.List;

/** Emits the rows of a VALUES clause, all at once, then ends. Runs with parallelism 1. */
final class ValuesSourceReader implements SourceReader {
  private final List<List<Object>> rows;

  ValuesSourceReader(List<List<Object>> rows) {
    this.rows = rows;
  }

  @Override
  public InputStatus pollNext(Output out) {
    for (List<Object> values : rows) {
      out.emit(Row.of(values.toArray()));
    }
    return InputStatus.END_OF_INPUT;
  }
}
