package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Q1, Q2 and Q3 on generated corpora of 10,000, 100,000 and 1,000,000 memberships, answered by
 * each implementation of {@link MembershipQueries.Kind}. Each invocation answers the next of
 * {@value QueryParameters#COUNT} random parameter sets; the score is the mean time of one
 * answer. Only the implementation being measured is built in its fork.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: first-touch page faults otherwise slow allocation-heavy fast
// queries many times over. 4 GiB holds the largest live set (H2 at 1,000,000 memberships,
// under 600 MiB) with room; pre-touching 8 GiB took 8 to 25 s per fork on this machine.
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class MembershipBenchmark {

  /** The implementation: a {@link MembershipQueries.Kind} name. */
  @Param({"atlas", "limit", "hashMap", "cqengineHash", "cqengineNavigable", "h2", "bruteForce"})
  public String impl;

  /** The number of membership records in the generated corpus. */
  @Param({"10000", "100000", "1000000"})
  public int memberships;

  private MembershipQueries queries;
  private QueryParameters p;
  private int i;

  /** Generates the corpus and builds the implementation's indexes. */
  @Setup(Level.Trial)
  public void setUp() {
    Corpus corpus = Corpora.generated(memberships);
    queries = MembershipQueries.Kind.valueOf(impl).over(corpus);
    p = new QueryParameters(corpus);
  }

  /** Releases the implementation (closes H2). */
  @TearDown(Level.Trial)
  public void tearDown() {
    queries.close();
  }

  /** Q1: members of an organization on a day. */
  @Benchmark
  public List<?> q1MembersOn() {
    int k = i = (i + 1) & QueryParameters.MASK;
    return queries.membersOn(p.organizations[k], p.days[k]);
  }

  /** Q2: organizations of a party on a day. */
  @Benchmark
  public List<?> q2OrganizationsOf() {
    int k = i = (i + 1) & QueryParameters.MASK;
    return queries.organizationsOf(p.parties[k], p.days[k]);
  }

  /** Q3: states in both of two organizations on a day. */
  @Benchmark
  public List<?> q3StatesInBoth() {
    int k = i = (i + 1) & QueryParameters.MASK;
    return queries.statesInBoth(p.organizations[k], p.otherOrganizations[k], p.days[k]);
  }
}
