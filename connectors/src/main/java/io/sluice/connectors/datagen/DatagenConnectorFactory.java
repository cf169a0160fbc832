package io.sluice.connectors.datagen;

import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSource;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.util.List;

/** The {@code datagen} source: rows of random values and sequences, for tests, demos and benchmarks. */
public final class DatagenConnectorFactory implements SourceConnectorFactory {
  public static final String IDENTIFIER = "datagen";

  @Override
  public String identifier() {
    return IDENTIFIER;
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return DatagenOptions.ALL;
  }

  @Override
  public String description() {
    return "Generates rows of random values or sequences at a given rate, for tests, demos and benchmarks. "
        + "The table is bounded if 'number-of-rows' is set or a field is a sequence, and ends after that many "
        + "rows or with its shortest sequence. Row i always holds the same values (dates and times aside, "
        + "which follow the wall clock), whatever the parallelism.";
  }

  @Override
  public TableSource createSource(TableContext context) {
    return TableSource.of(new ReaderFactory(DatagenSpecParser.parse(context)));
  }

  /** Shares the checked spec, and with it the immutable field generators, among all readers. */
  private record ReaderFactory(DatagenSpec spec) implements SourceFactory {
    @Override
    public SourceReader create() {
      return new DatagenSourceReader(spec, DatagenClock.SYSTEM);
    }

    @Override
    public boolean isBounded() {
      return spec.bounded();
    }
  }
}
