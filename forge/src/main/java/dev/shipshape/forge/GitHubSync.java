package dev.shipshape.forge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.model.Diagnostic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * GitHub (github.com and Enterprise Server): lists through REST, conditional on their first page's
 * ETag; what REST lacks (reviews with closing issues, deployment statuses) through GraphQL, one
 * query per 50 new items by node id.
 */
final class GitHubSync extends ForgeSync {
  static final int BATCH = 50;

  static final String PULL_DETAILS =
      "query($ids: [ID!]!) { nodes(ids: $ids) { ... on PullRequest { number"
          + " reviews(first: 50, states: APPROVED) { nodes { author { login } state submittedAt } }"
          + " closingIssuesReferences(first: 10) { nodes { number title } } } } }";

  static final String DEPLOYMENT_STATUSES =
      "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Deployment { databaseId"
          + " statuses(first: 20) { nodes { state createdAt } } } } }";

  private final String root;

  GitHubSync(ForgeHttp http, SyncRequest request, ForgeState state) {
    super(http, request, state);
    this.root = request.project().restRoot();
  }

  @Override
  protected String defaultBranch() {
    return text(resource(root).path("default_branch"));
  }

  @Override
  protected void syncChanges() {
    ForgeState.Part part = state.part("changes", "", state.changes::clear);
    Listed listed =
        list(
            part,
            root + "/pulls?state=closed&sort=updated&direction=desc&per_page=100",
            null,
            "updated_at",
            part.stopAt(since, Duration.ZERO));
    for (JsonNode pr : listed.items()) {
      Instant merged = time(pr.path("merged_at"));
      if (merged == null || merged.isBefore(since)) {
        continue; // closed without merging, or before the window
      }
      int number = pr.path("number").asInt();
      Instant updated = time(pr.path("updated_at"));
      ChangeRequest held = state.changes.get(number);
      if (held != null && held.detailed() && !newer(updated, held.updatedAt())) {
        continue;
      }
      state.changes.put(
          number,
          new ChangeRequest(
              number,
              text(pr.path("title")),
              text(pr.path("user").path("login")),
              time(pr.path("created_at")),
              merged,
              updated,
              List.of(text(pr.path("merge_commit_sha"))).stream()
                  .filter(java.util.Objects::nonNull)
                  .toList(),
              text(pr.path("node_id")),
              false,
              false,
              List.of(),
              List.of()));
    }
    detailChanges();
    complete(part, listed, newest(listed.items(), "updated_at"));
  }

  private static boolean newer(Instant a, Instant b) {
    return a != null && (b == null || a.isAfter(b));
  }

  /** Reviews and closing issues of the window's changes not yet read, by GraphQL in batches. */
  private void detailChanges() {
    List<ChangeRequest> todo =
        state.changes.values().stream()
            .filter(c -> !c.detailed() && c.nodeId() != null)
            .filter(c -> !c.mergedAt().isBefore(since))
            .toList();
    int unread = 0;
    String firstError = null;
    for (int i = 0; i < todo.size(); i += BATCH) {
      List<ChangeRequest> batch = todo.subList(i, Math.min(todo.size(), i + BATCH));
      ForgeHttp.GraphQl answer =
          http.graphql(
              PULL_DETAILS, Map.of("ids", batch.stream().map(ChangeRequest::nodeId).toList()));
      // answered in the order asked, null for a node that could not be read; matched by number
      Map<Integer, JsonNode> byNumber = new java.util.HashMap<>();
      for (JsonNode n : answer.data().path("nodes")) {
        if (n.isObject() && n.has("number")) {
          byNumber.put(n.path("number").asInt(), n);
        }
      }
      for (ChangeRequest c : batch) {
        JsonNode n = byNumber.get(c.number());
        if (n == null) {
          unread++;
          continue;
        }
        List<ChangeRequest.Review> reviews = new ArrayList<>();
        for (JsonNode r : n.path("reviews").path("nodes")) {
          reviews.add(
              new ChangeRequest.Review(
                  text(r.path("author").path("login")),
                  text(r.path("state")),
                  time(r.path("submittedAt"))));
        }
        List<ChangeRequest.IssueRef> closes = new ArrayList<>();
        for (JsonNode issue : n.path("closingIssuesReferences").path("nodes")) {
          closes.add(
              new ChangeRequest.IssueRef(issue.path("number").asInt(), text(issue.path("title"))));
        }
        state.changes.put(c.number(), c.withDetails(reviews, closes));
      }
      if (firstError == null && !answer.errors().isEmpty()) {
        firstError = answer.errors().get(0);
      }
    }
    if (unread > 0) {
      note(
          Diagnostic.info(
              "forge: "
                  + unread
                  + " pull request(s) not read in full"
                  + (firstError == null ? "" : " (" + firstError + ")")
                  + "; their review is unknown until a later sync reads them"));
    }
  }

  @Override
  protected void syncProtection() {
    String b = enc(branch);
    JsonNode summary = resource(root + "/branches/" + b);
    boolean classic = summary.path("protected").asBoolean(false);
    // rulesets apply whether or not the classic protection is on; read with metadata permission
    Integer rsApprovals = 0;
    boolean rsChecks = false;
    boolean rsForce = false;
    boolean rsDeletion = false;
    JsonNode rules = resource(root + "/rules/branches/" + b);
    for (JsonNode rule : rules) {
      switch (rule.path("type").asText("")) {
        case "pull_request" ->
            rsApprovals =
                Math.max(
                    rsApprovals,
                    rule.path("parameters").path("required_approving_review_count").asInt(0));
        case "required_status_checks" -> rsChecks = true;
        case "non_fast_forward" -> rsForce = true;
        case "deletion" -> rsDeletion = true;
        default -> {
          // other rules (signatures, linear history, …) are not judged
        }
      }
    }
    Integer approvals = 0;
    Boolean checks = false;
    Boolean force = false;
    Boolean deletion = false;
    List<String> sources = new ArrayList<>();
    if (classic) {
      sources.add("branch protection");
      JsonNode sc = summary.path("protection").path("required_status_checks");
      checks =
          !"off".equals(sc.path("enforcement_level").asText("off"))
              || sc.path("contexts").size() > 0;
      try {
        JsonNode p = resource(root + "/branches/" + b + "/protection");
        JsonNode reviews = p.path("required_pull_request_reviews");
        approvals =
            reviews.isMissingNode() ? 0 : reviews.path("required_approving_review_count").asInt(0);
        checks = checks || !p.path("required_status_checks").isMissingNode();
        force = !p.path("allow_force_pushes").path("enabled").asBoolean(false);
        deletion = !p.path("allow_deletions").path("enabled").asBoolean(false);
      } catch (ForgeException e) {
        if (!isAccessProblem(e)) {
          throw e;
        }
        approvals = null;
        force = null;
        deletion = null;
        note(
            Diagnostic.info(
                "forge: the branch protection's details need the Administration (read)"
                    + " permission; its summary and the rulesets are used"));
      }
    }
    if (!rules.isEmpty()) {
      sources.add("ruleset");
    }
    state.protection =
        new BranchProtection(
            branch,
            classic || !rules.isEmpty(),
            approvals == null
                ? (rsApprovals > 0 ? rsApprovals : null)
                : Math.max(approvals, rsApprovals),
            or(checks, rsChecks),
            or(force, rsForce),
            or(deletion, rsDeletion),
            sources);
  }

  /** Known true when either says so; unknown when one is unknown and the other does not. */
  static Boolean or(Boolean a, boolean b) {
    return b ? Boolean.TRUE : a;
  }

  @Override
  protected void syncRuns() {
    ForgeState.Part part = state.part("runs", branch, state.runs::clear);
    Instant stopAt = earliestUnfinished(part.stopAt(since, UNFINISHED_MARGIN));
    Listed listed =
        list(
            part,
            root + "/actions/runs?branch=" + enc(branch) + "&per_page=100",
            "workflow_runs",
            "created_at",
            stopAt);
    for (JsonNode r : listed.items()) {
      if (before(r.path("created_at"))) {
        continue;
      }
      String id = r.path("id").asText();
      String status = r.path("status").asText("");
      PipelineRun.Outcome outcome =
          "completed".equals(status)
              ? outcome(r.path("conclusion").asText(""))
              : PipelineRun.Outcome.RUNNING;
      Instant started = time(r.path("run_started_at"));
      state.runs.put(
          id,
          new PipelineRun(
              id,
              text(r.path("name")),
              text(r.path("head_sha")),
              text(r.path("event")),
              outcome,
              started != null ? started : time(r.path("created_at")),
              outcome == PipelineRun.Outcome.RUNNING ? null : time(r.path("updated_at")),
              r.path("run_attempt").asInt(1)));
    }
    complete(part, listed, newest(listed.items(), "created_at"));
  }

  private Instant earliestUnfinished(Instant stopAt) {
    Instant s = stopAt;
    for (PipelineRun r : state.runs.values()) {
      if (r.outcome() == PipelineRun.Outcome.RUNNING
          && r.startedAt() != null
          && r.startedAt().isBefore(s)
          && !r.startedAt().isBefore(since)) {
        s = r.startedAt();
      }
    }
    return s;
  }

  static PipelineRun.Outcome outcome(String conclusion) {
    return switch (conclusion) {
      case "success" -> PipelineRun.Outcome.SUCCESS;
      case "failure", "timed_out", "startup_failure" -> PipelineRun.Outcome.FAILURE;
      case "cancelled" -> PipelineRun.Outcome.CANCELLED;
      default -> PipelineRun.Outcome.OTHER;
    };
  }

  @Override
  protected void syncDeployments() {
    ForgeState.Part part = state.part("deployments", "", state.deployments::clear);
    Instant stopAt = part.stopAt(since, UNFINISHED_MARGIN);
    for (ForgeDeployment d : state.deployments.values()) {
      Instant created = d.createdAt();
      if (!d.finished()
          && created != null
          && !created.isBefore(since)
          && created.isBefore(stopAt)) {
        stopAt = created; // read again until it has finished
      }
    }
    Listed listed = list(part, root + "/deployments?per_page=100", null, "created_at", stopAt);
    for (JsonNode d : listed.items()) {
      if (before(d.path("created_at"))) {
        continue;
      }
      String id = d.path("id").asText();
      ForgeDeployment held = state.deployments.get(id);
      if (held != null && held.finished()) {
        continue;
      }
      state.deployments.put(
          id,
          new ForgeDeployment(
              id,
              text(d.path("environment")),
              text(d.path("sha")),
              time(d.path("created_at")),
              null,
              ForgeDeployment.State.PENDING,
              text(d.path("node_id"))));
    }
    detailDeployments();
    complete(part, listed, newest(listed.items(), "created_at"));
  }

  /** The first final status of each unfinished deployment of the window, by GraphQL in batches. */
  private void detailDeployments() {
    List<ForgeDeployment> todo =
        state.deployments.values().stream()
            .filter(d -> !d.finished() && d.nodeId() != null)
            .filter(d -> d.createdAt() == null || !d.createdAt().isBefore(since))
            .toList();
    for (int i = 0; i < todo.size(); i += BATCH) {
      List<ForgeDeployment> batch = todo.subList(i, Math.min(todo.size(), i + BATCH));
      ForgeHttp.GraphQl answer =
          http.graphql(
              DEPLOYMENT_STATUSES,
              Map.of("ids", batch.stream().map(ForgeDeployment::nodeId).toList()));
      Map<String, JsonNode> byId = new java.util.HashMap<>();
      for (JsonNode n : answer.data().path("nodes")) {
        if (n.isObject() && n.has("databaseId")) {
          byId.put(n.path("databaseId").asText(), n);
        }
      }
      for (ForgeDeployment d : batch) {
        JsonNode n = byId.get(d.id());
        if (n == null) {
          continue;
        }
        List<JsonNode> statuses = new ArrayList<>();
        n.path("statuses").path("nodes").forEach(statuses::add);
        statuses.sort(
            Comparator.comparing(
                s -> time(s.path("createdAt")), Comparator.nullsLast(Comparator.naturalOrder())));
        for (JsonNode s : statuses) {
          ForgeDeployment.State st =
              switch (s.path("state").asText("")) {
                case "SUCCESS" -> ForgeDeployment.State.SUCCESS;
                case "FAILURE", "ERROR" -> ForgeDeployment.State.FAILURE;
                default -> null;
              };
          if (st != null) {
            state.deployments.put(
                d.id(),
                new ForgeDeployment(
                    d.id(),
                    d.environment(),
                    d.commit(),
                    d.createdAt(),
                    time(s.path("createdAt")),
                    st,
                    d.nodeId()));
            break;
          }
        }
      }
    }
  }

  @Override
  protected void syncIncidents() {
    ForgeState.Part part = state.part("incidents", incidentLabel, state.incidents::clear);
    Listed listed =
        list(
            part,
            root
                + "/issues?labels="
                + enc(incidentLabel)
                + "&state=all&sort=updated&direction=desc&per_page=100",
            null,
            "updated_at",
            part.stopAt(since, Duration.ZERO));
    for (JsonNode i : listed.items()) {
      if (i.has("pull_request")) {
        continue; // the issues list holds pull requests too
      }
      int number = i.path("number").asInt();
      state.incidents.put(
          number,
          new ForgeIssue(
              number,
              text(i.path("title")),
              time(i.path("created_at")),
              time(i.path("closed_at"))));
    }
    complete(part, listed, newest(listed.items(), "updated_at"));
  }
}
