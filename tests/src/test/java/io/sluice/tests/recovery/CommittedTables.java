package io.sluice.tests.recovery;

import io.sluice.common.RowKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "database" behind the {@code tx-collect} sink: per table, what committed transactions wrote, applied as a
 * changelog — by primary key (the latest row per key) for a table with one, as a list of inserted rows for one
 * without. Committing is idempotent by transaction id, as in a real transactional store. Values are kept as text.
 */
public final class CommittedTables {
  private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

  private CommittedTables() {}

  /** One change of a transaction. */
  record Change(RowKind kind, List<String> values) {}

  /** Forgets a table, before a test writes it. */
  public static void clear(String table) {
    TABLES.remove(table);
  }

  /** The rows of the table as committed so far, sorted (by their text), each as its values joined by commas. */
  public static List<String> rows(String table) {
    Table t = TABLES.get(table);
    return t == null ? List.of() : t.rows();
  }

  static void commit(String table, int[] keyFields, String transaction, List<Change> changes) {
    TABLES.computeIfAbsent(table, name -> new Table(keyFields)).commit(transaction, changes);
  }

  private static final class Table {
    private final int[] keyFields;
    private final Set<String> committed = new HashSet<>();
    private final Map<List<String>, List<String>> byKey = new LinkedHashMap<>();
    private final List<List<String>> inserted = new ArrayList<>();

    Table(int[] keyFields) {
      this.keyFields = keyFields;
    }

    synchronized void commit(String transaction, List<Change> changes) {
      if (!committed.add(transaction)) {
        return;
      }
      for (Change change : changes) {
        if (keyFields.length == 0) {
          if (change.kind() != RowKind.INSERT) {
            throw new IllegalStateException("A table without a primary key got " + change);
          }
          inserted.add(change.values());
        } else if (change.kind().isAccumulate()) {
          byKey.put(key(change.values()), change.values());
        } else {
          byKey.remove(key(change.values()));
        }
      }
    }

    synchronized List<String> rows() {
      List<String> rows = new ArrayList<>();
      (keyFields.length == 0 ? inserted : byKey.values()).forEach(values -> rows.add(String.join(",", values)));
      rows.sort(null);
      return rows;
    }

    private List<String> key(List<String> values) {
      List<String> key = new ArrayList<>();
      for (int field : keyFields) {
        key.add(values.get(field));
      }
      return key;
    }
  }
}
