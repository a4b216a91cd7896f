package dev.shipshape.facts;

import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.Role;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.inventory.InventoryFacts;
import dev.shipshape.facts.tree.Environments;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.RepositoryKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what the repository is — service, library/tool, infrastructure, site — which decides
 * where checks apply. The reason names the evidence, so a surprising answer can be understood.
 */
final class KindClassifier {
  /** Application frameworks in build files: the code is deployed and run. */
  private static final Pattern APP_FRAMEWORK =
      Pattern.compile(
          "spring-boot-starter-web|spring-boot-starter-webflux|io\\.quarkus|io\\.micronaut|io\\.javalin|io\\.dropwizard|ktor-server|\"express\"|\"fastify\"|\"@nestjs/core\"|\"next\"|\"koa\"|\"@hapi/hapi\"|\\bflask\\b|\\bdjango\\b|\\bfastapi\\b|\\bgunicorn\\b|\\buvicorn\\b|\\brails\\b|\\bsinatra\\b|\\bpuma\\b|gin-gonic/gin|labstack/echo|gofiber/fiber|go-chi/chi|gorilla/mux|Microsoft\\.NET\\.Sdk\\.Web|actix-web|\\baxum\\b|\\brocket\\b|phoenix|laravel/framework|symfony/framework-bundle",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BUILD_FILE =
      Pattern.compile(
          "(.*/)?(pom\\.xml|build\\.gradle(\\.kts)?|package\\.json|pyproject\\.toml|requirements[^/]*\\.txt|setup\\.py|Pipfile|go\\.mod|Gemfile|Cargo\\.toml|composer\\.json|[^/]*\\.csproj|mix\\.exs|build\\.sbt)");

  private static final Set<String> SERVICE_IAC =
      Set.of(
          "kubernetes",
          "helm",
          "kustomize",
          "docker-compose",
          "serverless-framework",
          "aws-sam",
          "skaffold",
          "nomad");
  private static final Set<String> PLATFORM_FILES = Set.of("Procfile", "app.yaml", "fly.toml");
  private static final Set<String> RELEASE_ONLY_DEPLOY =
      Set.of("package-registry", "github-pages", "container-registry");
  private static final Set<String> INFRA_ONLY_LANGUAGES =
      Set.of("hcl", "shell", "powershell", "sql");
  private static final Pattern SITE_CONFIG =
      Pattern.compile(
          "(mkdocs\\.ya?ml|docusaurus\\.config\\.[jt]s|_config\\.yml|hugo\\.(toml|ya?ml)|conf\\.py|antora\\.yml|book\\.toml|astro\\.config\\.m?[jt]s|\\.vitepress/config\\.[mc]?[jt]s)");

  /** What a Terraform configuration is applied with: state, a provider set up, a workspace. */
  private static final Pattern APPLIED_CONFIGURATION =
      Pattern.compile(
          "^\\s*(backend\\s+\"|cloud\\s*\\{|provider\\s+\"[^\"]+\"\\s*\\{)|\\bterraform\\.workspace\\b",
          Pattern.MULTILINE);

  /** Files that only a configuration someone applies has: values, Terragrunt, a runner's setup. */
  private static final Pattern APPLIED_FILE =
      Pattern.compile(
          "(.*/)?([^/]+\\.tfvars(\\.json)?|terragrunt\\.hcl|atlantis\\.ya?ml)|\\.spacelift/.*");

  private static final Set<String> ENVIRONMENT_FOLDERS =
      Set.of("environments", "environment", "envs", "env");
  private static final Pattern MODULE_INTERFACE =
      Pattern.compile("^\\s*(variable|output)\\s+\"", Pattern.MULTILINE);
  private static final Set<String> TERRAFORM = Set.of("terraform", "opentofu");

  record Kind(RepositoryKind kind, String reason) {}

  private KindClassifier() {}

  static Kind classify(ProjectFiles files, InventoryFacts inventory) {
    List<SourceFile> own = files.own();
    boolean code = hasApplicationCode(own);
    boolean publishes = inventory.has(InventoryCategory.DEPLOY, "package-registry");
    Optional<String> framework = framework(files, own);
    // a plugin of a framework (a Django app, a Spring Boot starter) is published, not run
    if (framework.isPresent() && publishes && !runsSomewhere(own, inventory)) {
      return new Kind(
          RepositoryKind.LIBRARY,
          "it is a package for "
              + framework.get()
              + ", published to a registry, and nothing runs it");
    }
    if (framework.isPresent()) {
      return new Kind(
          RepositoryKind.SERVICE, "an application framework is used (" + framework.get() + ")");
    }
    // manifests without application code deploy what is built elsewhere: a deployment repository
    if (!code && SERVICE_IAC.stream().anyMatch(w -> inventory.has(InventoryCategory.IAC, w))) {
      return new Kind(
          RepositoryKind.INFRASTRUCTURE, "it holds deployment definitions and no application code");
    }
    for (String word : SERVICE_IAC) {
      if (inventory.has(InventoryCategory.IAC, word)) {
        return new Kind(RepositoryKind.SERVICE, "it has " + word + " definitions that deploy it");
      }
    }
    if (own.stream().anyMatch(f -> PLATFORM_FILES.contains(f.name()))) {
      return new Kind(RepositoryKind.SERVICE, "it has a Procfile or platform manifest");
    }
    for (String word : inventory.inventory().get(InventoryCategory.DEPLOY)) {
      if (!RELEASE_ONLY_DEPLOY.contains(word) && !word.equals("terraform")) {
        return new Kind(RepositoryKind.SERVICE, "its pipeline deploys it (" + word + ")");
      }
    }
    boolean iac =
        !inventory.inventory().get(InventoryCategory.IAC).isEmpty()
            && !inventory
                .inventory()
                .get(InventoryCategory.IAC)
                .equals(java.util.Set.of("dockerfile"));
    if (iac && !code && reusableTerraformModule(files, own, inventory)) {
      return new Kind(
          RepositoryKind.LIBRARY,
          "it is a reusable Terraform module: variables and outputs at the root, no backend or"
              + " per-environment values, nothing applies it");
    }
    if (iac && !code) {
      return new Kind(
          RepositoryKind.INFRASTRUCTURE,
          "it holds infrastructure definitions and no application code");
    }
    boolean dockerfile = inventory.has(InventoryCategory.IAC, "dockerfile");
    if (dockerfile && !publishes && code) {
      return new Kind(RepositoryKind.SERVICE, "it builds a container image of its code");
    }
    Optional<SourceFile> site =
        own.stream()
            .filter(f -> f.folder().isEmpty() || f.path().startsWith(".vitepress/"))
            .filter(f -> SITE_CONFIG.matcher(f.path()).matches())
            .findFirst();
    long docs =
        own.stream()
            .filter(f -> f.role() == Role.DOCUMENTATION || f.name().endsWith(".html"))
            .count();
    if (site.isPresent() && (!code || docs * 2 > own.size())) {
      return new Kind(
          RepositoryKind.SITE, "it is a documentation or static site (" + site.get().path() + ")");
    }
    Optional<SourceFile> build =
        own.stream().filter(f -> BUILD_FILE.matcher(f.path()).matches()).findFirst();
    if (code && (build.isPresent() || publishes)) {
      return new Kind(
          RepositoryKind.LIBRARY,
          "it is code built as a package or tool ("
              + build.map(SourceFile::path).orElse("published to a registry")
              + ") and nothing deploys it");
    }
    if (code) {
      return new Kind(RepositoryKind.LIBRARY, "it is code and nothing deploys it");
    }
    if (docs > 0 && docs * 2 > own.size()) {
      return new Kind(RepositoryKind.SITE, "it is mostly documentation");
    }
    return new Kind(
        RepositoryKind.OTHER, "no application code, infrastructure or site was recognised");
  }

  /** Production code in a language other than the infrastructure's (HCL, shell, SQL). */
  static boolean hasApplicationCode(List<SourceFile> own) {
    return own.stream()
        .anyMatch(
            f ->
                f.role() == Role.PRODUCTION_CODE
                    && f.language() != null
                    && !INFRA_ONLY_LANGUAGES.contains(f.language()));
  }

  /**
   * Terraform written to be called, not applied: inputs or outputs at the root, and nothing that
   * only a configuration someone applies has (examples/ are its callers and do not count).
   */
  private static boolean reusableTerraformModule(
      ProjectFiles files, List<SourceFile> own, InventoryFacts inventory) {
    if (!TERRAFORM.containsAll(inventory.inventory().get(InventoryCategory.IAC))
        || inventory.has(InventoryCategory.DEPLOY, "terraform")) {
      return false;
    }
    boolean rootInterface = false;
    for (SourceFile f : own) {
      if (APPLIED_FILE.matcher(f.path()).matches()) {
        return false;
      }
      if (!f.name().endsWith(".tf") && !f.name().endsWith(".tofu")) {
        continue;
      }
      if (inEnvironmentFolder(f)) {
        return false;
      }
      Optional<String> text = files.text(f);
      if (text.isEmpty() || APPLIED_CONFIGURATION.matcher(text.get()).find()) {
        return false;
      }
      rootInterface |= f.folder().isEmpty() && MODULE_INTERFACE.matcher(text.get()).find();
    }
    return rootInterface;
  }

  private static boolean inEnvironmentFolder(SourceFile f) {
    for (String folder : f.folder().split("/")) {
      String lower = folder.toLowerCase(java.util.Locale.ROOT);
      if (ENVIRONMENT_FOLDERS.contains(lower)
          || !lower.equals("test")
              && !lower.equals("int")
              && Environments.canonical(lower).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** A container image, manifests, a platform file or a deploy step: something runs it. */
  private static boolean runsSomewhere(List<SourceFile> own, InventoryFacts inventory) {
    return inventory.has(InventoryCategory.IAC, "dockerfile")
        || SERVICE_IAC.stream().anyMatch(w -> inventory.has(InventoryCategory.IAC, w))
        || own.stream().anyMatch(f -> PLATFORM_FILES.contains(f.name()))
        || inventory.inventory().get(InventoryCategory.DEPLOY).stream()
            .anyMatch(w -> !RELEASE_ONLY_DEPLOY.contains(w));
  }

  private static Optional<String> framework(ProjectFiles files, List<SourceFile> own) {
    for (SourceFile f : own) {
      if (!BUILD_FILE.matcher(f.path()).matches()) {
        continue;
      }
      Optional<String> text = files.text(f);
      if (text.isPresent()) {
        Matcher m = APP_FRAMEWORK.matcher(text.get());
        if (m.find()) {
          return Optional.of(m.group().replace("\"", "") + " in " + f.path());
        }
      }
    }
    return Optional.empty();
  }
}
