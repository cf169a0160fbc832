package io.sluice.sql.statement;

/** {@code WATERMARK FOR rowtimeColumn AS expression}. */
public record WatermarkDefinition(String rowtimeColumn, SqlFragment expression) {}
