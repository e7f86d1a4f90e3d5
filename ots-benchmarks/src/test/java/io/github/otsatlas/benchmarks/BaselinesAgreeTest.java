package io.github.otsatlas.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.corpus.SeedCorpus;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The smoke mode of the benchmarks, run by the normal build: every implementation gives the
 * same answers as Atlas on a generated corpus of 10,000 memberships, for the benchmark's own
 * random parameters, and the benchmark classes set up and run once each. A guard for the
 * baselines' correctness as much as for the harness.
 */
final class BaselinesAgreeTest {
  private static final int CASES = 300;
  private static final int SIZE = 10_000;

  @Test
  void everyImplementation_answersAsAtlas() throws Exception {
    Corpus corpus = Corpora.generated(SIZE);
    assertEquals(SIZE, corpus.memberships().size());
    QueryParameters p = new QueryParameters(corpus);
    try (MembershipQueries atlas = MembershipQueries.Kind.atlas.over(corpus)) {
      for (MembershipQueries.Kind kind : MembershipQueries.Kind.values()) {
        int[] answers = new int[3];
        try (MembershipQueries other = kind.over(corpus)) {
          for (int i = 0; i < CASES; i++) {
            String at = kind + " case " + i + " on " + p.days[i];
            answers[0] += agree(atlas.membersOn(p.organizations[i], p.days[i]),
                other.membersOn(p.organizations[i], p.days[i]), "Q1 " + at);
            answers[1] += agree(atlas.organizationsOf(p.parties[i], p.days[i]),
                other.organizationsOf(p.parties[i], p.days[i]), "Q2 " + at);
            answers[2] += agree(
                atlas.statesInBoth(p.organizations[i], p.otherOrganizations[i], p.days[i]),
                other.statesInBoth(p.organizations[i], p.otherOrganizations[i], p.days[i]),
                "Q3 " + at);
          }
        }
        // Guards against agreeing on nothing: the parameters must produce real answers.
        for (int a : answers) {
          assertTrue(a > CASES, kind + ": too few answers to compare: " + a);
        }
      }
    }
  }

  @Test
  void seedQueries_bruteForceAnswersAsAtlas() {
    Corpus corpus = SeedCorpus.load();
    SeedBenchmark.SeedQueries atlas = new SeedBenchmark.AtlasSeedQueries(Atlas.of(corpus));
    SeedBenchmark.SeedQueries brute = new SeedBenchmark.BruteForceSeedQueries(corpus);
    int found = 0;
    for (State s : corpus.states()) {
      found += agree(atlas.corridorsThrough(s.id()), brute.corridorsThrough(s.id()),
          "corridors through " + s.id());
      found += agree(atlas.summitsHostedIn(s.id()), brute.summitsHostedIn(s.id()),
          "summits hosted in " + s.id());
    }
    assertTrue(found > 0);
  }

  @Test
  void benchmarks_setUpAndRunOnce() {
    for (MembershipQueries.Kind kind : MembershipQueries.Kind.values()) {
      MembershipBenchmark b = new MembershipBenchmark();
      b.impl = kind.name();
      b.memberships = SIZE;
      b.setUp();
      b.q1MembersOn();
      b.q2OrganizationsOf();
      b.q3StatesInBoth();
      b.tearDown();
    }
    for (String impl : List.of("atlas", "bruteForce")) {
      SeedBenchmark b = new SeedBenchmark();
      b.impl = impl;
      b.setUp();
      b.corridorsThrough();
      b.summitsHostedIn();
    }
    for (String day : List.of("2024-12-31", "2025-12-31", "2026-01-13")) {
      java.util.Map<String, Atlas> built = new java.util.HashMap<>();
      for (String impl : List.of("cached", "uncached", "wholeIndex")) {
        NarrowingBenchmark b = new NarrowingBenchmark();
        b.day = day;
        b.impl = impl;
        b.setUp();
        built.put(impl, b.narrow());
      }
      // the cached and the freshly built narrowed atlases hold the same corpus
      assertEquals(built.get("cached").corpus(), built.get("uncached").corpus(), day);
      assertEquals(Atlas.seeded().corpus(), built.get("wholeIndex").corpus(), day);
    }
    LoadBenchmark.LoadedCorpus loaded = new LoadBenchmark.LoadedCorpus();
    loaded.memberships = SIZE;
    loaded.generate();
    assertEquals(SIZE, new LoadBenchmark().largeIndex(loaded).corpus().memberships().size());
  }

  /** Asserts the same answers, each once; returns how many. */
  private static int agree(List<?> expected, List<?> actual, String what) {
    Set<String> want = keys(expected, what);
    assertEquals(want, keys(actual, what), what);
    return want.size();
  }

  private static Set<String> keys(List<?> answers, String what) {
    Set<String> out = new TreeSet<>();
    for (Object a : answers) {
      Object subject = a instanceof Answer ? ((Answer<?>) a).subject() : a;
      String key;
      if (subject instanceof Party) {
        key = ((Party) subject).key();
      } else if (subject instanceof Organization) {
        key = ((Organization) subject).id().key();
      } else if (subject instanceof State) {
        key = ((State) subject).id().key();
      } else if (subject instanceof Corridor) {
        key = ((Corridor) subject).id().value();
      } else if (subject instanceof Summit) {
        key = ((Summit) subject).id().value();
      } else {
        throw new AssertionError(what + ": unexpected answer " + a);
      }
      assertTrue(out.add(key), what + ": " + key + " answered twice");
    }
    return out;
  }
}
