package dev.crashplan4j.spring.boot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/** Keeps what Spring Boot reports of a failed start-up, for the tests to read (listed in the tests' spring.factories). */
public final class FailureReports implements FailureAnalysisReporter {

  static final List<FailureAnalysis> REPORTED = new CopyOnWriteArrayList<>();

  @Override
  public void report(FailureAnalysis analysis) {
    REPORTED.add(analysis);
  }
}
