package io.github.otsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule 2 over many memberships of one party in one organization is a sort and a sweep: 100,000
 * back-to-back periods took 26 s when every pair was compared. The bound guards against the
 * quadratic check coming back; it is not a benchmark.
 */
final class SingleRoleScaleTest {

  @Test
  void hundredThousandBackToBackMemberships_areCheckedInLinearithmicTime() {
    SourceId src = SourceId.of("s");
    Source source = Source.builder().id(src).file("s.txt").language("en").text("Carpathia joined.").build();
    List<Membership> memberships = new ArrayList<>();
    LocalDate day = LocalDate.of(2005, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      Membership m = Membership.builder().id(MembershipId.of("m-" + i)).party(StateId.of("CCC"))
          .organization(OrganizationId.of("ALPHA")).role(i % 2 == 0 ? Role.MEMBER : Role.OBSERVER)
          .start(PartialDate.of(day.plusDays(i))).end(PeriodEnd.on(PartialDate.of(day.plusDays(i + 1))))
          .addCitations(Citation.of(src, "Carpathia joined.", List.of(new Claim(Attribute.NAME, "x"))))
          .build();
      memberships.add(m.withCitations(List.of(Citation.of(src, "Carpathia joined.", m.claims()))));
    }
    Organization alpha = Organization.builder().id(OrganizationId.of("ALPHA"))
        .kind(OrganizationKind.OTHER).addNames(OrganizationName.builder().name("Alpha")
            .addCitations(Citation.of(src, "Carpathia joined.", List.of(new Claim(Attribute.NAME, "Alpha"))))
            .build())
        .addClassified(Attribute.KIND).founded(Optional.empty()).build();
    State ccc = State.builder().id(StateId.of("CCC")).name("Carpathia").recognition(Recognition.RECOGNIZED)
        .addCitations(Citation.of(src, "Carpathia joined.", List.of(new Claim(Attribute.NAME, "Carpathia"))))
        .addClassified(Attribute.RECOGNITION).build();
    List<Violation> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CorpusRules.check(
        List.of(source), List.of(ccc), List.of(alpha), memberships, List.of(), List.of()));
    assertEquals(List.of(), found);
  }
}
