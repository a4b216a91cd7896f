package dev.shipshape.facts.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads untrusted YAML safely: no object construction (only the node graph), bounded aliases,
 * nesting and size. A document that does not parse is a {@link YamlException} with its line.
 */
public final class YamlReader {
  private static final int MAX_DEPTH = 64;
  private static final int MAX_NODES = 200_000;

  private YamlReader() {}

  /** The first document of the text (an empty document is an empty mapping). */
  public static YamlNode read(String text) {
    return readAll(text).stream().findFirst().orElse(new YamlNode.Mapping(Map.of(), 1));
  }

  /** Every document of a multi-document stream ({@code ---}). */
  public static List<YamlNode> readAll(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(4 * 1024 * 1024);
    options.setAllowDuplicateKeys(true);
    Yaml yaml = new Yaml(options);
    List<YamlNode> docs = new ArrayList<>();
    try {
      for (Node node : yaml.composeAll(new StringReader(text))) {
        if (node != null) {
          docs.add(convert(node, 0, new int[1]));
        }
      }
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
      throw new YamlException(firstLine(e.getProblem()), line);
    } catch (YAMLException | IllegalStateException e) {
      throw new YamlException(firstLine(e.getMessage()), 0);
    } catch (StackOverflowError e) {
      throw new YamlException("nested too deeply", 0);
    }
    return docs;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "not valid YAML";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static YamlNode convert(Node node, int depth, int[] count) {
    if (++count[0] > MAX_NODES) {
      throw new YamlException("too many nodes (aliases expanded past " + MAX_NODES + ")", 0);
    }
    if (depth > MAX_DEPTH) {
      throw new YamlException("nested too deeply", node.getStartMark().getLine() + 1);
    }
    int line = node.getStartMark().getLine() + 1;
    if (node instanceof ScalarNode s) {
      return new YamlNode.Scalar(s.getValue(), line);
    }
    if (node instanceof SequenceNode seq) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        items.add(convert(item, depth + 1, count));
      }
      return new YamlNode.Sequence(items, line);
    }
    if (node instanceof MappingNode map) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      for (NodeTuple t : map.getValue()) {
        String key =
            t.getKeyNode() instanceof ScalarNode k ? k.getValue() : t.getKeyNode().toString();
        entries.put(key, convert(t.getValueNode(), depth + 1, count));
      }
      return new YamlNode.Mapping(entries, line);
    }
    return new YamlNode.Scalar(null, line);
  }
}
