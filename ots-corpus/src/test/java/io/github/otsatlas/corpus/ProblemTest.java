package io.github.otsatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a problem prints, leaving out what is not known. */
final class ProblemTest {

  @Test
  void toString_recordProblem_namesFileRecordPointerLineAndRule() {
    Problem p = new Problem("memberships.json", "uzb-ots-member", "/memberships/4/start", 41, 3,
        FormatRule.BAD_DATE, "invalid month 13 in 2021");
    assertEquals("memberships.json: record 'uzb-ots-member' at /memberships/4/start (line 41, column 3):"
        + " [bad-date] invalid month 13 in 2021", p.toString());
    assertEquals(Optional.of("uzb-ots-member"), p.recordId());
  }

  @Test
  void toString_fileProblem_leavesOutWhatIsNotKnown() {
    assertEquals("corridors.json: [file-missing] corridors.json does not exist",
        new Problem("corridors.json", "", "", 0, 0, FormatRule.FILE_MISSING, "corridors.json does not exist").toString());
    assertEquals("states.json (line 10, column 3): [json-syntax] unexpected '{'",
        new Problem("states.json", "", "", 10, 3, FormatRule.JSON_SYNTAX, "unexpected '{'").toString());
    assertEquals(Optional.empty(), new Problem("states.json", "", "", 0, 0, FormatRule.LIMIT, "too big").recordId());
  }

  @Test
  void exceptionMessage_listsEveryProblem() {
    Problem a = new Problem("states.json", "AAA", "/states/0", 2, 3, FormatRule.UNKNOWN_FIELD, "unknown field 'x'");
    Problem b = new Problem("summits.json", "", "", 0, 0, FormatRule.FILE_MISSING, "summits.json does not exist");
    CorpusLoadException e = new CorpusLoadException("dir", List.of(a, b));
    assertEquals("corpus dir not loaded: 2 problem(s)\n  " + a + "\n  " + b, e.getMessage());
    assertEquals(List.of(a, b), e.problems());
  }

  @Test
  void new_nullPart_isRejected() {
    assertThrows(NullPointerException.class, () -> new Problem(null, "", "", 0, 0, FormatRule.LIMIT, "m"));
    assertThrows(NullPointerException.class, () -> new Problem("f", "", "", 0, 0, null, "m"));
    assertThrows(NullPointerException.class, () -> new Problem("f", "", "", 0, 0, FormatRule.LIMIT, null));
  }
}
