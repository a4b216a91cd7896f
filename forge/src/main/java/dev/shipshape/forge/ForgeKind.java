package dev.shipshape.forge;

import java.util.Locale;

/** The forges shipshape reads: their word in options and evidence, and the token's variable. */
public enum ForgeKind {
  GITHUB("github", "GitHub", "GITHUB_TOKEN", "github.com"),
  GITLAB("gitlab", "GitLab", "GITLAB_TOKEN", "gitlab.com");

  private final String word;
  private final String title;
  private final String tokenVariable;
  private final String publicHost;

  ForgeKind(String word, String title, String tokenVariable, String publicHost) {
    this.word = word;
    this.title = title;
    this.tokenVariable = tokenVariable;
    this.publicHost = publicHost;
  }

  public String word() {
    return word;
  }

  public String title() {
    return title;
  }

  /** The environment variable a token for this forge is read from. */
  public String tokenVariable() {
    return tokenVariable;
  }

  /** The public instance's host: github.com, gitlab.com. */
  public String publicHost() {
    return publicHost;
  }

  /** The kind a word names ({@code github}, {@code gitlab}), or null. */
  public static ForgeKind of(String word) {
    for (ForgeKind k : values()) {
      if (k.word.equals(word.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    return null;
  }
}
