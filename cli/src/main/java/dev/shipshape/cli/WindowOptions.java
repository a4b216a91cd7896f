package dev.shipshape.cli;

import dev.shipshape.repository.WindowSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code --since DURATION|DATE|all} and {@code --until DATE} into a window. */
final class WindowOptions {
  private static final Pattern DURATION =
      Pattern.compile("(\\d+)\\s*(d|w|m|y|days?|weeks?|months?|years?)");

  private WindowOptions() {}

  static WindowSpec parse(String since, String until) {
    WindowSpec spec;
    if (since == null || since.isBlank()) {
      spec = WindowSpec.defaults();
    } else if (since.equalsIgnoreCase("all")) {
      spec = WindowSpec.whole();
    } else {
      Matcher m = DURATION.matcher(since.strip().toLowerCase(java.util.Locale.ROOT));
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        Duration d =
            switch (m.group(2).charAt(0)) {
              case 'd' -> Duration.ofDays(n);
              case 'w' -> Duration.ofDays(7 * n);
              case 'm' -> Duration.ofDays(30 * n);
              default -> Duration.ofDays(365 * n);
            };
        spec = new WindowSpec(false, null, d, null);
      } else {
        spec = new WindowSpec(false, instant("--since", since), null, null);
      }
    }
    return until == null || until.isBlank() ? spec : spec.withUntil(instant("--until", until));
  }

  private static Instant instant(String option, String value) {
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserError(
          option
              + " '"
              + value
              + "' is not a date (2026-01-31), a time (2026-01-31T12:00:00Z),"
              + " a duration (90d, 12w, 6m, 1y) or 'all'");
    }
  }
}
