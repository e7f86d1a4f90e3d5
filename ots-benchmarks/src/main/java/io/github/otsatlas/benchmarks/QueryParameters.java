package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Random query parameters, drawn once per trial from a fixed seed so that every
 * implementation answers the same sequence of questions: organizations and parties uniform
 * over the corpus's organizations (Q3's two distinct) and over the states that hold
 * memberships (Q2), days uniform over 1950–2025.
 * A benchmark cycles through them, one per invocation.
 */
final class QueryParameters {
  /** How many parameter sets are drawn; a power of two, so the cursor wraps with a mask. */
  static final int COUNT = 4096;
  static final int MASK = COUNT - 1;
  static final long SEED = 7L;
  static final LocalDate FIRST_DAY = LocalDate.of(1950, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  final OrganizationId[] organizations = new OrganizationId[COUNT];
  final OrganizationId[] otherOrganizations = new OrganizationId[COUNT];
  final Party[] parties = new Party[COUNT];
  final LocalDate[] days = new LocalDate[COUNT];

  QueryParameters(Corpus corpus) {
    Random r = new Random(SEED);
    List<OrganizationId> orgs = corpus.organizations().stream().map(o -> o.id()).toList();
    // Q2 asks about states, the ~250 parties of the benchmark shape; organizations that are
    // members of organizations (one party in twenty) would mostly ask about a handful of rows.
    List<Party> ps = corpus.memberships().stream().map(Membership::party).filter(Party::isState)
        .distinct().sorted().toList();
    long first = FIRST_DAY.toEpochDay();
    int span = (int) (LAST_DAY.toEpochDay() - first + 1);
    for (int i = 0; i < COUNT; i++) {
      int a = r.nextInt(orgs.size());
      int b = (a + 1 + r.nextInt(orgs.size() - 1)) % orgs.size();
      organizations[i] = orgs.get(a);
      otherOrganizations[i] = orgs.get(b);
      parties[i] = ps.get(r.nextInt(ps.size()));
      days[i] = LocalDate.ofEpochDay(first + r.nextInt(span));
    }
  }
}
