package dev.shipshape.facts.pipeline;

import dev.shipshape.facts.yaml.YamlNode;
import dev.shipshape.facts.yaml.YamlNode.Mapping;
import dev.shipshape.facts.yaml.YamlNode.Scalar;
import dev.shipshape.facts.yaml.YamlNode.Sequence;
import dev.shipshape.facts.yaml.YamlReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Readers for the YAML systems whose jobs, environments and gates live in their own shapes: Azure
 * Pipelines (jobs and deployment jobs), CircleCI (orbs, approval jobs), Google Cloud Build (builder
 * steps) and Bitbucket Pipelines (deployments, manual steps, pipes).
 */
final class SystemReaders {
  private SystemReaders() {}

  // --- Azure Pipelines ------------------------------------------------------------------------

  static Pipeline azure(String path, String text) {
    YamlNode doc = YamlReader.read(text);
    if (!(doc instanceof Mapping root)) {
      return new Pipeline("azure-pipelines", path, List.of());
    }
    Set<Trigger> triggers = azureTriggers(root);
    List<PipelineJob> jobs = new ArrayList<>();
    azureJobs(root, triggers, false, jobs);
    if (jobs.isEmpty()) {
      List<PipelineStep> steps = new ArrayList<>();
      PipelineReader.collectCommands(root, false, steps);
      jobs.add(new PipelineJob("pipeline", triggers, steps, 1));
    }
    return new Pipeline("azure-pipelines", path, jobs);
  }

  private static void azureJobs(
      YamlNode node, Set<Trigger> triggers, boolean gated, List<PipelineJob> out) {
    if (node instanceof Sequence seq) {
      seq.items().forEach(i -> azureJobs(i, triggers, gated, out));
    } else if (node instanceof Mapping m) {
      Optional<String> name = m.string("deployment").or(() -> m.string("job"));
      if (name.isPresent()) {
        List<PipelineStep> steps = new ArrayList<>();
        PipelineReader.collectCommands(m, false, steps);
        out.add(
            new PipelineJob(
                name.get(),
                triggers,
                steps,
                m.line(),
                PipelineReader.environmentName(m.get("environment")),
                gated,
                0));
        return;
      }
      // a stage started by hand (`trigger: manual`) gates every job in it
      boolean stageGated =
          gated
              || m.string("stage").isPresent()
                  && m.string("trigger").filter("manual"::equals).isPresent();
      m.entries().forEach((k, v) -> azureJobs(v, triggers, stageGated, out));
    }
  }

  private static Set<Trigger> azureTriggers(Mapping root) {
    Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
    boolean noPush = root.string("trigger").filter("none"::equals).isPresent();
    boolean noPr = root.string("pr").filter("none"::equals).isPresent();
    if (!noPush) {
      triggers.add(Trigger.PUSH);
    }
    if (!noPr) {
      triggers.add(Trigger.PULL_REQUEST);
    }
    if (root.get("schedules").isPresent()) {
      triggers.add(Trigger.SCHEDULE);
    }
    if (triggers.isEmpty()) {
      triggers.add(Trigger.MANUAL);
    }
    return triggers;
  }

  // --- CircleCI -------------------------------------------------------------------------------

  static Pipeline circleci(String path, String text) {
    YamlNode doc = YamlReader.read(text);
    if (!(doc instanceof Mapping root)) {
      return new Pipeline("circleci", path, List.of());
    }
    Map<String, String> orbs = new LinkedHashMap<>();
    root.map("orbs")
        .ifPresent(m -> m.entries().forEach((k, v) -> v.text().ifPresent(t -> orbs.put(k, t))));
    Set<String> gatedJobs = circleGatedJobs(root);
    Set<Trigger> triggers = EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST);
    List<PipelineJob> jobs = new ArrayList<>();
    root.map("jobs")
        .ifPresent(
            js ->
                js.entries()
                    .forEach(
                        (name, node) -> {
                          List<PipelineStep> steps = new ArrayList<>();
                          circleSteps(node, orbs, steps);
                          jobs.add(
                              new PipelineJob(
                                  name,
                                  triggers,
                                  steps,
                                  node.line(),
                                  null,
                                  gatedJobs.contains(name),
                                  0));
                        }));
    // orb jobs run straight from a workflow (`- aws-ecr/build_and_push_image`)
    root.map("workflows")
        .ifPresent(
            wfs ->
                wfs.entries()
                    .values()
                    .forEach(
                        wf ->
                            workflowJobs(wf)
                                .forEach(
                                    (name, node) -> {
                                      int slash = name.indexOf('/');
                                      if (slash > 0 && orbs.containsKey(name.substring(0, slash))) {
                                        String ref =
                                            orbs.get(name.substring(0, slash))
                                                + " "
                                                + name.substring(slash + 1);
                                        jobs.add(
                                            new PipelineJob(
                                                name,
                                                triggers,
                                                List.of(
                                                    new PipelineStep(
                                                        PipelineStep.Kind.USES, ref, node.line())),
                                                node.line(),
                                                null,
                                                gatedJobs.contains(name),
                                                0));
                                      }
                                    })));
    return new Pipeline("circleci", path, jobs);
  }

  private static void circleSteps(YamlNode job, Map<String, String> orbs, List<PipelineStep> out) {
    if (!(job instanceof Mapping m)) {
      return;
    }
    for (String key : List.of("docker", "executor", "machine")) {
      m.get(key).ifPresent(n -> PipelineReader.collectCommands(n, false, out));
    }
    m.list("steps")
        .ifPresent(
            list -> {
              for (YamlNode step : list.items()) {
                String command =
                    step instanceof Scalar s
                        ? s.value()
                        : step instanceof Mapping sm && sm.entries().size() == 1
                            ? sm.entries().keySet().iterator().next()
                            : null;
                if (command != null && command.contains("/")) {
                  String alias = command.substring(0, command.indexOf('/'));
                  String ref =
                      orbs.getOrDefault(alias, alias) + " " + command.substring(alias.length() + 1);
                  out.add(new PipelineStep(PipelineStep.Kind.USES, ref, step.line()));
                } else {
                  PipelineReader.collectCommands(step, false, out);
                }
              }
            });
  }

  /** Jobs that wait for an approval job ({@code type: approval}) of a workflow. */
  private static Set<String> circleGatedJobs(Mapping root) {
    Set<String> gated = new java.util.HashSet<>();
    root.map("workflows")
        .ifPresent(
            wfs ->
                wfs.entries()
                    .values()
                    .forEach(
                        wf -> {
                          Map<String, YamlNode> jobs = workflowJobs(wf);
                          Set<String> approvals = new java.util.HashSet<>();
                          jobs.forEach(
                              (name, cfg) -> {
                                if (cfg instanceof Mapping c
                                    && c.string("type").filter("approval"::equals).isPresent()) {
                                  approvals.add(name);
                                }
                              });
                          jobs.forEach(
                              (name, cfg) -> {
                                if (cfg instanceof Mapping c
                                    && c
                                        .get("requires")
                                        .map(YamlNode::scalars)
                                        .orElse(List.of())
                                        .stream()
                                        .anyMatch(r -> approvals.contains(r.value()))) {
                                  gated.add(c.string("name").orElse(name));
                                  gated.add(name);
                                }
                              });
                        }));
    return gated;
  }

  /** A workflow's jobs: {@code - build} or {@code - deploy: {requires: [...]}}. */
  private static Map<String, YamlNode> workflowJobs(YamlNode workflow) {
    Map<String, YamlNode> jobs = new LinkedHashMap<>();
    if (workflow instanceof Mapping wf) {
      wf.list("jobs")
          .ifPresent(
              list -> {
                for (YamlNode item : list.items()) {
                  if (item instanceof Scalar s && s.value() != null) {
                    jobs.put(s.value(), s);
                  } else if (item instanceof Mapping m && m.entries().size() == 1) {
                    m.entries().forEach(jobs::put);
                  }
                }
              });
    }
    return jobs;
  }

  // --- Google Cloud Build ---------------------------------------------------------------------

  static Pipeline cloudBuild(String path, String text) {
    YamlNode doc = YamlReader.read(text);
    List<PipelineStep> steps = new ArrayList<>();
    if (doc instanceof Mapping root) {
      root.list("steps")
          .ifPresent(
              list -> {
                for (YamlNode item : list.items()) {
                  if (item instanceof Mapping step) {
                    cloudBuildStep(step, steps);
                  }
                }
              });
      // `images:` are pushed to the registry when the build succeeds
      root.get("images")
          .ifPresent(
              images ->
                  images
                      .scalars()
                      .forEach(
                          s ->
                              steps.add(
                                  new PipelineStep(
                                      PipelineStep.Kind.RUN,
                                      "docker push " + s.value(),
                                      s.line()))));
    }
    Set<Trigger> triggers = EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST);
    return new Pipeline(
        "google-cloud-build", path, List.of(new PipelineJob("pipeline", triggers, steps, 1)));
  }

  private static void cloudBuildStep(Mapping step, List<PipelineStep> out) {
    String builder = step.string("name").orElse("");
    if (!builder.isEmpty()) {
      out.add(new PipelineStep(PipelineStep.Kind.IMAGE, builder, step.line()));
    }
    Optional<String> script = step.string("script");
    if (script.isPresent()) {
      out.add(
          new PipelineStep(PipelineStep.Kind.RUN, script.get(), step.get("script").get().line()));
      return;
    }
    List<String> args = new ArrayList<>();
    step.get("args").ifPresent(a -> a.scalars().forEach(s -> args.add(s.value())));
    String program = step.string("entrypoint").orElse(builderProgram(builder));
    if ((program.equals("bash") || program.equals("sh"))
        && args.size() >= 2
        && args.get(0).equals("-c")) {
      out.add(new PipelineStep(PipelineStep.Kind.RUN, args.get(1), step.line()));
      return;
    }
    String command = (program + " " + String.join(" ", args)).strip();
    if (!command.isEmpty()) {
      out.add(new PipelineStep(PipelineStep.Kind.RUN, command, step.line()));
    }
  }

  /**
   * {@code gcr.io/cloud-builders/gcloud} runs {@code gcloud}; other images their own entrypoint.
   */
  private static String builderProgram(String builder) {
    if (!builder.contains("cloud-builders/") && !builder.contains("cloudsdktool/")) {
      return "";
    }
    String name = builder.substring(builder.lastIndexOf('/') + 1);
    int colon = name.indexOf(':');
    name = colon < 0 ? name : name.substring(0, colon);
    return name.equals("cloud-sdk") ? "gcloud" : name;
  }

  // --- Bitbucket Pipelines --------------------------------------------------------------------

  static Pipeline bitbucket(String path, String text) {
    YamlNode doc = YamlReader.read(text);
    List<PipelineJob> jobs = new ArrayList<>();
    if (doc instanceof Mapping root) {
      List<PipelineStep> defaults = new ArrayList<>();
      root.get("image").flatMap(PipelineReader::image).ifPresent(defaults::add);
      root.map("pipelines")
          .ifPresent(
              pipelines ->
                  pipelines
                      .entries()
                      .forEach(
                          (section, node) -> {
                            Set<Trigger> triggers =
                                switch (section) {
                                  case "default" -> EnumSet.of(Trigger.PUSH, Trigger.PULL_REQUEST);
                                  case "branches" -> EnumSet.of(Trigger.PUSH);
                                  case "pull-requests" -> EnumSet.of(Trigger.PULL_REQUEST);
                                  case "tags" -> EnumSet.of(Trigger.TAG);
                                  case "custom" -> EnumSet.of(Trigger.MANUAL);
                                  default -> EnumSet.of(Trigger.OTHER);
                                };
                            YamlNode items = node;
                            if (!section.equals("default") && node instanceof Mapping byPattern) {
                              byPattern
                                  .entries()
                                  .values()
                                  .forEach(
                                      list ->
                                          bitbucketItems(
                                              list, triggers, null, false, defaults, jobs));
                            } else {
                              bitbucketItems(items, triggers, null, false, defaults, jobs);
                            }
                          }));
    }
    return new Pipeline("bitbucket-pipelines", path, jobs);
  }

  private static void bitbucketItems(
      YamlNode node,
      Set<Trigger> triggers,
      String environment,
      boolean gated,
      List<PipelineStep> defaults,
      List<PipelineJob> out) {
    if (node instanceof Sequence seq) {
      seq.items().forEach(i -> bitbucketItems(i, triggers, environment, gated, defaults, out));
      return;
    }
    if (!(node instanceof Mapping m)) {
      return;
    }
    if (m.get("step").isPresent() || m.get("script").isPresent()) {
      Mapping step = m.map("step").orElse(m);
      List<PipelineStep> steps = new ArrayList<>(defaults);
      step.get("image").flatMap(PipelineReader::image).ifPresent(steps::add);
      step.get("script").ifPresent(s -> bitbucketScript(s, steps));
      step.get("after-script").ifPresent(s -> bitbucketScript(s, steps));
      out.add(
          new PipelineJob(
              step.string("name").orElse("step"),
              triggers,
              steps,
              step.line(),
              step.string("deployment").orElse(environment),
              gated || step.string("trigger").filter("manual"::equals).isPresent(),
              0));
      return;
    }
    // parallel: [...], parallel: {steps: [...]}, stage: {deployment, trigger, steps}
    Mapping stage = m.map("stage").orElse(null);
    String env = stage == null ? environment : stage.string("deployment").orElse(environment);
    boolean stageGated =
        gated || stage != null && stage.string("trigger").filter("manual"::equals).isPresent();
    for (String key : List.of("parallel", "stage", "steps")) {
      m.get(key).ifPresent(n -> bitbucketItems(n, triggers, env, stageGated, defaults, out));
    }
  }

  private static void bitbucketScript(YamlNode script, List<PipelineStep> out) {
    List<YamlNode> items = script instanceof Sequence seq ? seq.items() : List.of(script);
    for (YamlNode item : items) {
      if (item instanceof Scalar s && s.value() != null) {
        out.add(new PipelineStep(PipelineStep.Kind.RUN, s.value(), s.line()));
      } else if (item instanceof Mapping pipe && pipe.string("pipe").isPresent()) {
        out.add(
            new PipelineStep(
                PipelineStep.Kind.USES,
                pipe.string("pipe").get(),
                pipe.line(),
                PipelineReader.inputs(pipe.get("variables"))));
      }
    }
  }
}
