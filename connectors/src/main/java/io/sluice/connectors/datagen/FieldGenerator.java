package io.sluice.connectors.datagen;

/**
 * Makes the value of one field of a generated row. Implementations are immutable and shared by all readers of
 * a table: everything that varies comes in as arguments, so the value depends only on them.
 */
@FunctionalInterface
interface FieldGenerator {
  /**
   * The value in the row with this index, in the field's internal Java class (or null).
   *
   * @param rowIndex the row's index in the whole table, from 0, the same whatever the parallelism
   * @param random seeded for this row and field just before the call
   * @param nowMillis the wall clock when the batch holding the row was generated, epoch milliseconds
   */
  Object generate(long rowIndex, RowRandom random, long nowMillis);
}
