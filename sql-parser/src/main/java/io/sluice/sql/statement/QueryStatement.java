package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** A query ({@code SELECT}, {@code WITH}, {@code VALUES}, ...) whose text Calcite parses. */
public record QueryStatement(SqlPosition position, String text, SqlFragment query) implements Statement {}
