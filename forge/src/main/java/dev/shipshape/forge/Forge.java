package dev.shipshape.forge;

import dev.shipshape.model.Diagnostic;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a repository's forge for a scan: finds the forge from the remote URL, the token from the
 * environment or a file, syncs from where the last sync of this project left off (cached beside the
 * commit cache) and hands back what it knows. It never throws and never fails a scan: a forge that
 * is unknown, refuses or limits us gives {@link ForgeData} with the aspects missing and why.
 */
public final class Forge {
  private static final Pattern CREDENTIALS = Pattern.compile("//[^/@]*@");

  private Forge() {}

  /** Where and for what to sync. {@code branch} null: the forge's default branch. */
  public record Target(String remoteUrl, String branch, Instant since) {}

  public static ForgeData sync(
      ForgeOptions options, Target target, Path cacheFolder, Map<String, String> env) {
    return sync(options, target, cacheFolder, env, ForgeClock.SYSTEM);
  }

  public static ForgeData sync(
      ForgeOptions options,
      Target target,
      Path cacheFolder,
      Map<String, String> env,
      ForgeClock clock) {
    if (!options.enabled()) {
      return ForgeData.OFF;
    }
    if (target.remoteUrl() == null) {
      return ForgeData.unavailable(null, "the repository has no remote to find its forge from");
    }
    Optional<ForgeProject> found = ForgeProject.detect(target.remoteUrl(), options.hosts());
    if (found.isEmpty()) {
      return ForgeData.unavailable(
          null,
          "the remote "
              + CREDENTIALS.matcher(target.remoteUrl()).replaceFirst("//")
              + " is not on a forge shipshape knows (name its host with --forge-host)");
    }
    ForgeProject project = found.get();
    Optional<ForgeToken> token;
    try {
      token = ForgeToken.find(project.kind(), options.tokenFile(), env);
    } catch (IllegalArgumentException e) {
      return ForgeData.unavailable(project, e.getMessage());
    }
    if (token.isEmpty()) {
      return ForgeData.unavailable(
          project,
          "no token for "
              + project
              + " (set "
              + project.kind().tokenVariable()
              + " or --forge-token-file)");
    }
    return sync(project, token.get(), options, target, cacheFolder, clock);
  }

  /** A sync with the project and token known (the server, the bench). */
  public static ForgeData sync(
      ForgeProject project,
      ForgeToken token,
      ForgeOptions options,
      Target target,
      Path cacheFolder,
      ForgeClock clock) {
    ForgeCache cache = cacheFolder == null ? null : new ForgeCache(cacheFolder, project);
    ForgeState state = cache == null ? new ForgeState() : cache.read();
    ForgeHttp http = new ForgeHttp(project, token, options.limits(), clock);
    ForgeSync.SyncRequest request =
        new ForgeSync.SyncRequest(
            project, target.branch(), target.since(), options.incidentLabel(), clock);
    ForgeSync sync =
        project.kind() == ForgeKind.GITHUB
            ? new GitHubSync(http, request, state)
            : new GitLabSync(http, request, state);
    sync.run();
    if (cache != null) {
      cache.write(state);
    }
    List<Diagnostic> diagnostics = new ArrayList<>(sync.diagnostics());
    return new ForgeData(
        project,
        clock.now(),
        state.changes.values().stream()
            .sorted(Comparator.comparingInt(ChangeRequest::number))
            .toList(),
        state.protection,
        state.runs.values().stream()
            .sorted(
                Comparator.comparing(
                        PipelineRun::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(PipelineRun::id))
            .toList(),
        state.deployments.values().stream()
            .sorted(
                Comparator.comparing(
                        ForgeDeployment::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ForgeDeployment::id))
            .toList(),
        state.incidents.values().stream()
            .sorted(Comparator.comparingInt(ForgeIssue::number))
            .toList(),
        sync.missing(),
        diagnostics,
        http.count());
  }
}
