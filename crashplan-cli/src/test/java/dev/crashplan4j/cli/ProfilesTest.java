package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {

  @TempDir
  Path dir;

  @Test
  void theFileIsUnderXdgConfigHomeWhenSet() {
    assertThat(Profiles.location(Map.of("XDG_CONFIG_HOME", "/etc/xdg", "HOME", "/home/ana")::get))
        .isEqualTo(Path.of("/etc/xdg/crashplan4j/profiles.properties"));
  }

  @Test
  void elseItIsUnderDotConfigInHome() {
    assertThat(Profiles.location(Map.of("HOME", "/home/ana")::get))
        .isEqualTo(Path.of("/home/ana/.config/crashplan4j/profiles.properties"));
  }

  @Test
  void aProfileHasItsUrlAndWhoSignsIn() throws IOException {
    Path file = Files.writeString(dir.resolve("p.properties"), "prod.url = https://console.us1.crashplan.com\n"
        + "prod.client-id=key-1\nlab.username=ana\n");

    Profiles.Profile prod = Profiles.read(file).profile("prod");

    assertThat(prod.url()).contains("https://console.us1.crashplan.com");
    assertThat(prod.clientId()).contains("key-1");
    assertThat(prod.username()).isEmpty();
    assertThat(Profiles.read(file).profile("lab").username()).contains("ana");
  }

  @Test
  void aPasswordInTheFileIsRefusedWithoutShowingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("p.properties"), "lab.username=ana\nlab.password=hunter2\n");

    assertThatThrownBy(() -> Profiles.read(file)).isInstanceOf(CommandFailure.class)
        .hasMessageContaining("holds a secret (lab.password)").hasMessageNotContaining("hunter2")
        .extracting(failure -> ((CommandFailure) failure).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void anUnknownKeyIsRefusedByName() throws IOException {
    Path file = Files.writeString(dir.resolve("p.properties"), "lab.urll=https://lab.example\n");

    assertThatThrownBy(() -> Profiles.read(file)).isInstanceOf(CommandFailure.class)
        .hasMessage(file + " has an unknown key lab.urll: a profile's keys are NAME.url, NAME.client-id, NAME.username")
        .extracting(failure -> ((CommandFailure) failure).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lab.clientsecret", "lab.client_secret", "lab.ClientSecret", "lab.api-key", "lab.PassWord",
      "lab.accessToken"})
  void everySpellingOfASecretKeyIsRefused(String key) throws IOException {
    Path file = Files.writeString(dir.resolve("p.properties"), "lab.url=https://lab.example\n" + key + "=hunter2\n");

    assertThatThrownBy(() -> Profiles.read(file)).isInstanceOf(CommandFailure.class)
        .hasMessageContaining("holds a secret (" + key + ")").hasMessageContaining("secrets never go in that file")
        .hasMessageNotContaining("hunter2")
        .extracting(failure -> ((CommandFailure) failure).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void aMissingFileNamesWhereItWasLookedFor() {
    assertThatThrownBy(() -> Profiles.read(dir.resolve("none.properties")))
        .hasMessage("--profile: there is no profile file " + dir.resolve("none.properties"));
  }
}
