package io.sluice.connectors;

import java.util.List;

/** A connector whose tables can be looked up by key, for lookup joins ({@code FOR SYSTEM_TIME AS OF proc_time}). */
public interface LookupConnectorFactory extends ConnectorFactory {
  /**
   * Describes how to look rows of the table up by the given columns. Like
   * {@link SourceConnectorFactory#createSource}, cheap and free of side effects (the function connects when it is
   * opened); called with no columns when a table is created, to check its options.
   *
   * @param lookupColumns indices of the physical columns the lookup keys equal, in key order
   */
  LookupTableSource createLookup(TableContext context, List<Integer> lookupColumns);
}
