package io.sluice.bench.jmh;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import java.util.List;

/** A typical Nexmark bid, the row the serializer and CSV benchmarks work on. */
public final class BidSample {
  /** The Nexmark {@code bid} table's columns. */
  public static final RowType TYPE = new RowType(List.of(
      new Column("auction", DataType.of(TypeRoot.BIGINT)), new Column("bidder", DataType.of(TypeRoot.BIGINT)),
      new Column("price", DataType.of(TypeRoot.BIGINT)), new Column("channel", DataType.string()),
      new Column("url", DataType.string()), new Column("dateTime", DataType.of(TypeRoot.TIMESTAMP, 3)),
      new Column("extra", DataType.string())));

  private BidSample() {}

  /** Three BIGINTs, two short strings, a timestamp and a 32-character extra, as the generator makes them. */
  public static Row row() {
    return Row.of(1_000_123L, 2_000_456L, 8_765L, "Google", "https://www.nexmark.com/xyz/item.htm",
        1_700_000_000_123L, "abcdefghijklmnopqrstuvwxyz012345");
  }
}
