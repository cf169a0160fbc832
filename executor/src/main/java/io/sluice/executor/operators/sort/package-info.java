/** Orders of rows by sort keys ({@code ORDER BY}), shared by the operators that rank or sort. */
package io.sluice.executor.operators.sort;
