package io.sluice.state;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's rules, checked on its classes: the public API does not reach into the implementations, state code
 * uses no threads, no Java serialization and nothing but the JDK and {@code common}, and RocksDB is imported by
 * its backend's package alone.
 */
class StateModuleArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.sluice.state");

  @Test
  void apiAndSerializersDoNotDependOnImplementations() {
    noClasses().that().resideInAnyPackage("io.sluice.state", "io.sluice.state.serde")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.sluice.state.internal..", "io.sluice.state.heap..", "io.sluice.state.rocksdb..")
        .check(CLASSES);
  }

  @Test
  void serializersAreALeaf() {
    noClasses().that().resideInAPackage("io.sluice.state.serde")
        .should().dependOnClassesThat().resideInAPackage("io.sluice.state")
        .check(CLASSES);
  }

  @Test
  void noThreadsNoJavaSerializationNoOtherLibraries() {
    noClasses().should().dependOnClassesThat()
        .haveFullyQualifiedName(Thread.class.getName())
        .orShould().dependOnClassesThat().resideInAPackage("java.util.concurrent..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.ObjectOutputStream.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.ObjectInputStream.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(java.io.Serializable.class.getName())
        .check(CLASSES);
    noClasses().should().dependOnClassesThat()
        .resideOutsideOfPackages("java..", "io.sluice.common..", "io.sluice.state..", "org.rocksdb..")
        .check(CLASSES);
  }

  @Test
  void onlyTheRocksDbBackendImportsRocksDb() {
    noClasses().that().resideOutsideOfPackage("io.sluice.state.rocksdb")
        .should().dependOnClassesThat().resideInAPackage("org.rocksdb..")
        .check(CLASSES);
  }

  @Test
  void backendsDoNotDependOnEachOther() {
    noClasses().that().resideInAPackage("io.sluice.state.heap..")
        .should().dependOnClassesThat().resideInAPackage("io.sluice.state.rocksdb..")
        .orShould().dependOnClassesThat().resideInAPackage("org.rocksdb..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("io.sluice.state.rocksdb..")
        .should().dependOnClassesThat().resideInAPackage("io.sluice.state.heap..")
        .check(CLASSES);
  }
}
