package dev.crashplan4j.api.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The org tree document: both formats, and each kind of problem with its line. */
class OrgTreeDocumentTest {

  private static final String YAML = """
      orgs:
        - externalReference: CUST-1
          name: Acme
          notes: Key account
          state: blocked
          settings:
            archiveHoldDays: 90
            orgBackupQuotaGb: 500
            webRestoreEnabled: false
            backupAlertRecipientEmails: [oncall@acme.example]
          children:
            - externalReference: CUST-1-SALES
              name: Acme Sales
      """;

  private static List<OrgTreeException.Problem> problems(String yaml) {
    try {
      OrgTree.fromYaml(yaml);
    } catch (OrgTreeException bad) {
      return bad.problems();
    }
    throw new AssertionError("the document was read without problems");
  }

  @Test
  void aYamlDocumentReadsWithItsChildrenAndSettings() {
    OrgTree tree = OrgTree.fromYaml(YAML);

    DesiredOrg acme = tree.orgs().get(0);
    assertThat(acme.name()).isEqualTo("Acme");
    assertThat(acme.state()).contains(OrgState.BLOCKED);
    assertThat(acme.settings().orElseThrow().orgBackupQuotaGb()).contains(500.0);
    assertThat(acme.children()).extracting(DesiredOrg::externalReference).containsExactly("CUST-1-SALES");
    assertThat(acme.children().get(0).line()).hasValue(12);
  }

  @Test
  void theSameDocumentInJsonReadsTheSame() {
    String json = """
        {"orgs": [{"externalReference": "CUST-1", "name": "Acme", "notes": "Key account", "state": "blocked",
          "settings": {"archiveHoldDays": 90, "orgBackupQuotaGb": 500, "webRestoreEnabled": false,
                       "backupAlertRecipientEmails": ["oncall@acme.example"]},
          "children": [{"externalReference": "CUST-1-SALES", "name": "Acme Sales"}]}]}
        """;

    assertThat(OrgTree.fromJson(json).orgs()).usingRecursiveComparison().ignoringFieldsMatchingRegexes("(.*\\.)?line")
        .isEqualTo(OrgTree.fromYaml(YAML).orgs());
  }

  @Test
  void anUnknownKeyIsAProblemOnItsLine() {
    assertThat(problems("orgs:\n  - externalReference: A\n    nmae: Acme\n    name: Acme\n"))
        .singleElement().satisfies(problem -> {
          assertThat(problem.line()).hasValue(3);
          assertThat(problem.message()).contains("unknown key \"nmae\"").contains("externalReference, name");
        });
  }

  @Test
  void aReferenceUsedTwiceNamesBothLines() {
    assertThat(problems("orgs:\n  - externalReference: A\n    name: One\n  - externalReference: A\n    name: Two\n"))
        .singleElement().satisfies(problem -> {
          assertThat(problem.line()).hasValue(4);
          assertThat(problem.message()).contains("A is used twice, first on line 2");
        });
  }

  @Test
  void eachMissingNameOrBadValueIsReported() {
    List<OrgTreeException.Problem> problems = problems("""
        orgs:
          - externalReference: A
          - externalReference: B
            name: Bee
            state: paused
            settings:
              archiveHoldDays: 0
              maxUsers: lots
        """);

    assertThat(problems).extracting(problem -> problem.line().orElse(0)).containsExactly(2, 5, 7, 8);
    assertThat(problems.get(0).message()).contains("org A has no name");
    assertThat(problems.get(1).message()).contains("\"paused\" is none of active, blocked, deactivated");
    assertThat(problems.get(2).message()).contains("archiveHoldDays");
    assertThat(problems.get(3).message()).contains("maxUsers must be a whole number, not the text \"lots\"");
  }

  @Test
  void aReferenceThatYamlReadsAsANumberMustBeQuoted() {
    assertThat(problems("orgs:\n  - externalReference: 1001\n    name: Acme\n")).singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("must be text, not the number 1001; put it in quotes"));
  }

  @Test
  void anActiveChildUnderABlockedParentIsAProblem() {
    assertThat(problems("orgs:\n  - externalReference: A\n    name: A\n    state: blocked\n    children:\n"
        + "      - externalReference: B\n        name: B\n        state: active\n"))
        .singleElement().satisfies(problem -> {
          assertThat(problem.line()).hasValue(6);
          assertThat(problem.message()).contains("B is active under A, which is blocked");
        });
  }

  @Test
  void aDuplicateKeyOrBrokenSyntaxCarriesItsLine() {
    assertThat(problems("orgs:\n  - externalReference: A\n    name: A\n    name: B\n")).singleElement()
        .satisfies(problem -> assertThat(problem.line()).hasValue(4));
    assertThatThrownBy(() -> OrgTree.fromJson("{\"orgs\": [\n{\"name\": }]}"))
        .isInstanceOf(OrgTreeException.class).hasMessageContaining("line 2");
  }

  @Test
  void aTabIndentIsOneLineProblemOnTheTabsLine() {
    assertThat(problems("orgs:\n\t- externalReference: A\n    name: A\n")).singleElement().satisfies(problem -> {
      assertThat(problem.line()).hasValue(2);
      assertThat(problem.message()).doesNotContain("\n").contains("TAB");
    });
  }

  @Test
  void brokenJsonIsOneLineProblemOnItsLine() {
    assertThatThrownBy(() -> OrgTree.fromJson("{\"orgs\": [\n{\"name\": }]}")).isInstanceOfSatisfying(
        OrgTreeException.class, bad -> assertThat(bad.problems()).singleElement().satisfies(problem -> {
          assertThat(problem.line()).hasValue(2);
          assertThat(problem.message()).doesNotContain("\n");
        }));
  }

  @Test
  void theMessageSaysNothingOfTheSourceWasRead() {
    assertThatThrownBy(() -> OrgTree.fromYaml("people: []\n"))
        .hasMessageStartingWith("the org tree has 2 problems; nothing was read from the console")
        .hasMessageContaining("line 1: unknown key \"people\"");
  }
}
