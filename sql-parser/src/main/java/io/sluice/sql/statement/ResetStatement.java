package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code RESET 'key'}, or {@code RESET} alone (key null) to reset every option. */
public record ResetStatement(SqlPosition position, String text, String key) implements Statement {}
