package io.sluice.executor.checkpoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The checkpoint protocol and the restart strategies are pure logic (STYLE.md, principle 6): no files, no
 * threads, no clock; the time is passed in. Files and JSON belong to the storage shell.
 */
class CheckpointArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.sluice.executor");

  @Test
  void theProtocolAndRestartStrategiesDoNoIoAndReadNoClock() {
    noClasses().that().resideInAnyPackage("io.sluice.executor.checkpoint", "io.sluice.executor.restart")
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.util.concurrent..",
            "io.sluice.executor.checkpoint.storage..", "com.fasterxml..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(Thread.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.File.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.time.Clock.class.getName())
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .check(CLASSES);
  }

  @Test
  void onlyTheStorageShellWritesJson() {
    noClasses().that().resideOutsideOfPackage("io.sluice.executor.checkpoint.storage..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
        .check(CLASSES);
  }
}
