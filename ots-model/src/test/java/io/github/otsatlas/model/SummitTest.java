package io.github.otsatlas.model;

import static io.github.otsatlas.model.TinyCorpus.attested;
import static io.github.otsatlas.model.TinyCorpus.cite;
import static io.github.otsatlas.model.TinyCorpus.d;
import static io.github.otsatlas.model.TinyCorpus.summit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A summit's status as reported as of a day, and its disputed single values. */
final class SummitTest {
  private static final Citation SCHEDULED = attested("roundtable", "2024-11-04",
      "the summit, scheduled for November 6th", "status=SCHEDULED", "date=2024-11-06");
  private static final Citation HELD = attested("review", "2025", "the summit was held", "status=HELD");

  private static Summit reported(Citation... citations) {
    return summit("s").date(d("2024-11-06")).addStatuses(SummitStatus.SCHEDULED, SummitStatus.HELD)
        .addCitations(citations).build();
  }

  @Test
  void statusReports_arePerCitationEarliestFirst() {
    Summit s = reported(HELD, SCHEDULED);
    assertEquals(List.of(new StatusReport(SummitStatus.SCHEDULED, d("2024-11-04"), SCHEDULED),
        new StatusReport(SummitStatus.HELD, d("2025"), HELD)), s.statusReports());
  }

  @Test
  void statusOn_isTheLatestReportAsOfThatDay() {
    Summit s = reported(SCHEDULED, HELD);
    assertEquals(Optional.empty(), s.statusOn(LocalDate.of(2024, 11, 3)));
    assertEquals(SummitStatus.SCHEDULED, s.statusOn(LocalDate.of(2024, 11, 4)).orElseThrow().status());
    // "held" as of 2025 may be as of its last day: until then the summit is scheduled, as far as told
    assertEquals(SummitStatus.SCHEDULED, s.statusOn(LocalDate.of(2025, 6, 1)).orElseThrow().status());
    StatusReport held = s.statusOn(LocalDate.of(2025, 12, 31)).orElseThrow();
    assertEquals(SummitStatus.HELD, held.status());
    assertEquals(d("2025"), held.asOf());
    assertEquals(HELD, held.citation());
  }

  @Test
  void status_isTheLatestReport() {
    assertEquals(SummitStatus.HELD, reported(SCHEDULED, HELD).status());
    assertEquals(SummitStatus.SCHEDULED, summit("s").status(SummitStatus.SCHEDULED)
        .addCitations(SCHEDULED.withSupports(List.of(Claim.parse("status=SCHEDULED")))).build().status());
  }

  @Test
  void status_noneReported_isUnknown() {
    Summit s = summit("s").date(d("2024-11-06")).addCitations(cite("a", "on 6 November 2024", "date=2024-11-06"))
        .build();
    assertEquals(SummitStatus.UNKNOWN, s.status());
    assertEquals(List.of(), s.statusReports());
    assertEquals(Optional.empty(), s.statusOn(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void statusReports_leaveOutACitationWithoutAsOf() {
    // such a citation breaks the rule status-attested; the report it cannot date is not made
    Summit s = summit("s").status(SummitStatus.HELD).addCitations(cite("a", "it was held", "status=HELD")).build();
    assertEquals(List.of(), s.statusReports());
    assertEquals(SummitStatus.UNKNOWN, s.status());
  }

  @Test
  void builder_unknownStatus_isNoStatus() {
    Summit s = summit("s").status(SummitStatus.UNKNOWN).addCitations(cite("a", "in 2024", "date=2024"))
        .date(d("2024")).build();
    assertEquals(List.of(), s.statuses());
    assertThrows(IllegalArgumentException.class, () -> summit("s").addStatuses(SummitStatus.UNKNOWN)
        .addCitations(cite("a", "in 2024", "date=2024")).date(d("2024")).build());
  }

  @Test
  void date_compatibleDates_agreeOnTheFinest() {
    Summit s = summit("s").date(d("2024")).date(d("2024-11-06"))
        .addCitations(cite("a", "x", "date=2024"), cite("b", "y", "date=2024-11-06")).build();
    assertEquals(Optional.of(d("2024-11-06")), s.date());
    assertEquals(List.of(d("2024"), d("2024-11-06")), s.dates());
  }

  @Test
  void disputedSingleValues_haveNoSingleValue() {
    Summit s = summit("s").date(d("2024")).date(d("2025")).hostCity("Bishkek").hostCity("Baku")
        .hostState(StateId.of("KGZ")).hostState(StateId.of("AZE"))
        .addCitations(cite("a", "x", "date=2024", "hostCity=Bishkek", "hostState=KGZ"),
            cite("b", "y", "date=2025", "hostCity=Baku", "hostState=AZE")).build();
    assertEquals(Optional.empty(), s.date());
    assertEquals(Optional.empty(), s.hostCity());
    assertEquals(Optional.empty(), s.hostState());
    assertEquals(List.of("Bishkek", "Baku"), s.hostCities());
  }

  @Test
  void builder_aValueTwice_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> summit("s").hostCity("Baku").hostCity("Baku")
        .addCitations(cite("a", "x", "hostCity=Baku")).build());
  }
}
