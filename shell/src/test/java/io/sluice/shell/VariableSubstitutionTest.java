package io.sluice.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.shell.ScriptRunner.Script;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableSubstitutionTest {
  private final VariableSubstitution substitution =
      new VariableSubstitution(Map.of("DIR", "/from/var"), Map.of("DIR", "/from/env", "RATE", "10"));

  private String apply(String text) {
    return substitution.apply(new Script("job.sql", text)).text();
  }

  @Test
  void replacesFromVarsFirstThenTheEnvironment() {
    assertThat(apply("WITH ('path' = '${DIR}/out', 'rows-per-second' = '${RATE}')"))
        .isEqualTo("WITH ('path' = '/from/var/out', 'rows-per-second' = '10')");
  }

  @Test
  void leavesCommentsAndWhatIsNoReferenceAsItIs() {
    String text = "-- ${UNSET} here\n/* and ${UNSET} */ SELECT '$', '${', '${1x}', '$RATE' FROM t";
    assertThat(apply(text)).isEqualTo(text);
  }

  @Test
  void anUnsetVariableIsAnErrorAtItsPlace() {
    assertThatThrownBy(() -> apply("CREATE TABLE t;\n  SELECT '${MISSING}';"))
        .isInstanceOfSatisfying(SqlException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNDEFINED_VARIABLE);
          assertThat(e.position()).isEqualTo(new SqlPosition(2, 11));
          assertThat(e.detail()).contains("'MISSING'", "--var MISSING=VALUE");
        });
  }

  @Test
  void aCommentMarkInsideALiteralIsText() {
    assertThat(apply("SELECT '--${RATE}', 'it''s ${RATE}'")).isEqualTo("SELECT '--10', 'it''s 10'");
  }
}
