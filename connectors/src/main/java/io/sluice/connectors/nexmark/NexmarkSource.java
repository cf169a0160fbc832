package io.sluice.connectors.nexmark;

import io.sluice.common.types.Column;
import io.sluice.common.types.RowType;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSource;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.util.List;
import java.util.stream.Collectors;

/** Checks a {@code nexmark} table's options and columns and makes the readers' shared, immutable spec. */
final class NexmarkSource {
  private NexmarkSource() {}

  /**
   * What every reader of one table shares.
   *
   * @param table which kind of event the table holds
   * @param model the stream's arithmetic
   * @param text the stream's prepared strings
   * @param projection for each declared column, its index among the table's columns; null if the table declares
   *     all of them in order
   * @param eventsPerSecond the pace over all readers, 0 for none
   */
  record Spec(NexmarkTable table, NexmarkModel model, NexmarkText text, int[] projection, long eventsPerSecond)
      implements SourceFactory {
    @Override
    public SourceReader create() {
      return new NexmarkSourceReader(this);
    }

    @Override
    public boolean isBounded() {
      return model.config().bounded();
    }
  }

  static TableSource create(TableContext context) {
    TableOptions options = TableOptions.of(context);
    NexmarkTable table = options.get(NexmarkOptions.TABLE);
    NexmarkConfig config = new NexmarkConfig(options.get(NexmarkOptions.EVENTS_NUM),
        options.get(NexmarkOptions.FIRST_EVENT_RATE), options.get(NexmarkOptions.PERSON_PROPORTION),
        options.get(NexmarkOptions.AUCTION_PROPORTION), options.get(NexmarkOptions.BID_PROPORTION),
        options.get(NexmarkOptions.HOT_AUCTION_RATIO), options.get(NexmarkOptions.HOT_BIDDER_RATIO),
        options.get(NexmarkOptions.HOT_SELLER_RATIO), options.get(NexmarkOptions.PERSON_AVG_SIZE),
        options.get(NexmarkOptions.AUCTION_AVG_SIZE), options.get(NexmarkOptions.BID_AVG_SIZE),
        options.get(NexmarkOptions.SEED), NexmarkOptions.epochMillis(options.get(NexmarkOptions.BASE_TIME)));
    int[] projection = projection(table, context.physicalSchema(), options);
    Spec spec = new Spec(table, new NexmarkModel(config), new NexmarkText(config.seed()), projection,
        options.get(NexmarkOptions.EVENTS_RATE));
    return TableSource.of(spec);
  }

  /** Maps each declared column by name (case-insensitive) onto the table's, checking its type. */
  private static int[] projection(NexmarkTable table, RowType schema, TableOptions options) {
    List<NexmarkTable.NexmarkColumn> columns = table.columns();
    int[] projection = new int[schema.columns().size()];
    boolean identity = projection.length == columns.size();
    for (int i = 0; i < projection.length; i++) {
      Column declared = schema.column(i);
      int index = indexOf(columns, declared.name());
      if (index < 0) {
        throw options.invalid("the nexmark table '" + table + "' has no column '" + declared.name()
            + "'; its columns are " + describe(columns));
      }
      if (declared.type().root() != columns.get(index).type()
          && !(declared.type().root().isString() && columns.get(index).type().isString())) {
        throw options.invalid("column '" + declared.name() + "' must be " + columns.get(index).type().sqlName()
            + ", not " + declared.type());
      }
      projection[i] = index;
      identity &= index == i;
    }
    return identity ? null : projection;
  }

  private static int indexOf(List<NexmarkTable.NexmarkColumn> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(List<NexmarkTable.NexmarkColumn> columns) {
    return columns.stream().map(c -> c.name() + " " + c.type().sqlName()).collect(Collectors.joining(", "));
  }
}
