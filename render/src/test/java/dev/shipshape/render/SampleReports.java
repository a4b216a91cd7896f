package dev.shipshape.render;

import static dev.shipshape.model.InventoryCategory.CI;
import static dev.shipshape.model.InventoryCategory.COLLABORATION;
import static dev.shipshape.model.InventoryCategory.DEPLOY;
import static dev.shipshape.model.InventoryCategory.IAC;
import static dev.shipshape.model.InventoryCategory.OBSERVABILITY;
import static dev.shipshape.model.InventoryCategory.OPERATIONS;
import static dev.shipshape.model.InventoryCategory.SECURITY;
import static dev.shipshape.model.InventoryCategory.TESTS;

import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Inventory;
import dev.shipshape.model.NextStep;
import dev.shipshape.model.Practice;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.RepositoryDescriptor;
import dev.shipshape.model.RepositoryKind;
import dev.shipshape.model.Stage;
import dev.shipshape.model.Status;
import dev.shipshape.model.Summary;
import dev.shipshape.model.Tool;
import dev.shipshape.model.Wall;
import dev.shipshape.model.Window;
import java.time.Instant;
import java.util.List;

/** Hand-made reports for the renderer tests: the renderers compute nothing, so neither do these. */
final class SampleReports {

  static final String REVISION = "3f786850e387550fdab836ed7e6dc881de23001b";
  static final Tool TOOL = new Tool("shipshape", "0.3.0");
  static final Window YEAR =
      new Window(Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"));

  /** The names of the samples, as their golden files are named. */
  static final List<String> NAMES =
      List.of("full", "unknown-delivery", "unscored-checks", "hostile-strings", "hostile-markup");

  static Report named(String name) {
    return switch (name) {
      case "full" -> full();
      case "unknown-delivery" -> unknownDelivery();
      case "unscored-checks" -> unscoredChecks();
      case "hostile-strings" -> hostileStrings();
      case "hostile-markup" -> hostileMarkup();
      default -> throw new IllegalArgumentException(name);
    };
  }

  private SampleReports() {}

  /** A service with every section filled in. */
  static Report full() {
    List<PracticeResult> practices =
        List.of(
            practice(
                "version-control",
                83,
                check(
                    "version-control/history",
                    10,
                    1,
                    "612 commits in the window; .gitignore present.",
                    Evidence.file(".gitignore", "ignores target/ and .idea/")),
                check(
                    "version-control/backlog-linkage",
                    6,
                    3,
                    "64% of commits name a work item.",
                    Evidence.note("392 of 612 non-merge commits")),
                check(
                    "version-control/peer-review",
                    10,
                    3,
                    "98% of changes came through a pull request.",
                    Evidence.commit(REVISION, "Merge pull request #412 from acme/fix-timeouts"))),
            practice(
                "ci-cd",
                90,
                check(
                    "ci-cd/tests-in-pipeline",
                    10,
                    3,
                    "The pipeline runs the tests on every change.",
                    Evidence.line(
                        ".github/workflows/ci.yml", 21, "runs mvn -B verify on pull_request")),
                check(
                    "ci-cd/automated-deployment",
                    8,
                    3,
                    "Deploys to production after an approval.",
                    Evidence.line(".github/workflows/deploy.yml", 40, "environment: production"))),
            practice(
                "infrastructure-as-code",
                70,
                check(
                    "infrastructure-as-code/defined-as-code",
                    7,
                    3,
                    "Helm chart and Dockerfile define the runtime.",
                    Evidence.file("deploy/chart/Chart.yaml", "helm chart payments-api"))),
            practice(
                "automated-testing",
                55,
                check(
                    "automated-testing/unit-tests",
                    9,
                    3,
                    "Test-to-source file ratio 0.45.",
                    Evidence.note("212 test files, 470 source files")),
                check(
                    "automated-testing/security-testing",
                    2,
                    3,
                    "No SAST or DAST in the pipeline.")),
            practice(
                "monitoring-logging",
                75,
                check(
                    "monitoring-logging/metrics-and-tracing",
                    7,
                    3,
                    "Micrometer metrics; no tracing.",
                    Evidence.line("pom.xml", 88, "io.micrometer:micrometer-registry-prometheus"))),
            practice(
                "collaboration",
                100,
                check(
                    "collaboration/readme",
                    10,
                    2,
                    "README says what it is, how to run, test and deploy.",
                    Evidence.file("README.md", "4 of 4 sections"))),
            practice(
                "security-compliance",
                30,
                check(
                    "security-compliance/dependency-updates",
                    3,
                    3,
                    "Renovate is configured but no update has landed in the window.",
                    Evidence.file("renovate.json", "extends config:recommended"))),
            practice(
                "agile-lean",
                65,
                check(
                    "agile-lean/small-batches",
                    6,
                    3,
                    "Median change: 120 lines.",
                    Evidence.note("median of 612 changes"))),
            practice(
                "continuous-learning",
                15,
                check(
                    "continuous-learning/post-incident-reviews",
                    1,
                    2,
                    "No postmortems or incident reviews found.")),
            practice(
                "operations",
                40,
                check("operations/runbooks", 0, 2, "No runbook or on-call document found."),
                check(
                    "operations/safe-release",
                    7,
                    3,
                    "Flyway migrations; no feature flags.",
                    Evidence.file("src/main/resources/db/migration/V1__init.sql", "flyway"))));
    Inventory inventory =
        Inventory.builder()
            .add(CI, "github-actions")
            .add(DEPLOY, "helm")
            .add(IAC, "helm")
            .add(IAC, "dockerfile")
            .add(TESTS, "unit")
            .add(TESTS, "e2e")
            .add(TESTS, "integration")
            .add(OBSERVABILITY, "metrics")
            .add(OBSERVABILITY, "health-checks")
            .add(SECURITY, "security-policy")
            .add(SECURITY, "dependency-updates")
            .add(SECURITY, "license")
            .add(COLLABORATION, "readme")
            .add(COLLABORATION, "codeowners")
            .add(OPERATIONS, "db-migrations")
            .build();
    Delivery delivery =
        new Delivery(
            "tags",
            "tags matching v* (annotated: 41, lightweight: 3)",
            new Delivery.DeploymentFrequency(44, 0.85, 1, Delivery.Band.HIGH, null),
            new Delivery.LeadTime(52.5, 310.0, 612, 2, Delivery.Band.HIGH, null),
            new Delivery.ChangeFailureRate(0.07, 3, 44, Delivery.Band.HIGH, null),
            new Delivery.RecoveryTime(5.0, 3, Delivery.Band.ELITE, null),
            new Delivery.ReworkRate(0.05, null),
            new Delivery.Flow(0.64, 0.41, 120, 900, 20.1, 300, 12.3, 0.96, 9, 3));
    return new Report(
        TOOL,
        new RepositoryDescriptor(
            "payments-api", "/home/ci/src/payments-api", REVISION, "main", RepositoryKind.SERVICE),
        YEAR,
        new Summary(
            71,
            Stage.IMMATURE_DEVOPS,
            List.of(
                new Wall(
                    "build and run",
                    List.of("operations/runbooks", "continuous-learning/post-incident-reviews"))),
            List.of(
                new NextStep(
                    "security-compliance/dependency-updates",
                    "Let Renovate open pull requests and merge them: configure automerge for"
                        + " patch updates so that updates land every week."),
                new NextStep(
                    "automated-testing/security-testing",
                    "Run a SAST tool such as CodeQL or Semgrep in the pipeline on every pull"
                        + " request."),
                new NextStep(
                    "operations/runbooks",
                    "Write a runbook for the alerts the service raises (docs/runbooks/)."))),
        practices,
        inventory,
        delivery,
        List.of(Diagnostic.info("read 612 commits and 44 tags")));
  }

  /** A folder with no deployments, no tags and a short history: every delivery number unknown. */
  static Report unknownDelivery() {
    Report full = full();
    return new Report(
        TOOL,
        full.repository(),
        new Window(null, Instant.parse("2026-01-15T09:30:12.345Z")),
        full.summary(),
        full.practices(),
        Inventory.empty(),
        Delivery.unknown("no deployment events, no release tags, no continuous deployment"),
        List.of(Diagnostic.warning("shallow clone: history before 2026-01-02 missing")));
  }

  /** A library: checks that do not apply, one exempted, one that failed to run. */
  static Report unscoredChecks() {
    Report full = full();
    List<PracticeResult> practices =
        full.practices().stream()
            .map(
                p ->
                    switch (p.id()) {
                      case "monitoring-logging" ->
                          practice(
                              "monitoring-logging",
                              null,
                              unscored(
                                  "monitoring-logging/metrics-and-tracing",
                                  Status.NOT_APPLICABLE,
                                  "a library is not run by its team"),
                              unscored(
                                  "monitoring-logging/health-checks",
                                  Status.NOT_APPLICABLE,
                                  "a library is not run by its team"));
                      case "operations" ->
                          practice(
                              "operations",
                              70,
                              check(
                                  "operations/safe-release",
                                  7,
                                  3,
                                  "Versioned releases; no feature flags.",
                                  Evidence.file("CHANGELOG.md", "keeps a changelog")),
                              unscored(
                                  "operations/runbooks",
                                  Status.EXEMPT,
                                  "runbooks live in the platform team's wiki (ADR 7)",
                                  Evidence.line(
                                      ".shipshape.yml", 4, "exempt: operations/runbooks")));
                      case "security-compliance" ->
                          practice(
                              "security-compliance",
                              null,
                              unscored(
                                  "security-compliance/secrets",
                                  Status.ERROR,
                                  "could not read src/main/resources/keystore.p12: file too large"));
                      default -> p;
                    })
            .toList();
    return new Report(
        TOOL,
        new RepositoryDescriptor(
            "string-utils",
            "https://example.org/acme/string-utils.git",
            REVISION,
            null,
            RepositoryKind.LIBRARY),
        YEAR,
        new Summary(null, Stage.TRADITIONAL, List.of(), List.of()),
        practices,
        full.inventory(),
        full.delivery(),
        List.of(Diagnostic.error("security-compliance/secrets failed: file too large")));
  }

  /**
   * Strings from the repository that try to break out: quotes, newlines, Unicode, and terminal
   * escape codes in a commit message and a file name.
   */
  static Report hostileStrings() {
    Report full = full();
    String esc = "\u001b";
    List<PracticeResult> practices =
        full.practices().stream()
            .map(
                p ->
                    p.id().equals("version-control")
                        ? practice(
                            "version-control",
                            100,
                            check(
                                "version-control/history",
                                10,
                                1,
                                "Commit \"fix: résumé 日本語 🚀\"\nSigned-off-by: <a@b>",
                                new Evidence(
                                    "src/" + esc + "[2Jevil\tname.txt",
                                    3,
                                    REVISION,
                                    "msg "
                                        + esc
                                        + "]8;;https://evil.example"
                                        + "\u0007click"
                                        + esc
                                        + "]8;;\u0007 \u009b31m red \u202egnp.exe")))
                        : p)
            .toList();
    return new Report(
        TOOL,
        new RepositoryDescriptor(
            "pay\"ments" + esc + "[31m-api\r\n",
            "C:\\repos\\pay\"ments",
            REVISION,
            "feature/\u00e9t\u00e9-" + esc + "[1A\u0008",
            RepositoryKind.SERVICE),
        YEAR,
        new Summary(
            71,
            Stage.MATURE_DEVOPS,
            List.of(),
            List.of(new NextStep("operations/runbooks", "Say \"hi\"\n\t" + esc + "[5mblink"))),
        practices,
        full.inventory(),
        full.delivery(),
        List.of(Diagnostic.warning("bad line in " + esc + "[0m.shipshape.yml: \u0000\u007f")));
  }

  /**
   * Strings from the repository that try to become markup: HTML tags and event handlers, a CDATA
   * end, Markdown table pipes, backticks, links, mentions and emphasis, and a control character.
   */
  static Report hostileMarkup() {
    Report full = full();
    String img = "<img src=x onerror=alert(1)>";
    String markup =
        "]]></system-out> | cell | **bold** `tick``s` [link](javascript:alert(1)) @octocat $x$";
    List<PracticeResult> practices =
        full.practices().stream()
            .map(
                p ->
                    p.id().equals("version-control")
                        ? practice(
                            "version-control",
                            60,
                            new CheckResult(
                                "version-control/history",
                                "History <b>kept</b>",
                                Status.PARTIAL,
                                5,
                                1,
                                "Commit \"<script>alert('x')</script>\" & more\u0007",
                                null,
                                List.of(
                                    Evidence.line("docs/" + img + ".md", 7, markup),
                                    Evidence.commit(REVISION, "fix: `a|b` <!-- ]]> -->")),
                                "Run `rm -rf /` | then ]]> & <a href=\"x\">click</a>"))
                        : p)
            .toList();
    return new Report(
        TOOL,
        new RepositoryDescriptor(
            "<script>alert(\"repo\")</script>|`x`",
            "/src/<i>payments</i>",
            REVISION,
            "feat/]]><!--",
            RepositoryKind.SERVICE),
        YEAR,
        new Summary(
            64,
            Stage.IMMATURE_DEVOPS,
            List.of(new Wall("<b>build</b> & run", List.of("version-control/history"))),
            List.of(new NextStep("version-control/history", "Fix | pipes `and` " + img))),
        practices,
        full.inventory(),
        full.delivery(),
        List.of(Diagnostic.warning("<style>body{display:none}</style> in " + img)));
  }

  static PracticeResult practice(String id, Integer score, CheckResult... checks) {
    return new PracticeResult(
        id, Practice.fromId(id).title(), score, PracticeResult.levelOf(score), List.of(checks));
  }

  static CheckResult check(String id, int score, int weight, String summary, Evidence... evidence) {
    return new CheckResult(
        id,
        title(id),
        Status.ofScore(score),
        score,
        weight,
        summary,
        null,
        List.of(evidence),
        score == 10 ? null : "Raise " + id + " to full marks.");
  }

  static CheckResult unscored(String id, Status status, String reason, Evidence... evidence) {
    return new CheckResult(id, title(id), status, null, 2, reason, reason, List.of(evidence), null);
  }

  private static String title(String id) {
    String name = id.substring(id.indexOf('/') + 1).replace('-', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
