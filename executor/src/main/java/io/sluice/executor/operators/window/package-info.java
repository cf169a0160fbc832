/**
 * Event-time window operators: the window table functions (TUMBLE, HOP, CUMULATE) and window aggregation over
 * them and over SESSION windows. SQL-agnostic like the aggregation operators, whose aggregators they reuse; a
 * window is a state namespace ({@link io.sluice.executor.operators.window.TimeWindow}) and fires by an event-time
 * timer.
 */
package io.sluice.executor.operators.window;
