package dev.crashplan4j.api.tree;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * An org tree document that cannot be planned (an unknown key, a duplicate external reference,
 * a bad or missing value...): every problem with its line, found before anything was read from
 * the console.
 */
public class OrgTreeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private static final int LISTED = 20;

  /**
   * One problem of the document.
   *
   * @param line the line of the document it is on, from 1; absent for a tree built in code
   * @param message what is wrong, naming the key or the org
   */
  public record Problem(OptionalInt line, String message) {
    /** Reads as {@code line 7: unknown key "nmae"...}, or the message alone without a line. */
    @Override
    public String toString() {
      return line.isPresent() ? "line " + line.getAsInt() + ": " + message : message;
    }
  }

  private final transient List<Problem> problems;

  /** The problems of {@code source} (a file name, or {@code "the org tree"}), in line order. */
  public OrgTreeException(String source, List<Problem> problems) {
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
    return source + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + "; nothing was read from the console:\n  " + listed + more;
  }
}
