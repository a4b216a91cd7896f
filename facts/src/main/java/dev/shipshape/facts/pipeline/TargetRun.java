package dev.shipshape.facts.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A run of a build tool's targets that a command names — {@code make test}, {@code npm run e2e},
 * {@code yarn lint}, {@code just check} — with the build file it reads (the first of {@code files}
 * that exists) and the targets named, none for the default one.
 */
record TargetRun(Kind kind, List<String> files, List<String> targets) {
  enum Kind {
    MAKE(Makefiles::read, "GNUmakefile", "makefile", "Makefile"),
    PACKAGE_SCRIPTS(PackageScripts::read, "package.json"),
    JUST(Justfiles::read, "justfile", "Justfile", ".justfile", "JUSTFILE");

    private final Function<String, Recipes> reader;
    private final List<String> names;

    Kind(Function<String, Recipes> reader, String... names) {
      this.reader = reader;
      this.names = List.of(names);
    }

    Recipes read(String buildFile) {
      return reader.apply(buildFile);
    }
  }

  /** Words before the tool that leave it the command: {@code sudo -E make}, {@code CI=1 npm}. */
  private static final Set<String> PREFIXES =
      words("sudo env time exec command nohup nice xvfb-run then do else ! sh bash");

  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_]\\w*=.*");
  private static final Pattern REDIRECTION = Pattern.compile("\\d*[<>].*");

  /** Make options that run nothing, and those whose value is the next word. */
  private static final Set<String> MAKE_RUNS_NOTHING =
      words(
          "-n --dry-run --just-print --recon -q --question -v --version -h --help -p --print-data-base");

  private static final Set<String> MAKE_VALUED =
      words("-I --include-dir -o --old-file --assume-old -W --what-if --new-file --assume-new");

  /** Package-manager options that name the package's folder, or other packages than it. */
  private static final Set<String> PACKAGE_FOLDER = words("--prefix --cwd --dir -C");

  /** Package-manager commands that run a named script, the test script, or a lifecycle one. */
  private static final Set<String> PACKAGE_RUN = words("run run-script rum urn");

  private static final Set<String> PACKAGE_TEST =
      words("test t tst it cit install-test clean-install-test install-ci-test");

  private static final Set<String> PACKAGE_LIFECYCLE = words("start stop restart");

  private static final Set<String> OTHER_PACKAGES =
      words("-w --workspace --workspaces -ws --filter -F -r --recursive");

  private static final Set<String> JUST_RUNS_NOTHING =
      words(
          "-l --list --summary -s --show --evaluate --dump --fmt --choose --init --edit -e -c --command --variables -V --version -h --help --changelog --completions -n --dry-run --groups");

  private static final Set<String> JUST_VALUED =
      words(
          "-d --working-directory --shell --shell-arg --dotenv-filename --dotenv-path -E --color --command-color --chooser");

  private static Set<String> words(String words) {
    return Set.of(words.split(" "));
  }

  /** The runs of build targets in a recipe's shell text, relative to its build file's folder. */
  static List<TargetRun> in(String text) {
    return in(text, "");
  }

  /** The runs of build targets in a step's shell text, run from {@code folder}. */
  static List<TargetRun> in(String text, String folder) {
    List<TargetRun> runs = new ArrayList<>();
    for (ShellCommand command : ShellCommand.split(text, folder)) {
      List<String> words = command.words();
      int tool = 0;
      while (tool < words.size() && prefix(words.get(tool))) {
        tool++;
      }
      if (tool == words.size()) {
        continue;
      }
      String name = words.get(tool).substring(words.get(tool).lastIndexOf('/') + 1);
      List<String> args = new ArrayList<>();
      for (String word : words.subList(tool + 1, words.size())) {
        if (REDIRECTION.matcher(word).matches()) {
          break;
        }
        args.add(word);
      }
      Optional<TargetRun> run =
          switch (name) {
            case "make", "gmake" -> make(command.folder(), args);
            case "npm", "yarn", "pnpm", "bun" -> packageScript(name, command.folder(), args);
            case "run-s", "run-p", "npm-run-all" ->
                scripts(command.folder(), args.stream().filter(a -> !a.startsWith("-")).toList());
            case "just" -> just(command.folder(), args);
            default -> Optional.empty();
          };
      run.ifPresent(runs::add);
    }
    return runs;
  }

  /** Whether this runs the kind's own build file in the folder the text was read from. */
  boolean runsHere(Kind kind) {
    return this.kind == kind && files.equals(kind.names);
  }

  private static boolean prefix(String word) {
    return PREFIXES.contains(word) || word.startsWith("-") || ASSIGNMENT.matcher(word).matches();
  }

  private static Optional<TargetRun> make(String folder, List<String> args) {
    String dir = folder;
    String file = null;
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String next = i + 1 < args.size() ? args.get(i + 1) : "";
      if (MAKE_RUNS_NOTHING.contains(a)) {
        return Optional.empty();
      } else if (a.equals("-C") || a.equals("--directory")) {
        dir = ShellCommand.within(dir, next).orElse(null);
        i++;
      } else if (a.startsWith("--directory=") || a.startsWith("-C")) {
        dir = ShellCommand.within(dir, value(a, 2)).orElse(null);
      } else if (a.equals("-f") || a.equals("--file") || a.equals("--makefile")) {
        file = next;
        i++;
      } else if (a.startsWith("--file=") || a.startsWith("--makefile=") || a.startsWith("-f")) {
        file = value(a, 2);
      } else if (MAKE_VALUED.contains(a)
          || a.matches("-j|--jobs|-l|--load-average") && next.matches("[\\d.]+")) {
        i++;
      } else if (!a.startsWith("-") && !a.contains("=")) {
        targets.add(a);
      }
    }
    return buildFile(Kind.MAKE, dir, file, targets);
  }

  private static Optional<TargetRun> packageScript(String tool, String folder, List<String> args) {
    if (args.stream()
        .anyMatch(a -> OTHER_PACKAGES.contains(a) || a.matches("--(workspace|filter)=.*"))) {
      return Optional.empty();
    }
    String dir = folder;
    int i = 0;
    for (; i < args.size() && args.get(i).startsWith("-"); i++) {
      String a = args.get(i);
      if (PACKAGE_FOLDER.contains(a)) {
        dir = ShellCommand.within(dir, i + 1 < args.size() ? args.get(++i) : "").orElse(null);
      } else if (a.matches("--(prefix|cwd|dir)=.*")) {
        dir = ShellCommand.within(dir, value(a, 0)).orElse(null);
      }
    }
    if (i == args.size()) {
      return Optional.empty();
    }
    String command = args.get(i);
    Optional<String> first =
        args.subList(i + 1, args.size()).stream()
            .takeWhile(a -> !a.equals("--"))
            .filter(a -> !a.startsWith("-"))
            .findFirst();
    String script =
        PACKAGE_RUN.contains(command)
            ? first.orElse(null)
            : tool.equals("bun")
                ? null // bun test is bun's own test runner
                : PACKAGE_TEST.contains(command)
                    ? "test"
                    : PACKAGE_LIFECYCLE.contains(command)
                        ? command
                        // yarn and pnpm run a script by its name alone
                        : tool.equals("npm") ? null : command;
    return script == null ? Optional.empty() : scripts(dir, List.of(script));
  }

  private static Optional<TargetRun> scripts(String folder, List<String> names) {
    return names.isEmpty()
        ? Optional.empty()
        : buildFile(Kind.PACKAGE_SCRIPTS, folder, null, names);
  }

  private static Optional<TargetRun> just(String folder, List<String> args) {
    String file = null;
    List<String> recipes = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (JUST_RUNS_NOTHING.contains(a)) {
        return Optional.empty();
      } else if (a.equals("-f") || a.equals("--justfile")) {
        file = i + 1 < args.size() ? args.get(++i) : "";
      } else if (a.startsWith("--justfile=")) {
        file = value(a, 0);
      } else if (JUST_VALUED.contains(a)) {
        i++;
      } else if (a.equals("--set")) {
        i += 2;
      } else if (!a.startsWith("-") && !a.contains("=")) {
        recipes.add(a);
      }
    }
    return buildFile(Kind.JUST, folder, file, recipes);
  }

  /**
   * The value of {@code --name=value}, or of {@code -Xvalue} after its first {@code shortLength}
   * characters.
   */
  private static String value(String option, int shortLength) {
    int equals = option.indexOf('=');
    return option.startsWith("--") ? option.substring(equals + 1) : option.substring(shortLength);
  }

  /**
   * The run of {@code file} (else of the kind's build file) in {@code folder}, when both are known.
   */
  private static Optional<TargetRun> buildFile(
      Kind kind, String folder, String file, List<String> targets) {
    if (folder == null) {
      return Optional.empty();
    }
    List<String> names = file == null ? kind.names : List.of(file);
    List<String> files = new ArrayList<>();
    for (String name : names) {
      Optional<String> path = ShellCommand.within(folder, name);
      if (path.isEmpty()) {
        return Optional.empty();
      }
      files.add(path.get());
    }
    return Optional.of(new TargetRun(kind, List.copyOf(files), List.copyOf(targets)));
  }
}
