package dev.shipshape.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.server.TestDatabase;
import dev.shipshape.server.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document (docs/openapi.yaml) names exactly the routes the server serves. */
class OpenApiTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  @Test
  void theDocumentMatchesTheRoutes(@TempDir Path temp) throws Exception {
    try (TestDatabase db = TestDatabase.create("sqlite", temp);
        TestServer s = TestServer.start(db)) {
      Set<String> served =
          s.server.apiRoutes().stream()
              .map(r -> r.method() + " " + r.path())
              .collect(Collectors.toCollection(TreeSet::new));
      JsonNode doc = new ObjectMapper().readTree(s.get("/openapi.json").body());
      Set<String> documented = new TreeSet<>();
      for (Iterator<String> paths = doc.path("paths").fieldNames(); paths.hasNext(); ) {
        String path = paths.next();
        doc.path("paths")
            .path(path)
            .fieldNames()
            .forEachRemaining(
                m -> {
                  if (METHODS.contains(m)) {
                    documented.add(m + " " + path);
                  }
                });
      }
      assertThat(documented).isEqualTo(served);
    }
  }

  @Test
  void theServedDocumentIsTheOneInDocs() throws Exception {
    Path docs = Path.of("..", "docs", "openapi.yaml");
    Object inDocs = new Yaml().load(Files.readString(docs));
    try (var in = OpenApiTest.class.getResourceAsStream("/dev/shipshape/server/openapi.yaml")) {
      assertThat(new Yaml().<Object>load(in)).isEqualTo(inDocs);
    }
  }
}
