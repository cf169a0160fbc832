/**
 * Join operators: the regular (unbounded) streaming join of two changelogs, keyed by the join key. SQL-agnostic:
 * row types, outer sides and a compiled condition.
 */
package io.sluice.executor.operators.join;
