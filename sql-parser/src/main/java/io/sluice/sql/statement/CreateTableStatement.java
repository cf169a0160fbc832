package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;
import java.util.List;
import java.util.Map;

/**
 * {@code CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name (columns, [WATERMARK ...], [PRIMARY KEY (..) NOT
 * ENFORCED]) [COMMENT '...'] WITH ('k' = 'v', ...)}. Options keep the order they were written in.
 */
public record CreateTableStatement(
    SqlPosition position,
    String text,
    String name,
    List<ColumnDefinition> columns,
    WatermarkDefinition watermark,
    List<String> primaryKey,
    Map<String, String> options,
    boolean temporary,
    boolean ifNotExists) implements Statement {}
