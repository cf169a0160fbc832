/** OVER aggregation over event time: rows emitted in time order with the aggregates of their frame. */
package io.sluice.executor.operators.over;
