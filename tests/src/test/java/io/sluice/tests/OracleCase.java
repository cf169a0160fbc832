package io.sluice.tests;

/**
 * A query for an oracle test: the text Sluice runs, the text H2 runs (the same, or one written to give the same
 * answer where the engines differ) and the name the test shows, by default Sluice's text.
 */
record OracleCase(String sluice, String h2, String name) {
  /** One query for both engines. */
  static OracleCase same(String sql) {
    return of(sql, sql);
  }

  /** One text per engine, named by Sluice's. */
  static OracleCase of(String sluice, String h2) {
    return new OracleCase(sluice, h2, sluice);
  }

  @Override
  public String toString() {
    return name;
  }
}
