package dev.shipshape.cli;

import dev.shipshape.facts.config.ConfigReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "init",
    description = {
      "Write a commented starter " + ConfigReader.FILE_NAME + " that explains each key.",
      "Commit it: a scan reads the configuration from the scanned revision."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class InitCommand implements Callable<Integer> {
  static final String STARTER = "starter.shipshape.yml";

  private final Cli cli;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      paramLabel = "FOLDER",
      description = "Where to write it (default: the current folder).")
  Path folder;

  @Option(names = "--force", description = "Overwrite an existing " + ConfigReader.FILE_NAME + ".")
  boolean force;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  InitCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      throw new UserError("cannot write into " + folder + ": no such folder");
    }
    Path target = folder.resolve(ConfigReader.FILE_NAME);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new UserError(target + " already exists; use --force to overwrite it");
    }
    ScanCommand.write(target, starter());
    cli.out.println("Wrote " + target + ". Commit it: a scan reads it from the scanned revision.");
    return ExitCode.OK.code();
  }

  static String starter() {
    try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
      if (in == null) {
        throw new IllegalStateException(STARTER + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
