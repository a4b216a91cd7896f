package dev.shipshape.facts.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the common licence texts by their distinctive phrases, or an explicit {@code
 * SPDX-License-Identifier:}. One line per licence; the first that matches wins, so the more
 * specific texts (AGPL, LGPL) come before the ones they contain (GPL).
 */
public final class LicenseIdentities {
  /** A licence: every phrase of {@code all} and none of {@code none} in the normalised text. */
  public record Identity(String spdx, List<String> all, List<String> none) {}

  private static final Pattern SPDX_TAG =
      Pattern.compile(
          "SPDX-License-Identifier:\\s*([A-Za-z0-9.+-]+(\\s+(OR|AND|WITH)\\s+[A-Za-z0-9.+-]+)*)");

  public static final List<Identity> ALL =
      List.of(
          id("AGPL-3.0", "gnu affero general public license"),
          id("LGPL-3.0", "gnu lesser general public license", "version 3"),
          id("LGPL-2.1", "gnu lesser general public license", "version 2.1"),
          id("LGPL-2.0", "gnu library general public license"),
          id("GPL-3.0", "gnu general public license", "version 3"),
          id("GPL-2.0", "gnu general public license", "version 2"),
          id("Apache-2.0", "apache license", "version 2.0"),
          id("MPL-2.0", "mozilla public license", "2.0"),
          id("EPL-2.0", "eclipse public license - v 2.0"),
          id("EPL-1.0", "eclipse public license - v 1.0"),
          id("MIT", "permission is hereby granted, free of charge, to any person obtaining a copy"),
          new Identity(
              "BSD-3-Clause",
              List.of("redistribution and use in source and binary forms", "endorse or promote"),
              List.of()),
          new Identity(
              "BSD-2-Clause",
              List.of("redistribution and use in source and binary forms"),
              List.of("endorse or promote")),
          id(
              "ISC",
              "permission to use, copy, modify, and",
              "distribute this software for any purpose with or without fee is hereby granted"),
          id("Unlicense", "this is free and unencumbered software released into the public domain"),
          id("CC0-1.0", "cc0 1.0 universal"),
          id("BSL-1.0", "boost software license - version 1.0"),
          id("Zlib", "this software is provided 'as-is', without any express or implied"),
          // documentation sites are licensed under Creative Commons
          id("CC-BY-SA-4.0", "attribution-sharealike 4.0 international"),
          id("CC-BY-4.0", "attribution 4.0 international"));

  private LicenseIdentities() {}

  private static Identity id(String spdx, String... phrases) {
    return new Identity(spdx, List.of(phrases), List.of());
  }

  /** The SPDX identity of a licence text, or empty when it is not recognised. */
  public static Optional<String> identify(String text) {
    Matcher tag = SPDX_TAG.matcher(text);
    if (tag.find()) {
      return Optional.of(tag.group(1));
    }
    // licence texts wrap lines anywhere: compare on single-spaced lower case
    String normal = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (Identity identity : ALL) {
      if (identity.all().stream().allMatch(normal::contains)
          && identity.none().stream().noneMatch(normal::contains)) {
        return Optional.of(identity.spdx());
      }
    }
    return Optional.empty();
  }
}
