package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The packaged fake-server jar, started as a process and queried as another language would. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FakeServerJarIT {

  // The attached fake-server jar, as the build names it (see the failsafe configuration).
  private static final Path JAR = Path.of(System.getProperty("fakeServerJar", "target/fake-server.jar"));

  private static Process start(String... options) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[options.length + 3];
    command[0] = java;
    command[1] = "-jar";
    command[2] = JAR.toString();
    System.arraycopy(options, 0, command, 3, options.length);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  @Test
  void theJarServesTheFakeConsoleOnThePortItPrints() throws Exception {
    assertThat(JAR).exists();
    Process server = start("--port", "0", "--api-client", "ci:ci-secret",
        "--local-user", "ana:pw", "--local-user", "ben:pw:JBSWY3DPEHPK3PXP", "--orgs", "500");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).matches("listening on http://127\\.0\\.0\\.1:\\d+");
      PlainHttp http = new PlainHttp(first.substring("listening on ".length()));

      String bearer = http.bearerFor("ci", "ci-secret");

      assertThat(http.get("/api/v1/Org?pgNum=2&pgSize=500", bearer).body()).contains("\"totalCount\":501");
      assertThat(http.get("/api/v3/LoginConfiguration?username=ben", null).body()).contains("LOCAL_2FA");
      assertThat(http.get("/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ana", "pw")).statusCode()).isEqualTo(200);
      assertThat(http.send("GET", "/api/v3/auth/jwt?useBody=true", PlainHttp.basic("ben", "pw"), null,
          "totp-auth", Totp.code("JBSWY3DPEHPK3PXP", java.time.Instant.now())).statusCode())
          .as("a Base32 secret, as an authenticator app takes it").isEqualTo(200);
    } finally {
      server.destroy();
      assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("stops when asked").isTrue();
    }
  }

  @Test
  void aTotpSecretThatIsNotBase32IsABadOption() throws Exception {
    Process server = start("--local-user", "ben:pw:not-base-32!");

    assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(server.exitValue()).isEqualTo(2);
    assertThat(new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("Base32", "usage:");
  }

  @Test
  void badOptionsPrintTheUsageAndExitWith2() throws Exception {
    Process server = start("--orgs");

    assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(server.exitValue()).isEqualTo(2);
    assertThat(new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("--orgs needs a value", "usage: java -jar crashplan-testkit-VERSION-fake-server.jar");
    assertThat(Files.size(JAR)).isPositive();
  }
}
