package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.PeriodEnd;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link LocalDate}, however far from the sources' years, gets the answer {@link
 * io.github.otsatlas.model.Period#contains} gives: {@code LocalDate.MIN} and {@code MAX} used
 * to throw {@code ArithmeticException}, and epoch day 2³¹−1 returned no OTS members.
 */
final class ExtremeDaysTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  static Stream<LocalDate> days() {
    return Stream.of(LocalDate.MIN, LocalDate.MAX, LocalDate.ofEpochDay(Integer.MAX_VALUE),
        LocalDate.ofEpochDay(Integer.MIN_VALUE), LocalDate.ofEpochDay(Integer.MAX_VALUE + 1L),
        LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
        LocalDate.of(0, 12, 31), LocalDate.of(2024, 11, 4));
  }

  @ParameterizedTest
  @MethodSource("days")
  void asOf_anyDay_answersAsPeriodContains(LocalDate day) {
    assertEquals(bruteForce(day), ATLAS.members(OTS).asOf(day).includingPossible().list().stream()
        .map(a -> a.subject().id().value() + " " + a.certainty()).toList(), day::toString);
    ATLAS.organizations().withMember(io.github.otsatlas.model.StateId.of("KAZ")).asOf(day).list();
    ATLAS.states().memberOfAll(OTS).asOf(day).includingPossible().list();
  }

  @org.junit.jupiter.api.Test
  void during_allOfTime_answersAsOverlapWithEveryRealDay() {
    // every bound of a period lies within years 1 to 9999: MIN..MAX overlaps a period as the
    // span of all those days does
    Period everyDay = Period.ofDays(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 30));
    List<String> expected = ATLAS.members(OTS).list().stream().map(Answer::subject)
        .filter(m -> m.period().overlaps(everyDay) != Certainty.NOT)
        .map(m -> m.id().value() + " " + m.period().overlaps(everyDay)).toList();
    assertEquals(expected, ATLAS.members(OTS).during(LocalDate.MIN, LocalDate.MAX).includingPossible()
        .list().stream().map(a -> a.subject().id().value() + " " + a.certainty()).toList());
  }

  @org.junit.jupiter.api.Test
  void asOf_theLastIntDay_seesAMembershipWithNoEnd() {
    // a period with no dated end is POSSIBLY held on any later day, as Period.contains says
    Membership m = ATLAS.corpus().memberships().stream()
        .filter(x -> x.organization().equals(OTS) && x.end().kind() != PeriodEnd.Kind.DATE)
        .findFirst().orElseThrow();
    LocalDate day = LocalDate.ofEpochDay(Integer.MAX_VALUE);
    assertEquals(Certainty.POSSIBLY, m.period().contains(day));
    assertEquals(Optional.of(m), ATLAS.members(OTS).asOf(day).includingPossible().list().stream()
        .map(Answer::subject).filter(m::equals).findFirst());
  }

  private static List<String> bruteForce(LocalDate day) {
    return ATLAS.members(OTS).list().stream().map(Answer::subject)
        .filter(m -> m.period().contains(day) != Certainty.NOT)
        .map(m -> m.id().value() + " " + m.period().contains(day)).toList();
  }
}
