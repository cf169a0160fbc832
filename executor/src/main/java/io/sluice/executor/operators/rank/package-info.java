/**
 * Top-N ({@code ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...)} filtered to a range of ranks): the keyed
 * {@link io.sluice.executor.operators.rank.RankOperator}, the state layout of a partition and the changelog a
 * change of the top emits. SQL-agnostic: configured with field indices, sort keys and a row type.
 */
package io.sluice.executor.operators.rank;
