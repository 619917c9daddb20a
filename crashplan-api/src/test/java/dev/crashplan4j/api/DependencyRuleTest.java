package dev.crashplan4j.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows point inward: api reaches the console through the port alone, whatever transport is on the class path. */
class DependencyRuleTest {

  private static final JavaClasses API =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.crashplan4j.api");

  @Test
  void apiImportsNoTransportNorItsLibraries() {
    noClasses().that().resideInAPackage("dev.crashplan4j.api..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.crashplan4j.transport..", "dev.crashplan4j.testkit..",
            "feign..", "okhttp3..", "org.mapstruct..")
        .check(API);
  }

  @Test
  void onlyTheBulkCsvAndTreePackagesReadWithJackson() {
    noClasses().that().resideInAPackage("dev.crashplan4j.api..")
        .and().resideOutsideOfPackages("dev.crashplan4j.api.bulk.csv", "dev.crashplan4j.api.tree")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
        .check(API);
  }
}
