package io.github.otsatlas.model;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ValueContractsTest {
  private static final SourceId SRC = SourceId.of("some-source");
  private static final List<Claim> NAME = List.of(new Claim(Attribute.NAME, "Aland"));

  @Test
  void partialDate_equalityFollowsPrecision() {
    new EqualsTester()
        .addEqualityGroup(PartialDate.parse("202X"), PartialDate.ofDecade(2020))
        .addEqualityGroup(PartialDate.parse("2021"), PartialDate.ofYear(2021))
        .addEqualityGroup(PartialDate.parse("2021-01"), PartialDate.ofMonth(2021, 1))
        .addEqualityGroup(PartialDate.parse("2021-01-01"), PartialDate.ofDay(2021, 1, 1))
        .testEquals();
  }

  @Test
  void period_equality() {
    new EqualsTester()
        .addEqualityGroup(Period.since(PartialDate.ofYear(2019)),
            Period.of(Optional.of(PartialDate.ofYear(2019)), PeriodEnd.ongoing()))
        .addEqualityGroup(Period.of(Optional.of(PartialDate.ofYear(2019)), PeriodEnd.unknown()))
        .addEqualityGroup(Period.of(Optional.empty(), PeriodEnd.ongoing(),
            List.of(PartialDate.ofYear(2020))),
            Period.of(Optional.empty(), PeriodEnd.ongoing(),
            List.of(PartialDate.ofYear(2020), PartialDate.ofYear(2020))))
        .testEquals();
  }

  @Test
  void ids_equality() {
    new EqualsTester()
        .addEqualityGroup(StateId.of("TUR"), Party.parse("state:TUR"))
        .addEqualityGroup(OrganizationId.of("OTS"), Party.parse("organization:OTS"))
        .addEqualityGroup(SourceId.of("a-b"), SourceId.of("a-b"))
        .addEqualityGroup(Waypoint.sea("Caspian Sea"), Waypoint.parse("sea:Caspian Sea"))
        .testEquals();
  }

  @Test
  void citation_equality() {
    new EqualsTester()
        .addEqualityGroup(Citation.of(SRC, "quote", NAME), Citation.of(SRC, "quote", NAME))
        .addEqualityGroup(Citation.builder().source(SRC).quote("quote").prefix("a").addAllSupports(NAME).build())
        .addEqualityGroup(Citation.of(SourceId.of("other"), "quote", NAME))
        .addEqualityGroup(Citation.of(SRC, "quote", List.of(new Claim(Attribute.ROLE, "MEMBER"))))
        .addEqualityGroup(Citation.builder().source(SRC).quote("quote").addAllSupports(NAME)
            .asOf(PartialDate.ofYear(2020)).build())
        .testEquals();
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(PeriodEnd.class, PeriodEnd.ongoing())
        .setDefault(PartialDate.class, PartialDate.ofYear(2020))
        .setDefault(SourceId.class, SRC)
        .setDefault(Attribute.class, Attribute.ROLE)
        .setDefault(FactRef.Kind.class, FactRef.Kind.STATE)
        .setDefault(Waypoint.Kind.class, Waypoint.Kind.SEA);
  }

  @Test
  void publicStaticMethods_rejectNulls() {
    NullPointerTester t = tester();
    t.testAllPublicStaticMethods(PartialDate.class);
    t.testAllPublicStaticMethods(PeriodEnd.class);
    t.testAllPublicStaticMethods(Period.class);
    t.testAllPublicStaticMethods(Citation.class);
    t.testAllPublicConstructors(StateId.class);
    t.testAllPublicConstructors(OrganizationId.class);
    t.testAllPublicConstructors(MembershipId.class);
    t.testAllPublicConstructors(Waypoint.class);
    t.testAllPublicConstructors(FactRef.class);
  }

  @Test
  void publicInstanceMethods_rejectNulls() {
    NullPointerTester t = tester();
    t.testAllPublicInstanceMethods(Period.since(PartialDate.ofYear(2019)));
    t.testAllPublicInstanceMethods(PartialDate.ofYear(2019));
    t.testAllPublicInstanceMethods(Citation.of(SRC, "quote", NAME));
    t.testAllPublicStaticMethods(Claim.class);
    t.testAllPublicInstanceMethods(Claim.parse("role=MEMBER"));
  }
}
