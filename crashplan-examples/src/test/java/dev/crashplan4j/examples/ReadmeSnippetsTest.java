package dev.crashplan4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README stands, line for line, in code this build compiles: these
 * examples, or the Spring Boot application that CI builds by coordinates.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final List<Path> EXAMPLES =
      List.of(Path.of("src"), Path.of("..", "examples", "spring-boot-app", "src"));

  private static String normal(String line) {
    return line.strip().replaceAll("\\s+", " ");
  }

  private static Stream<String> lines(Path source) {
    try {
      return Files.readAllLines(source, StandardCharsets.UTF_8).stream();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  @Test
  void everyJavaBlockOfTheReadmeIsCompiledCode() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> compiled = new ArrayList<>();
    for (Path root : EXAMPLES) {
      try (Stream<Path> sources = Files.walk(root)) {
        compiled.addAll(sources.filter(path -> path.toString().endsWith(".java"))
            .flatMap(ReadmeSnippetsTest::lines)
            .map(ReadmeSnippetsTest::normal)
            .collect(Collectors.toList()));
      }
    }
    List<String> missing = new ArrayList<>();
    Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int count = 0;
    while (blocks.find()) {
      count++;
      for (String line : blocks.group(1).split("\\n", -1)) {
        String wanted = normal(line);
        if (!wanted.isEmpty() && !compiled.contains(wanted)) {
          missing.add(wanted);
        }
      }
    }
    assertThat(count).as("the README's Java blocks").isGreaterThanOrEqualTo(6);
    assertThat(missing).as("README lines found in no compiled example").isEmpty();
  }
}
