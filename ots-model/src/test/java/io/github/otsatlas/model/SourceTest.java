package io.github.otsatlas.model;

import static io.github.otsatlas.model.Certainty.DEFINITELY;
import static io.github.otsatlas.model.Certainty.NOT;
import static io.github.otsatlas.model.Certainty.POSSIBLY;
import static io.github.otsatlas.model.PublicationBound.Relation.NOT_BEFORE;
import static io.github.otsatlas.model.PublicationBound.Relation.WITHIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A source's publication day: its date, the bounds its own words set, and what both allow. */
final class SourceTest {
  private static final String TEXT = "On 4 November 2024 a roundtable was held. In 2025 it was reported.";

  private static Source source(String published, PublicationBound... bounds) {
    return Source.builder().id(SourceId.of("s")).file("s.txt").language("en")
        .published(published.equals("unknown") ? Optional.empty() : Optional.of(PartialDate.parse(published)))
        .addPublicationBounds(bounds).text(TEXT).build();
  }

  private static PublicationBound bound(PublicationBound.Relation relation, String date) {
    return new PublicationBound(relation, PartialDate.parse(date), "On 4 November 2024");
  }

  private static Optional<LocalDate> day(int year, int month, int day) {
    return Optional.of(LocalDate.of(year, month, day));
  }

  @Test
  void publication_ofADay_isThatDay() {
    Source s = source("2024-11-06");
    assertEquals(day(2024, 11, 6), s.earliestPublication());
    assertEquals(day(2024, 11, 6), s.latestPublication());
    assertEquals(DEFINITELY, s.publishedBy(LocalDate.of(2024, 11, 6)));
    assertEquals(NOT, s.publishedBy(LocalDate.of(2024, 11, 5)));
  }

  @Test
  void publication_ofAMonth_isCertainOnlyFromItsLastDay() {
    Source s = source("2021-11");
    assertEquals(day(2021, 11, 1), s.earliestPublication());
    assertEquals(day(2021, 11, 30), s.latestPublication());
    assertEquals(NOT, s.publishedBy(LocalDate.of(2021, 10, 31)));
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(2021, 11, 1)));
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(2021, 11, 29)));
    assertEquals(DEFINITELY, s.publishedBy(LocalDate.of(2021, 11, 30)));
  }

  @Test
  void publication_ofAYear_isCertainOnlyFromItsLastDay() {
    Source s = source("2025");
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(2025, 12, 30)));
    assertEquals(DEFINITELY, s.publishedBy(LocalDate.of(2025, 12, 31)));
    assertEquals(NOT, s.publishedBy(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void publication_unknownWithoutBounds_isNeverCertainNorExcluded() {
    Source s = source("unknown");
    assertEquals(Optional.empty(), s.earliestPublication());
    assertEquals(Optional.empty(), s.latestPublication());
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(1900, 1, 1)));
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(2100, 1, 1)));
  }

  @Test
  void publication_unknownNotBeforeADay_isExcludedBeforeItAndNeverCertain() {
    Source s = source("unknown", bound(NOT_BEFORE, "2024-11-04"));
    assertEquals(day(2024, 11, 4), s.earliestPublication());
    assertEquals(Optional.empty(), s.latestPublication());
    assertEquals(NOT, s.publishedBy(LocalDate.of(2024, 11, 3)));
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(2024, 11, 4)));
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(2100, 1, 1)));
  }

  @Test
  void publication_unknownWithinAYear_isBoundedBothWays() {
    Source s = source("unknown", bound(WITHIN, "2025"));
    assertEquals(day(2025, 1, 1), s.earliestPublication());
    assertEquals(day(2025, 12, 31), s.latestPublication());
    assertEquals(NOT, s.publishedBy(LocalDate.of(2024, 12, 31)));
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(2025, 6, 1)));
    assertEquals(DEFINITELY, s.publishedBy(LocalDate.of(2025, 12, 31)));
  }

  @Test
  void publication_unknownWithinAMonth_isCertainFromItsLastDay() {
    Source s = source("unknown", bound(WITHIN, "2025-03"));
    assertEquals(NOT, s.publishedBy(LocalDate.of(2025, 2, 28)));
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(2025, 3, 30)));
    assertEquals(DEFINITELY, s.publishedBy(LocalDate.of(2025, 3, 31)));
  }

  @Test
  void publication_yearNotBeforeADayOfIt_startsAtTheBound() {
    Source s = source("2025", bound(NOT_BEFORE, "2025-11-16"));
    assertEquals(day(2025, 11, 16), s.earliestPublication());
    assertEquals(day(2025, 12, 31), s.latestPublication());
    assertEquals(NOT, s.publishedBy(LocalDate.of(2025, 11, 15)));
    assertEquals(POSSIBLY, s.publishedBy(LocalDate.of(2025, 11, 16)));
  }

  @Test
  void publication_yearWithinAMonthOfIt_isTheMonth() {
    Source s = source("2025", bound(WITHIN, "2025-03"));
    assertEquals(day(2025, 3, 1), s.earliestPublication());
    assertEquals(day(2025, 3, 31), s.latestPublication());
  }

  @Test
  void publication_boundLooserThanTheDate_changesNothing() {
    Source s = source("2025-06", bound(NOT_BEFORE, "2024"), bound(WITHIN, "2025"));
    assertEquals(day(2025, 6, 1), s.earliestPublication());
    assertEquals(day(2025, 6, 30), s.latestPublication());
  }

  @Test
  void publication_severalBounds_takeTheTightest() {
    Source s = source("unknown", bound(NOT_BEFORE, "2024-11-04"), bound(WITHIN, "2024"),
        bound(NOT_BEFORE, "2024-06"));
    assertEquals(day(2024, 11, 4), s.earliestPublication());
    assertEquals(day(2024, 12, 31), s.latestPublication());
  }

  @Test
  void publication_boundAfterTheDate_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> source("2024", bound(NOT_BEFORE, "2025-03")));
    assertTrue(e.getMessage().contains("leave no day"), e.getMessage());
  }

  @Test
  void publication_boundsThatShareNoDay_areRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> source("unknown", bound(WITHIN, "2023"), bound(NOT_BEFORE, "2024")));
    assertThrows(IllegalArgumentException.class,
        () -> source("unknown", bound(WITHIN, "2023"), bound(WITHIN, "2024")));
    assertThrows(IllegalArgumentException.class, () -> source("2024-05", bound(WITHIN, "2024-06")));
  }

  @Test
  void publicationBound_blankQuote_isRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new PublicationBound(NOT_BEFORE, PartialDate.parse("2024"), " \n "));
  }

  @Test
  void publicationBound_onlyWithinGivesALatestDay() {
    assertEquals(Optional.empty(), bound(NOT_BEFORE, "2024-11").latest());
    assertEquals(day(2024, 11, 30), bound(WITHIN, "2024-11").latest());
    assertEquals(LocalDate.of(2024, 11, 1), bound(NOT_BEFORE, "2024-11").earliest());
    assertEquals(List.of(bound(WITHIN, "2024-11")), source("unknown", bound(WITHIN, "2024-11")).publicationBounds());
  }
}
