package dev.shipshape.checks.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseCheckTest {
  @TempDir Path dir;

  private final LicenseCheck check = new LicenseCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LICENSE | Apache License\\n Version 2.0, January 2004 | Apache-2.0",
        "LICENCE.txt | Permission is hereby granted, free of charge, to any person\\nobtaining a copy | MIT",
        "COPYING | GNU GENERAL PUBLIC LICENSE\\n Version 3, 29 June 2007 | GPL-3.0",
        "COPYING.LESSER | GNU LESSER GENERAL PUBLIC LICENSE\\n Version 3 | LGPL-3.0",
        "LICENSE.md | GNU AFFERO GENERAL PUBLIC LICENSE Version 3 | AGPL-3.0",
        "license | Mozilla Public License Version 2.0 | MPL-2.0",
        "UNLICENSE | This is free and unencumbered software released into the public domain. | Unlicense",
        "LICENSE | Redistribution and use in source and binary forms ... Neither the name of the"
            + " copyright holder nor the names of its contributors may be used to endorse or promote | BSD-3-Clause",
        "LICENSE | Redistribution and use in source and binary forms, with or without modification | BSD-2-Clause",
        "LICENSE | Permission to use, copy, modify, and/or distribute this software for any purpose"
            + " with or without fee is hereby granted | ISC",
        "LICENSE | Eclipse Public License - v 2.0 | EPL-2.0",
        "LICENSE | CC0 1.0 Universal | CC0-1.0",
        "LICENSE-APACHE | SPDX-License-Identifier: Apache-2.0 | Apache-2.0",
      })
  void recognisedLicenceTextsPass(String path, String text, String spdx) {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(path, text.replace("\\n", "\n")).commit("#1 licence");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.summary()).contains(spdx);
      assertThat(outcome.evidence()).extracting(Evidence::path).containsExactly(path);
    }
  }

  @Test
  void anUnrecognisedLicenceIsPartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("LICENSE", "All rights reserved. Ask us first.\n").commit("#1 licence");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(5);
      assertThat(outcome.remediation()).contains("SPDX-License-Identifier");
    }
  }

  @Test
  void noLicenceFailsAndALicenceInTestDataOrASubfolderDoesNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("testdata/LICENSE", "Apache License\nVersion 2.0\n")
          .file("vendor/lib/LICENSE", "Apache License\nVersion 2.0\n")
          .file("README.md", "# x\n")
          .commit("#1 no licence");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isZero();
      assertThat(outcome.evidence()).isEmpty();
    }
  }
}
