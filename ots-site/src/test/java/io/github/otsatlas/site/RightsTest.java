package io.github.otsatlas.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as a document's own statement of its rights, and what does not. */
final class RightsTest {

  @Test
  void noticeLines_areStatements_inTheDocumentsWords() {
    String text = "An article.\n\n\u00A9 2009-2025 Some Press T\u00FCm Haklar\u0131 Sakl\u0131d\u0131r\n"
        + "Copyright 2024 The Authors.\n(c) 2023 Someone\n  Licensed under   CC BY 4.0  \nAll Rights Reserved.";
    assertEquals(List.of(new Rights.Statement("\u00A9 2009-2025 Some Press T\u00FCm Haklar\u0131 Sakl\u0131d\u0131r", 3),
        new Rights.Statement("Copyright 2024 The Authors.", 4), new Rights.Statement("(c) 2023 Someone", 5),
        new Rights.Statement("Licensed under CC BY 4.0", 6), new Rights.Statement("All Rights Reserved.", 7)),
        Rights.statedIn(text));
  }

  @Test
  void prose_isNotAStatement() {
    String text = "The copyright debate is old. (c) is a letter. Nothing here is licensed.\n"
        + "A long paragraph that happens to mention that all rights reserved by treaty remain with the states, "
        + "which is not a notice about this document at all but a sentence of its argument, running on and on "
        + "for well over three hundred characters so that no one could take it for the single line of a notice "
        + "at the foot of a page, as notices are.";
    assertEquals(List.of(), Rights.statedIn(text));
  }
}
