package dev.crashplan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code --help} of every command: an example, and nothing wider than 80 columns. */
class HelpTest {

  static List<String> commands() {
    List<String> names = new ArrayList<>();
    collect(RootCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Map.of("COLUMNS", "80")::get), names);
    return names;
  }

  private static void collect(CommandLine line, List<String> names) {
    names.add(line.getCommandSpec().qualifiedName());
    line.getSubcommands().values().forEach(sub -> collect(sub, names));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandsHelpHasAnExampleIn80Columns(String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of(command.split(" ")).subList(1, command.split(" ").length));
    args.add("--help");

    int exit = RootCommand.commandLine(new PrintWriter(out), new PrintWriter(err), Map.of("COLUMNS", "80")::get)
        .execute(args.toArray(String[]::new));

    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).as(command).contains("Examples:%n  ".formatted()).contains("crashplan4j");
    assertThat(out.toString().lines()).as(command).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
  }
}
