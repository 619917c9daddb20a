package dev.crashplan4j.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up that failed on a {@code crashplan.*} property into Boot's report
 * ("Description: ... Action: ...") instead of a chain of bean creation exceptions whose useful
 * line comes last. Listed in {@code META-INF/spring.factories}; Spring Boot calls it.
 */
public final class CrashPlanPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCrashPlanPropertyException> {

  /** Creates the analyzer; Spring Boot calls it. */
  public CrashPlanPropertiesFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidCrashPlanPropertyException cause) {
    return new FailureAnalysis(cause.description(), cause.action(), cause);
  }
}
