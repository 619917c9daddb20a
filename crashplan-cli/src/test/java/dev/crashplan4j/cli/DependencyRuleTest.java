package dev.crashplan4j.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line is a driving adapter: it uses the SDK's public API, never a transport or its libraries. */
class DependencyRuleTest {

  private static final JavaClasses CLI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.crashplan4j.cli");

  @Test
  void theCliKnowsNoTransportNorHttpClient() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.crashplan4j.transport..", "feign..", "okhttp3..",
        "dev.crashplan4j.testkit..").check(CLI);
  }

  @Test
  void theCliUsesNoInternalPackageOfTheSdk() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.crashplan4j..internal..").check(CLI);
  }
}
