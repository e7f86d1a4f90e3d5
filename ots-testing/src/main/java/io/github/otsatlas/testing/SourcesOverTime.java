package io.github.otsatlas.testing;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.Outcome;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.PublicationBound;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.RuleViolationException;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The generation of {@link CorpusShape#withSourcesOverTime()}: the records of the plain shape,
 * cited anew by several sources published at different times, with disputed values, complete
 * lists and dated statuses. Kept apart from the plain generation so that its output, which
 * benchmarks depend on, never changes.
 *
 * <p>What keeps every set valid: a value that sources dispute is claimed by one voice each (a
 * republication speaks with its original's voice); an attestation lies strictly between the
 * latest start and the dated end of its membership, so that it stays inside the period whatever
 * a narrowing leaves of the start and end; a complete list names every membership of the role
 * that its own voice attests on a compatible day.
 */
final class SourcesOverTime {
  private final Random r;
  private final CorpusShape shape;
  private final List<Draft> originals = new ArrayList<>();
  private final List<Draft> all = new ArrayList<>();

  private SourcesOverTime(Random r, CorpusShape shape) {
    this.r = r;
    this.shape = shape;
  }

  static FactSet generate(long seed, CorpusShape shape) {
    CorpusShape plain = new CorpusShape(shape.states(), shape.organizations(),
        shape.membershipsPerOrganization(), shape.corridors(), shape.summits(), shape.fromYear(),
        shape.toYear(), shape.ongoingShare(), shape.distinctQuotes());
    FactSet base = CorpusGenerator.generate(seed, plain);
    // a second stream, so that the records are those of the plain shape for the same seed
    return new SourcesOverTime(new Random(seed * 0x9E3779B97F4A7C15L + 12), shape).recite(base);
  }

  /** A source being written: its publication, the day it speaks of, and its sentences so far. */
  private final class Draft {
    final SourceId id;
    final int number;
    Optional<PartialDate> published = Optional.empty();
    final List<PublicationBound> bounds = new ArrayList<>();
    /** The day it speaks of: its date, or the day its bound names. */
    PartialDate day;
    final List<String> sentences = new ArrayList<>();
    Draft original;
    Draft republication;

    Draft(int number) {
      this.number = number;
      this.id = SourceId.of("reported-source-" + number);
    }

    Draft voice() {
      return original == null ? this : original;
    }

    String newSentence() {
      int k = sentences.size();
      String mark = k % 10 == 3 ? " \uD835\uDD7F" : "";
      String s = "Statement " + k + " of reported document " + number + mark + " supports a fact.";
      sentences.add(s);
      return s;
    }

    String sentence() {
      return sentences.isEmpty() || r.nextBoolean() ? newSentence() : sentences.get(r.nextInt(sentences.size()));
    }

    Source toSource() {
      StringBuilder text = new StringBuilder(original == null
          ? "Reported document " + number + ".\n" : "Republished document " + number + ".\n");
      List<String> body = new ArrayList<>();
      Draft words = original == null ? this : original;
      words.bounds.forEach(b -> body.add(b.quote()));
      body.addAll(words.sentences);
      for (String s : body) {
        text.append(wrap(s)).append(r.nextBoolean() ? " " : "\n\n");
      }
      return Source.builder().id(id).file(id.value() + ".txt").title("Reported document " + number)
          .language("en").published(published).addAllPublicationBounds(bounds)
          .republicationOf(original == null ? Optional.empty() : Optional.of(original.id))
          .text(text.toString()).build();
    }
  }

  private String wrap(String sentence) {
    StringBuilder b = new StringBuilder();
    for (String word : sentence.split(" ")) {
      if (b.length() > 0) {
        b.append(r.nextInt(4) == 0 ? "\n   " : " ");
      }
      b.append(word);
    }
    return b.toString();
  }

  // --- sources ---

  private void sources() {
    int n = 5 + r.nextInt(3);
    int first = shape.fromYear() + (shape.toYear() - shape.fromYear()) / 2;
    // one of each kind, then more at random
    List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4));
    while (kinds.size() < n) {
      kinds.add(r.nextInt(5));
    }
    Collections.shuffle(kinds, r);
    // half the corpora have an undated source that nothing bounds from above: it is never
    // certainly published
    boolean unbounded = r.nextBoolean();
    for (int i = 0; i < n; i++) {
      Draft d = new Draft(i + 1);
      int year = first + r.nextInt(shape.toYear() - first + 1);
      int month = 1 + r.nextInt(12);
      int dayOfMonth = 1 + r.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
      switch (kinds.get(i)) {
        case 0 -> d.published = Optional.of(PartialDate.ofDay(year, month, dayOfMonth));
        case 1 -> d.published = Optional.of(PartialDate.ofMonth(year, month));
        case 2 -> d.published = Optional.of(PartialDate.ofYear(year));
        case 3 -> {
          // a year, narrowed by the day a sentence names
          d.published = Optional.of(PartialDate.ofYear(year));
          PartialDate after = PartialDate.ofDay(year, month, dayOfMonth);
          d.bounds.add(new PublicationBound(PublicationBound.Relation.NOT_BEFORE, after,
              "Reported document " + d.number + " looks back on " + after + "."));
        }
        default -> {
          PartialDate after = CorpusGenerator.partialDateIn(r, year);
          d.bounds.add(new PublicationBound(PublicationBound.Relation.NOT_BEFORE, after,
              "The events of " + after + " are reported in document " + d.number + "."));
          if (!unbounded) {
            PartialDate within = PartialDate.ofYear(year + r.nextInt(2));
            d.bounds.add(new PublicationBound(PublicationBound.Relation.WITHIN, within,
                "Document " + d.number + " was written in " + within + "."));
          } else {
            unbounded = false;
          }
        }
      }
      d.day = d.published.orElseGet(() -> d.bounds.get(0).date());
      originals.add(d);
      all.add(d);
    }
    // a republication of a dated document, published a year or two later
    List<Draft> dated = originals.stream().filter(d -> d.published.isPresent()).toList();
    Draft of = dated.get(r.nextInt(dated.size()));
    Draft rep = new Draft(n + 1);
    rep.original = of;
    of.republication = rep;
    rep.published = Optional.of(CorpusGenerator.partialDateIn(r, of.day.year() + 1 + r.nextInt(2)));
    rep.day = rep.published.get();
    all.add(rep);
  }

  /** The sources that may speak of a fact that began in {@code year} (all, when none may). */
  private List<Draft> eligible(Optional<Integer> year) {
    List<Draft> out = year.isEmpty() ? originals
        : originals.stream().filter(d -> d.day.year() >= year.get()).toList();
    return out.isEmpty() ? originals : out;
  }

  private List<Draft> pick(List<Draft> from, int count) {
    List<Draft> copy = new ArrayList<>(from);
    Collections.shuffle(copy, r);
    return copy.subList(0, Math.min(count, copy.size()));
  }

  // --- citations ---

  /** How a citation from a source dates its statement: an attestation, or none. */
  private interface AsOf {
    Optional<PartialDate> of(Draft source);
  }

  private static final AsOf NONE = s -> Optional.empty();

  /**
   * Cites the claims over one to three of the eligible sources: each citation supports some of
   * the free claims, together they support all of them; each owned claim is supported by its
   * owner alone. A republication copies each citation of its original half the time.
   */
  private List<Citation> citeOver(List<Claim> claims, Map<Claim, Draft> owners, List<Draft> eligible,
      AsOf asOf) {
    List<Claim> free = claims.stream().filter(c -> !owners.containsKey(c)).toList();
    Map<Draft, Set<Claim>> says = new LinkedHashMap<>();
    if (!free.isEmpty()) {
      List<Draft> chosen = pick(eligible, 1 + r.nextInt(3));
      for (int i = 0; i < chosen.size(); i++) {
        Set<Claim> part = new LinkedHashSet<>();
        if (i == 0 && r.nextInt(3) > 0) {
          part.addAll(free);
        } else {
          for (Claim c : free) {
            if (r.nextInt(3) == 0) {
              part.add(c);
            }
          }
        }
        says.put(chosen.get(i), part);
      }
      for (Claim c : free) {
        if (says.values().stream().noneMatch(s -> s.contains(c))) {
          new ArrayList<>(says.values()).get(r.nextInt(says.size())).add(c);
        }
      }
    }
    owners.forEach((claim, owner) -> says.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(claim));
    List<Citation> out = new ArrayList<>();
    says.forEach((source, set) -> {
      if (set.isEmpty()) {
        return;
      }
      List<Claim> supports = claims.stream().filter(set::contains).toList();
      Citation c = Citation.builder().source(source.id).quote(source.sentence())
          .addAllSupports(supports).asOf(asOf.of(source)).build();
      out.add(c);
      if (source.republication != null && r.nextBoolean()) {
        out.add(copy(c, source.republication));
      }
    });
    return out;
  }

  private static Citation copy(Citation c, Draft to) {
    return Citation.builder().source(to.id).quote(c.quote()).prefix(c.prefix()).suffix(c.suffix())
        .addAllSupports(c.supports()).asOf(c.asOf()).completeListOf(c.completeListOf()).build();
  }

  private List<Citation> citeOver(Cited part, Set<Attribute> classified, Optional<Integer> year) {
    List<Claim> claims = part.claims().stream().filter(c -> !classified.contains(c.attribute())).toList();
    return citeOver(claims, Map.of(), eligible(year), NONE);
  }

  // --- the records ---

  private FactSet recite(FactSet base) {
    sources();
    List<State> states = base.states().stream()
        .map(s -> s.withCitations(citeOver(s, s.classified(), Optional.empty()))).toList();
    List<Organization> organizations = base.organizations().stream().map(this::organization).toList();
    Map<OrganizationId, Organization> orgs = new LinkedHashMap<>();
    organizations.forEach(o -> orgs.put(o.id(), o));
    List<Summit> summits = base.summits().stream().map(this::summit).toList();
    List<Corridor> corridors = base.corridors().stream()
        .map(c -> c.withCitations(citeOver(c, c.classified(), Optional.empty()))).toList();
    List<Membership> memberships = new ArrayList<>();
    for (Membership m : base.memberships()) {
      memberships.add(membership(m, orgs.get(m.organization())));
    }
    completeLists(memberships);
    List<Source> sources = all.stream().map(Draft::toSource).toList();
    return new FactSet(sources, states, organizations, memberships, corridors, summits);
  }

  private Organization organization(Organization o) {
    List<OrganizationName> names = new ArrayList<>();
    for (OrganizationName n : o.names()) {
      Optional<Integer> year = n.from().or(o::founded).map(PartialDate::year);
      names.add(n.withCitations(citeOver(n, Set.of(), year)));
    }
    Organization.Builder b = Organization.builder().id(o.id()).kind(o.kind()).addAllNames(names)
        .addAllAliases(o.aliases()).founded(o.founded()).headquarters(o.headquarters())
        .successorOf(o.successorOf()).addAllClassified(o.classified()).note(o.note());
    Organization probe = b.build();
    return probe.withCitations(citeOver(probe, probe.classified(), o.founded().map(PartialDate::year)));
  }

  private Summit summit(Summit s) {
    Optional<Integer> year = s.dates().stream().map(PartialDate::year).min(Integer::compare);
    List<Draft> eligible = eligible(year);
    List<Draft> voices = pick(eligible, 2);
    Map<Claim, Draft> owners = new LinkedHashMap<>();
    List<PartialDate> dates = new ArrayList<>(s.dates());
    List<String> cities = new ArrayList<>(s.hostCities());
    if (voices.size() == 2 && dates.size() == 1 && r.nextInt(4) == 0) {
      PartialDate other = CorpusGenerator.partialDateIn(r, dates.get(0).year() + 1 + r.nextInt(2));
      dates.add(other);
      owners.put(Claim.of(Attribute.DATE, dates.get(0)), voices.get(0));
      owners.put(Claim.of(Attribute.DATE, other), voices.get(1));
    }
    if (voices.size() == 2 && cities.size() == 1 && r.nextInt(6) == 0) {
      String other = cities.get(0) + " Old Town";
      cities.add(other);
      owners.put(Claim.of(Attribute.HOST_CITY, cities.get(0)), voices.get(0));
      owners.put(Claim.of(Attribute.HOST_CITY, other), voices.get(1));
    }
    List<Outcome> outcomes = s.outcomes().stream()
        .map(o -> o.withCitations(citeOver(o, Set.of(), year))).toList();
    Summit.Builder b = Summit.builder().id(s.id()).organization(s.organization()).name(s.name())
        .ordinal(s.ordinal()).format(s.format()).addAllDates(dates).addAllHostCities(cities)
        .addAllHostStates(s.hostStates()).addAllOutcomes(outcomes).addAllAttendance(s.attendance())
        .addAllClassified(s.classified()).note(s.note());
    // statuses: none, one, or scheduled as of one source and held as of a later one
    List<Draft> byDay = new ArrayList<>(eligible);
    byDay.sort(java.util.Comparator.comparing(d -> d.day));
    Map<SummitStatus, Draft> reports = new LinkedHashMap<>();
    int statusKind = r.nextInt(3);
    if (statusKind == 1) {
      reports.put(r.nextBoolean() ? SummitStatus.HELD : SummitStatus.SCHEDULED, byDay.get(r.nextInt(byDay.size())));
    } else if (statusKind == 2 && byDay.size() >= 2) {
      int i = r.nextInt(byDay.size() - 1);
      reports.put(SummitStatus.SCHEDULED, byDay.get(i));
      reports.put(SummitStatus.HELD, byDay.get(i + 1 + r.nextInt(byDay.size() - i - 1)));
    }
    reports.keySet().forEach(b::status);
    Summit probe = b.addCitations(Citation.of(SourceId.of("probe"), "probe",
        List.of(new Claim(Attribute.NAME, "probe")))).build();
    List<Claim> claims = probe.claims().stream()
        .filter(c -> !probe.isClassified(c) && c.attribute() != Attribute.STATUS).toList();
    List<Citation> citations = new ArrayList<>(citeOver(claims, owners, eligible, NONE));
    reports.forEach((status, source) -> {
      Citation c = Citation.builder().source(source.id).quote(source.newSentence())
          .addSupports(Claim.of(Attribute.STATUS, status)).asOf(source.day).build();
      citations.add(c);
      if (source.republication != null && r.nextBoolean()) {
        citations.add(copy(c, source.republication));
      }
    });
    return probe.withCitations(citations);
  }

  private Membership membership(Membership m, Organization org) {
    List<Role> roles = new ArrayList<>(m.roles());
    if (roles.equals(List.of(Role.FOUNDING_MEMBER)) && r.nextBoolean()) {
      roles.add(Role.MEMBER);
    }
    List<PartialDate> starts = new ArrayList<>(m.starts());
    Optional<Integer> startYear = starts.stream().map(PartialDate::year).min(Integer::compare);
    List<Draft> eligible = eligible(startYear);
    Map<Claim, Draft> owners = new LinkedHashMap<>();
    int endYear = m.end().date().map(PartialDate::year).orElse(Integer.MAX_VALUE);
    List<Draft> voices = pick(eligible, 2);
    if (starts.size() == 1 && !roles.contains(Role.FOUNDING_MEMBER) && voices.size() == 2
        && r.nextInt(4) == 0) {
      // a later start another source gives, still before the end
      int from = starts.get(0).year() + 1;
      int until = Math.min(endYear - 1, shape.toYear());
      if (from <= until) {
        PartialDate later = CorpusGenerator.partialDateIn(r, from + r.nextInt(until - from + 1));
        starts.add(later);
        owners.put(Claim.of(Attribute.START, starts.get(0)), voices.get(0));
        owners.put(Claim.of(Attribute.START, later), voices.get(1));
      }
    }
    int lowYear = starts.stream().map(PartialDate::year).max(Integer::compare).orElse(shape.fromYear() - 1);
    Membership probe = Membership.builder().id(m.id()).party(m.party()).organization(m.organization())
        .addAllRoles(roles).addAllStarts(starts).end(m.end()).endReason(m.endReason())
        .grantedAt(m.grantedAt()).note(m.note())
        .addCitations(Citation.of(SourceId.of("probe"), "probe", List.of(new Claim(Attribute.NAME, "probe"))))
        .build();
    AsOf asOf = source -> r.nextBoolean() ? Optional.empty() : inside(lowYear, endYear, source);
    try {
      return probe.withCitations(citeOver(probe.claims(), owners, eligible, asOf));
    } catch (RuleViolationException outsideThePeriod) {
      return probe.withCitations(citeOver(probe.claims(), owners, eligible, NONE));
    }
  }

  /**
   * An attestation from the source strictly after {@code lowYear} and before {@code highYear}:
   * the source's own day, or a date of an earlier year; empty when none fits.
   */
  private Optional<PartialDate> inside(int lowYear, int highYear, Draft source) {
    int top = Math.min(highYear - 1, source.day.year());
    int bottom = Math.max(lowYear + 1, shape.fromYear());
    if (bottom > top) {
      return Optional.empty();
    }
    int y = bottom + r.nextInt(top - bottom + 1);
    return Optional.of(y == source.day.year() ? source.day : CorpusGenerator.partialDateIn(r, y));
  }

  // --- complete lists ---

  /**
   * Gives some organizations a complete list of the holders of a role as of a source's day: it
   * names every membership of that role its own voice attests then, and some of the others; the
   * rest are left off, a disagreement with the sources that attest them.
   */
  private void completeLists(List<Membership> memberships) {
    Map<OrganizationId, List<Integer>> byOrg = new LinkedHashMap<>();
    for (int i = 0; i < memberships.size(); i++) {
      byOrg.computeIfAbsent(memberships.get(i).organization(), k -> new ArrayList<>()).add(i);
    }
    byOrg.forEach((org, positions) -> {
      for (Draft source : pick(originals, 1 + r.nextInt(2))) {
        if (r.nextBoolean()) {
          continue;
        }
        Role role = r.nextInt(3) > 0 ? Role.MEMBER : Role.OBSERVER;
        completeList(memberships, positions, org, role, source);
      }
    });
  }

  private void completeList(List<Membership> memberships, List<Integer> positions, OrganizationId org,
      Role role, Draft source) {
    PartialDate day = source.day;
    LocalDate first = day.earliest();
    LocalDate last = day.latest();
    List<Integer> named = new ArrayList<>();
    for (int i : positions) {
      Membership m = memberships.get(i);
      com.google.common.collect.Range<LocalDate> possible = m.period().possibleDays();
      boolean meets = possible.isConnected(com.google.common.collect.Range.closed(first, last))
          && !possible.intersection(com.google.common.collect.Range.closed(first, last)).isEmpty();
      if (!m.role().satisfies(role) || !meets) {
        continue;
      }
      boolean attested = m.citations().stream().anyMatch(c -> voiceOf(c.source()) == source
          && (c.supports(Attribute.ROLE) || c.supports(Attribute.PARTY))
          && (c.asOf().isEmpty() || c.asOf().get().isCompatibleWith(day)));
      boolean inside = m.starts().stream().allMatch(s -> s.latest().isBefore(first))
          && m.end().date().map(e -> last.isBefore(e.earliest())).orElse(true);
      if (attested && !inside) {
        return; // its own voice attests it, but a list on that day could not name it: no list
      }
      if (inside && (attested || r.nextInt(3) > 0)) {
        named.add(i);
      }
    }
    if (named.isEmpty()) {
      return;
    }
    String sentence = "Document " + source.number + " lists every " + role + " of " + org + " as of " + day + ".";
    source.sentences.add(sentence);
    boolean copied = source.republication != null && r.nextBoolean();
    for (int i : named) {
      Membership m = memberships.get(i);
      List<Claim> supports = new ArrayList<>(List.of(Claim.of(Attribute.PARTY, m.party().key()),
          Claim.of(Attribute.ORGANIZATION, m.organization())));
      // a list names each party in a role it holds: the listed one, or a finer one that satisfies it
      Role held = m.roles().contains(role) ? role
          : m.roles().stream().filter(x -> x.satisfies(role)).findFirst().orElse(role);
      supports.add(Claim.of(Attribute.ROLE, held));
      Citation c = Citation.builder().source(source.id).quote(sentence).addAllSupports(supports)
          .asOf(day).completeListOf(role).build();
      List<Citation> cs = new ArrayList<>(m.citations());
      cs.add(c);
      if (copied) {
        cs.add(copy(c, source.republication));
      }
      memberships.set(i, m.withCitations(cs));
    }
  }

  private Draft voiceOf(SourceId id) {
    return all.stream().filter(d -> d.id.equals(id)).findFirst().orElseThrow().voice();
  }
}
