package io.sluice.tests;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md that Maven's module edges alone do not enforce. */
class LayeringTest {
  private static final JavaClasses SLUICE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.sluice");

  @Test
  void calciteStopsAtThePlanner() {
    // Avatica, Calcite's JDBC framework, is a separate library the driver and the server use.
    noClasses().that().resideOutsideOfPackages("io.sluice.planner..")
        .should().dependOnClassesThat(resideInAPackage("org.apache.calcite..")
            .and(resideOutsideOfPackage("org.apache.calcite.avatica..")))
        .check(SLUICE);
  }

  @Test
  void avaticaStaysInTheDriverAndTheServer() {
    noClasses().that().resideOutsideOfPackages("io.sluice.jdbc..", "io.sluice.server..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.calcite.avatica..", "org.eclipse.jetty..")
        .check(SLUICE);
  }

  @Test
  void rocksDbStaysInItsBackend() {
    noClasses().that().resideOutsideOfPackages("io.sluice.state.rocksdb..")
        .should().dependOnClassesThat().resideInAPackage("org.rocksdb..")
        .check(SLUICE);
  }

  @Test
  void theRuntimeKnowsNothingOfSql() {
    noClasses().that().resideInAnyPackage("io.sluice.executor..", "io.sluice.state..", "io.sluice.connectors..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.sluice.planner..", "io.sluice.sql..", "io.sluice.engine..", "org.antlr..")
        .check(SLUICE);
  }

  @Test
  void kafkaStaysInItsConnector() {
    noClasses().that().resideOutsideOfPackages("io.sluice.connectors.kafka..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
        .check(SLUICE);
  }

  @Test
  void commonDependsOnNothingElse() {
    noClasses().that().resideInAPackage("io.sluice.common..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.sluice.sql..", "io.sluice.planner..", "io.sluice.executor..", "io.sluice.state..",
            "io.sluice.connectors..", "io.sluice.engine..", "io.sluice.shell..")
        .check(SLUICE);
  }

  @Test
  void operatorsKnowNothingOfThreadsOrChannels() {
    noClasses().that().resideInAnyPackage(
            "io.sluice.executor.api..", "io.sluice.executor.operators..", "io.sluice.connectors..")
        .should().dependOnClassesThat().resideInAnyPackage("io.sluice.executor.runtime..")
        .check(SLUICE);
  }
}
