package io.sluice.connectors.jdbc;

import static io.sluice.connectors.ConnectorOption.optional;
import static io.sluice.connectors.ConnectorOption.required;

import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import java.time.Duration;
import java.util.List;

/**
 * The options of the {@code jdbc} connector, with the names and defaults of Flink's JDBC connector: the ones every
 * table has (where the database is, which table, how to log in), then those of the lookup side.
 */
public final class JdbcOptions {
  private JdbcOptions() {}

  public static final ConnectorOption<String> URL = required(ConfigOptions.stringOption("url", null,
      "The JDBC URL of the database, e.g. jdbc:h2:mem:dims or jdbc:postgresql://host:5432/db. URL parameters "
          + "that run code when connecting (H2's INIT and RUNSCRIPT, driver-loaded factories and interceptors) "
          + "are refused."));

  public static final ConnectorOption<String> TABLE_NAME = required(ConfigOptions.stringOption("table-name", null,
      "The name of the table in the database."));

  public static final ConnectorOption<String> DRIVER = optional(ConfigOptions.stringOption("driver", null,
      "The class name of the JDBC driver; by default found from the URL."));

  public static final ConnectorOption<String> USERNAME = optional(ConfigOptions.stringOption("username", null,
      "The user to connect as."));

  public static final ConnectorOption<String> PASSWORD = optional(ConfigOptions.stringOption("password", null,
      "The user's password. Never shown: not by DESCRIBE, EXPLAIN or in error messages."));

  public static final ConnectorOption<Long> LOOKUP_CACHE_MAX_ROWS = optional(ConfigOptions.longOption(
      "lookup.cache.max-rows", null,
      "How many keys' lookup results each parallel instance of a lookup join keeps in its cache (least recently "
          + "used go first); no cache if unset. Needs 'lookup.cache.ttl'."));

  public static final ConnectorOption<Duration> LOOKUP_CACHE_TTL = optional(ConfigOptions.durationOption(
      "lookup.cache.ttl", null,
      "How long a cached lookup result is used after it was read; needs 'lookup.cache.max-rows'."));

  public static final ConnectorOption<Boolean> LOOKUP_CACHE_MISSING_KEY = optional(ConfigOptions.booleanOption(
      "lookup.cache.caching-missing-key", true, "Whether a key that found no rows is cached too."));

  public static final ConnectorOption<Integer> LOOKUP_MAX_RETRIES = optional(ConfigOptions.nonNegativeIntOption(
      "lookup.max-retries", 3, "How many times a failed lookup query is retried (on a fresh connection) before "
          + "the job fails."));

  public static final ConnectorOption<Boolean> LOOKUP_ASYNC = optional(ConfigOptions.booleanOption(
      "lookup.async", true, "Whether lookups run on threads of their own, so that one slow query does not hold "
          + "up the rows behind it; 'table.exec.async-lookup.buffer-capacity' and "
          + "'table.exec.async-lookup.output-mode' say how many may be in flight and in which order results "
          + "leave."));

  public static final ConnectorOption<Integer> LOOKUP_ASYNC_THREADS = optional(ConfigOptions.positiveIntOption(
      "lookup.async.threads", 4, "Threads, each with its own connection, per parallel instance of an async "
          + "lookup join."));

  /** In the order the docs list them. */
  public static final List<ConnectorOption<?>> ALL = List.of(URL, TABLE_NAME, DRIVER, USERNAME, PASSWORD,
      LOOKUP_CACHE_MAX_ROWS, LOOKUP_CACHE_TTL, LOOKUP_CACHE_MISSING_KEY, LOOKUP_MAX_RETRIES, LOOKUP_ASYNC,
      LOOKUP_ASYNC_THREADS);
}
