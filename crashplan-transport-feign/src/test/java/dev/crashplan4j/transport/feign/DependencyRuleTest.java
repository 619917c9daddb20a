package dev.crashplan4j.transport.feign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter depends on core alone of the SDK: a custom transport needs no more. */
class DependencyRuleTest {

  private static final JavaClasses TRANSPORT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.crashplan4j.transport.feign");

  @Test
  void theTransportDependsOnCoreAloneOfTheSdk() {
    noClasses().that().resideInAPackage("dev.crashplan4j.transport..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.crashplan4j.api..", "dev.crashplan4j.testkit..")
        .check(TRANSPORT);
  }
}
