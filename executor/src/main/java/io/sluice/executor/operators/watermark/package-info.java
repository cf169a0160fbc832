/** Watermark generation at the sources: the operator that turns a table's WATERMARK clause into watermarks. */
package io.sluice.executor.operators.watermark;
