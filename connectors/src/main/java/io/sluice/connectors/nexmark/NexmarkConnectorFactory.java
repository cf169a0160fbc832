package io.sluice.connectors.nexmark;

import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSource;
import java.util.List;

/**
 * The {@code nexmark} source: the persons, auctions and bids of the Nexmark benchmark's online auction, written
 * from the public Nexmark model. One stream of events holds all three kinds; a table shows one of them
 * ({@code 'table'}), and tables with the same other options show the same stream, so their ids join.
 */
public final class NexmarkConnectorFactory implements SourceConnectorFactory {
  public static final String IDENTIFIER = "nexmark";

  @Override
  public String identifier() {
    return IDENTIFIER;
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return NexmarkOptions.ALL;
  }

  @Override
  public String description() {
    return "Generates the Nexmark benchmark's persons, auctions and bids (proportions 1:3:46 by default, hot "
        + "auctions, bidders and sellers, log-uniform prices, `extra` padding to nominal row sizes), with event "
        + "time advancing with the event count. The stream is a function of its options: event `e` is the same "
        + "row at any parallelism and after a restore. Columns are taken by name from the table's: "
        + "`person (id BIGINT, name, emailAddress, creditCard, city, state STRING, dateTime TIMESTAMP(3), extra "
        + "STRING)`, `auction (id BIGINT, itemName, description STRING, initialBid, reserve BIGINT, dateTime, "
        + "expires TIMESTAMP(3), seller, category BIGINT, extra STRING)`, `bid (auction, bidder, price BIGINT, "
        + "channel, url STRING, dateTime TIMESTAMP(3), extra STRING)`; a table may declare a subset.";
  }

  @Override
  public TableSource createSource(TableContext context) {
    return NexmarkSource.create(context);
  }
}
