package dev.crashplan4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crashplan4j.api.CrashPlanClient;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.testkit.junit5.FakeCrashPlanExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's Quick start as a new user meets it: its dependencies and what its comments say. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class QuickStartTest {

  @RegisterExtension
  static FakeCrashPlanExtension crashPlan = new FakeCrashPlanExtension();

  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theQuickStartPutsTheTransportWhereTheReadmesBlocksCompile() throws IOException {
    String readme = readme();
    Matcher maven = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(maven.find()).isTrue();
    Matcher transport = Pattern.compile("<artifactId>crashplan-transport-feign</artifactId>(.*?)</dependency>",
        Pattern.DOTALL).matcher(maven.group(1));
    Matcher gradle = Pattern.compile("```kotlin\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(gradle.find()).isTrue();

    assertThat(readme).as("the README's blocks use the transport's API")
        .contains("FeignTransportProvider.withOkHttpClient(", "JsonBodies.data(");
    assertThat(transport.find()).as("the Quick start takes the transport").isTrue();
    assertThat(transport.group(1)).as("at compile scope").doesNotContain("<scope>");
    assertThat(gradle.group(1)).contains("implementation(\"dev.crashplan4j:crashplan-transport-feign\")")
        .contains("mavenLocal()");
  }

  @Test
  void theQuickStartSaysHowToGetTheArtifacts() throws IOException {
    assertThat(readme()).contains("mvn install -DskipTests");
  }

  @Test
  void theCatchCommentShowsTheMessageOfTheCallAbove(CrashPlanClient client) throws IOException {
    Matcher comment = Pattern.compile("System\\.err\\.println\\(missing\\.getMessage\\(\\)\\); +// \"([^\"]+)\"")
        .matcher(readme());
    assertThat(comment.find()).as("the Quick start's catch comment").isTrue();

    OrgNotFoundException missing = catchThrowableOfType(OrgNotFoundException.class,
        () -> client.orgs().getByUid(OrgUid.of("880000000000332598")));

    assertThat(missing.getMessage()).isEqualTo(comment.group(1));
  }
}
