package dev.crashplan4j.api.bulk.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A bulk CSV with bad rows (an unknown column, a row naming no org, a value that is not a
 * number...): every one with its line, found before anything was sent.
 */
public class CsvInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} has them all. */
  static final int LISTED = 20;

  /** One bad row. */
  public record Problem(long line, String message) {
    /** Reads as {@code line 7: orgId is not a number: "4x2"}. */
    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  /** The problems of {@code source} (a file name, or {@code "the CSV"}), in line order. */
  public CsvInputException(String source, List<Problem> problems) {
    super(message(source, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in line order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String source, List<Problem> problems) {
    String listed = problems.stream().limit(LISTED).map(Problem::toString).collect(Collectors.joining("\n  "));
    String more = problems.size() > LISTED ? "\n  ... and " + (problems.size() - LISTED) + " more" : "";
    return source + " has " + problems.size() + (problems.size() == 1 ? " bad row" : " bad rows")
        + "; nothing was sent:\n  " + listed + more;
  }
}
