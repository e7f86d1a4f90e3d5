package io.github.otsatlas.testing;

import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.AgreementId;
import io.github.otsatlas.model.AgreementKind;
import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.RuleViolationException;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.CorridorKind;
import io.github.otsatlas.model.CorridorStatus;
import io.github.otsatlas.model.EndReason;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.ExerciseId;
import io.github.otsatlas.model.ExerciseStatus;
import io.github.otsatlas.model.Delegate;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.MeetingId;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.RecognitionId;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.Mode;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.Outcome;
import io.github.otsatlas.model.OutcomeKind;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.model.SummitStatus;
import io.github.otsatlas.model.Waypoint;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes valid corpora deterministically from a seed: the same seed and shape give the same
 * {@link FactSet}. Every generated set obeys every {@link io.github.otsatlas.model.Rule}:
 * membership chains of one party in one organization are laid end to end on shared boundary
 * dates (so they never definitely overlap), start after the founding, and founding members
 * start exactly at it; every citation quotes a sentence of a generated source, whose text
 * is hard-wrapped at random so that quotes are found only after folding whitespace. With {@link
 * CorpusShape#withAgreementsAndExercises()}, the set also holds agreements and exercises and
 * half its corridors are attested on a day.
 *
 * <p>Stateless and thread-safe; {@link AtlasArbitraries#factSets()} draws seeds from jqwik.
 */
public final class CorpusGenerator {
  private static final Role[] CHAIN_ROLES = {
    Role.MEMBER, Role.OBSERVER, Role.MEMBER, Role.OBSERVER, Role.ASSOCIATE_MEMBER,
    Role.PARTNER, Role.CANDIDATE, Role.GUEST_OF_HONOUR
  };

  private CorpusGenerator() {}

  /**
   * Generates a valid fact set.
   *
   * <pre>{@code
   * Corpus corpus = CorpusGenerator.generate(42, CorpusShape.small()).toCorpus();
   * }</pre>
   *
   * @param seed the seed; the same seed and shape give the same set
   * @param shape the size and mix, not null; with {@link CorpusShape#sourcesOverTime()}, the same
   *     records are cited anew by several sources over time ({@link CorpusShape#withSourcesOverTime()})
   * @return the fact set; {@link FactSet#toCorpus()} on it succeeds
   */
  public static FactSet generate(long seed, CorpusShape shape) {
    if (shape.sourcesOverTime()) {
      return SourcesOverTime.generate(seed, shape);
    }
    return new Run(new Random(seed), shape).make();
  }

  /**
   * Returns a partial date in {@code year} at a random precision.
   *
   * @param random the randomness, not null
   * @param year the year, 1 to 9999
   */
  public static PartialDate partialDateIn(Random random, int year) {
    int p = random.nextInt(3);
    int month = 1 + random.nextInt(12);
    if (p == 0) {
      return PartialDate.ofYear(year);
    }
    if (p == 1) {
      return PartialDate.ofMonth(year, month);
    }
    return PartialDate.ofDay(year, month, 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth()));
  }

  /** Words every generated sentence holds, so that a signatory kept in a source's words is quoted. */
  private static final List<String> SIGNATORIES = List.of("Statement", "generated fact", "a generated fact",
      "document", "supports a generated");

  // Stands in for a record's citations until its claims are known (Cited#claims() is the one
  // definition of what a record claims); never part of a generated corpus.
  private static final Claim PLACEHOLDER_CLAIM = new Claim(Attribute.NAME, "placeholder");
  private static final Citation PLACEHOLDER = Citation.of(SourceId.of("placeholder"),
      "placeholder", List.of(PLACEHOLDER_CLAIM));

  /**
   * Returns a copy of a membership whose citations support exactly the claims it makes now:
   * each citation's {@code supports} is replaced by the membership's claims, its quote and
   * attestation kept. A property that changes one value ({@code withRole}, {@code withStart})
   * to break a rule re-cites the record so that only that rule breaks.
   *
   * @param membership the membership, not null
   */
  public static Membership recited(Membership membership) {
    List<Claim> claims = membership.claims();
    return membership.withCitations(membership.citations().stream()
        .map(c -> c.withSupports(claims)).toList());
  }

  /** One generation: the randomness and what has been made so far. */
  private static final class Run {
    final Random r;
    final CorpusShape shape;
    final List<SourceId> sourceIds = List.of(SourceId.of("generated-source-a"), SourceId.of("generated-source-b"));
    // For each distinct sentence, its occurrence in each source: (source, sentence) pairs.
    final List<List<Citation>> citationPool = new ArrayList<>();
    final List<StateId> stateIds = new ArrayList<>();
    final List<OrganizationId> orgIds = new ArrayList<>();
    final Map<OrganizationId, List<SummitId>> summitsByOrg = new HashMap<>();
    int membershipCounter;
    // whether the second source republishes the first: then the two cannot dispute a value
    boolean republished;

    Run(Random r, CorpusShape shape) {
      this.r = r;
      this.shape = shape;
    }

    FactSet make() {
      List<Source> sources = sources();
      List<State> states = new ArrayList<>();
      for (int i = 0; i < shape.states(); i++) {
        StateId id = StateId.of(letters(i));
        stateIds.add(id);
        boolean deFacto = r.nextInt(20) == 0;
        State probe = State.builder().id(id).name("State " + id.code())
            .addAliases("Republic of " + id.code())
            .recognition(deFacto ? Recognition.DE_FACTO : Recognition.RECOGNIZED)
            .addAllClassified(!deFacto && r.nextInt(3) == 0 ? List.of(Attribute.RECOGNITION) : List.of())
            .addCitations(PLACEHOLDER).build();
        states.add(probe.withCitations(cite(probe)));
      }
      for (int i = 0; i < shape.organizations(); i++) {
        orgIds.add(OrganizationId.of("O-" + letters(i)));
      }
      List<Summit> summits = summits();
      List<Organization> organizations = new ArrayList<>();
      List<Membership> memberships = new ArrayList<>();
      for (OrganizationId id : orgIds) {
        Organization org = organization(id);
        organizations.add(org);
        memberships(org, memberships);
      }
      List<Corridor> corridors = corridors();
      if (!shape.agreementsAndExercises() && !shape.meetingsAndRecognitions()) {
        return new FactSet(sources, states, organizations, memberships, corridors, summits);
      }
      List<Agreement> agreements = shape.agreementsAndExercises() ? agreements(summits) : List.of();
      List<Exercise> exercises = shape.agreementsAndExercises() ? exercises() : List.of();
      if (!shape.meetingsAndRecognitions()) {
        return new FactSet(sources, states, organizations, memberships, corridors, summits, agreements, exercises);
      }
      return new FactSet(sources, states, organizations, memberships, corridors, summits, agreements,
          exercises, meetings(), recognitions());
    }

    /** Words of every generated sentence: a delegate's title kept in a source's words is quoted. */
    String office() {
      return SIGNATORIES.get(r.nextInt(SIGNATORIES.size()));
    }

    List<Meeting> meetings() {
      List<Meeting> out = new ArrayList<>();
      for (int i = 1; i <= shape.summits(); i++) {
        Meeting.Builder b = Meeting.builder().id(MeetingId.of("meeting-" + i)).name("Meeting " + i)
            .kind(MeetingKind.values()[r.nextInt(MeetingKind.values().length)])
            .organization(r.nextBoolean() ? Optional.of(orgIds.get(r.nextInt(orgIds.size()))) : Optional.empty())
            .addAllDates(dates()).addAllHostStates(hosts())
            .addCitations(PLACEHOLDER);
        if (r.nextBoolean()) {
          b.hostCity("City " + r.nextInt(3));
        }
        if (r.nextInt(3) == 0) {
          b.ordinal(1 + r.nextInt(3));
        }
        Who who = who();
        b.addAllAttendance(who.attending).addAllAbsence(who.absent).addAllInvited(who.invited)
            .addAllDelegates(who.delegates);
        Meeting probe = b.build();
        out.add(probe.withCitations(citeDisputed(probe)));
      }
      return out;
    }

    /** Who attended, who stayed away (never both), who was invited, and offices for some of them. */
    record Who(List<Party> attending, List<Party> absent, List<Party> invited, List<Delegate> delegates) {}

    Who who() {
      List<Party> attending = parties(3);
      List<Party> absent = new ArrayList<>(parties(2));
      absent.removeAll(attending);
      List<Party> invited = parties(2);
      List<Delegate> delegates = new ArrayList<>();
      for (Party p : attending) {
        if (r.nextInt(3) == 0) {
          delegates.add(Delegate.office(p, office()));
        }
      }
      for (Party p : absent) {
        if (r.nextInt(3) == 0) {
          delegates.add(Delegate.office(p, office()));
        }
      }
      return new Who(attending, absent, invited, delegates);
    }

    List<RecognitionAct> recognitions() {
      List<RecognitionAct> out = new ArrayList<>();
      for (int i = 1; i <= shape.corridors(); i++) {
        StateId recognizer = stateIds.get(r.nextInt(stateIds.size()));
        Set<StateId> recognized = new LinkedHashSet<>();
        for (int k = r.nextInt(3); k > 0; k--) {
          StateId s = stateIds.get(r.nextInt(stateIds.size()));
          if (!s.equals(recognizer)) {
            recognized.add(s);
          }
        }
        RecognitionAct.Builder b = RecognitionAct.builder().id(RecognitionId.of("recognition-" + i))
            .recognizer(recognizer).addAllRecognized(recognized).addAllDates(dates())
            .first(r.nextInt(3) == 0).addCitations(PLACEHOLDER);
        if (recognized.isEmpty()) {
          // the source names no state: its words stand for them
          b.recognizedAs(office());
        }
        RecognitionAct probe = b.build();
        out.add(probe.withCitations(citeDisputed(probe)));
      }
      return out;
    }

    /** A state most of the time, sometimes an organization. */
    Party party() {
      return r.nextInt(5) == 0 ? orgIds.get(r.nextInt(orgIds.size())) : stateIds.get(r.nextInt(stateIds.size()));
    }

    /** None to {@code max} distinct parties. */
    List<Party> parties(int max) {
      Set<Party> out = new LinkedHashSet<>();
      for (int k = r.nextInt(max + 1); k > 0; k--) {
        out.add(party());
      }
      return List.copyOf(out);
    }

    /**
     * No date (one time in eight), two dates that two sources dispute (one in eight, when the
     * sources are independent), or one.
     */
    List<PartialDate> dates() {
      int n = r.nextInt(8) == 0 ? 0 : r.nextInt(8) == 0 && !republished ? 2 : 1;
      Set<PartialDate> out = new LinkedHashSet<>();
      for (int k = 0; k < n; k++) {
        out.add(partialDateIn(r, shape.fromYear() + r.nextInt(shape.toYear() - shape.fromYear() + 1)));
      }
      return List.copyOf(out);
    }

    /** One host most of the time, none or two (disputed by two independent sources) now and then. */
    List<StateId> hosts() {
      Set<StateId> out = new LinkedHashSet<>();
      for (int k = r.nextInt(6) == 0 ? 0 : r.nextInt(6) == 0 && !republished ? 2 : 1; k > 0; k--) {
        out.add(stateIds.get(r.nextInt(stateIds.size())));
      }
      return List.copyOf(out);
    }

    List<Agreement> agreements(List<Summit> summits) {
      List<Agreement> out = new ArrayList<>();
      for (int i = 1; i <= shape.summits(); i++) {
        Agreement.Builder b = Agreement.builder().id(AgreementId.of("agreement-" + i))
            .name("Agreement " + i)
            .kind(AgreementKind.values()[r.nextInt(AgreementKind.values().length)])
            .addAllParties(parties(3))
            .addAllDates(dates()).addAllHostStates(hosts())
            .addCitations(PLACEHOLDER);
        // a signatory is kept in a source's words, so it is words every generated sentence has
        Set<String> signatories = new LinkedHashSet<>();
        for (int k = r.nextInt(3); k > 0; k--) {
          signatories.add(SIGNATORIES.get(r.nextInt(SIGNATORIES.size())));
        }
        b.addAllSignatories(signatories);
        if (r.nextBoolean()) {
          b.hostCity("City " + r.nextInt(3));
          if (r.nextInt(6) == 0 && !republished) {
            b.hostCity("City " + (3 + r.nextInt(3)));
          }
        }
        if (!summits.isEmpty() && r.nextInt(3) == 0) {
          b.adoptedAt(summits.get(r.nextInt(summits.size())).id());
        }
        Agreement probe = b.build();
        if (probe.claims().isEmpty()) {
          // a record needs a claim to cite: an agreement of unknown kind with no party, date or place has none
          probe = b.kind(AgreementKind.AGREEMENT).build();
        }
        out.add(probe.withCitations(citeDisputed(probe)));
      }
      return out;
    }

    List<Exercise> exercises() {
      List<Exercise> out = new ArrayList<>();
      for (int i = 1; i <= shape.corridors(); i++) {
        Exercise.Builder b = Exercise.builder().id(ExerciseId.of("exercise-" + i))
            .label("Exercise " + i)
            .status(ExerciseStatus.values()[r.nextInt(ExerciseStatus.values().length)])
            .addAllDates(dates()).addAllHostStates(hosts())
            .addAllOrganizers(parties(2)).addAllParticipants(parties(3))
            .framework(r.nextBoolean() ? Optional.of(orgIds.get(r.nextInt(orgIds.size()))) : Optional.empty())
            .addCitations(PLACEHOLDER);
        Exercise probe = b.build();
        if (probe.claims().isEmpty()) {
          probe = b.status(ExerciseStatus.HELD).build();
        }
        out.add(probe.withCitations(citeDisputed(probe)));
      }
      return out;
    }

    List<Source> sources() {
      List<Source> out = new ArrayList<>();
      for (int s = 0; s < sourceIds.size(); s++) {
        StringBuilder text = new StringBuilder("Generated document ").append(s).append(".\n");
        for (int q = 0; q < shape.distinctQuotes(); q++) {
          String sentence = sentence(s, q);
          text.append(wrap(sentence)).append(r.nextBoolean() ? " " : "\n\n");
          if (s == 0) {
            citationPool.add(new ArrayList<>());
          }
          citationPool.get(q).add(Citation.of(sourceIds.get(s), sentence, List.of(PLACEHOLDER_CLAIM)));
        }
        out.add(Source.builder().id(sourceIds.get(s)).file("generated-" + s + ".txt")
            .title("Generated document " + s).language("en")
            .published(PartialDate.ofYear(shape.toYear()))
            .republicationOf(s == 1 && (republished = r.nextBoolean()) ? Optional.of(sourceIds.get(0)) : Optional.empty())
            .text(text.toString()).build());
      }
      return out;
    }

    String sentence(int source, int q) {
      // Every tenth sentence carries a character outside the Basic Multilingual Plane, so that
      // code point offsets differ from char offsets.
      String mark = q % 10 == 3 ? " \uD835\uDD7F" : "";
      return "Statement " + q + " of document " + source + mark + " supports a generated fact.";
    }

    String wrap(String sentence) {
      StringBuilder b = new StringBuilder();
      for (String word : sentence.split(" ")) {
        if (b.length() > 0) {
          b.append(r.nextInt(4) == 0 ? "\n      " : " ");
        }
        b.append(word);
      }
      return b.toString();
    }

    /**
     * Returns citations for the claims of a record that are not classified: one sentence, or
     * (one time in five) the same sentence in both sources; each citation supports every
     * claim, except that a second one sometimes supports only some of them.
     */
    List<Citation> cite(Fact fact) {
      return cite(fact.claims().stream().filter(c -> !fact.isClassified(c)).toList(), Optional.empty());
    }

    List<Citation> cite(Cited part) {
      return cite(part.claims(), Optional.empty());
    }

    List<Citation> cite(List<Claim> claims, Optional<PartialDate> asOf) {
      List<Citation> sameQuote = citationPool.get(r.nextInt(citationPool.size()));
      List<Citation> quotes = r.nextInt(5) == 0 ? sameQuote
          : List.of(sameQuote.get(r.nextInt(sameQuote.size())));
      List<Citation> out = new ArrayList<>();
      for (int i = 0; i < quotes.size(); i++) {
        List<Claim> supports = claims;
        if (i > 0 && claims.size() > 1 && r.nextBoolean()) {
          supports = claims.subList(0, 1 + r.nextInt(claims.size() - 1));
        }
        out.add(quotes.get(i).withSupports(supports).withAsOf(i == 0 ? asOf : Optional.empty()));
      }
      return out;
    }

    /**
     * Returns citations for a record that may claim two values of one attribute (two dates, two
     * hosts, two cities): the first source supports the first of each, the second source the
     * same sentence's other values, so that two sources, not one, disagree.
     */
    List<Citation> citeDisputed(Fact fact) {
      List<Claim> claims = fact.claims().stream().filter(c -> !fact.isClassified(c)).toList();
      List<Claim> second = new ArrayList<>();
      Set<Attribute> seen = EnumSet.noneOf(Attribute.class);
      for (Claim c : claims) {
        if (!c.attribute().isList() && !seen.add(c.attribute())) {
          second.add(c);
        }
      }
      if (second.isEmpty()) {
        return cite(claims, Optional.empty());
      }
      List<Citation> sameQuote = citationPool.get(r.nextInt(citationPool.size()));
      List<Claim> first = claims.stream().filter(c -> !second.contains(c)).toList();
      return List.of(sameQuote.get(0).withSupports(first), sameQuote.get(1).withSupports(second));
    }

    Organization organization(OrganizationId id) {
      Optional<PartialDate> founded = r.nextInt(8) == 0 ? Optional.empty()
          : Optional.of(partialDateIn(r, shape.fromYear() + r.nextInt(shape.toYear() - shape.fromYear() - 8)));
      OrganizationName first = OrganizationName.builder().name("Organization " + id.code())
          .from(founded).addCitations(PLACEHOLDER).build();
      Organization.Builder b = Organization.builder().id(id)
          .kind(OrganizationKind.values()[r.nextInt(OrganizationKind.values().length)])
          .addNames(first.withCitations(cite(first)))
          .addAliases(id.code()).founded(founded)
          .addAllClassified(r.nextInt(4) == 0 ? List.of(Attribute.KIND) : List.of())
          .addCitations(PLACEHOLDER);
      if (founded.isPresent() && r.nextInt(4) == 0) {
        int year = founded.get().year() + 1 + r.nextInt(shape.toYear() - founded.get().year());
        List<SummitId> held = summitsByOrg.getOrDefault(id, List.of());
        OrganizationName renamed = OrganizationName.builder().name("Renamed Organization " + id.code())
            .from(partialDateIn(r, year))
            .renamedAt(held.isEmpty() ? Optional.empty() : Optional.of(held.get(0)))
            .addCitations(PLACEHOLDER).build();
        b.addNames(renamed.withCitations(cite(renamed)));
      }
      if (r.nextInt(6) == 0) {
        b.headquarters("City " + id.code());
      }
      if (shape.meetingsAndRecognitions()) {
        if (r.nextInt(3) == 0) {
          b.addLedBy(stateIds.get(r.nextInt(stateIds.size())));
        }
        if (r.nextInt(3) == 0) {
          b.addFounders(stateIds.get(r.nextInt(stateIds.size())));
        }
        if (r.nextInt(4) == 0) {
          b.addFounderBodies(office());
        }
        if (r.nextInt(3) == 0) {
          b.hostState(stateIds.get(r.nextInt(stateIds.size())));
        }
        OrganizationId other = orgIds.get(r.nextInt(orgIds.size()));
        if (r.nextInt(3) == 0 && !other.equals(id)) {
          b.framework(other);
        }
      }
      Organization probe = b.build();
      return probe.withCitations(cite(probe));
    }

    void memberships(Organization org, List<Membership> out) {
      int wanted = shape.membershipsPerOrganization();
      int made = 0;
      Set<Party> used = new LinkedHashSet<>();
      int firstYear = org.founded().map(f -> f.year() + 1).orElse(shape.fromYear());
      while (made < wanted && used.size() < stateIds.size() + orgIds.size() - 1) {
        Party party = r.nextInt(20) == 0 && orgIds.size() > 1
            ? orgIds.get(r.nextInt(orgIds.size()))
            : stateIds.get(r.nextInt(stateIds.size()));
        if (party.equals(org.id()) || !used.add(party)) {
          continue;
        }
        made += chain(org, party, firstYear, Math.min(wanted - made, 1 + r.nextInt(3)), out);
      }
    }

    int chain(Organization org, Party party, int firstYear, int length, List<Membership> out) {
      boolean founding = org.founded().isPresent() && r.nextInt(7) == 0;
      if (!founding && length == 1 && r.nextInt(10) == 0) {
        out.add(unknownStart(org, party, firstYear));
        return 1;
      }
      boolean ongoing = r.nextDouble() < shape.ongoingShare();
      int span = shape.toYear() - firstYear + 1;
      int boundaries = Math.min(span, length + 1);
      TreeSet<Integer> years = new TreeSet<>();
      while (years.size() < boundaries) {
        years.add(firstYear + r.nextInt(span));
      }
      List<PartialDate> cuts = new ArrayList<>();
      if (founding) {
        cuts.add(org.founded().get());
      }
      for (int y : years) {
        cuts.add(partialDateIn(r, y));
      }
      int periods = Math.min(length, cuts.size() - (ongoing ? 0 : 1));
      if (periods < 1) {
        periods = 1;
        ongoing = true;
      }
      Role previous = null;
      for (int i = 0; i < periods; i++) {
        boolean last = i == periods - 1;
        Role role = founding && i == 0 ? Role.FOUNDING_MEMBER : nextRole(previous);
        PeriodEnd end = !last ? PeriodEnd.on(cuts.get(i + 1))
            : ongoing ? PeriodEnd.ongoing()
            : r.nextInt(12) == 0 ? PeriodEnd.unknown() : PeriodEnd.on(cuts.get(i + 1));
        Optional<EndReason> reason = !last ? Optional.of(EndReason.ROLE_CHANGED)
            : end.kind() == PeriodEnd.Kind.DATE && r.nextBoolean()
                ? Optional.of(r.nextBoolean() ? EndReason.WITHDRAWN : EndReason.SUSPENDED)
                : Optional.empty();
        out.add(membership(party, org.id(), role, Optional.of(cuts.get(i)), end, reason, Optional.empty()));
        previous = role;
      }
      return periods;
    }

    Membership unknownStart(Organization org, Party party, int firstYear) {
      int year = firstYear + r.nextInt(shape.toYear() - firstYear + 1);
      PartialDate attested = partialDateIn(r, year);
      return membership(party, org.id(), nextRole(null), Optional.empty(),
          r.nextBoolean() ? PeriodEnd.ongoing() : PeriodEnd.unknown(), Optional.empty(),
          Optional.of(attested));
    }

    Role nextRole(Role previous) {
      Role role;
      do {
        role = CHAIN_ROLES[r.nextInt(CHAIN_ROLES.length)];
      } while (role == previous);
      return role;
    }

    /**
     * Returns a membership whose citations support all its claims. Without a given
     * attestation, one whose end is not dated is attested (most of the time) on a day of a
     * year between its start and the sources' publication, as present-tense sentences attest
     * a membership; an attestation the period cannot hold is dropped.
     */
    Membership membership(Party party, OrganizationId org, Role role, Optional<PartialDate> start,
        PeriodEnd end, Optional<EndReason> reason, Optional<PartialDate> attested) {
      List<SummitId> held = summitsByOrg.getOrDefault(org, List.of());
      Membership probe = Membership.builder()
          .id(MembershipId.of("m-" + (++membershipCounter)))
          .party(party).organization(org).role(role).start(start).end(end).endReason(reason)
          .grantedAt(!held.isEmpty() && r.nextInt(10) == 0
              ? Optional.of(held.get(r.nextInt(held.size()))) : Optional.empty())
          .addCitations(PLACEHOLDER).build();
      Optional<PartialDate> asOf = attested;
      if (asOf.isEmpty() && start.isPresent() && end.kind() != PeriodEnd.Kind.DATE
          && r.nextInt(10) < 7) {
        int from = start.get().year();
        asOf = Optional.of(partialDateIn(r, from + r.nextInt(shape.toYear() - from + 1)));
      }
      try {
        return probe.withCitations(cite(probe.claims(), asOf));
      } catch (RuleViolationException outsideThePeriod) {
        return probe.withCitations(cite(probe.claims(), Optional.empty()));
      }
    }

    List<Summit> summits() {
      List<Summit> out = new ArrayList<>();
      for (int i = 1; i <= shape.summits(); i++) {
        SummitId id = SummitId.of("summit-" + i);
        OrganizationId org = orgIds.get(r.nextInt(orgIds.size()));
        summitsByOrg.computeIfAbsent(org, k -> new ArrayList<>()).add(id);
        StateId host = stateIds.get(r.nextInt(stateIds.size()));
        // with meetings and recognitions, one summit record in five is collective: undated, no ordinal
        boolean collective = shape.meetingsAndRecognitions() && r.nextInt(5) == 0;
        // drawn in the order the preset shapes always drew them: format, then date
        SummitFormat format = SummitFormat.values()[r.nextInt(SummitFormat.values().length)];
        Optional<PartialDate> date = r.nextInt(10) == 0 ? Optional.empty()
            : Optional.of(partialDateIn(r, shape.fromYear() + r.nextInt(shape.toYear() - shape.fromYear() + 1)));
        Summit.Builder b = Summit.builder().id(id).organization(org).name("Summit " + i)
            .format(format)
            .date(collective ? Optional.empty() : date)
            .hostState(host).hostCity("City " + host.code() + " " + r.nextInt(3))
            .status(SummitStatus.values()[r.nextInt(SummitStatus.values().length)])
            .addCitations(PLACEHOLDER);
        if (r.nextBoolean() && !collective) {
          b.ordinal(summitsByOrg.get(org).size());
        }
        for (int k = r.nextInt(3); k > 0; k--) {
          Outcome outcome = Outcome.builder()
              .kind(OutcomeKind.values()[r.nextInt(OutcomeKind.values().length)])
              .text("Outcome " + k + " of summit " + i)
              .addParties(stateIds.get(r.nextInt(stateIds.size())))
              .addCitations(PLACEHOLDER).build();
          b.addOutcomes(outcome.withCitations(cite(outcome)));
        }
        Set<Party> attendance = new LinkedHashSet<>();
        for (int k = r.nextInt(4); k > 0; k--) {
          attendance.add(stateIds.get(r.nextInt(stateIds.size())));
        }
        b.addAllAttendance(attendance);
        if (shape.meetingsAndRecognitions()) {
          Who who = who();
          List<Party> absent = new ArrayList<>(who.absent());
          absent.removeAll(attendance);
          b.addAllAbsence(absent).addAllInvited(who.invited());
          for (Party p : attendance) {
            if (r.nextInt(3) == 0) {
              b.addDelegates(Delegate.office(p, office()));
            }
          }
          b.collective(collective);
        }
        Summit probe = b.build();
        // a status is reported as of a day: here, the sources' year of publication
        out.add(probe.withCitations(cite(probe).stream()
            .map(c -> c.supports(Attribute.STATUS) && c.asOf().isEmpty()
                ? c.withAsOf(Optional.of(PartialDate.ofYear(shape.toYear()))) : c)
            .toList()));
      }
      return out;
    }

    List<Corridor> corridors() {
      List<Corridor> out = new ArrayList<>();
      for (int i = 1; i <= shape.corridors(); i++) {
        List<StateId> pool = new ArrayList<>(stateIds);
        java.util.Collections.shuffle(pool, r);
        int routeLength = 2 + r.nextInt(Math.min(4, pool.size() - 1));
        List<Waypoint> route = new ArrayList<>();
        for (int k = 0; k < routeLength; k++) {
          route.add(Waypoint.of(pool.get(k)));
        }
        if (r.nextBoolean()) {
          route.add(1 + r.nextInt(route.size() - 1), Waypoint.sea("Sea " + r.nextInt(3)));
        }
        Corridor.Builder b = Corridor.builder().id(CorridorId.of("corridor-" + i))
            .name("Corridor " + i)
            .kind(CorridorKind.values()[r.nextInt(CorridorKind.values().length)])
            .status(CorridorStatus.values()[r.nextInt(CorridorStatus.values().length)])
            .addCitations(PLACEHOLDER);
        boolean ordered = r.nextInt(4) != 0;
        if (ordered) {
          b.addAllRoute(route);
        } else {
          b.addAllCrosses(route);
        }
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        for (int k = r.nextInt(3); k > 0; k--) {
          modes.add(Mode.values()[r.nextInt(Mode.values().length)]);
        }
        b.addAllModes(modes);
        if (pool.size() > routeLength && r.nextBoolean()) {
          b.addBypasses(Waypoint.of(pool.get(routeLength)));
        }
        if (r.nextBoolean()) {
          b.addPromoters(r.nextBoolean() ? pool.get(0) : orgIds.get(r.nextInt(orgIds.size())));
        }
        CorridorId connected = null;
        if (i > 1 && r.nextInt(3) == 0) {
          connected = CorridorId.of("corridor-" + (1 + r.nextInt(i - 1)));
          b.addConnectsTo(connected);
        }
        if (shape.meetingsAndRecognitions()) {
          if (r.nextBoolean()) {
            b.addStakeholders(r.nextBoolean() ? pool.get(0) : orgIds.get(r.nextInt(orgIds.size())));
          }
          CorridorId possible = CorridorId.of("corridor-" + (1 + r.nextInt(shape.corridors())));
          if (r.nextInt(3) == 0 && !possible.equals(CorridorId.of("corridor-" + i)) && !possible.equals(connected)) {
            b.addCanConnectTo(possible);
          }
        }
        Corridor probe = b.build();
        // with agreements and exercises, half the corridors are said to hold on a day (the "as
        // of" of a present-tense sentence); the preset shapes draw nothing more
        Optional<PartialDate> asOf = !shape.agreementsAndExercises() || r.nextBoolean() ? Optional.empty()
            : Optional.of(partialDateIn(r, shape.fromYear() + r.nextInt(shape.toYear() - shape.fromYear() + 1)));
        out.add(probe.withCitations(cite(probe.claims().stream().filter(c -> !probe.isClassified(c)).toList(), asOf)));
      }
      return out;
    }

    static String letters(int i) {
      char[] c = new char[3];
      int n = i;
      for (int k = 2; k >= 0; k--) {
        c[k] = (char) ('A' + n % 26);
        n /= 26;
      }
      return new String(c);
    }
  }
}
