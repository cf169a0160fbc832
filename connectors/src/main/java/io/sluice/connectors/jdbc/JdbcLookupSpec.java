package io.sluice.connectors.jdbc;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * What a {@link JdbcLookupFunction} needs, read from the table's options.
 *
 * @param url the checked JDBC URL
 * @param tableName the table in the database
 * @param driver the driver class to load first, or null
 * @param username null to connect without
 * @param password null to connect without; see {@link #mask}
 * @param schema the table's physical columns, read in this order
 * @param lookupColumns the columns the keys equal, in key order
 * @param maxRetries retries of a failed query
 * @param cache the lookup cache of one operator instance, or null
 * @param cacheMissingKeys whether empty results are cached
 */
record JdbcLookupSpec(String url, String tableName, String driver, String username, String password,
    RowType schema, List<Integer> lookupColumns, int maxRetries, LookupCache cache, boolean cacheMissingKeys) {

  JdbcLookupSpec {
    lookupColumns = List.copyOf(lookupColumns);
  }

  /** The text with every occurrence of the password replaced, so it can be shown. */
  String mask(String text) {
    return text == null || password == null || password.isEmpty() ? text : text.replace(password, "******");
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "JdbcLookupSpec[table=" + tableName + ", columns=" + lookupColumns + "]";
  }
}
