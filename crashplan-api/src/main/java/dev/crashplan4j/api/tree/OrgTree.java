package dev.crashplan4j.api.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crashplan4j.core.domain.CrashPlanStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The orgs a tenant should have under its top org, keyed by external reference: the document
 * of orgs as code, read from YAML or JSON (Jackson's data formats) or built in code.
 *
 * <pre>{@code
 * orgs:                                  # under the tenant's top org
 *   - externalReference: CUST-1          # required, unique in the document
 *     name: Acme                         # required
 *     notes: Key account                 # optional
 *     state: active                      # active (default: the parent's), blocked or deactivated
 *     settings:                          # optional; only the keys given are managed
 *       archiveHoldDays: 90
 *     children:                          # optional, the same shape, any depth
 *       - externalReference: CUST-1-SALES
 *         name: Acme Sales
 * }</pre>
 *
 * <p>Unknown keys, duplicate keys or references, values of the wrong type or out of range,
 * missing names and references, and a child more active than its parent are
 * {@link OrgTreeException}s listing each problem with its line, raised when the document is read.
 */
@Value.Immutable
@CrashPlanStyle
public abstract class OrgTree {

  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  /** Returns a builder. */
  public static Builder builder() {
    return ImmutableOrgTree.builder();
  }

  /**
   * Reads the document in {@code text}, YAML.
   *
   * @throws OrgTreeException listing every problem of the document with its line
   */
  public static OrgTree fromYaml(String text) {
    return TreeReader.read(YAML, Objects.requireNonNull(text, "text"), "the org tree");
  }

  /**
   * Reads the document in {@code text}, JSON.
   *
   * @throws OrgTreeException listing every problem of the document with its line
   */
  public static OrgTree fromJson(String text) {
    return TreeReader.read(JSON, Objects.requireNonNull(text, "text"), "the org tree");
  }

  /**
   * Reads the document in {@code file}: JSON when its name ends with {@code .json}, else YAML.
   * Problems name the file.
   *
   * @throws OrgTreeException listing every problem of the document with its line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static OrgTree read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the org tree " + file, unreadable);
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return TreeReader.read(json ? JSON : YAML, text, file.toString());
  }

  /** The orgs directly under the tenant's top org, in document order, each with its children. */
  public abstract List<DesiredOrg> orgs();

  /** Every org of the tree, parents before their children, in document order. */
  public Stream<DesiredOrg> all() {
    List<DesiredOrg> all = new ArrayList<>();
    Deque<DesiredOrg> next = new ArrayDeque<>();
    for (int i = orgs().size() - 1; i >= 0; i--) {
      next.push(orgs().get(i));
    }
    while (!next.isEmpty()) {
      DesiredOrg org = next.pop();
      all.add(org);
      for (int i = org.children().size() - 1; i >= 0; i--) {
        next.push(org.children().get(i));
      }
    }
    return all.stream();
  }

  @Value.Check
  void check() {
    List<OrgTreeException.Problem> problems = problems(orgs());
    if (!problems.isEmpty()) {
      throw new OrgTreeException("the org tree", problems);
    }
  }

  /** The problems of a tree as a whole: references used twice, children more active than their parents. */
  static List<OrgTreeException.Problem> problems(List<DesiredOrg> orgs) {
    List<OrgTreeException.Problem> problems = new ArrayList<>();
    Map<String, DesiredOrg> seen = new HashMap<>();
    for (DesiredOrg org : orgs) {
      checkUnder(org, OrgState.ACTIVE, null, seen, problems);
    }
    return problems;
  }

  private static void checkUnder(DesiredOrg org, OrgState parentState, DesiredOrg parent, Map<String, DesiredOrg> seen,
      List<OrgTreeException.Problem> problems) {
    DesiredOrg first = seen.putIfAbsent(org.externalReference(), org);
    if (first != null) {
      problems.add(new OrgTreeException.Problem(org.line(), "external reference " + org.externalReference()
          + " is used twice" + first.line().stream().mapToObj(line -> ", first on line " + line).findFirst().orElse("")
          + ": each org needs its own"));
    }
    OrgState state = org.state().orElse(parentState);
    if (!state.allowedUnder(parentState)) {
      problems.add(new OrgTreeException.Problem(org.line(), org.externalReference() + " is " + state.wireName()
          + " under " + parent.externalReference() + ", which is " + parentState.wireName()
          + ": the console takes an org's descendants with it when it is blocked or deactivated;"
          + " leave the state out or make it " + parentState.wireName()));
    }
    for (DesiredOrg child : org.children()) {
      checkUnder(child, state, org, seen, problems);
    }
  }

  static OptionalInt noLine() {
    return OptionalInt.empty();
  }

  /**
   * Builds a {@code OrgTree}: {@link OrgTree#builder()} returns one.
   * Not thread-safe.
   */
  public interface Builder {

    /** Adds {@code element} to {@link OrgTree#orgs()}. */
    Builder addOrgs(DesiredOrg element);

    /** Adds {@code elements} to {@link OrgTree#orgs()}. */
    Builder addOrgs(DesiredOrg... elements);

    /** Sets {@link OrgTree#orgs()} to the elements of {@code elements}, replacing any added before. */
    Builder orgs(Iterable<? extends DesiredOrg> elements);

    /** Adds every element of {@code elements} to {@link OrgTree#orgs()}. */
    Builder addAllOrgs(Iterable<? extends DesiredOrg> elements);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    OrgTree build();
  }
}
