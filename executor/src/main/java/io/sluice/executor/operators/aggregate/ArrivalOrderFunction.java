package io.sluice.executor.operators.aggregate;

/**
 * The aggregates whose result depends on the order values arrived in, each defined by how it folds the next
 * non-null value into the result so far (null before the first value).
 */
public enum ArrivalOrderFunction {
  /** The first value. */
  FIRST_VALUE {
    @Override
    Object add(Object result, Object value, String separator) {
      return result == null ? value : result;
    }
  },
  /** The last value. */
  LAST_VALUE {
    @Override
    Object add(Object result, Object value, String separator) {
      return value;
    }
  },
  /** The values' text joined by the separator. */
  LISTAGG {
    @Override
    Object add(Object result, Object value, String separator) {
      return result == null ? value.toString() : result + separator + value;
    }
  };

  /** The separator of LISTAGG when the call names none, as in Flink. */
  static final String DEFAULT_SEPARATOR = ",";

  /** The result after {@code value} (never null) arrived. */
  abstract Object add(Object result, Object value, String separator);
}
