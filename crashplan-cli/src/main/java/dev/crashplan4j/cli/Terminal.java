package dev.crashplan4j.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * What the process knows of the terminal it runs in: whether standard error is one (for a
 * progress bar rather than lines), and how wide it is (for tables).
 */
final class Terminal {

  /** The width a table fits when nothing tells: a classic terminal's. */
  static final int DEFAULT_WIDTH = 80;

  private Terminal() {}

  /** The encoding of the terminal or pipe: the JVM's default, as the system sets it. */
  static Charset charset() {
    return Charset.defaultCharset();
  }

  /**
   * Whether standard error is a terminal. {@code System.console()} tells when standard input
   * and output are; when output is piped ({@code orgs bulk ... > log}) standard error may still
   * be one, which Linux shows in {@code /proc/self/fd/2}.
   */
  static boolean stderrIsTerminal() {
    if (interactive()) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException unknown) {
      return false;
    }
  }

  /** Whether the user can be asked something: input and output are a terminal. */
  static boolean interactive() {
    return console().isPresent();
  }

  /**
   * The console when input and output are a terminal. Up to JDK 21 {@code System.console()} is
   * null otherwise; from JDK 22 it is always there, and {@code isTerminal()} (JDK 22's, so
   * looked up) tells.
   */
  @SuppressWarnings("SystemConsoleNull") // what the check is about: null up to 21, isTerminal() after
  static Optional<Console> console() {
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console)) ? Optional.of(console) : Optional.empty();
    } catch (NoSuchMethodException before22) {
      return Optional.of(console);
    } catch (ReflectiveOperationException unknown) {
      return Optional.empty();
    }
  }

  /**
   * The width to fit: {@code COLUMNS} when set (as shells set it for scripts that export it),
   * else the terminal's as picocli measures it, else {@value #DEFAULT_WIDTH}.
   */
  static int width(UnaryOperator<String> environment) {
    String columns = environment.apply("COLUMNS");
    if (columns != null) {
      try {
        int width = Integer.parseInt(columns.strip());
        if (width >= 20) {
          return width;
        }
      } catch (NumberFormatException notANumber) {
        // Not a width: measured as if unset.
      }
    }
    if (!interactive()) {
      return DEFAULT_WIDTH;
    }
    UsageMessageSpec measure = new UsageMessageSpec().width(DEFAULT_WIDTH).autoWidth(true);
    return Math.max(40, measure.width());
  }
}
