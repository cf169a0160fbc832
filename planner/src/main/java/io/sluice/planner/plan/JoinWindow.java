package io.sluice.planner.plan;

/**
 * The windows of a window join: both inputs are window table functions (or window aggregations) and the join
 * condition equates their {@code window_start} and {@code window_end}, so each window's rows can be joined once
 * the watermark has passed its end, and then forgotten.
 *
 * @param leftEndField the left input's {@code window_end} column
 * @param rightEndField the right input's {@code window_end} column
 */
public record JoinWindow(int leftEndField, int rightEndField) {}
