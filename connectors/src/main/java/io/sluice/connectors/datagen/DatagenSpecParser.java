package io.sluice.connectors.datagen;

import static io.sluice.connectors.datagen.DatagenOptions.FIELD_KIND;
import static io.sluice.connectors.datagen.DatagenOptions.NUMBER_OF_ROWS;
import static io.sluice.connectors.datagen.DatagenOptions.ROWS_PER_SECOND;

import io.sluice.common.types.Column;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns the options of a {@code datagen} table into a {@link DatagenSpec}, checking what they can't check alone. */
final class DatagenSpecParser {
  private DatagenSpecParser() {}

  /** Throws {@link io.sluice.common.SluiceException} with {@code INVALID_TABLE_OPTION} for options that don't fit. */
  static DatagenSpec parse(TableContext context) {
    TableOptions options = TableOptions.of(context);
    Optional<Long> numberOfRows = options.getOptional(NUMBER_OF_ROWS);
    long rowCount = numberOfRows.orElse(Long.MAX_VALUE);
    boolean bounded = numberOfRows.isPresent();
    List<FieldGenerator> fields = new ArrayList<>();
    for (Column column : context.physicalSchema().columns()) {
      if (options.get(FIELD_KIND, column.name()) == DatagenOptions.Kind.SEQUENCE) {
        checkApplicable(column, options, SequenceGenerator.OPTIONS, "a sequence");
        SequenceGenerator sequence = SequenceGenerator.create(column, options);
        // The table ends with its shortest sequence, as in Flink.
        rowCount = Math.min(rowCount, sequence.length());
        bounded = true;
        fields.add(sequence);
      } else {
        checkApplicable(column, options, RandomGenerators.optionsFor(column.type()), "random");
        fields.add(RandomGenerators.create(column, options));
      }
    }
    return new DatagenSpec(options.get(ROWS_PER_SECOND), rowCount, bounded, fields);
  }

  /** Rejects field options that mean nothing for this column, such as a length for an INT. */
  private static void checkApplicable(
      Column column, TableOptions options, List<ConnectorOption<?>> applicable, String kindText) {
    for (ConnectorOption<?> option : DatagenOptions.ALL) {
      if (option.isFieldTemplate() && !applicable.contains(option) && options.isSet(option, column.name())) {
        throw options.invalid("option '" + option.keyFor(column.name()) + "' does not apply to column '"
            + column.name() + "' of type " + column.type() + ", which is " + kindText + ". Options for it: "
            + applicable.stream().map(o -> o.keyFor(column.name())).collect(Collectors.joining(", ")));
      }
    }
  }
}
