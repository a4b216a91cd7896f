package dev.shipshape.facts.pipeline;

import dev.shipshape.facts.files.TextLines;
import dev.shipshape.facts.yaml.YamlNode;
import dev.shipshape.facts.yaml.YamlNode.Mapping;
import dev.shipshape.facts.yaml.YamlNode.Scalar;
import dev.shipshape.facts.yaml.YamlNode.Sequence;
import dev.shipshape.facts.yaml.YamlReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pipeline definition into jobs, triggers and steps. GitHub Actions, GitLab CI and
 * Jenkinsfiles are read by their own rules; other YAML systems by the keys that hold commands.
 * Throws {@link dev.shipshape.facts.yaml.YamlException} when the YAML does not parse.
 */
public final class PipelineReader {
  private PipelineReader() {}

  public static Pipeline read(String system, String path, String text) {
    return switch (system) {
      case "github-actions" -> githubActions(path, YamlReader.read(text));
      case "gitlab-ci" -> gitlab(path, YamlReader.read(text));
      case "jenkins" -> jenkins(path, text);
      case "teamcity" -> jenkins(system, path, text);
      case "azure-pipelines" -> SystemReaders.azure(path, text);
      case "circleci" -> SystemReaders.circleci(path, text);
      case "google-cloud-build" -> SystemReaders.cloudBuild(path, text);
      case "bitbucket-pipelines" -> SystemReaders.bitbucket(path, text);
      default -> genericYaml(system, path, text);
    };
  }

  // --- GitHub Actions -------------------------------------------------------------------------

  private static Pipeline githubActions(String path, YamlNode doc) {
    if (!(doc instanceof Mapping root)) {
      return new Pipeline("github-actions", path, List.of());
    }
    // YAML 1.1 reads a bare `on:` key as the boolean true
    YamlNode on = root.get("on").or(() -> root.get("true")).orElse(null);
    Set<Trigger> triggers = githubTriggers(on);
    Set<String> events = githubEvents(on);
    int permissionsLine = root.get("permissions").map(YamlNode::line).orElse(0);
    String workflowFolder = runFolder(root).orElse("");
    List<PipelineJob> jobs = new ArrayList<>();
    root.map("jobs")
        .ifPresent(
            js ->
                js.entries()
                    .forEach(
                        (name, node) -> {
                          if (!(node instanceof Mapping job)) {
                            return;
                          }
                          List<PipelineStep> steps = new ArrayList<>();
                          job.get("uses")
                              .flatMap(YamlNode::text)
                              .ifPresent(
                                  u ->
                                      steps.add(
                                          new PipelineStep(
                                              PipelineStep.Kind.USES,
                                              u,
                                              job.get("uses").get().line())));
                          job.get("container").ifPresent(c -> image(c).ifPresent(steps::add));
                          String jobFolder = runFolder(job).orElse(workflowFolder);
                          job.list("steps")
                              .ifPresent(
                                  list ->
                                      list.items().stream()
                                          .filter(Mapping.class::isInstance)
                                          .forEach(
                                              step ->
                                                  githubStep((Mapping) step, jobFolder, steps)));
                          jobs.add(
                              new PipelineJob(
                                  name,
                                  triggers,
                                  steps,
                                  node.line(),
                                  environmentName(job.get("environment")),
                                  false,
                                  job.get("permissions").map(YamlNode::line).orElse(0)));
                        }));
    return new Pipeline("github-actions", path, jobs, events, permissionsLine);
  }

  private static void githubStep(Mapping step, String jobFolder, List<PipelineStep> steps) {
    step.get("uses")
        .ifPresent(
            u ->
                u.text()
                    .ifPresent(
                        t ->
                            steps.add(
                                new PipelineStep(
                                    PipelineStep.Kind.USES,
                                    t,
                                    u.line(),
                                    inputs(step.get("with"))))));
    String folder =
        step.string("working-directory").map(WorkingDirectory::folder).orElse(jobFolder);
    step.get("run")
        .ifPresent(
            r ->
                r.text()
                    .ifPresent(
                        t ->
                            steps.add(
                                new PipelineStep(
                                    PipelineStep.Kind.RUN, t, r.line(), Map.of(), folder))));
  }

  /** The folder of {@code defaults.run.working-directory} of a workflow or a job. */
  private static java.util.Optional<String> runFolder(Mapping workflowOrJob) {
    return workflowOrJob
        .map("defaults")
        .flatMap(d -> d.map("run"))
        .flatMap(r -> r.string("working-directory"))
        .map(WorkingDirectory::folder);
  }

  static java.util.Optional<PipelineStep> image(YamlNode node) {
    YamlNode image = node instanceof Mapping m ? m.get("image").orElse(null) : node;
    if (image instanceof Scalar s && s.value() != null) {
      return java.util.Optional.of(new PipelineStep(PipelineStep.Kind.IMAGE, s.value(), s.line()));
    }
    return java.util.Optional.empty();
  }

  private static Set<String> githubEvents(YamlNode on) {
    Set<String> events = new java.util.TreeSet<>();
    if (on instanceof Scalar s && s.value() != null) {
      events.add(s.value());
    } else if (on instanceof Sequence seq) {
      seq.scalars().stream().filter(x -> x.value() != null).forEach(x -> events.add(x.value()));
    } else if (on instanceof Mapping m) {
      events.addAll(m.entries().keySet());
    }
    return events;
  }

  /** The scalar inputs of a {@code with:} or {@code inputs:} mapping. */
  static Map<String, String> inputs(java.util.Optional<YamlNode> node) {
    Map<String, String> inputs = new java.util.LinkedHashMap<>();
    node.filter(Mapping.class::isInstance)
        .map(Mapping.class::cast)
        .ifPresent(m -> m.entries().forEach((k, v) -> v.text().ifPresent(t -> inputs.put(k, t))));
    return inputs;
  }

  /** {@code environment: prod} or {@code environment: {name: prod, url: ...}}. */
  static String environmentName(java.util.Optional<YamlNode> node) {
    if (node.isEmpty()) {
      return null;
    }
    YamlNode n = node.get();
    if (n instanceof Mapping m) {
      return m.string("name").or(() -> m.string("resourceName")).orElse(null);
    }
    return n.text().orElse(null);
  }

  private static Set<Trigger> githubTriggers(YamlNode on) {
    Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
    List<String> events = new ArrayList<>();
    if (on instanceof Scalar s && s.value() != null) {
      events.add(s.value());
    } else if (on instanceof Sequence seq) {
      seq.scalars().forEach(x -> events.add(x.value()));
    } else if (on instanceof Mapping m) {
      events.addAll(m.entries().keySet());
      // push restricted to tags only is a release trigger, not a change trigger
      m.map("push")
          .filter(p -> p.get("tags").isPresent() && p.get("branches").isEmpty())
          .ifPresent(p -> events.remove("push"));
      if (m.map("push").filter(p -> p.get("tags").isPresent()).isPresent()) {
        triggers.add(Trigger.TAG);
      }
    }
    for (String e : events) {
      switch (e) {
        case "push" -> triggers.add(Trigger.PUSH);
        case "pull_request", "pull_request_target", "merge_group" ->
            triggers.add(Trigger.PULL_REQUEST);
        case "schedule" -> triggers.add(Trigger.SCHEDULE);
        // runs after another workflow's run on a push: a deploy chained after CI is on merge
        case "workflow_run" -> triggers.add(Trigger.PUSH);
        case "workflow_dispatch", "repository_dispatch" -> triggers.add(Trigger.MANUAL);
        case "release", "create" -> triggers.add(Trigger.TAG);
        default -> triggers.add(Trigger.OTHER);
      }
    }
    return triggers;
  }

  // --- GitLab CI ------------------------------------------------------------------------------

  private static final Set<String> GITLAB_RESERVED =
      Set.of(
          "stages",
          "variables",
          "default",
          "include",
          "workflow",
          "image",
          "services",
          "before_script",
          "after_script",
          "cache",
          "pages:deploy");

  private static Pipeline gitlab(String path, YamlNode doc) {
    if (!(doc instanceof Mapping root)) {
      return new Pipeline("gitlab-ci", path, List.of());
    }
    List<PipelineJob> jobs = new ArrayList<>();
    List<PipelineStep> defaults = new ArrayList<>();
    root.get("image").flatMap(PipelineReader::image).ifPresent(defaults::add);
    root.get("before_script").ifPresent(n -> addScalars(defaults, n));
    root.map("default")
        .ifPresent(
            d -> {
              d.get("image").flatMap(PipelineReader::image).ifPresent(defaults::add);
              d.get("before_script").ifPresent(n -> addScalars(defaults, n));
            });
    for (Map.Entry<String, YamlNode> e : root.entries().entrySet()) {
      if (GITLAB_RESERVED.contains(e.getKey())
          || e.getKey().startsWith(".")
          || !(e.getValue() instanceof Mapping job)) {
        continue;
      }
      List<PipelineStep> steps = new ArrayList<>(defaults);
      job.get("image").flatMap(PipelineReader::image).ifPresent(steps::add);
      for (String key : List.of("before_script", "script", "after_script")) {
        job.get(key).ifPresent(n -> addScalars(steps, n));
      }
      String rules = job.get("rules").map(PipelineReader::flatten).orElse("");
      boolean gated =
          job.string("when").filter("manual"::equals).isPresent()
              || rules.matches("(?s).*\\bwhen manual\\b.*");
      jobs.add(
          new PipelineJob(
              e.getKey(),
              gitlabTriggers(job),
              steps,
              job.line(),
              environmentName(job.get("environment")),
              gated,
              0));
    }
    root.get("include").ifPresent(n -> gitlabIncludes(n).ifPresent(jobs::add));
    return new Pipeline("gitlab-ci", path, jobs);
  }

  /**
   * Included templates add jobs we cannot read (GitLab's SAST, dependency and secret scanning are
   * run this way); each include becomes a step of one job, so that rules can recognise it.
   */
  private static java.util.Optional<PipelineJob> gitlabIncludes(YamlNode include) {
    List<YamlNode> items = include instanceof Sequence seq ? seq.items() : List.of(include);
    List<PipelineStep> steps = new ArrayList<>();
    for (YamlNode item : items) {
      if (item instanceof Scalar s && s.value() != null) {
        steps.add(new PipelineStep(PipelineStep.Kind.USES, "include " + s.value(), s.line()));
      } else if (item instanceof Mapping m) {
        for (String key : List.of("template", "component", "project", "local", "remote")) {
          m.string(key)
              .ifPresent(
                  v ->
                      steps.add(
                          new PipelineStep(
                              PipelineStep.Kind.USES, "include " + key + ": " + v, m.line())));
        }
      }
    }
    return steps.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new PipelineJob(
                "include", EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST), steps, include.line()));
  }

  private static Set<Trigger> gitlabTriggers(Mapping job) {
    Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
    boolean manual = job.string("when").filter("manual"::equals).isPresent();
    String only = job.get("only").map(PipelineReader::flatten).orElse("");
    String rules = job.get("rules").map(PipelineReader::flatten).orElse("");
    if (manual) {
      triggers.add(Trigger.MANUAL);
      return triggers;
    }
    boolean scheduleOnly =
        (only.contains("schedules") && !only.contains("branches") && !only.contains("merge"))
            || (rules.contains("\"schedule\"") || rules.contains("'schedule'"))
                && !rules.contains("push")
                && !rules.contains("merge_request");
    boolean tagsOnly =
        only.strip().equals("tags")
            || rules.contains("$CI_COMMIT_TAG") && !rules.contains("BRANCH");
    if (scheduleOnly) {
      triggers.add(Trigger.SCHEDULE);
    } else if (tagsOnly) {
      triggers.add(Trigger.TAG);
    } else {
      triggers.add(Trigger.PUSH);
      triggers.add(Trigger.PULL_REQUEST);
    }
    return triggers;
  }

  // --- Jenkinsfile (Groovy, read as text) -----------------------------------------------------

  private static final Pattern JENKINS_STEP =
      Pattern.compile(
          "\\b(sh|bat|powershell|pwsh)\\s*\\(?\\s*(?:script\\s*:\\s*)?('''|\"\"\"|'|\")(.*?)\\2",
          Pattern.DOTALL);
  private static final Pattern JENKINS_CRON = Pattern.compile("\\b(cron|pollSCM)\\s*\\(");

  private static Pipeline jenkins(String path, String text) {
    return jenkins("jenkins", path, text);
  }

  private static Pipeline jenkins(String system, String path, String text) {
    List<PipelineStep> steps = new ArrayList<>();
    Matcher m = JENKINS_STEP.matcher(text);
    while (m.find()) {
      steps.add(
          new PipelineStep(
              PipelineStep.Kind.RUN, m.group(3).strip(), TextLines.lineOf(text, m.start())));
    }
    // A Jenkinsfile in the repository is run by a multibranch job on every push; a cron trigger
    // adds a schedule.
    Set<Trigger> triggers = EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST);
    if (JENKINS_CRON.matcher(text).find()) {
      triggers.add(Trigger.SCHEDULE);
    }
    return new Pipeline(system, path, List.of(new PipelineJob("pipeline", triggers, steps, 1)));
  }

  // --- Other YAML systems ---------------------------------------------------------------------

  private static final Set<String> COMMAND_KEYS =
      Set.of(
          "script",
          "scripts",
          "run",
          "command",
          "commands",
          "cmd",
          "args",
          "before_script",
          "after_script",
          "install",
          "before_install",
          "build_script",
          "test_script",
          "deploy_script",
          "inline",
          "inlineScript",
          "bash",
          "pwsh",
          "powershell");

  static Pipeline genericYaml(String system, String path, String text) {
    List<PipelineStep> steps = new ArrayList<>();
    for (YamlNode doc : YamlReader.readAll(text)) {
      collectCommands(doc, false, steps);
    }
    Set<Trigger> triggers = EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST);
    return new Pipeline(system, path, List.of(new PipelineJob("pipeline", triggers, steps, 1)));
  }

  /** Keys that declare the working directory of the commands beside them (Azure, CircleCI). */
  private static final List<String> WORKING_DIRECTORY_KEYS =
      List.of("workingDirectory", "working_directory");

  static void collectCommands(YamlNode node, boolean underCommandKey, List<PipelineStep> out) {
    collectCommands(node, underCommandKey, "", out);
  }

  private static void collectCommands(
      YamlNode node, boolean underCommandKey, String folder, List<PipelineStep> out) {
    if (node instanceof Scalar s) {
      if (underCommandKey && s.value() != null) {
        out.add(new PipelineStep(PipelineStep.Kind.RUN, s.value(), s.line(), Map.of(), folder));
      }
    } else if (node instanceof Sequence seq) {
      seq.items().forEach(i -> collectCommands(i, underCommandKey, folder, out));
    } else if (node instanceof Mapping m) {
      String here =
          WORKING_DIRECTORY_KEYS.stream()
              .flatMap(k -> m.string(k).stream())
              .findFirst()
              .map(WorkingDirectory::folder)
              .orElse(folder);
      m.entries()
          .forEach(
              (k, v) -> {
                if (k.equals("task") || k.equals("uses") || k.equals("orb") || k.equals("plugin")) {
                  Map<String, String> in = inputs(m.get("inputs").or(() -> m.get("with")));
                  v.text()
                      .ifPresent(
                          t -> out.add(new PipelineStep(PipelineStep.Kind.USES, t, v.line(), in)));
                } else if (k.equals("image")) {
                  image(v).ifPresent(out::add);
                } else {
                  collectCommands(v, COMMAND_KEYS.contains(k), here, out);
                }
              });
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private static void addScalars(List<PipelineStep> steps, YamlNode node) {
    for (Scalar s : node.scalars()) {
      if (s.value() != null) {
        steps.add(new PipelineStep(PipelineStep.Kind.RUN, s.value(), s.line()));
      }
    }
    if (node instanceof Sequence seq) {
      // nested lists of commands (YAML anchors of script lists)
      seq.items().stream().filter(Sequence.class::isInstance).forEach(n -> addScalars(steps, n));
    }
  }

  static String flatten(YamlNode node) {
    if (node instanceof Scalar s) {
      return s.value() == null ? "" : s.value();
    }
    if (node instanceof Sequence seq) {
      return String.join(" ", seq.items().stream().map(PipelineReader::flatten).toList());
    }
    if (node instanceof Mapping m) {
      StringBuilder sb = new StringBuilder();
      m.entries().forEach((k, v) -> sb.append(k).append(' ').append(flatten(v)).append(' '));
      return sb.toString();
    }
    return "";
  }
}
