package io.github.otsatlas.model;

import static io.github.otsatlas.model.TinyCorpus.cite;
import static io.github.otsatlas.model.TinyCorpus.d;
import static io.github.otsatlas.model.TinyCorpus.membership;
import static io.github.otsatlas.model.TinyCorpus.who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Roles that refine one another, and starts that sources dispute. */
final class MembershipTest {
  private static final Citation FOUNDER = cite("a", "AAA founded the Union.",
      who("state:AAA", "UNION", "FOUNDING_MEMBER"));
  private static final Citation MEMBER = cite("b", "AAA is a member of the Union.",
      who("state:AAA", "UNION", "MEMBER"));

  @Test
  void role_foundingMemberAndMember_isFoundingMember() {
    Membership m = membership("m", "state:AAA", "UNION").role(Role.FOUNDING_MEMBER).role(Role.MEMBER)
        .end(PeriodEnd.ongoing()).addCitations(FOUNDER, MEMBER).build();
    assertEquals(Role.FOUNDING_MEMBER, m.role());
    assertEquals(List.of(Role.FOUNDING_MEMBER, Role.MEMBER), m.roles());
    assertTrue(m.claims().containsAll(List.of(Claim.parse("role=FOUNDING_MEMBER"), Claim.parse("role=MEMBER"))));
  }

  @Test
  void role_memberThenFoundingMember_isFoundingMember() {
    Membership m = membership("m", "state:AAA", "UNION").role(Role.MEMBER).role(Role.FOUNDING_MEMBER)
        .end(PeriodEnd.ongoing()).addCitations(MEMBER, FOUNDER).build();
    assertEquals(Role.FOUNDING_MEMBER, m.role());
  }

  @Test
  void roles_observerAndMember_areDisputed_andTheFirstIsTheRecordsRole() {
    Membership m = membership("m", "state:AAA", "UNION").role(Role.OBSERVER).role(Role.MEMBER)
        .end(PeriodEnd.ongoing()).addCitations(MEMBER).build();
    assertTrue(m.isRoleDisputed());
    assertEquals(Role.OBSERVER, m.role());
    assertTrue(m.mayHoldRole(Role.MEMBER) && m.mayHoldRole(Role.OBSERVER) && !m.mayHoldRole(Role.FOUNDING_MEMBER));
  }

  @Test
  void roles_none_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> membership("m", "state:AAA", "UNION")
        .end(PeriodEnd.ongoing()).addCitations(MEMBER).build());
  }

  @Test
  void roles_oneTwice_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> membership("m", "state:AAA", "UNION")
        .role(Role.MEMBER).role(Role.MEMBER).end(PeriodEnd.ongoing()).addCitations(MEMBER).build());
  }

  @Test
  void start_compatibleStarts_isTheFinest() {
    Membership m = membership("m", "state:AAA", "UNION").role(Role.MEMBER).start(d("2021"))
        .start(d("2021-11")).end(PeriodEnd.ongoing()).addCitations(MEMBER).build();
    assertEquals(Optional.of(d("2021-11")), m.start());
    assertEquals(List.of(d("2021"), d("2021-11")), m.period().starts());
  }

  @Test
  void start_disputedStarts_isUnknown() {
    Membership m = membership("m", "state:AAA", "UNION").role(Role.MEMBER).start(d("2019"))
        .start(d("2020")).end(PeriodEnd.ongoing()).addCitations(MEMBER).build();
    assertEquals(Optional.empty(), m.start());
    assertEquals(List.of(d("2019"), d("2020")), m.starts());
    assertEquals(List.of(Claim.parse("start=2019"), Claim.parse("start=2020")),
        m.claims().stream().filter(c -> c.attribute() == Attribute.START).toList());
  }

  @Test
  void starts_oneTwice_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> membership("m", "state:AAA", "UNION")
        .role(Role.MEMBER).start(d("2019")).start(d("2019")).end(PeriodEnd.ongoing()).addCitations(MEMBER).build());
  }

  @Test
  void withRole_andWithStart_replaceEveryValue() {
    Membership m = membership("m", "state:AAA", "UNION").role(Role.FOUNDING_MEMBER).role(Role.MEMBER)
        .start(d("2019")).start(d("2020")).end(PeriodEnd.ongoing()).addCitations(FOUNDER).build();
    assertEquals(List.of(Role.MEMBER), m.withRole(Role.MEMBER).roles());
    assertEquals(List.of(d("2021")), m.withStart(Optional.of(d("2021"))).starts());
    assertEquals(List.of(), m.withStart(Optional.empty()).starts());
  }

  @Test
  void period_anAttestationBeforeOneOfTheDisputedStarts_isPeriodOrderViolation() {
    RuleViolationException e = assertThrows(RuleViolationException.class, () -> membership("m", "state:AAA", "UNION")
        .role(Role.MEMBER).start(d("2019")).start(d("2021")).end(PeriodEnd.ongoing()).addCitations(
            cite("a", "AAA joined in 2019.", "start=2019"), cite("b", "AAA joined in 2021.", "start=2021"),
            TinyCorpus.attested("c", "2020", "AAA is a member.", who("state:AAA", "UNION", "MEMBER"))).build());
    assertEquals(Rule.PERIOD_ORDER, e.rule());
  }
}
