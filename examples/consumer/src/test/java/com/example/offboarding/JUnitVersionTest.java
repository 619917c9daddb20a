package com.example.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;

/** The tests ran on the JUnit the build asked for (5 or 6), engine and API alike. */
class JUnitVersionTest {

  @Test
  void theTestsRunOnTheJUnitTheBuildAskedFor() throws ClassNotFoundException {
    String asked = System.getProperty("junit.version");

    assertEquals(asked, Test.class.getPackage().getImplementationVersion(), "junit-jupiter-api");
    assertEquals(asked, Extension.class.getPackage().getImplementationVersion(), "junit-jupiter-api's extension model");
    assertEquals(asked, Class.forName("org.junit.jupiter.engine.JupiterTestEngine").getPackage()
        .getImplementationVersion(), "junit-jupiter-engine");
  }
}
