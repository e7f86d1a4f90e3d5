package io.github.otsatlas.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small corpora built in a test. A source's text is made of the quotes its citations and
 * publication bounds give (each with its prefix and suffix), one a line, so that every quote is
 * found; a test that needs a quote not to be found builds its {@link Source} itself ({@link
 * #add(Source)}).
 */
final class TinyCorpus {
  private final Map<String, SourceSpec> specs = new LinkedHashMap<>();
  private final List<Source> fixedSources = new ArrayList<>();
  private final List<State> states = new ArrayList<>();
  private final List<Organization> organizations = new ArrayList<>();
  private final List<Membership> memberships = new ArrayList<>();
  private final List<Corridor> corridors = new ArrayList<>();
  private final List<Summit> summits = new ArrayList<>();

  private record SourceSpec(String id, Optional<PartialDate> published, List<PublicationBound> bounds,
      Optional<String> republicationOf) {}

  /** Adds a source, {@code published} a partial date or {@code "unknown"}. */
  TinyCorpus source(String id, String published) {
    specs.put(id, new SourceSpec(id, date(published), new ArrayList<>(), Optional.empty()));
    return this;
  }

  /** Adds a republication of {@code original}. */
  TinyCorpus republication(String id, String published, String original) {
    specs.put(id, new SourceSpec(id, date(published), new ArrayList<>(), Optional.of(original)));
    return this;
  }

  /** Adds a publication bound to a source added before; its quote goes into the text. */
  TinyCorpus bound(String source, PublicationBound.Relation relation, String date, String quote) {
    specs.get(source).bounds().add(new PublicationBound(relation, PartialDate.parse(date), quote));
    return this;
  }

  /** Adds a source as it is, text included. */
  TinyCorpus add(Source source) {
    fixedSources.add(source);
    return this;
  }

  TinyCorpus add(State s) {
    states.add(s);
    return this;
  }

  TinyCorpus add(Organization o) {
    organizations.add(o);
    return this;
  }

  TinyCorpus add(Membership m) {
    memberships.add(m);
    return this;
  }

  TinyCorpus add(Corridor c) {
    corridors.add(c);
    return this;
  }

  TinyCorpus add(Summit s) {
    summits.add(s);
    return this;
  }

  /** Returns the sources, each text made of the passages cited from it. */
  List<Source> sources() {
    Map<SourceId, Set<String>> lines = new LinkedHashMap<>();
    List<Fact> facts = new ArrayList<>();
    facts.addAll(states);
    facts.addAll(organizations);
    facts.addAll(memberships);
    facts.addAll(corridors);
    facts.addAll(summits);
    for (Fact f : facts) {
      for (Citation c : f.allCitations()) {
        lines.computeIfAbsent(c.source(), k -> new LinkedHashSet<>())
            .add(c.prefix().orElse("") + c.quote() + c.suffix().orElse(""));
      }
    }
    List<Source> out = new ArrayList<>(fixedSources);
    for (SourceSpec s : specs.values()) {
      Set<String> text = new LinkedHashSet<>(lines.getOrDefault(SourceId.of(s.id()), Set.of()));
      s.bounds().forEach(b -> text.add(b.quote()));
      text.add("(the end of " + s.id() + ")");
      out.add(Source.builder().id(SourceId.of(s.id())).file(s.id() + ".txt").language("en")
          .published(s.published()).addAllPublicationBounds(s.bounds())
          .republicationOf(s.republicationOf().map(SourceId::of)).text(String.join("\n", text)).build());
    }
    return out;
  }

  /** Returns the corpus, or throws {@link CorpusValidationException}. */
  Corpus corpus() {
    return Corpus.of(sources(), states, organizations, memberships, corridors, summits);
  }

  /** Returns every violation of the rules. */
  List<Violation> check() {
    return CorpusRules.check(sources(), states, organizations, memberships, corridors, summits);
  }

  // --- values ---

  static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  private static Optional<PartialDate> date(String text) {
    return text.equals("unknown") ? Optional.empty() : Optional.of(d(text));
  }

  /** Returns the claims written as {@code attribute=value}. */
  static List<Claim> claims(String... claims) {
    return Arrays.stream(claims).map(Claim::parse).toList();
  }

  /** Returns a citation builder of a quote supporting the claims written as {@code attribute=value}. */
  static Citation.Builder citation(String source, String quote, String... claims) {
    return Citation.builder().source(SourceId.of(source)).quote(quote).addAllSupports(claims(claims));
  }

  /** Returns a citation of a quote supporting the claims written as {@code attribute=value}. */
  static Citation cite(String source, String quote, String... claims) {
    return citation(source, quote, claims).build();
  }

  /** Returns a citation that attests {@code asOf}. */
  static Citation attested(String source, String asOf, String quote, String... claims) {
    return citation(source, quote, claims).asOf(d(asOf)).build();
  }

  /** Returns a state whose recognition the sources do not give. */
  static State state(String code, String name, Citation... citations) {
    return State.builder().id(StateId.of(code)).name(name).recognition(Recognition.UNKNOWN)
        .addCitations(citations).build();
  }

  /** Returns a state named by a quote of {@code source}. */
  static State state(String code, String name, String source) {
    return state(code, name, cite(source, name + " is a state.", "name=" + name));
  }

  /** Returns an organization of unknown kind with one name, cited by its name's citations. */
  static Organization organization(String code, String name, Citation... nameCitations) {
    return Organization.builder().id(OrganizationId.of(code)).kind(OrganizationKind.UNKNOWN)
        .addNames(OrganizationName.builder().name(name).addCitations(nameCitations).build()).build();
  }

  /** Returns an organization named by a quote of {@code source}. */
  static Organization organization(String code, String name, String source) {
    return organization(code, name, cite(source, "There is the " + name + ".", "name=" + name));
  }

  /** Returns a membership builder with its id, party and organization. */
  static Membership.Builder membership(String id, String party, String organization) {
    return Membership.builder().id(MembershipId.of(id)).party(Party.parse(party))
        .organization(OrganizationId.of(organization));
  }

  /** Returns the claims of a membership's party, organization and role. */
  static String[] who(String party, String organization, String role, String... more) {
    List<String> out = new ArrayList<>(List.of("party=" + party, "organization=" + organization,
        "role=" + role));
    out.addAll(List.of(more));
    return out.toArray(String[]::new);
  }

  /** Returns a summit builder with its id and name, of unknown format. */
  static Summit.Builder summit(String id) {
    return Summit.builder().id(SummitId.of(id)).name("summit " + id).format(SummitFormat.UNKNOWN);
  }
}
