package io.sluice.connectors;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.config.ConfigOptions;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ConnectorRegistryTest {
  private static final List<Column> ID_NAME = List.of(
      column("id", DataType.of(TypeRoot.BIGINT)), column("name", DataType.string()));

  @Test
  void discoversTheBuiltInConnectors() {
    assertThat(REGISTRY.factories()).extracting(ConnectorFactory::identifier)
        .containsExactly("blackhole", "datagen", "filesystem", "jdbc", "print");
  }

  @Test
  void unknownConnectorListsTheKnownOnes() {
    assertError(() -> REGISTRY.validate(table(ID_NAME, "connector", "foo")), ErrorCode.UNKNOWN_CONNECTOR)
        .hasMessage("Unknown connector 'foo' in table 't'. Available connectors: blackhole, datagen, filesystem, jdbc, print");
  }

  @Test
  void missingConnectorListsTheKnownOnes() {
    assertError(() -> REGISTRY.validate(table(ID_NAME)), ErrorCode.UNKNOWN_CONNECTOR)
        .hasMessage("Table 't' has no 'connector' option. Available connectors: blackhole, datagen, filesystem, jdbc, print");
  }

  @Test
  void unknownOptionListsTheSupportedKeys() {
    assertError(() -> REGISTRY.validate(table(ID_NAME, "connector", "print", "colour", "red")),
        ErrorCode.INVALID_TABLE_OPTION)
        .hasMessage("Unsupported option 'colour' in table 't' for connector 'print'. "
            + "Supported options: connector, print-identifier, standard-error");
  }

  @Test
  void blackholeAcceptsNoOtherOption() {
    assertError(() -> REGISTRY.validate(table(ID_NAME, "connector", "blackhole", "x", "1")),
        ErrorCode.INVALID_TABLE_OPTION)
        .hasMessageEndingWith("Supported options: connector");
  }

  @Test
  void malformedValueNamesKeyValueAndExpectation() {
    assertError(() -> REGISTRY.validate(table(ID_NAME, "connector", "datagen", "number-of-rows", "abc")),
        ErrorCode.INVALID_TABLE_OPTION)
        .hasMessage("Invalid value 'abc' for option 'number-of-rows' of table 't': "
            + "expected Long (>= 0) (not a whole number)");
  }

  @Test
  void malformedFieldOptionValue() {
    assertError(() -> REGISTRY.validate(table(ID_NAME, "connector", "datagen", "fields.id.kind", "foo")),
        ErrorCode.INVALID_TABLE_OPTION)
        .hasMessage("Invalid value 'foo' for option 'fields.id.kind' of table 't': "
            + "expected random|sequence (not random or sequence)");
  }

  @Test
  void fieldOptionForAColumnTheTableDoesNotHave() {
    assertError(() -> REGISTRY.validate(table(ID_NAME, "connector", "datagen", "fields.x.min", "1")),
        ErrorCode.INVALID_TABLE_OPTION)
        .hasMessage("Option 'fields.x.min' of table 't' refers to field 'x', which is not a physical column. "
            + "Columns: id, name");
  }

  @Test
  void minAboveMax() {
    assertError(() -> REGISTRY.validate(table(ID_NAME, "connector", "datagen",
            "fields.id.min", "10", "fields.id.max", "5")), ErrorCode.INVALID_TABLE_OPTION)
        .hasMessage("Invalid value '5' for option 'fields.id.max' of table 't': "
            + "expected min <= max, but min is 10 and max is 5");
  }

  @Test
  void printCannotBeReadFrom() {
    assertError(() -> REGISTRY.createSource(table(ID_NAME, "connector", "print")), ErrorCode.VALIDATION_ERROR)
        .hasMessage("Table 't' cannot be read from: connector 'print' is a sink only");
  }

  @Test
  void datagenCannotBeWrittenTo() {
    assertError(() -> REGISTRY.createSink(table(ID_NAME, "connector", "datagen")), ErrorCode.VALIDATION_ERROR)
        .hasMessage("Table 't' cannot be written to: connector 'datagen' is a source only");
  }

  @Test
  void validTablesPass() {
    REGISTRY.validate(table(ID_NAME, "connector", "datagen", "fields.id.kind", "sequence",
        "fields.id.start", "1", "fields.id.end", "10", "fields.name.length", "5"));
    REGISTRY.validate(table(ID_NAME, "connector", "print", "print-identifier", "out", "standard-error", "true"));
    REGISTRY.validate(table(ID_NAME, "connector", "blackhole"));
  }

  @Test
  void sinksAcceptUpdates() {
    assertThat(REGISTRY.createSink(table(ID_NAME, "connector", "print")).acceptsUpdates()).isTrue();
    assertThat(REGISTRY.createSink(table(ID_NAME, "connector", "blackhole")).acceptsUpdates()).isTrue();
  }

  @Test
  void missingRequiredOption() {
    ConnectorOption<String> path = ConnectorOption.required(ConfigOptions.stringOption("path", null, "Where."));
    SinkConnectorFactory files = new SinkConnectorFactory() {
      @Override
      public String identifier() {
        return "files";
      }

      @Override
      public List<ConnectorOption<?>> options() {
        return List.of(path);
      }

      @Override
      public String description() {
        return "Files.";
      }

      @Override
      public TableSink createSink(TableContext context) {
        return TableSink.of(() -> (row, out) -> {}, false);
      }
    };
    ConnectorRegistry registry = new ConnectorRegistry(List.of(files));
    assertError(() -> registry.validate(table(ID_NAME, "connector", "files")), ErrorCode.INVALID_TABLE_OPTION)
        .hasMessage("Table 't' misses the required option 'path' of connector 'files'");
  }

  @Test
  void identifiersMustBeUnique() {
    assertThatThrownBy(() -> new ConnectorRegistry(List.of(REGISTRY.factories().get(0),
        REGISTRY.factories().get(0)))).isInstanceOf(IllegalStateException.class);
  }

  static AbstractThrowableAssert<?, ? extends Throwable> assertError(Runnable action, ErrorCode code) {
    return assertThatThrownBy(action::run)
        .isInstanceOf(SluiceException.class)
        .satisfies(e -> assertThat(((SluiceException) e).code()).isEqualTo(code));
  }
}
