package io.sluice.connectors.print;

import static io.sluice.connectors.ConnectorOption.optional;

import io.sluice.common.config.ConfigOptions;
import io.sluice.common.types.RowType;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SinkConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSink;
import java.util.List;

/** The {@code print} sink: writes every row to standard output, one line each, as Flink's print connector. */
public final class PrintConnectorFactory implements SinkConnectorFactory {
  public static final String IDENTIFIER = "print";

  public static final ConnectorOption<String> PRINT_IDENTIFIER = optional(ConfigOptions.stringOption(
      "print-identifier", null,
      "Message that starts every printed line, to tell the output of several sinks apart."));

  public static final ConnectorOption<Boolean> STANDARD_ERROR = optional(ConfigOptions.booleanOption(
      "standard-error", false, "Print to standard error instead of standard output."));

  @Override
  public String identifier() {
    return IDENTIFIER;
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return List.of(PRINT_IDENTIFIER, STANDARD_ERROR);
  }

  @Override
  public String description() {
    return "Prints every row on a line of its own, as `+I[1, abc]`: the row kind and the values as the shell "
        + "shows them. With a parallelism above 1 the line starts with the number of the subtask (from 1), "
        + "`2> `, or `identifier:2> ` when 'print-identifier' is set; with parallelism 1 only `identifier> `. "
        + "Accepts updates and deletions.";
  }

  @Override
  public TableSink createSink(TableContext context) {
    TableOptions options = TableOptions.of(context);
    RowType schema = context.physicalSchema();
    String identifier = options.getOptional(PRINT_IDENTIFIER).orElse("");
    boolean standardError = options.get(STANDARD_ERROR);
    return TableSink.of(() -> new PrintSinkOperator(schema, identifier, standardError), true);
  }
}
