package dev.crashplan4j.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arrows point inward: core knows no HTTP, JSON or Feign, and no other module. */
class DependencyRuleTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.crashplan4j.core");

  @Test
  void coreImportsNoHttpJsonOrFeignType() {
    noClasses().that().resideInAPackage("dev.crashplan4j.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "feign..", "com.fasterxml.jackson..", "okhttp3..", "okio..", "org.mapstruct..",
            "java.net.http..", "javax.servlet..", "jakarta.servlet..", "com.sun.net.httpserver..")
        .check(CORE);
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("dev.crashplan4j.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.crashplan4j.api..", "dev.crashplan4j.transport..", "dev.crashplan4j.testkit..")
        .check(CORE);
  }
}
