package io.sluice.connectors.filesystem;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.common.types.DataType;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.LookupFunction;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Looks rows of a filesystem table up by key, as Flink's filesystem lookup source does: the whole table is read
 * into memory on the first lookup, indexed by the lookup columns, and read again on the first lookup after
 * {@code ttl} has passed, so that changed files are seen. Reading goes through the table's own source reader (one
 * reader for all files), so formats, bad records and {@code *.ignore-parse-errors} behave as when the table is
 * scanned. Meant for small side tables: every parallel instance of the join holds its own copy.
 *
 * <p>A lookup key and a table value are compared after {@link #normalize}: the join may compute a key of another
 * numeric type than the column's (an INT expression against a BIGINT column), which equals it in SQL.
 */
final class FileLookupFunction implements LookupFunction {
  private final FileSourceSpec spec;
  private final List<Integer> lookupColumns;
  private final long ttlMillis;
  private final LongSupplier clock;
  private Map<List<Object>, List<Object[]>> index;
  private long loadedAt;

  /**
   * @param spec the table's source, bounded
   * @param lookupColumns the columns the lookup keys equal, in key order
   * @param ttlMillis how long a loaded copy of the table serves lookups
   */
  FileLookupFunction(FileSourceSpec spec, List<Integer> lookupColumns, long ttlMillis, LongSupplier clock) {
    this.spec = spec;
    this.lookupColumns = List.copyOf(lookupColumns);
    this.ttlMillis = ttlMillis;
    this.clock = clock;
  }

  @Override
  public synchronized List<Object[]> lookup(Object[] keys) throws Exception {
    long now = clock.getAsLong();
    if (index == null || now - loadedAt >= ttlMillis) {
      index = load();
      loadedAt = now;
    }
    Object[] normalized = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      normalized[i] = normalize(keys[i], type(i));
    }
    return index.getOrDefault(Arrays.asList(normalized), List.of());
  }

  private Map<List<Object>, List<Object[]>> load() throws Exception {
    Map<List<Object>, List<Object[]>> rows = new HashMap<>();
    SourceReader reader = spec.create();
    try {
      reader.open(new OperatorContext("lookup of " + spec.path(), 0, 1, 1, new Configuration()));
      Output collect = new Output() {
        @Override
        public void emit(Row row) {
          Object[] fields = row.fields().clone();
          Object[] key = new Object[lookupColumns.size()];
          for (int i = 0; i < key.length; i++) {
            key[i] = normalize(fields[lookupColumns.get(i)], type(i));
            if (key[i] == null) {
              return; // NULL equals nothing
            }
          }
          rows.computeIfAbsent(Arrays.asList(key), k -> new ArrayList<>()).add(fields);
        }

        @Override
        public void emitWatermark(long watermark) {}
      };
      while (reader.pollNext(collect) != InputStatus.END_OF_INPUT) {
        // a bounded reader of existing files never waits for more
      }
    } finally {
      reader.close();
    }
    return rows;
  }

  private DataType type(int key) {
    return spec.schema().column(lookupColumns.get(key)).type();
  }

  /** The value in the column type's own class (numbers compared by value); NULL stays null. */
  static Object normalize(Object value, DataType type) {
    if (!(value instanceof Number number)) {
      return value;
    }
    return switch (type.root()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT -> number.longValue();
      case FLOAT, DOUBLE -> number.doubleValue();
      case DECIMAL -> (number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString()))
          .stripTrailingZeros();
      default -> value;
    };
  }
}
