package dev.shipshape.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The data flows one way: repository and forge → facts → checks → engine (scoring) → renderers,
 * with the model shared by all and the command line and the server at the edge (docs/adr/0001,
 * 0003, 0007).
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.shipshape");

  @Test
  void theFlowIsOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model")
        .definedBy("dev.shipshape.model..")
        .layer("repository")
        .definedBy("dev.shipshape.repository..")
        .layer("forge")
        .definedBy("dev.shipshape.forge..")
        .layer("facts")
        .definedBy("dev.shipshape.facts..")
        .layer("testkit")
        .definedBy("dev.shipshape.testkit..")
        .layer("checks")
        .definedBy("dev.shipshape.checks..")
        .layer("engine")
        .definedBy("dev.shipshape.engine..")
        .layer("render")
        .definedBy("dev.shipshape.render..")
        .layer("server")
        .definedBy("dev.shipshape.server..")
        .layer("cli")
        .definedBy("dev.shipshape.cli..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        // The server sits at the edge beside the command line, which starts it (docs/adr/0003).
        .whereLayer("server")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("render")
        .mayOnlyBeAccessedByLayers("cli", "server")
        .whereLayer("engine")
        .mayOnlyBeAccessedByLayers("cli", "server")
        .whereLayer("checks")
        .mayOnlyBeAccessedByLayers("engine", "cli")
        .whereLayer("testkit")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("facts")
        .mayOnlyBeAccessedByLayers("checks", "engine", "testkit", "cli", "server")
        // The forge is a source beside the repository: facts read it, it reads no facts
        // (docs/adr/0007).
        .whereLayer("forge")
        .mayOnlyBeAccessedByLayers("facts", "checks", "engine", "testkit", "cli", "server")
        .whereLayer("repository")
        .mayOnlyBeAccessedByLayers("forge", "facts", "checks", "engine", "testkit", "cli", "server")
        .check(CLASSES);
  }
}
