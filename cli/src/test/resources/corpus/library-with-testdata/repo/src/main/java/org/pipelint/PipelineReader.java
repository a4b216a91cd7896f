package org.pipelint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads GitHub Actions and GitLab CI files. */
public final class PipelineReader {
  public Pipeline read(String system, String yaml) {
    Object doc = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    List<String> jobs = new ArrayList<>();
    if (doc instanceof Map<?, ?> map && map.get("jobs") instanceof Map<?, ?> js) {
      js.keySet().forEach(k -> jobs.add(String.valueOf(k)));
    }
    return new Pipeline(system, jobs);
  }
}
