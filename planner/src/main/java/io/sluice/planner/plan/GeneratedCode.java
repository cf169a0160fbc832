package io.sluice.planner.plan;

/**
 * Java source of one class the planner generated, compiled by the runtime when the job starts.
 *
 * @param className the simple name of the class in {@code source} (default package)
 * @param source a complete compilation unit
 */
public record GeneratedCode(String className, String source) {}
