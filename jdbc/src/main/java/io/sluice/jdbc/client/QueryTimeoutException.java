package io.sluice.jdbc.client;

/** Thrown through Avatica's cursor when a query ran past its statement's query timeout; becomes an SQLTimeoutException. */
final class QueryTimeoutException extends RuntimeException {
  QueryTimeoutException() {
    super("The query ran past its timeout and was cancelled", null, false, false);
  }
}
