package dev.shipshape.facts.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML (or JSON) value that remembers its 1-based line: a map, a list or a scalar. Small
 * on purpose: checks read pipelines and configs, they do not need the whole YAML model.
 */
public sealed interface YamlNode {

  int line();

  record Scalar(String value, int line) implements YamlNode {}

  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  record Mapping(Map<String, YamlNode> entries, int line) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<YamlNode> get(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    public Optional<Mapping> map(String key) {
      return get(key).filter(Mapping.class::isInstance).map(Mapping.class::cast);
    }

    public Optional<Sequence> list(String key) {
      return get(key).filter(Sequence.class::isInstance).map(Sequence.class::cast);
    }

    public Optional<String> string(String key) {
      return get(key).filter(Scalar.class::isInstance).map(n -> ((Scalar) n).value());
    }
  }

  /** The scalar's text, or empty for a map or list. */
  default Optional<String> text() {
    return this instanceof Scalar s ? Optional.ofNullable(s.value()) : Optional.empty();
  }

  /** Scalars of this node: itself, or the scalar items of a list. */
  default List<Scalar> scalars() {
    if (this instanceof Scalar s) {
      return List.of(s);
    }
    if (this instanceof Sequence seq) {
      return seq.items().stream().filter(Scalar.class::isInstance).map(Scalar.class::cast).toList();
    }
    return List.of();
  }
}
