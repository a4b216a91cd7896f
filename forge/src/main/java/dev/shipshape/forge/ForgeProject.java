package dev.shipshape.forge;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository on a forge, found from its remote URL: the forge, where its API answers, and the
 * project's path ({@code owner/name}; nested groups on GitLab). Credentials in the remote URL are
 * dropped, never kept or shown.
 */
public record ForgeProject(ForgeKind kind, String host, URI api, URI graphql, String path) {

  // scheme://[user[:password]@]host[:port]/path, or scp-like user@host:path
  private static final Pattern URL =
      Pattern.compile("^(https?|ssh|git)://(?:[^@/]*@)?([^/:]+)(?::(\\d+))?/(.+)$");
  private static final Pattern SCP = Pattern.compile("^[^@/:]+@([^/:]+):(?!//)(.+)$");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]*");

  /** The project a remote URL names on a forge the hosts know, or empty. */
  public static Optional<ForgeProject> detect(String remoteUrl, ForgeHosts hosts) {
    if (remoteUrl == null) {
      return Optional.empty();
    }
    String url = remoteUrl.trim();
    String scheme;
    String host;
    String port = null;
    String path;
    Matcher m = URL.matcher(url);
    if (m.matches()) {
      scheme = m.group(1);
      host = m.group(2);
      port = m.group(3);
      path = m.group(4);
    } else {
      Matcher s = SCP.matcher(url);
      if (!s.matches()) {
        return Optional.empty();
      }
      scheme = "ssh";
      host = s.group(1);
      path = s.group(2);
    }
    boolean web = scheme.startsWith("http");
    String hostAndPort = web && port != null ? host + ":" + port : host;
    ForgeKind kind = hosts.kindOf(hostAndPort);
    if (kind == null) {
      return Optional.empty();
    }
    path = trimPath(path);
    if (path == null || (kind == ForgeKind.GITHUB && path.split("/").length != 2)) {
      return Optional.empty();
    }
    String base = ("http".equals(scheme) ? "http" : "https") + "://" + hostAndPort;
    URI api;
    URI graphql;
    if (kind == ForgeKind.GITHUB && host.equalsIgnoreCase("github.com")) {
      api = URI.create("https://api.github.com");
      graphql = URI.create("https://api.github.com/graphql");
    } else if (kind == ForgeKind.GITHUB) {
      api = URI.create(base + "/api/v3");
      graphql = URI.create(base + "/api/graphql");
    } else {
      api = URI.create(base + "/api/v4");
      graphql = URI.create(base + "/api/graphql");
    }
    return Optional.of(new ForgeProject(kind, hostAndPort, api, graphql, path));
  }

  private static String trimPath(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.endsWith(".git")) {
      p = p.substring(0, p.length() - 4);
    }
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    String[] parts = p.split("/");
    if (parts.length < 2) {
      return null;
    }
    for (String part : parts) {
      if (!SEGMENT.matcher(part).matches()) {
        return null;
      }
    }
    return p;
  }

  /** The owner (GitHub) or namespace (GitLab) part of the path. */
  public String owner() {
    return path.substring(0, path.lastIndexOf('/'));
  }

  /** The repository's own name. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The project's REST root: {@code /repos/o/r} or {@code /projects/group%2Fname}. */
  public String restRoot() {
    return kind == ForgeKind.GITHUB
        ? api + "/repos/" + path
        : api + "/projects/" + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  /** What names this project in the cache and in messages: forge, host and path. */
  public String identity() {
    return kind.word() + ":" + host + "/" + path;
  }

  @Override
  public String toString() {
    return kind.title() + " " + host + "/" + path;
  }
}
