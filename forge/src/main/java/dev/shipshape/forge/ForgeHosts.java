package dev.shipshape.forge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which forge serves which host: github.com and gitlab.com, and the hosts the user names for a
 * GitHub Enterprise Server or a self-managed GitLab ({@code --forge-host gitlab=git.example.com}).
 * The mapping is the user's, never the scanned repository's: a token is only ever sent to a host
 * the user chose.
 */
public final class ForgeHosts {
  private final Map<String, ForgeKind> hosts;

  private ForgeHosts(Map<String, ForgeKind> hosts) {
    this.hosts = Map.copyOf(hosts);
  }

  /** The public instances only. */
  public static ForgeHosts defaults() {
    return parse(List.of());
  }

  /**
   * The public instances and {@code KIND=HOST} entries (host with an optional port).
   *
   * @throws IllegalArgumentException with a one-line message for an entry that is not KIND=HOST
   */
  public static ForgeHosts parse(List<String> entries) {
    Map<String, ForgeKind> hosts = new LinkedHashMap<>();
    for (ForgeKind k : ForgeKind.values()) {
      hosts.put(k.publicHost(), k);
    }
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      ForgeKind kind = eq > 0 ? ForgeKind.of(entry.substring(0, eq).trim()) : null;
      String host = eq > 0 ? entry.substring(eq + 1).trim().toLowerCase(Locale.ROOT) : "";
      if (kind == null || host.isEmpty() || !host.matches("[a-z0-9.-]+(:\\d{1,5})?")) {
        throw new IllegalArgumentException(
            "--forge-host '" + entry + "' must be KIND=HOST, e.g. gitlab=git.example.com");
      }
      hosts.put(host, kind);
    }
    return new ForgeHosts(hosts);
  }

  /** The forge of a host (with its port when not the default), or null. */
  public ForgeKind kindOf(String hostAndPort) {
    String h = hostAndPort.toLowerCase(Locale.ROOT);
    ForgeKind k = hosts.get(h);
    if (k == null && h.contains(":")) {
      k = hosts.get(h.substring(0, h.indexOf(':')));
    }
    return k;
  }
}
