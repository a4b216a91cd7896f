package dev.shipshape.facts.tree;

import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.yaml.YamlException;
import dev.shipshape.facts.yaml.YamlNode;
import dev.shipshape.facts.yaml.YamlReader;
import dev.shipshape.repository.CommitDiff;
import dev.shipshape.repository.CommitInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitOps environments: the same application's Kustomize overlays or Helm values, one folder (or
 * {@code values-<env>.yaml}) per environment, each pinning the image tag or digest that runs there.
 * A release is promoted by a commit that changes a later environment's pin.
 */
public final class GitOpsEnvironments {
  private GitOpsEnvironments() {}

  private static final Pattern KUSTOMIZATION =
      Pattern.compile("kustomization\\.ya?ml|Kustomization");
  private static final Pattern VALUES = Pattern.compile("values\\.ya?ml");
  private static final Pattern VALUES_OF_ENV = Pattern.compile("values[-.]([a-z-]+)\\.ya?ml");
  private static final int DEEPEST_IMAGE = 6;

  /** One environment's pin: the file, the line and the image tag or digest it sets. */
  public record Pin(String environment, String path, int line, String image) {}

  /**
   * An application's environments that pin an image, in the order of promotion; {@code pattern} is
   * their common path with the environment as {@code *} ({@code apps/web/overlays/*}/…).
   */
  public record Application(String pattern, List<Pin> pins) {
    public Application {
      pins = List.copyOf(pins);
    }

    public List<String> environments() {
      return pins.stream().map(Pin::environment).toList();
    }

    /**
     * Whether the commit's changed paths promote a build: they change the pin of an environment
     * after the first, and not every environment's pin at once (a scaffold or a bulk edit).
     */
    public boolean promotedBy(List<String> changedPaths) {
      Set<String> changed = new HashSet<>(changedPaths);
      long touched = pins.stream().filter(p -> changed.contains(p.path())).count();
      boolean later = pins.stream().skip(1).anyMatch(p -> changed.contains(p.path()));
      return later && touched < pins.size();
    }

    /** The commits (newest first) whose changes promote a build of this application. */
    public List<CommitInfo> promotions(List<CommitInfo> commits, Map<String, CommitDiff> diffs) {
      List<CommitInfo> found = new ArrayList<>();
      for (CommitInfo c : commits) {
        CommitDiff d = diffs.get(c.id());
        if (d != null && promotedBy(d.paths())) {
          found.add(c);
        }
      }
      return found;
    }
  }

  /** Applications with two or more environments that pin an image, most environments first. */
  public static List<Application> of(ProjectFiles files) {
    Map<String, Map<String, Pin>> byPattern = new LinkedHashMap<>();
    for (SourceFile f : files.own()) {
      if (!f.file().regular()) {
        continue;
      }
      boolean kustomization = KUSTOMIZATION.matcher(f.name()).matches();
      Optional<Place> placed = placeOf(f.path());
      if (placed.isEmpty()) {
        continue;
      }
      Optional<Pin> pin =
          files
              .text(f)
              .flatMap(t -> pinned(t, kustomization))
              .map(
                  n ->
                      new Pin(placed.get().environment(), f.path(), n.line(), n.text().orElse("")));
      pin.ifPresent(
          p ->
              byPattern
                  .computeIfAbsent(placed.get().pattern(), k -> new LinkedHashMap<>())
                  .putIfAbsent(p.environment(), p));
    }
    List<Application> apps = new ArrayList<>();
    byPattern.forEach(
        (pattern, pins) -> {
          if (pins.size() >= 2) {
            List<Pin> ordered =
                pins.values().stream()
                    .sorted(Comparator.comparingInt(p -> Environments.rank(p.environment())))
                    .toList();
            apps.add(new Application(pattern, ordered));
          }
        });
    apps.sort(Comparator.comparingInt((Application a) -> -a.pins().size()));
    return apps;
  }

  /**
   * The path's pattern (the environment as {@code *}) and its environment, for a kustomization or
   * values file in an environment's folder, or a {@code values-<env>.yaml}.
   */
  private record Place(String pattern, String environment) {}

  private static Optional<Place> placeOf(String path) {
    String[] parts = path.split("/");
    String name = parts[parts.length - 1];
    Matcher valuesOfEnv = VALUES_OF_ENV.matcher(name);
    if (valuesOfEnv.matches()) {
      Optional<String> env = Environments.canonical(valuesOfEnv.group(1));
      String folder = path.substring(0, path.length() - name.length());
      return env.map(e -> new Place(folder + name.replace(valuesOfEnv.group(1), "*"), e));
    }
    if (!KUSTOMIZATION.matcher(name).matches() && !VALUES.matcher(name).matches()) {
      return Optional.empty();
    }
    for (int i = parts.length - 2; i >= 0; i--) {
      Optional<String> env = Environments.canonical(parts[i]);
      if (env.isPresent()) {
        String[] pattern = parts.clone();
        pattern[i] = "*";
        return Optional.of(new Place(String.join("/", pattern), env.get()));
      }
    }
    return Optional.empty();
  }

  /** The first image pin of the file: its node, whose text is the tag or digest. */
  private static Optional<YamlNode> pinned(String text, boolean kustomization) {
    YamlNode root;
    try {
      root = YamlReader.read(text);
    } catch (YamlException e) {
      return Optional.empty();
    }
    if (!(root instanceof YamlNode.Mapping m)) {
      return Optional.empty();
    }
    if (kustomization) {
      return m.list("images").stream()
          .flatMap(l -> l.items().stream())
          .filter(YamlNode.Mapping.class::isInstance)
          .map(YamlNode.Mapping.class::cast)
          .flatMap(i -> tagOrDigest(i, "newTag").stream())
          .findFirst();
    }
    return imageIn(m, 0);
  }

  /** {@code image: {tag: …}}, {@code image: {digest: …}} or {@code image: repo:1.2.3}, nested. */
  private static Optional<YamlNode> imageIn(YamlNode.Mapping m, int depth) {
    Optional<YamlNode> image = m.get("image");
    if (image.isPresent()) {
      if (image.get() instanceof YamlNode.Mapping im) {
        Optional<YamlNode> pin = tagOrDigest(im, "tag");
        if (pin.isPresent()) {
          return pin;
        }
      } else if (image.get().text().filter(ImageReference::pinned).isPresent()) {
        return image;
      }
    }
    if (depth >= DEEPEST_IMAGE) {
      return Optional.empty();
    }
    for (YamlNode child : m.entries().values()) {
      if (child instanceof YamlNode.Mapping cm) {
        Optional<YamlNode> pin = imageIn(cm, depth + 1);
        if (pin.isPresent()) {
          return pin;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<YamlNode> tagOrDigest(YamlNode.Mapping m, String tagKey) {
    for (String key : List.of(tagKey, "digest")) {
      Optional<YamlNode> n =
          m.get(key).filter(v -> v.text().filter(GitOpsEnvironments::pins).isPresent());
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }

  /** A tag or digest that names one build: not empty, not {@code latest}. */
  private static boolean pins(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return !v.isEmpty() && !v.equals("latest") && !v.startsWith("{{");
  }
}
