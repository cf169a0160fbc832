package io.sluice.connectors;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The connectors the engine knows, by identifier, and the one entry point for turning a table's options into a
 * source or a sink. The engine calls {@link #validate} when a table is created and {@link #createSource} or
 * {@link #createSink} when a query reads or writes it; all three report problems as {@link SluiceException}s
 * whose messages are written for the user.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConnectorRegistry {
  private final List<ConnectorFactory> factories;

  /** A registry of exactly these factories; identifiers must be unique. */
  public ConnectorRegistry(Collection<? extends ConnectorFactory> factories) {
    List<ConnectorFactory> sorted = new ArrayList<>(factories);
    sorted.sort(Comparator.comparing(ConnectorFactory::identifier));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).identifier().equals(sorted.get(i - 1).identifier())) {
        throw new IllegalStateException("Two connector factories with identifier '"
            + sorted.get(i).identifier() + "': " + sorted.get(i - 1).getClass() + ", " + sorted.get(i).getClass());
      }
    }
    this.factories = List.copyOf(sorted);
  }

  /** The factories listed in {@code META-INF/services} on the context class path. */
  public static ConnectorRegistry discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(loader != null ? loader : ConnectorRegistry.class.getClassLoader());
  }

  public static ConnectorRegistry discover(ClassLoader classLoader) {
    List<ConnectorFactory> found = new ArrayList<>();
    ServiceLoader.load(ConnectorFactory.class, classLoader).forEach(found::add);
    return new ConnectorRegistry(found);
  }

  /** All factories, by identifier. */
  public List<ConnectorFactory> factories() {
    return factories;
  }

  public Optional<ConnectorFactory> find(String identifier) {
    return factories.stream().filter(f -> f.identifier().equals(identifier)).findFirst();
  }

  /**
   * Checks a table's options as {@code CREATE TABLE} must: the connector exists, every option is declared and
   * well-formed, and the connector accepts the combination for every role it can play (source, sink or both).
   *
   * @throws SluiceException with {@link ErrorCode#UNKNOWN_CONNECTOR} or {@link ErrorCode#INVALID_TABLE_OPTION}
   */
  public void validate(TableContext context) {
    ConnectorFactory factory = factoryOf(context);
    OptionsValidator.validate(context, factory);
    // Creation is cheap and side-effect free by contract, so it doubles as the connector-specific check.
    if (factory instanceof SourceConnectorFactory source) {
      source.createSource(context);
    }
    if (factory instanceof SinkConnectorFactory sink) {
      sink.createSink(context);
    }
    if (factory instanceof LookupConnectorFactory lookup) {
      lookup.createLookup(context, List.of());
    }
  }

  /**
   * How to look the table's rows up by the given physical columns, for a lookup join.
   *
   * @throws SluiceException as {@link #validate}, or with {@link ErrorCode#VALIDATION_ERROR} if the connector
   *     cannot look rows up
   */
  public LookupTableSource createLookup(TableContext context, List<Integer> lookupColumns) {
    ConnectorFactory factory = factoryOf(context);
    if (!(factory instanceof LookupConnectorFactory lookup)) {
      throw new SluiceException(ErrorCode.VALIDATION_ERROR, "Table '" + context.tableName() + "' cannot be "
          + "looked up: connector '" + factory.identifier() + "' has no lookup side (use, e.g., 'jdbc').");
    }
    OptionsValidator.validate(context, factory);
    return lookup.createLookup(context, lookupColumns);
  }

  /**
   * Whether reading the table gives a changelog with retractions ({@link TableSource#emitsRetractions}); false
   * for a connector that cannot be scanned, whose scan is refused where it is translated (a lookup join's table
   * is planned as a scan first).
   */
  public boolean emitsRetractions(TableContext context) {
    return factoryOf(context) instanceof SourceConnectorFactory && createSource(context).emitsRetractions();
  }

  /**
   * How to read the table.
   *
   * @throws SluiceException as {@link #validate}, or with {@link ErrorCode#VALIDATION_ERROR} if the connector
   *     cannot be read from
   */
  public TableSource createSource(TableContext context) {
    ConnectorFactory factory = factoryOf(context);
    if (!(factory instanceof SourceConnectorFactory source)) {
      if (factory instanceof LookupConnectorFactory) {
        throw new SluiceException(ErrorCode.VALIDATION_ERROR, "Table '" + context.tableName() + "' cannot be "
            + "scanned: connector '" + factory.identifier() + "' only looks rows up, in a lookup join (JOIN "
            + context.tableName() + " FOR SYSTEM_TIME AS OF a PROCTIME() column).");
      }
      throw wrongRole(context, factory, "read from", "sink");
    }
    OptionsValidator.validate(context, factory);
    return source.createSource(context);
  }

  /**
   * How to write the table.
   *
   * @throws SluiceException as {@link #validate}, or with {@link ErrorCode#VALIDATION_ERROR} if the connector
   *     cannot be written to
   */
  public TableSink createSink(TableContext context) {
    ConnectorFactory factory = factoryOf(context);
    if (!(factory instanceof SinkConnectorFactory sink)) {
      throw wrongRole(context, factory, "written to", "source");
    }
    OptionsValidator.validate(context, factory);
    return sink.createSink(context);
  }

  private ConnectorFactory factoryOf(TableContext context) {
    String identifier = context.options().get(ConnectorOption.CONNECTOR.key());
    if (identifier == null) {
      throw new SluiceException(ErrorCode.UNKNOWN_CONNECTOR, "Table '" + context.tableName()
          + "' has no 'connector' option. Available connectors: " + identifiers());
    }
    return find(identifier.trim()).orElseThrow(() -> new SluiceException(ErrorCode.UNKNOWN_CONNECTOR,
        "Unknown connector '" + identifier + "' in table '" + context.tableName() + "'. Available connectors: "
            + identifiers()));
  }

  private String identifiers() {
    return factories.stream().map(ConnectorFactory::identifier).collect(Collectors.joining(", "));
  }

  private static SluiceException wrongRole(
      TableContext context, ConnectorFactory factory, String verb, String onlyRole) {
    return new SluiceException(ErrorCode.VALIDATION_ERROR, "Table '" + context.tableName() + "' cannot be "
        + verb + ": connector '" + factory.identifier() + "' is a " + onlyRole + " only");
  }
}
