package dev.shipshape.facts.tree;

import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as instructions: its stages' base images, its {@code USER} lines and whether it
 * builds code. Continuation lines are joined; line numbers are those of the instruction's start.
 */
public record Dockerfile(String path, List<Base> bases, List<Instruction> users, boolean builds) {

  /** A {@code FROM}: the image as written, and whether it names an earlier stage or an ARG. */
  public record Base(String image, int line, boolean stage, boolean variable) {
    /**
     * Pinned by digest, or by a tag with at least major.minor ({@code 3.12-slim}, not {@code 20}).
     */
    public boolean pinned() {
      return stage || variable || image.equals("scratch") || ImageReference.pinned(image);
    }
  }

  public record Instruction(String argument, int line) {}

  private static final Pattern FROM =
      Pattern.compile(
          "(?i)FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?", Pattern.DOTALL);

  /** Commands that compile or bundle code: a Dockerfile running them wants a build stage. */
  private static final Pattern BUILD_COMMAND =
      Pattern.compile(
          "\\b(mvnw?\\s|gradlew?\\s|npm\\s+run\\s+build|yarn\\s+build|pnpm\\s+(run\\s+)?build|go\\s+build|cargo\\s+build|dotnet\\s+(publish|build)|javac\\s|gcc\\s|make\\b|tsc\\b|sbt\\s)");

  private static final Pattern NAME =
      Pattern.compile(
          "([^/]*\\.)?(Dockerfile|Containerfile)(\\.(?!(java|kt|go|py|js|ts|rs|rb|cs|md|txt|json|ya?ml|sh|dockerignore)$)[^/.]+)?");

  /** The repository's own Dockerfiles, read (files that cannot be read are left out). */
  public static List<Dockerfile> own(ProjectFiles files) {
    List<Dockerfile> out = new ArrayList<>();
    for (SourceFile f : files.own()) {
      if (NAME.matcher(f.name()).matches()) {
        files.text(f).ifPresent(t -> out.add(read(f.path(), t)));
      }
    }
    return out;
  }

  /** The folder that holds this Dockerfile ("" at the root). */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  public static Dockerfile read(String path, String text) {
    List<Base> bases = new ArrayList<>();
    List<Instruction> users = new ArrayList<>();
    Set<String> stages = new HashSet<>();
    boolean builds = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int start = i + 1;
      StringBuilder instruction = new StringBuilder(lines[i].strip());
      while (instruction.toString().endsWith("\\") && i + 1 < lines.length) {
        instruction.setLength(instruction.length() - 1);
        instruction.append(' ').append(lines[++i].strip());
      }
      String line = instruction.toString();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String keyword = line.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
      String argument =
          line.length() > keyword.length() ? line.substring(keyword.length()).strip() : "";
      switch (keyword) {
        case "FROM" -> {
          Matcher m = FROM.matcher(line);
          if (m.matches()) {
            String image = m.group(1);
            bases.add(
                new Base(
                    image,
                    start,
                    stages.contains(image.toLowerCase(Locale.ROOT)),
                    image.contains("$")));
            if (m.group(2) != null) {
              stages.add(m.group(2).toLowerCase(Locale.ROOT));
            }
          }
        }
        case "USER" -> users.add(new Instruction(argument, start));
        case "RUN" -> builds |= BUILD_COMMAND.matcher(argument).find();
        default -> {}
      }
    }
    return new Dockerfile(path, bases, users, builds);
  }

  /** More than one {@code FROM}: the build happens in a stage of its own. */
  public boolean multiStage() {
    return bases.size() > 1;
  }

  /**
   * The user the final image runs as is not root: the last {@code USER} is neither root nor 0, or
   * the final base is a distroless {@code nonroot} image.
   */
  public boolean runsAsNonRoot() {
    if (!users.isEmpty()) {
      String user = users.get(users.size() - 1).argument().split(":")[0].strip();
      return !user.equals("root") && !user.equals("0");
    }
    return !bases.isEmpty() && bases.get(bases.size() - 1).image().contains("nonroot");
  }
}
