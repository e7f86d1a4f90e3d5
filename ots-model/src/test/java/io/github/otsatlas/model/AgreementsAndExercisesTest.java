package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Agreements and exercises on a corpus of two sentences, built here. */
final class AgreementsAndExercisesTest {
  private static final SourceId ONE = SourceId.of("one");
  private static final SourceId TWO = SourceId.of("two");
  private static final StateId AAA = StateId.of("AAA");
  private static final StateId BBB = StateId.of("BBB");
  private static final String SIGNED = "In the early 1990s, Arcadia and Borduria signed a treaty on river trade.";
  private static final String DRILL = "Borduria held the Thunder-7 drill under the Pact framework in 2020.";

  private static Source source(SourceId id, String text) {
    return Source.builder().id(id).file(id + ".txt").language("en").text(text).build();
  }

  private static State state(StateId id, String name, SourceId source, String quote) {
    return State.builder().id(id).name(name).recognition(Recognition.UNKNOWN)
        .addCitations(Citation.of(source, quote, List.of(new Claim(Attribute.NAME, name)))).build();
  }

  private static Agreement treaty(String subject) {
    return treatyBuilder(subject).build();
  }

  private static Agreement.Builder treatyBuilder(String subject) {
    return Agreement.builder().id(AgreementId.of("river-treaty")).name("River treaty")
        .kind(AgreementKind.AGREEMENT).addParties(AAA, BBB).date(PartialDate.parse("199X"))
        .subject(subject)
        .addCitations(Citation.of(ONE, SIGNED, List.of(Claim.of(Attribute.KIND, AgreementKind.AGREEMENT),
            new Claim(Attribute.PARTIES, "state:AAA"), new Claim(Attribute.PARTIES, "state:BBB"),
            new Claim(Attribute.DATE, "199X"), new Claim(Attribute.SUBJECT, subject))));
  }

  private static Exercise thunder() {
    return Exercise.builder().id(ExerciseId.of("thunder-7")).label("Thunder-7").name("Thunder-7")
        .status(ExerciseStatus.HELD).date(PartialDate.parse("2020")).addParticipants(BBB)
        .framework(OrganizationId.of("PACT"))
        .addCitations(Citation.of(TWO, DRILL, List.of(new Claim(Attribute.NAME, "Thunder-7"),
            Claim.of(Attribute.STATUS, ExerciseStatus.HELD), new Claim(Attribute.DATE, "2020"),
            new Claim(Attribute.PARTICIPANTS, "state:BBB"), new Claim(Attribute.FRAMEWORK, "PACT"))))
        .build();
  }

  private static Organization pact() {
    return Organization.builder().id(OrganizationId.of("PACT")).kind(OrganizationKind.UNKNOWN)
        .addNames(OrganizationName.builder().name("Pact").addCitations(Citation.of(TWO, "the Pact",
            List.of(new Claim(Attribute.NAME, "Pact")))).build())
        .build();
  }

  private static Corpus corpus(Agreement agreement) {
    return Corpus.of(List.of(source(ONE, SIGNED), source(TWO, DRILL)),
        List.of(state(AAA, "Arcadia", ONE, "Arcadia"), state(BBB, "Borduria", TWO, "Borduria")),
        List.of(pact()), List.of(), List.of(), List.of(), List.of(agreement), List.of(thunder()));
  }

  @Test
  void corpus_holdsAgreementsAndExercises_asFacts() {
    Corpus c = corpus(treaty("river trade"));
    Agreement a = c.agreement(AgreementId.of("river-treaty")).orElseThrow();
    assertEquals(Optional.of(PartialDate.parse("199X")), a.date());
    assertEquals(PartialDate.Precision.DECADE, a.date().orElseThrow().precision());
    assertEquals(List.of(AAA, BBB), a.parties());
    assertEquals(Optional.of(a), c.fact(FactRef.parse("agreement:river-treaty")));
    assertEquals(Optional.of(thunder()), c.exercise(ExerciseId.of("thunder-7")));
    assertTrue(c.facts().contains(a) && c.facts().contains(thunder()), c.facts().toString());
    assertTrue(c.summits().isEmpty());
  }

  @Test
  void subjectNotInItsQuote_breaksValueQuoted() {
    CorpusValidationException e = assertThrows(CorpusValidationException.class,
        () -> corpus(treaty("trade on the river")));
    assertEquals(List.of(Rule.VALUE_QUOTED), e.violations().stream().map(Violation::rule).toList());
    assertEquals(List.of(FactRef.parse("agreement:river-treaty")), e.violations().get(0).records());
  }

  @Test
  void unknownReferences_areReported() {
    Agreement atUnknownSummit = treatyBuilder("river trade")
        .adoptedAt(SummitId.of("no-such-summit")).build();
    CorpusValidationException e = assertThrows(CorpusValidationException.class, () -> corpus(atUnknownSummit));
    assertTrue(e.violations().stream().anyMatch(v -> v.rule() == Rule.REFERENCE
        && v.path().equals("/adoptedAt")), e.violations().toString());
    assertTrue(e.violations().stream().anyMatch(v -> v.rule() == Rule.CLAIM_SUPPORTED), e.violations().toString());
  }

  @Test
  void onlyFrom_dropsAPartyWhoseStateVanished_andAnExerciseWithoutItsSource() {
    Corpus narrowed = corpus(treaty("river trade")).onlyFrom(List.of(ONE));
    Agreement a = narrowed.agreements().get(0);
    // Borduria is named only by source two: the party goes, the kind keeps the agreement
    assertEquals(List.of(AAA), a.parties());
    assertEquals(AgreementKind.AGREEMENT, a.kind());
    assertTrue(narrowed.exercises().isEmpty());
    Corpus other = corpus(treaty("river trade")).onlyFrom(List.of(TWO));
    assertTrue(other.agreements().isEmpty());
    assertEquals(Optional.of("Thunder-7"), other.exercises().get(0).name());
    assertEquals(Optional.of(OrganizationId.of("PACT")), other.exercises().get(0).framework());
  }

  @Test
  void disputedDates_areADisagreement() {
    Agreement twice = treatyBuilder("river trade").addDates(PartialDate.parse("2001"))
        .addCitations(Citation.of(TWO, DRILL, List.of(new Claim(Attribute.DATE, "2001")))).build();
    Corpus c = corpus(twice);
    assertEquals(Optional.empty(), c.agreements().get(0).date());
    assertEquals(1, c.disagreements(FactRef.parse("agreement:river-treaty")).size());
    assertEquals(Attribute.DATE, c.disagreements(FactRef.parse("agreement:river-treaty")).get(0).attribute());
  }
}
