package io.sluice.common.config;

import java.util.List;
import java.util.Locale;

/** The values of {@code sql-client.execution.result-mode}: how the interactive shell shows a query's rows. */
public enum ResultMode {
  /** A live table of the current result: each change applied in place, the table redrawn. */
  TABLE,
  /** A live view of the latest changes, each an {@code +I}, {@code -U}, {@code +U} or {@code -D} row. */
  CHANGELOG,
  /** Rows printed one after another as they come, each with its change kind. */
  TABLEAU;

  /** Accepted spellings: the lower-case name. */
  public List<String> spellings() {
    return List.of(toString());
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
