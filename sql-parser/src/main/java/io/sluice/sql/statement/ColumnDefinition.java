package io.sluice.sql.statement;

import io.sluice.common.types.DataType;

/** A column in CREATE TABLE: either stored in the source (physical) or computed from other columns. */
public sealed interface ColumnDefinition {
  String name();

  /** {@code name TYPE [COMMENT '...']}. */
  record Physical(String name, DataType type, String comment) implements ColumnDefinition {}

  /** {@code name AS expression [COMMENT '...']}, evaluated at the source. */
  record Computed(String name, SqlFragment expression, String comment) implements ColumnDefinition {}
}
