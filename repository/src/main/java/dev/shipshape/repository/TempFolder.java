package dev.shipshape.repository;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** A temporary folder that is removed when closed, or at the latest when the JVM exits. */
final class TempFolder {
  private final Path dir;
  private final Thread hook;

  TempFolder(Path dir) {
    this.dir = dir;
    this.hook = new Thread(this::deleteQuietly, "shipshape-temp-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  void delete() {
    deleteQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs anyway
    }
  }

  private void deleteQuietly() {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // best effort; the folder is under the system's temporary directory
    }
  }
}
