package dev.shipshape.forge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.model.Diagnostic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab (gitlab.com and self-managed) through REST v4: lists conditional on their first page's
 * ETag; each new merge request's approvals and closing issues read once and kept.
 */
final class GitLabSync extends ForgeSync {
  private final String root;
  private boolean approvalsRefused;

  GitLabSync(ForgeHttp http, SyncRequest request, ForgeState state) {
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
            root + "/merge_requests?state=merged&order_by=updated_at&sort=desc&per_page=100",
            null,
            "updated_at",
            part.stopAt(since, Duration.ZERO));
    for (JsonNode mr : listed.items()) {
      Instant merged = time(mr.path("merged_at"));
      if (merged == null || merged.isBefore(since)) {
        continue;
      }
      int iid = mr.path("iid").asInt();
      Instant updated = time(mr.path("updated_at"));
      ChangeRequest held = state.changes.get(iid);
      if (held != null
          && held.detailed()
          && updated != null
          && held.updatedAt() != null
          && !updated.isAfter(held.updatedAt())) {
        continue;
      }
      List<String> landed = new ArrayList<>();
      String merge = text(mr.path("merge_commit_sha"));
      String squash = text(mr.path("squash_commit_sha"));
      if (merge != null) {
        landed.add(merge);
      }
      if (squash != null) {
        landed.add(squash);
      }
      if (landed.isEmpty() && text(mr.path("sha")) != null) {
        landed.add(text(mr.path("sha"))); // fast-forward: the head itself landed
      }
      state.changes.put(
          iid,
          new ChangeRequest(
              iid,
              text(mr.path("title")),
              text(mr.path("author").path("username")),
              time(mr.path("created_at")),
              merged,
              updated,
              landed,
              null,
              false,
              false,
              List.of(),
              List.of()));
    }
    detailChanges();
    complete(part, listed, newest(listed.items(), "updated_at"));
  }

  /** Approvals and closing issues of the window's merge requests not yet read: two calls each. */
  private void detailChanges() {
    List<ChangeRequest> todo =
        state.changes.values().stream()
            .filter(c -> !c.detailed() && !c.mergedAt().isBefore(since))
            .toList();
    for (ChangeRequest c : todo) {
      String mr = root + "/merge_requests/" + c.number();
      List<ChangeRequest.Review> reviews = null;
      if (!approvalsRefused) {
        try {
          JsonNode a = http.get(mr + "/approvals", null).body();
          reviews = new ArrayList<>();
          for (JsonNode by : a.path("approved_by")) {
            // GitLab takes no approval on a merged request: every approval came before the merge
            reviews.add(
                new ChangeRequest.Review(text(by.path("user").path("username")), "APPROVED", null));
          }
        } catch (ForgeException e) {
          if (!isAccessProblem(e)) {
            throw e;
          }
          approvalsRefused = true;
          note(
              Diagnostic.info(
                  "forge: merge request approvals cannot be read ("
                      + e.getMessage()
                      + "); review is judged offline"));
        }
      }
      List<ChangeRequest.IssueRef> closes = new ArrayList<>();
      for (JsonNode i : http.get(mr + "/closes_issues", null).body()) {
        closes.add(new ChangeRequest.IssueRef(i.path("iid").asInt(), text(i.path("title"))));
      }
      state.changes.put(c.number(), c.withDetails(reviews, closes));
    }
  }

  @Override
  protected void syncProtection() {
    JsonNode project = resource(root);
    Boolean pipelineMustSucceed =
        project.has("only_allow_merge_if_pipeline_succeeds")
            ? project.path("only_allow_merge_if_pipeline_succeeds").asBoolean()
            : null;
    JsonNode branchRule;
    try {
      branchRule = resource(root + "/protected_branches/" + enc(branch));
    } catch (ForgeException e) {
      if (e.kind() != ForgeException.Kind.NOT_FOUND) {
        throw e;
      }
      branchRule = null; // not protected
    }
    Integer approvals;
    try {
      int max = 0;
      for (JsonNode rule : resource(root + "/approval_rules")) {
        max = Math.max(max, rule.path("approvals_required").asInt(0));
      }
      approvals = max;
    } catch (ForgeException e) {
      if (!isAccessProblem(e)) {
        throw e;
      }
      approvals = null;
      note(
          Diagnostic.info(
              "forge: approval rules cannot be read (" + e.getMessage() + "); left unknown"));
    }
    List<String> sources = new ArrayList<>();
    boolean isProtected = branchRule != null;
    if (isProtected) {
      sources.add("protected branch");
    }
    if (approvals != null && approvals > 0) {
      sources.add("approval rules");
    }
    state.protection =
        new BranchProtection(
            branch,
            isProtected,
            approvals,
            pipelineMustSucceed,
            isProtected ? !branchRule.path("allow_force_push").asBoolean(false) : Boolean.FALSE,
            isProtected, // a protected branch cannot be deleted by a push
            sources);
  }

  @Override
  protected void syncRuns() {
    ForgeState.Part part = state.part("runs", branch, state.runs::clear);
    Instant stopAt = part.stopAt(since, UNFINISHED_MARGIN);
    Listed listed =
        list(
            part,
            root + "/pipelines?ref=" + enc(branch) + "&per_page=100",
            null,
            "created_at",
            stopAt);
    for (JsonNode p : listed.items()) {
      if (before(p.path("created_at"))) {
        continue;
      }
      String id = p.path("id").asText();
      PipelineRun.Outcome outcome = outcome(p.path("status").asText(""));
      state.runs.put(
          id,
          new PipelineRun(
              id,
              "pipeline",
              text(p.path("sha")),
              text(p.path("source")),
              outcome,
              time(p.path("created_at")),
              outcome == PipelineRun.Outcome.RUNNING ? null : time(p.path("updated_at")),
              1));
    }
    numberAttempts();
    complete(part, listed, newest(listed.items(), "created_at"));
  }

  /** A pipeline of a commit that already had one is a run again. */
  private void numberAttempts() {
    Map<String, Integer> seen = new HashMap<>();
    List<PipelineRun> runs = new ArrayList<>(state.runs.values());
    runs.sort(Comparator.comparingLong(r -> parseId(r.id())));
    for (PipelineRun r : runs) {
      int attempt = r.commit() == null ? 1 : seen.merge(r.commit(), 1, Integer::sum);
      if (attempt != r.attempt()) {
        state.runs.put(
            r.id(),
            new PipelineRun(
                r.id(),
                r.workflow(),
                r.commit(),
                r.event(),
                r.outcome(),
                r.startedAt(),
                r.finishedAt(),
                attempt));
      }
    }
  }

  private static long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  static PipelineRun.Outcome outcome(String status) {
    return switch (status) {
      case "success" -> PipelineRun.Outcome.SUCCESS;
      case "failed" -> PipelineRun.Outcome.FAILURE;
      case "canceled" -> PipelineRun.Outcome.CANCELLED;
      case "skipped", "manual" -> PipelineRun.Outcome.OTHER;
      default -> PipelineRun.Outcome.RUNNING;
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
        stopAt = created;
      }
    }
    Listed listed =
        list(
            part,
            root + "/deployments?order_by=created_at&sort=desc&per_page=100",
            null,
            "created_at",
            stopAt);
    for (JsonNode d : listed.items()) {
      if (before(d.path("created_at"))) {
        continue;
      }
      String id = d.path("id").asText();
      ForgeDeployment.State st =
          switch (d.path("status").asText("")) {
            case "success" -> ForgeDeployment.State.SUCCESS;
            case "failed" -> ForgeDeployment.State.FAILURE;
            case "canceled" -> ForgeDeployment.State.CANCELLED;
            default -> ForgeDeployment.State.PENDING;
          };
      Instant finished = time(d.path("finished_at"));
      if (finished == null && st != ForgeDeployment.State.PENDING) {
        finished = time(d.path("updated_at"));
      }
      state.deployments.put(
          id,
          new ForgeDeployment(
              id,
              text(d.path("environment").path("name")),
              text(d.path("sha")),
              time(d.path("created_at")),
              finished,
              st,
              null));
    }
    complete(part, listed, newest(listed.items(), "created_at"));
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
                + "&scope=all&order_by=updated_at&sort=desc&per_page=100",
            null,
            "updated_at",
            part.stopAt(since, Duration.ZERO));
    for (JsonNode i : listed.items()) {
      int iid = i.path("iid").asInt();
      state.incidents.put(
          iid,
          new ForgeIssue(
              iid, text(i.path("title")), time(i.path("created_at")), time(i.path("closed_at"))));
    }
    complete(part, listed, newest(listed.items(), "updated_at"));
  }
}
