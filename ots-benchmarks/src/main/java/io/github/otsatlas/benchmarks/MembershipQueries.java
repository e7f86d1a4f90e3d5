package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import java.time.LocalDate;
import java.util.List;

/**
 * The three membership questions of the benchmark, each answered by one implementation. All
 * of them answer the same question: which memberships <em>definitely</em> held on the day
 * (every completion of the partial dates agrees; {@code Period.contains(day) == DEFINITELY}).
 *
 * <p>Results are lists of identifiers ({@link Party}, {@link OrganizationId}, {@code StateId}),
 * except Atlas's {@code organizationsOf} and {@code statesInBoth}, which return the
 * {@code Answer}s a user of the library gets (see {@link AtlasQueries}).
 */
interface MembershipQueries extends AutoCloseable {

  /** Q1: the parties that were members of {@code organization} on {@code day}. */
  List<?> membersOn(OrganizationId organization, LocalDate day);

  /** Q2: the organizations {@code party} was a member of on {@code day}. */
  List<?> organizationsOf(Party party, LocalDate day);

  /** Q3: the states that were members of both {@code a} and {@code b} on {@code day}. */
  List<?> statesInBoth(OrganizationId a, OrganizationId b, LocalDate day);

  @Override
  default void close() {}

  /** The implementations, by the name the benchmark's {@code impl} parameter uses. */
  enum Kind {
    /** The product: {@code io.github.otsatlas.query.Atlas}. */
    atlas,
    /** A stream filter over every membership. */
    bruteForce,
    /** HashMaps by organization and by party, with a linear filter of each list. */
    hashMap,
    /** CQEngine with hash indexes on organization and party. */
    cqengineHash,
    /** CQEngine with hash indexes plus navigable indexes on both definite bounds. */
    cqengineNavigable,
    /** H2 in memory, B-tree indexes, prepared statements. */
    h2,
    /** Hand-written: sorted int arrays of epoch days, binary search. */
    limit;

    /** Builds this implementation's indexes over {@code corpus}. */
    MembershipQueries over(Corpus corpus) {
      switch (this) {
        case atlas:
          return new AtlasQueries(corpus);
        case bruteForce:
          return new BruteForceQueries(corpus);
        case hashMap:
          return new HashMapQueries(corpus);
        case cqengineHash:
          return new CqEngineQueries(corpus, false);
        case cqengineNavigable:
          return new CqEngineQueries(corpus, true);
        case h2:
          return new H2Queries(corpus);
        case limit:
          return new SortedArrayQueries(corpus);
        default:
          throw new AssertionError(this);
      }
    }
  }
}
