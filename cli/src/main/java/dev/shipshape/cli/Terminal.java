package dev.shipshape.cli;

import java.util.Map;

/**
 * What the output is going to. The launcher script tells whether stdout and stderr are terminals
 * ({@code SHIPSHAPE_STDOUT_TTY}, {@code SHIPSHAPE_STDERR_TTY}); run as a bare jar, a console means
 * both are. Colour follows https://no-color.org: any {@code NO_COLOR} turns it off.
 */
record Terminal(boolean stdoutTty, boolean stderrTty, boolean noColor, boolean unicode) {

  static Terminal detect(Map<String, String> env) {
    boolean console = System.console() != null;
    boolean out =
        env.containsKey("SHIPSHAPE_STDOUT_TTY")
            ? "1".equals(env.get("SHIPSHAPE_STDOUT_TTY"))
            : console;
    boolean err =
        env.containsKey("SHIPSHAPE_STDERR_TTY")
            ? "1".equals(env.get("SHIPSHAPE_STDERR_TTY"))
            : console;
    String noColor = env.get("NO_COLOR");
    String lang =
        env.getOrDefault("LC_ALL", env.getOrDefault("LC_CTYPE", env.getOrDefault("LANG", "")));
    boolean unicode =
        (lang.isEmpty() || lang.toUpperCase(java.util.Locale.ROOT).contains("UTF"))
            && !"dumb".equals(env.get("TERM"));
    return new Terminal(out, err, noColor != null && !noColor.isEmpty(), unicode);
  }

  boolean colour() {
    return stdoutTty && !noColor;
  }
}
