package io.sluice.connectors.datagen;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** What the datagen factory rejects beyond what the option declarations check. */
class DatagenOptionsValidationTest {
  private static final List<Column> COLUMNS = List.of(
      column("id", DataType.of(TypeRoot.TINYINT)),
      column("name", DataType.of(TypeRoot.VARCHAR, 3)),
      column("flag", DataType.of(TypeRoot.BOOLEAN).notNull()));

  private static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(String... options) {
    List<String> all = new ArrayList<>(List.of("connector", "datagen"));
    all.addAll(List.of(options));
    return assertThatThrownBy(() -> REGISTRY.validate(table(COLUMNS, all.toArray(String[]::new))))
        .isInstanceOfSatisfying(SluiceException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TABLE_OPTION));
  }

  @Test
  void aSequenceNeedsStartAndEnd() {
    assertInvalid("fields.id.kind", "sequence", "fields.id.start", "1")
        .hasMessage("Table 't': field 'id' is a sequence: set both 'fields.id.start' and 'fields.id.end'");
  }

  @Test
  void aSequenceMustFitTheColumnType() {
    assertInvalid("fields.id.kind", "sequence", "fields.id.start", "1", "fields.id.end", "300")
        .hasMessage("Invalid value '300' for option 'fields.id.end' of table 't': "
            + "expected a whole number from -128 to 127 for column 'id' of type TINYINT");
    assertInvalid("fields.name.kind", "sequence", "fields.name.start", "1", "fields.name.end", "1000")
        .hasMessageContaining("expected at most 3 characters for column 'name' of type VARCHAR(3)");
  }

  @Test
  void aSequenceMustNotRunBackwards() {
    assertInvalid("fields.id.kind", "sequence", "fields.id.start", "5", "fields.id.end", "1")
        .hasMessage("Invalid value '1' for option 'fields.id.end' of table 't': expected at least the start, 5");
  }

  @Test
  void aBooleanCannotBeASequence() {
    assertInvalid("fields.flag.kind", "sequence", "fields.flag.start", "0", "fields.flag.end", "1")
        .hasMessageContaining("'fields.flag.kind'")
        .hasMessageContaining("cannot be a sequence");
  }

  @Test
  void optionsThatDoNotApplyToTheColumnAreRejected() {
    assertInvalid("fields.name.min", "1")
        .hasMessage("Table 't': option 'fields.name.min' does not apply to column 'name' of type VARCHAR(3), "
            + "which is random. Options for it: fields.name.kind, fields.name.null-rate, fields.name.length");
    assertInvalid("fields.id.kind", "sequence", "fields.id.start", "1", "fields.id.end", "2",
        "fields.id.null-rate", "0.5")
        .hasMessageContaining("which is a sequence. Options for it: fields.id.kind, fields.id.start, fields.id.end");
  }

  @Test
  void boundsMustFitTheColumnType() {
    assertInvalid("fields.id.max", "1000")
        .hasMessage("Invalid value '1000' for option 'fields.id.max' of table 't': "
            + "expected a whole number from -128 to 127 for column 'id' of type TINYINT");
    assertInvalid("fields.id.min", "1.5").hasMessageContaining("expected a whole number");
    assertInvalid("fields.id.min", "x").hasMessageContaining("expected Number (of the column's type) (not a number)");
  }

  @Test
  void aNotNullColumnCannotHaveNulls() {
    assertInvalid("fields.flag.null-rate", "0.1")
        .hasMessage("Invalid value '0.1' for option 'fields.flag.null-rate' of table 't': "
            + "expected 0 for column 'flag' of type BOOLEAN NOT NULL");
  }

  @Test
  void ratesAndCountsMustBePositive() {
    assertInvalid("rows-per-second", "0").hasMessageContaining("expected Long (> 0) (must be at least 1)");
    assertInvalid("number-of-rows", "-1").hasMessageContaining("must be at least 0");
    assertInvalid("fields.id.null-rate", "2").hasMessageContaining("expected Float (0 to 1) (must be from 0 to 1)");
  }
}
