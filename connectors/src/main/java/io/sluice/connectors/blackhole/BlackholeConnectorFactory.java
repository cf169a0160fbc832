package io.sluice.connectors.blackhole;

import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SinkConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSink;
import java.util.List;

/** The {@code blackhole} sink: takes every row and discards it, to measure a query without its output. */
public final class BlackholeConnectorFactory implements SinkConnectorFactory {
  public static final String IDENTIFIER = "blackhole";

  @Override
  public String identifier() {
    return IDENTIFIER;
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return List.of();
  }

  @Override
  public String description() {
    return "Discards every row it receives, of any row kind: for benchmarks and for running a query only for "
        + "its side effects.";
  }

  @Override
  public TableSink createSink(TableContext context) {
    return TableSink.of(BlackholeSinkOperator::new, true);
  }
}
