package io.sluice.tests.faults;

import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSource;
import io.sluice.connectors.datagen.DatagenConnectorFactory;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test-only source, {@code 'connector' = 'failing-datagen'}: exactly the {@code datagen} table its other options
 * describe, except that a reader throws the first time it is about to emit a row whose first column holds one
 * of the values of {@code 'fail-at'}. The first time across the whole JVM: {@link #FIRED} records the values that
 * have failed, so a restarted job replays the row and goes on. Tests clear it before they run.
 */
public final class FailingDatagenConnectorFactory implements SourceConnectorFactory {
  /** The values that have failed a job already; clear before each test. */
  public static final Set<Long> FIRED = ConcurrentHashMap.newKeySet();

  static final ConnectorOption<String> FAIL_AT = ConnectorOption.optional(ConfigOptions.stringOption("fail-at",
      "", "Comma-separated values of the first column at which a reader fails, once each."));

  private final DatagenConnectorFactory datagen = new DatagenConnectorFactory();

  @Override
  public String identifier() {
    return "failing-datagen";
  }

  @Override
  public List<ConnectorOption<?>> options() {
    List<ConnectorOption<?>> options = new ArrayList<>(datagen.options());
    options.add(FAIL_AT);
    return options;
  }

  @Override
  public String description() {
    return "datagen with injected failures (tests only)";
  }

  @Override
  public TableSource createSource(TableContext context) {
    Set<Long> failAt = Set.copyOf(Arrays.stream(TableOptions.of(context).get(FAIL_AT).split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).map(Long::valueOf).toList());
    Map<String, String> options = new LinkedHashMap<>(context.options());
    options.remove(FAIL_AT.key());
    options.put(ConnectorOption.CONNECTOR.key(), datagen.identifier());
    SourceFactory inner = datagen.createSource(
        new TableContext(context.tableName(), context.physicalSchema(), context.primaryKey(), options))
        .readerFactory();
    return TableSource.of(new SourceFactory() {
      @Override
      public SourceReader create() {
        return new FailingReader(inner.create(), failAt, FIRED);
      }

      @Override
      public boolean isBounded() {
        return inner.isBounded();
      }
    });
  }
}
