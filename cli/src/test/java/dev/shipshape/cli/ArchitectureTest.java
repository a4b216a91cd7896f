package dev.shipshape.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The data flows one way: repository → facts → checks → engine (scoring) → renderers, with the
 * model shared by all and the command line at the edge (docs/adr/0001).
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
        .layer("cli")
        .definedBy("dev.shipshape.cli..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("render")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("engine")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("checks")
        .mayOnlyBeAccessedByLayers("engine", "cli")
        .whereLayer("testkit")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("facts")
        .mayOnlyBeAccessedByLayers("checks", "engine", "testkit", "cli")
        .whereLayer("repository")
        .mayOnlyBeAccessedByLayers("facts", "checks", "engine", "testkit", "cli")
        .check(CLASSES);
  }
}
