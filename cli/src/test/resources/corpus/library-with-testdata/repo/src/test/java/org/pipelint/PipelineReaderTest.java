package org.pipelint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineReaderTest {
  @Test
  void readsTheJobsOfAWorkflow() throws Exception {
    String yaml = Files.readString(Path.of("src/test/resources/workflows/deploy.yml"));
    assertEquals(List.of("deploy"), new PipelineReader().read("github", yaml).jobs());
  }
}
