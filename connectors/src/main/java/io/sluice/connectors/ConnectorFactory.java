package io.sluice.connectors;

import java.util.List;

/**
 * A kind of connector, found by {@link ConnectorRegistry} through {@link java.util.ServiceLoader}: list the class
 * in {@code META-INF/services/io.sluice.connectors.ConnectorFactory} and give it a public no-argument
 * constructor. A factory also implements {@link SourceConnectorFactory}, {@link SinkConnectorFactory} or both.
 *
 * <p>Implementations must be stateless and thread-safe.
 */
public interface ConnectorFactory {
  /** The value of {@code 'connector'} that selects this factory, e.g. {@code datagen}; unique. */
  String identifier();

  /**
   * Every option the connector accepts besides {@code 'connector'}, in the order the docs list them. The
   * registry rejects any other key and checks every value against its option's type before the factory is
   * asked to create anything.
   */
  List<ConnectorOption<?>> options();

  /** One sentence for the docs and the shell. */
  String description();
}
