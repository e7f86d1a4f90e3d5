package io.github.otsatlas.benchmarks;

import static com.googlecode.cqengine.query.QueryFactory.and;
import static com.googlecode.cqengine.query.QueryFactory.equal;
import static com.googlecode.cqengine.query.QueryFactory.greaterThan;
import static com.googlecode.cqengine.query.QueryFactory.lessThanOrEqualTo;

import com.googlecode.cqengine.ConcurrentIndexedCollection;
import com.googlecode.cqengine.IndexedCollection;
import com.googlecode.cqengine.attribute.SimpleAttribute;
import com.googlecode.cqengine.index.hash.HashIndex;
import com.googlecode.cqengine.index.navigable.NavigableIndex;
import com.googlecode.cqengine.query.Query;
import com.googlecode.cqengine.query.option.QueryOptions;
import com.googlecode.cqengine.resultset.ResultSet;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CQEngine over the membership objects themselves, queried with {@code equal(organization)
 * AND definiteFrom <= day AND definiteUntil > day}. Open ends need no nulls: {@link
 * io.github.otsatlas.model.Period} already gives an ongoing or unknown end an epoch day above
 * any real day, and an unknown start one below any.
 *
 * <p>Two index configurations: hash indexes on organization and party only (the remaining
 * conditions filter the bucket), or those plus navigable indexes on both day bounds. The
 * issue warns that CQEngine sometimes plans the second slower than a scan; both are measured.
 */
final class CqEngineQueries implements MembershipQueries {
  static final SimpleAttribute<Membership, OrganizationId> ORGANIZATION =
      new SimpleAttribute<>(Membership.class, OrganizationId.class, "organization") {
        @Override
        public OrganizationId getValue(Membership m, QueryOptions options) {
          return m.organization();
        }
      };
  static final SimpleAttribute<Membership, Party> PARTY =
      new SimpleAttribute<>(Membership.class, Party.class, "party") {
        @Override
        public Party getValue(Membership m, QueryOptions options) {
          return m.party();
        }
      };
  static final SimpleAttribute<Membership, Long> DEFINITE_FROM =
      new SimpleAttribute<>(Membership.class, Long.class, "definiteFrom") {
        @Override
        public Long getValue(Membership m, QueryOptions options) {
          return PeriodDays.definiteFrom(m.period());
        }
      };
  static final SimpleAttribute<Membership, Long> DEFINITE_UNTIL =
      new SimpleAttribute<>(Membership.class, Long.class, "definiteUntil") {
        @Override
        public Long getValue(Membership m, QueryOptions options) {
          return PeriodDays.definiteUntil(m.period());
        }
      };

  private final IndexedCollection<Membership> memberships = new ConcurrentIndexedCollection<>();

  CqEngineQueries(Corpus corpus, boolean navigable) {
    memberships.addIndex(HashIndex.onAttribute(ORGANIZATION));
    memberships.addIndex(HashIndex.onAttribute(PARTY));
    if (navigable) {
      memberships.addIndex(NavigableIndex.onAttribute(DEFINITE_FROM));
      memberships.addIndex(NavigableIndex.onAttribute(DEFINITE_UNTIL));
    }
    memberships.addAll(corpus.memberships());
  }

  private static Query<Membership> definitelyOn(Query<Membership> who, long day) {
    return and(who, lessThanOrEqualTo(DEFINITE_FROM, day), greaterThan(DEFINITE_UNTIL, day));
  }

  @Override
  public List<?> membersOn(OrganizationId organization, LocalDate day) {
    List<Party> out = new ArrayList<>();
    try (ResultSet<Membership> rs =
        memberships.retrieve(definitelyOn(equal(ORGANIZATION, organization), day.toEpochDay()))) {
      for (Membership m : rs) {
        out.add(m.party());
      }
    }
    return out;
  }

  @Override
  public List<?> organizationsOf(Party party, LocalDate day) {
    List<OrganizationId> out = new ArrayList<>();
    try (ResultSet<Membership> rs =
        memberships.retrieve(definitelyOn(equal(PARTY, party), day.toEpochDay()))) {
      for (Membership m : rs) {
        out.add(m.organization());
      }
    }
    return out;
  }

  @Override
  public List<?> statesInBoth(OrganizationId a, OrganizationId b, LocalDate day) {
    long d = day.toEpochDay();
    Set<Party> inA = new HashSet<>();
    try (ResultSet<Membership> rs = memberships.retrieve(definitelyOn(equal(ORGANIZATION, a), d))) {
      for (Membership m : rs) {
        if (m.party().isState()) {
          inA.add(m.party());
        }
      }
    }
    List<Party> out = new ArrayList<>();
    try (ResultSet<Membership> rs = memberships.retrieve(definitelyOn(equal(ORGANIZATION, b), d))) {
      for (Membership m : rs) {
        if (inA.contains(m.party())) {
          out.add(m.party());
        }
      }
    }
    return out;
  }
}
