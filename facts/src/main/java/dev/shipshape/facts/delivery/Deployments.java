package dev.shipshape.facts.delivery;

import dev.shipshape.model.Window;
import java.util.List;

/**
 * The deployments of the first source that applies (events, tags, landings, none), oldest first, up
 * to the end of the window — earlier ones too, as the previous deployment of the window's first.
 * {@code source} is the report's word; {@code detail} names the rule and the counts behind it.
 */
public record Deployments(String source, String detail, List<Deployment> all) {

  public static final String EVENTS = "events";
  public static final String TAGS = "tags";
  public static final String LANDINGS = "landings";
  public static final String NONE = "none";

  public Deployments {
    all = List.copyOf(all);
  }

  public boolean known() {
    return !NONE.equals(source);
  }

  /** Those finished in the window, both ends included. */
  public List<Deployment> in(Window window) {
    return all.stream().filter(d -> window.contains(d.finishedAt())).toList();
  }

  /** The deployment before {@code d} (by finish time), or null for the first. */
  public Deployment previous(Deployment d) {
    int i = all.indexOf(d);
    return i > 0 ? all.get(i - 1) : null;
  }
}
