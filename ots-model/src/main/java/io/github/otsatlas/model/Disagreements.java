package io.github.otsatlas.model;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the {@link Disagreement}s of a set of facts, and the contradictions that are data
 * errors rather than disagreements (one source on both sides). The one place where "values
 * disagree" and "a complete list leaves a party off" are defined.
 */
final class Disagreements {
  private Disagreements() {}

  /** The attributes whose values are dates: two disagree only if they share no day. */
  private static final Set<Attribute> DATES =
      EnumSet.of(Attribute.START, Attribute.END, Attribute.DATE, Attribute.FOUNDED, Attribute.FROM);

  /**
   * Returns whether the values of one single-valued attribute are compatible: dates that share a
   * day, or one value.
   */
  static boolean compatible(Attribute attribute, List<String> values) {
    if (values.size() < 2) {
      return true;
    }
    if (attribute == Attribute.ROLE) {
      List<Role> roles = values.stream().map(Role::valueOf).toList();
      return roles.stream().allMatch(a -> roles.stream().allMatch(b -> a.satisfies(b) || b.satisfies(a)));
    }
    if (DATES.contains(attribute)) {
      return PartialDate.agreed(values.stream().map(PartialDate::parse).toList()).isPresent();
    }
    return values.stream().distinct().count() == 1;
  }

  /** The values of each single-valued attribute of a fact that holds more than one. */
  static Map<Attribute, List<Claim>> disputed(Cited fact) {
    Map<Attribute, List<Claim>> byAttribute = new LinkedHashMap<>();
    for (Claim c : fact.claims()) {
      if (!c.attribute().isList() && c.attribute() != Attribute.STATUS) {
        byAttribute.computeIfAbsent(c.attribute(), k -> new ArrayList<>()).add(c);
      }
    }
    byAttribute.values().removeIf(claims -> compatible(claims.get(0).attribute(),
        claims.stream().map(Claim::value).toList()));
    return byAttribute;
  }

  /** A contradiction that one source makes with itself: a data error, not a disagreement. */
  record SelfContradiction(FactRef fact, Attribute attribute, SourceId source, String message) {}

  /**
   * Finds every disagreement among the facts, and every contradiction of one source (with its
   * republications) with itself, which {@code selfContradictions} receives.
   *
   * @param voice the source each source speaks for: the original of a republication
   */
  static List<Disagreement> find(Collection<? extends Fact> facts, Collection<Membership> memberships,
      Function<SourceId, SourceId> voice, List<SelfContradiction> selfContradictions) {
    List<Disagreement> out = new ArrayList<>();
    for (Fact f : facts) {
      values(f.ref(), f, voice, out, selfContradictions);
      for (Cited part : f.parts()) {
        values(f.ref(), part, voice, out, selfContradictions);
      }
    }
    leftOffLists(memberships, voice, out, selfContradictions);
    return List.copyOf(out);
  }

  private static void values(FactRef ref, Cited fact, Function<SourceId, SourceId> voice,
      List<Disagreement> out, List<SelfContradiction> errors) {
    for (Map.Entry<Attribute, List<Claim>> e : disputed(fact).entrySet()) {
      Attribute attribute = e.getKey();
      List<Disagreement.Side> sides = new ArrayList<>();
      Map<SourceId, List<String>> byVoice = new LinkedHashMap<>();
      for (Claim claim : e.getValue()) {
        List<Citation> cs = fact.citations().stream().filter(c -> c.supports(claim)).toList();
        if (cs.isEmpty()) {
          continue; // a classified or unsupported value: the claim rules report it
        }
        sides.add(new Disagreement.Side(ref, claim, claim.toString(), cs));
        for (Citation c : cs) {
          List<String> said = byVoice.computeIfAbsent(voice.apply(c.source()), k -> new ArrayList<>());
          if (!said.contains(claim.value())) {
            said.add(claim.value());
          }
        }
      }
      byVoice.forEach((source, said) -> {
        if (!compatible(attribute, said)) {
          errors.add(new SelfContradiction(ref, attribute, source, "source " + source
              + " (with its republications) claims both " + String.join(" and ", said) + " as '"
              + attribute + "': one source cannot disagree with itself; correct the record"));
        }
      });
      if (sides.size() >= 2) {
        out.add(new Disagreement(Disagreement.Kind.VALUES, ref, attribute, sides, Optional.empty()));
      }
    }
  }

  /** A complete list: the passage, the role and organization it lists, and its day. */
  private record ListKey(OrganizationId organization, Role role, SourceId source, String quote,
      Optional<String> prefix, Optional<String> suffix, PartialDate day) {}

  private static void leftOffLists(Collection<Membership> memberships, Function<SourceId, SourceId> voice,
      List<Disagreement> out, List<SelfContradiction> errors) {
    Map<ListKey, List<Membership>> lists = new LinkedHashMap<>();
    Map<ListKey, List<Citation>> listCitations = new LinkedHashMap<>();
    Map<OrganizationId, List<Membership>> byOrganization = new LinkedHashMap<>();
    // in id order, as the corpus lists them: which membership a list's side names, and the order
    // of a membership's omissions, do not depend on the order the records were given in
    List<Membership> inIdOrder = new ArrayList<>(memberships);
    inIdOrder.sort(java.util.Comparator.comparing(m -> m.id().value()));
    for (Membership m : inIdOrder) {
      byOrganization.computeIfAbsent(m.organization(), k -> new ArrayList<>()).add(m);
      for (Citation c : m.citations()) {
        if (c.completeListOf().isPresent() && c.asOf().isPresent()) {
          // one list per voice: a republication's copy of the sentence is the same list
          ListKey key = new ListKey(m.organization(), c.completeListOf().get(), voice.apply(c.source()),
              c.quote(), c.prefix(), c.suffix(), c.asOf().get());
          List<Membership> members = lists.computeIfAbsent(key, k -> new ArrayList<>());
          if (!members.contains(m)) {
            members.add(m);
          }
          List<Citation> cs = listCitations.computeIfAbsent(key, k -> new ArrayList<>());
          if (cs.stream().noneMatch(x -> x.source().equals(c.source()))) {
            cs.add(c);
          }
        }
      }
    }
    for (Map.Entry<ListKey, List<Membership>> e : lists.entrySet()) {
      ListKey key = e.getKey();
      Set<Party> listed = new java.util.HashSet<>();
      e.getValue().forEach(m -> listed.add(m.party()));
      LocalDate first = key.day().earliest();
      LocalDate last = key.day().latest();
      Range<LocalDate> listDays = Range.closed(first, last);
      for (Membership x : byOrganization.getOrDefault(key.organization(), List.of())) {
        if (!x.mayHoldRole(key.role()) || listed.contains(x.party())) {
          continue;
        }
        Range<LocalDate> possible = x.period().possibleDays();
        if (!possible.isConnected(listDays) || possible.intersection(listDays).isEmpty()) {
          continue; // it had ended or had not begun: the list is right to leave it off
        }
        SourceId listVoice = key.source();
        List<Citation> attesting = x.citations().stream()
            .filter(c -> c.supports(Attribute.ROLE) || c.supports(Attribute.PARTY)).toList();
        for (Citation c : attesting) {
          // only an attestation on a compatible day contradicts the list: a citation without one
          // dates nothing (and counting it would make narrowing break the rule: when the sources
          // that date the party's start or end are left out, its possible days grow to meet the
          // list's day)
          if (voice.apply(c.source()).equals(listVoice)
              && c.asOf().isPresent() && c.asOf().get().isCompatibleWith(key.day())) {
            errors.add(new SelfContradiction(x.ref(), Attribute.ROLE, listVoice, "source " + listVoice
                + " lists every " + key.role() + " of " + key.organization() + " as of " + key.day()
                + " without " + x.party() + ", and itself attests " + x.party() + " in that role then:"
                + " a complete list cannot leave off a party its own source names; correct the record"));
          }
        }
        // at most POSSIBLY from the list's day until a later source attests the membership again
        Optional<LocalDate> again = x.citations().stream().flatMap(c -> c.asOf().stream())
            .filter(k -> k.earliest().isAfter(last)).map(PartialDate::earliest).min(LocalDate::compareTo);
        Range<LocalDate> doubtful = again.map(a -> Range.closedOpen(first, a)).orElse(Range.atLeast(first));
        Claim role = Claim.of(Attribute.ROLE, x.role());
        List<Citation> list = listCitations.get(key);
        Membership named = e.getValue().get(0);
        String day = key.day().toString();
        out.add(new Disagreement(Disagreement.Kind.LEFT_OFF_LIST, x.ref(), Attribute.ROLE, List.of(
            new Disagreement.Side(x.ref(), role, x.party() + " is " + key.role() + " of "
                + key.organization(), attesting),
            new Disagreement.Side(named.ref(), role, "the complete list of " + key.role() + " of "
                + key.organization() + " as of " + day + " leaves out " + x.party(), list)),
            Optional.of(doubtful)));
      }
    }
  }
}
