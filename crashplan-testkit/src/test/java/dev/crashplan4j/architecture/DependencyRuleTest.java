package dev.crashplan4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows point inward: core knows no HTTP or JSON, api knows no transport. */
class DependencyRuleTest {

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.crashplan4j");

  @Test
  void coreImportsNoHttpJsonOrFeignType() {
    noClasses().that().resideInAPackage("dev.crashplan4j.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "feign..", "com.fasterxml.jackson..", "okhttp3..", "okio..", "org.mapstruct..",
            "java.net.http..", "javax.servlet..", "jakarta.servlet..", "com.sun.net.httpserver..")
        .check(PRODUCTION);
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("dev.crashplan4j.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.crashplan4j.api..", "dev.crashplan4j.transport..", "dev.crashplan4j.testkit..")
        .check(PRODUCTION);
  }

  @Test
  void apiImportsNoTransportNorItsLibraries() {
    noClasses().that().resideInAPackage("dev.crashplan4j.api..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.crashplan4j.transport..", "dev.crashplan4j.testkit..",
            "feign..", "com.fasterxml.jackson..", "okhttp3..", "org.mapstruct..")
        .check(PRODUCTION);
  }

  @Test
  void theTransportDependsOnCoreAloneOfTheSdk() {
    noClasses().that().resideInAPackage("dev.crashplan4j.transport..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.crashplan4j.api..", "dev.crashplan4j.testkit..")
        .check(PRODUCTION);
  }

  @Test
  void nothingOutsideTheTransportImportsItsInternals() {
    noClasses().that().resideOutsideOfPackage("dev.crashplan4j.transport.feign..")
        .should().dependOnClassesThat().resideInAPackage("dev.crashplan4j.transport.feign.internal..")
        .check(PRODUCTION);
  }
}
