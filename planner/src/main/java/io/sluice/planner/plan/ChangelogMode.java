package io.sluice.planner.plan;

import io.sluice.common.RowKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of change a plan node emits, as Flink's {@code EXPLAIN CHANGELOG_MODE} shows them: {@code I} (insert),
 * {@code UB} (update before, the retraction of an old row), {@code UA} (update after) and {@code D} (delete).
 * Three modes matter: insert-only, retract ({@code [I,UB,UA,D]}: every old row is retracted before its new one
 * comes) and upsert ({@code [I,UA,D]}: a new row replaces the old one with the same upsert key). A sink emits
 * nothing: {@code NONE}.
 *
 * @param kinds the row kinds the node may emit
 */
public record ChangelogMode(Set<RowKind> kinds) {
  public static final ChangelogMode INSERT_ONLY = new ChangelogMode(EnumSet.of(RowKind.INSERT));
  public static final ChangelogMode RETRACT = new ChangelogMode(EnumSet.allOf(RowKind.class));
  public static final ChangelogMode UPSERT =
      new ChangelogMode(EnumSet.of(RowKind.INSERT, RowKind.UPDATE_AFTER, RowKind.DELETE));
  public static final ChangelogMode NONE = new ChangelogMode(EnumSet.noneOf(RowKind.class));

  public ChangelogMode {
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
  }

  /** True when the node only ever inserts: its output is a plain stream of rows. */
  public boolean isInsertOnly() {
    return kinds.equals(Set.of(RowKind.INSERT));
  }

  /** True when the node emits updates or deletions. */
  public boolean hasUpdates() {
    return kinds.stream().anyMatch(kind -> kind != RowKind.INSERT);
  }

  /** The kinds either mode emits, e.g. of a UNION ALL. */
  public ChangelogMode union(ChangelogMode other) {
    Set<RowKind> both = EnumSet.noneOf(RowKind.class);
    both.addAll(kinds);
    both.addAll(other.kinds);
    return new ChangelogMode(both);
  }

  /** {@code I,UB,UA,D} in that order, or {@code NONE}. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (RowKind kind : RowKind.values()) {
      if (kinds.contains(kind)) {
        names.add(switch (kind) {
          case INSERT -> "I";
          case UPDATE_BEFORE -> "UB";
          case UPDATE_AFTER -> "UA";
          case DELETE -> "D";
        });
      }
    }
    return names.isEmpty() ? "NONE" : String.join(",", names);
  }
}
