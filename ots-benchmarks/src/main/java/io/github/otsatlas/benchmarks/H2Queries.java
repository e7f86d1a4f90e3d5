package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * H2 in memory: one row per membership with integer surrogate keys for organization and
 * party and the four day bounds as epoch days, B-tree indexes for each question, and
 * prepared statements reused across calls (one connection; not thread-safe, which the
 * benchmark does not need).
 */
final class H2Queries implements MembershipQueries {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  static final String MEMBERS_ON =
      "SELECT party FROM membership WHERE org = ? AND def_from <= ? AND def_until > ?";
  static final String ORGANIZATIONS_OF =
      "SELECT org FROM membership WHERE party = ? AND def_from <= ? AND def_until > ?";
  // An INTERSECT of two index range scans: H2 2.3 plans the equivalent self-join through
  // the party index, reading every membership of each candidate party (about 4,000 per state
  // at 1,000,000 memberships), which is slower than this by orders of magnitude.
  static final String STATES_IN_BOTH =
      "SELECT party FROM membership WHERE org = ? AND is_state AND def_from <= ? AND def_until > ?"
      + " INTERSECT "
      + "SELECT party FROM membership WHERE org = ? AND def_from <= ? AND def_until > ?";

  private final Connection connection;
  private final Map<OrganizationId, Integer> organizationKey = new HashMap<>();
  private final Map<Party, Integer> partyKey = new HashMap<>();
  private final List<OrganizationId> organizations = new ArrayList<>();
  private final List<Party> parties = new ArrayList<>();
  private final PreparedStatement membersOn;
  private final PreparedStatement organizationsOf;
  private final PreparedStatement statesInBoth;

  H2Queries(Corpus corpus) {
    try {
      connection = DriverManager.getConnection(
          "jdbc:h2:mem:memberships" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=0");
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE TABLE membership (id INT PRIMARY KEY, org INT NOT NULL, party INT NOT NULL,"
            + " is_state BOOLEAN NOT NULL, pos_from BIGINT NOT NULL, pos_until BIGINT NOT NULL,"
            + " def_from BIGINT NOT NULL, def_until BIGINT NOT NULL)");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO membership VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        int id = 0;
        for (Membership m : corpus.memberships()) {
          Period p = m.period();
          insert.setInt(1, id++);
          insert.setInt(2, organizationKey.computeIfAbsent(m.organization(), k -> {
            organizations.add(k);
            return organizations.size() - 1;
          }));
          insert.setInt(3, partyKey.computeIfAbsent(m.party(), k -> {
            parties.add(k);
            return parties.size() - 1;
          }));
          insert.setBoolean(4, m.party().isState());
          insert.setLong(5, PeriodDays.possibleFrom(p));
          insert.setLong(6, PeriodDays.possibleUntil(p));
          insert.setLong(7, PeriodDays.definiteFrom(p));
          insert.setLong(8, PeriodDays.definiteUntil(p));
          insert.addBatch();
          if (id % 10_000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE INDEX membership_org ON membership (org, def_from)");
        s.execute("CREATE INDEX membership_party ON membership (party, def_from)");
        s.execute("ANALYZE");
      }
      membersOn = connection.prepareStatement(MEMBERS_ON);
      organizationsOf = connection.prepareStatement(ORGANIZATIONS_OF);
      statesInBoth = connection.prepareStatement(STATES_IN_BOTH);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot build the H2 database", e);
    }
  }

  /** Returns H2's plan of each statement, for the record. */
  List<String> plans() {
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      for (String sql : List.of(MEMBERS_ON, ORGANIZATIONS_OF, STATES_IN_BOTH)) {
        try (ResultSet rs = s.executeQuery("EXPLAIN " + sql.replace("?", "0"))) {
          rs.next();
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Override
  public List<?> membersOn(OrganizationId organization, LocalDate day) {
    Integer org = organizationKey.get(organization);
    long d = day.toEpochDay();
    return org == null ? List.of() : run(membersOn, parties, org, d, d);
  }

  @Override
  public List<?> organizationsOf(Party party, LocalDate day) {
    Integer key = partyKey.get(party);
    long d = day.toEpochDay();
    return key == null ? List.of() : run(organizationsOf, organizations, key, d, d);
  }

  @Override
  public List<?> statesInBoth(OrganizationId a, OrganizationId b, LocalDate day) {
    Integer ka = organizationKey.get(a);
    Integer kb = organizationKey.get(b);
    long d = day.toEpochDay();
    return ka == null || kb == null ? List.of() : run(statesInBoth, parties, ka, d, d, kb, d, d);
  }

  /**
   * Runs a prepared statement with int keys and long days as its parameters, in order, and
   * maps the first column of each row back through {@code byKey}.
   */
  private static <T> List<T> run(PreparedStatement statement, List<T> byKey, Object... params) {
    List<T> out = new ArrayList<>();
    try {
      for (int k = 0; k < params.length; k++) {
        if (params[k] instanceof Integer) {
          statement.setInt(k + 1, (Integer) params[k]);
        } else {
          statement.setLong(k + 1, (Long) params[k]);
        }
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          out.add(byKey.get(rs.getInt(1)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
