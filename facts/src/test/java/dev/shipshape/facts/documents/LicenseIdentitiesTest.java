package dev.shipshape.facts.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicenseIdentitiesTest {
  @Test
  void phrasesAreFoundAcrossLineBreaksAndCase() {
    assertThat(
            LicenseIdentities.identify(
                "Permission is hereby granted, free of\n  charge, to any person obtaining a copy"))
        .contains("MIT");
  }

  @Test
  void theMoreSpecificGnuLicencesWinOverTheGpl() {
    assertThat(
            LicenseIdentities.identify(
                "GNU Lesser General Public License version 3 ... GNU General Public License"))
        .contains("LGPL-3.0");
    assertThat(LicenseIdentities.identify("GNU AFFERO GENERAL PUBLIC LICENSE Version 3"))
        .contains("AGPL-3.0");
    assertThat(LicenseIdentities.identify("GNU GENERAL PUBLIC LICENSE Version 2, June 1991"))
        .contains("GPL-2.0");
  }

  @Test
  void anSpdxTagWinsAndKeepsExpressions() {
    assertThat(LicenseIdentities.identify("// SPDX-License-Identifier: MIT OR Apache-2.0\n"))
        .contains("MIT OR Apache-2.0");
  }

  @Test
  void creativeCommonsLicencesOfDocumentationAreRecognised() {
    assertThat(
            LicenseIdentities.identify(
                "Creative Commons Attribution 4.0 International Public License"))
        .contains("CC-BY-4.0");
    assertThat(
            LicenseIdentities.identify(
                "Creative Commons Attribution-ShareAlike 4.0 International Public License"))
        .contains("CC-BY-SA-4.0");
    assertThat(LicenseIdentities.identify("Creative Commons Attribution 3.0 Unported")).isEmpty();
  }

  @Test
  void bsdClausesAreToldApartByTheEndorsementClause() {
    String two = "Redistribution and use in source and binary forms, with or without modification";
    assertThat(LicenseIdentities.identify(two)).contains("BSD-2-Clause");
    assertThat(LicenseIdentities.identify(two + " ... used to endorse or promote products"))
        .contains("BSD-3-Clause");
  }

  @Test
  void anUnknownTextIsNotRecognised() {
    assertThat(LicenseIdentities.identify("Copyright ACME. All rights reserved.")).isEmpty();
  }
}
