package dev.crashplan4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The container recipe ({@code crashplan-testkit/Dockerfile}) as far as a machine without a
 * container engine can take it: it copies the jar this build makes, and its entry point, run
 * as the container would run it, serves every interface on the port it exposes. (CI lints the
 * file too.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FakeServerImageIT {

  private static final Path JAR = Path.of(System.getProperty("fakeServerJar", "target/fake-server.jar"));
  private static final Path DOCKERFILE = Path.of("Dockerfile");

  /** The recipe's instructions, keyword to arguments, continuation lines joined, comments left out. */
  private static Map<String, List<String>> instructions() throws Exception {
    Map<String, List<String>> instructions = new LinkedHashMap<>();
    String joined = Files.readString(DOCKERFILE, StandardCharsets.UTF_8).replaceAll("\\\\\\R", " ");
    for (String line : joined.split("\\R")) {
      String text = line.strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        String[] parts = text.split("\\s+", 2);
        instructions.computeIfAbsent(parts[0], keyword -> new ArrayList<>()).add(parts.length > 1 ? parts[1] : "");
      }
    }
    return instructions;
  }

  private static String only(Map<String, List<String>> instructions, String keyword) {
    assertThat(instructions.get(keyword)).as(keyword).hasSize(1);
    return instructions.get(keyword).get(0);
  }

  private static List<String> entryPoint(Map<String, List<String>> instructions) throws Exception {
    return new ObjectMapper().readValue(only(instructions, "ENTRYPOINT"), new TypeReference<List<String>>() {});
  }

  @Test
  void theImageCopiesTheJarThisBuildMakes() throws Exception {
    Map<String, List<String>> instructions = instructions();

    String version = only(instructions, "ARG").replaceFirst("^VERSION=", "");
    String[] copy = only(instructions, "COPY").split("\\s+");

    assertThat(version).isEqualTo(System.getProperty("testkitVersion"));
    assertThat(Path.of(copy[0].replace("${VERSION}", version))).isEqualTo(Path.of("target").resolve(JAR.getFileName()));
    assertThat(JAR).exists();
    assertThat(only(instructions, "FROM")).startsWith("eclipse-temurin:17");
    assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("*", "!target/crashplan-testkit-*-fake-server.jar");
  }

  @Test
  void theEntryPointServesEveryInterfaceOnTheExposedPort() throws Exception {
    Map<String, List<String>> instructions = instructions();
    List<String> entryPoint = entryPoint(instructions);
    String copiedTo = only(instructions, "COPY").split("\\s+")[1];

    assertThat(entryPoint.subList(0, 3)).containsExactly("java", "-jar", copiedTo);
    assertThat(entryPoint.subList(3, entryPoint.size())).containsExactly("--host", "0.0.0.0", "--port",
        only(instructions, "EXPOSE"));

    // As the container runs it, with this JDK, the built jar, and a free port for the exposed one.
    List<String> command = new ArrayList<>(entryPoint);
    command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.set(2, JAR.toString());
    command.set(command.size() - 1, "0");
    command.addAll(List.of("--api-client", "ci:ci-secret"));
    Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String first = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
      assertThat(first).matches("listening on http://0\\.0\\.0\\.0:\\d+");
      PlainHttp http = new PlainHttp("http://127.0.0.1:" + first.replaceFirst(".*:", ""));

      assertThat(http.get("/api/v1/Org", http.bearerFor("ci", "ci-secret")).statusCode()).isEqualTo(200);
    } finally {
      server.destroy();
      assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
