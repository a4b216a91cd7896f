package dev.shipshape.facts.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadmeSectionsTest {
  @Test
  void setextAndAtxHeadingsAreHeadingsButCommentsInCodeBlocksAreNot() {
    var found =
        ReadmeSections.find(
            "Tool\n====\n\nUsage\n-----\n```\n# run the tests\nls\n```\n### Deploying\n");
    assertThat(found).containsKeys("how to run", "how to contribute or deploy");
    assertThat(found.get("how to run").line()).isEqualTo(4);
    assertThat(found).doesNotContainKey("how to test");
  }

  @Test
  void commandsShowSectionsWithoutHeadings() {
    var found = ReadmeSections.find("Run `npm install` then `npm test`.\n");
    assertThat(found).containsKeys("how to run", "how to test");
  }

  @Test
  void aBadgeLineIsNotProse() {
    var found =
        ReadmeSections.find(
            "[![a](b)](c) [![d](e)](f) [![g](h)](i) [![j](k)](l) [![m](n)](o) x y z w\n");
    assertThat(found).doesNotContainKey("what it is");
  }

  @Test
  void aSentenceIsProse() {
    var found = ReadmeSections.find("**Tool** checks how mature the practices of a team are.\n");
    assertThat(found).containsKey("what it is");
  }
}
