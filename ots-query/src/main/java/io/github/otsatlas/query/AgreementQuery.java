package io.github.otsatlas.query;

import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.AgreementKind;
import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitId;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Agreements and declarations filtered by party, signatory, date, where they were signed,
 * kind and the summit that adopted them. Answers come in date order (earliest possible day,
 * then latest; of disputed dates, the earliest; undated last), then by id.
 *
 * <pre>{@code
 * atlas.agreements().withParty(StateId.of("TUR")).during(Year.of(2023)).list();
 * atlas.agreements().signedBy("transport ministers").list();
 * }</pre>
 *
 * <p>A time step compares partial dates as {@link SummitQuery} does, without rounding: an
 * agreement dated "2024-07" is DEFINITELY signed during 2024, POSSIBLY during 1–15 July 2024,
 * and an undated one POSSIBLY during any days. Only DEFINITELY answers are returned unless
 * {@link #includingPossible()} is asked.
 *
 * <p>Steps, as in every query type: a step that sets a value (the time filter, the host state,
 * the city, the kinds, the summit) may be given once, a second call throws {@link
 * IllegalStateException}; {@code withParty} and {@code signedBy} add up (every party and every
 * signatory asked must be named); {@code includingPossible()} is idempotent. Each step costs
 * constant time. Immutable and thread-safe.
 */
public final class AgreementQuery implements Query<Agreement> {
  private final Atlas atlas;
  private final Steps steps;

  /** The whole state of a query, copied with one change by each step (null: not set). */
  private record Steps(Chain<Party> parties, Chain<String> signatories, When when, StateId host,
      String city, EnumSet<AgreementKind> kinds, SummitId summit, boolean possible) {
    Steps withParty(Party p) {
      return new Steps(parties.plus(p), signatories, when, host, city, kinds, summit, possible);
    }

    Steps withSignatory(String s) {
      return new Steps(parties, signatories.plus(s), when, host, city, kinds, summit, possible);
    }

    Steps withWhen(When w) {
      return new Steps(parties, signatories, w, host, city, kinds, summit, possible);
    }

    Steps withHost(StateId h) {
      return new Steps(parties, signatories, when, h, city, kinds, summit, possible);
    }

    Steps withCity(String c) {
      return new Steps(parties, signatories, when, host, c, kinds, summit, possible);
    }

    Steps withKinds(EnumSet<AgreementKind> k) {
      return new Steps(parties, signatories, when, host, city, k, summit, possible);
    }

    Steps withSummit(SummitId s) {
      return new Steps(parties, signatories, when, host, city, kinds, s, possible);
    }

    Steps withPossible() {
      return new Steps(parties, signatories, when, host, city, kinds, summit, true);
    }
  }

  AgreementQuery(Atlas atlas) {
    this(atlas, new Steps(Chain.empty(), Chain.empty(), When.ALWAYS, null, null, null, null, false));
  }

  private AgreementQuery(Atlas atlas, Steps steps) {
    this.atlas = atlas;
    this.steps = steps;
  }

  private AgreementQuery with(Steps s) {
    return new AgreementQuery(atlas, s);
  }

  /**
   * Keeps the agreements a source names {@code party} a party to ({@link Agreement#parties()});
   * repeated, every party must be one.
   *
   * @param party the state or organization, not null; one absent from the atlas gives no answers
   */
  public AgreementQuery withParty(Party party) {
    atlas.requireParty(party);
    return with(steps.withParty(party));
  }

  /**
   * Keeps the agreements with a signatory, in a source's own words ({@link
   * Agreement#signatories()}), that contains {@code words} as whole words, compared folded as
   * look-up by name does: {@code signedBy("transport ministers")} finds "the transport ministers
   * of the OTS", {@code signedBy("turkish aerospace")} finds "Turkish Aerospace". Repeated, every
   * one must match a signatory. A body that is also a party is found by {@link #withParty}.
   *
   * @param words the words, not null, not blank
   * @throws IllegalArgumentException if {@code words} is blank
   */
  public AgreementQuery signedBy(String words) {
    Objects.requireNonNull(words, "words");
    if (NameIndex.fold(words).isEmpty()) {
      throw new IllegalArgumentException("signedBy needs words, not '" + words + "'");
    }
    return with(steps.withSignatory(words));
  }

  /**
   * Keeps the agreements signed or adopted on {@code day}.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public AgreementQuery asOf(LocalDate day) {
    return time(When.on(Objects.requireNonNull(day, "day")));
  }

  /**
   * Keeps the agreements signed or adopted from {@code first} to {@code last}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws IllegalStateException if a time filter is already set
   */
  public AgreementQuery during(LocalDate first, LocalDate last) {
    return time(When.between(first, last));
  }

  /**
   * Keeps the agreements signed or adopted on a day that the partial date allows.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public AgreementQuery during(PartialDate date) {
    return time(When.during(date));
  }

  /**
   * Keeps the agreements signed or adopted during the year.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public AgreementQuery during(Year year) {
    return time(When.during(PartialDate.ofYear(year.getValue())));
  }

  /**
   * Keeps the agreements signed or adopted during the month.
   *
   * @throws IllegalStateException if a time filter is already set
   */
  public AgreementQuery during(YearMonth month) {
    return time(When.during(PartialDate.ofMonth(month.getYear(), month.getMonthValue())));
  }

  private AgreementQuery time(When when) {
    return with(steps.withWhen(when.replacing(steps.when(), this)));
  }

  /**
   * Keeps the agreements signed or adopted in the state: DEFINITELY where it is the one state
   * the sources claim, POSSIBLY where they dispute it.
   *
   * @param state the state, not null; one absent from the atlas gives no answers
   * @throws IllegalStateException if a host state is already set
   */
  public AgreementQuery hostedIn(StateId state) {
    once(steps.host(), "host state");
    atlas.requireParty(state);
    return with(steps.withHost(state));
  }

  /**
   * Keeps the agreements signed or adopted in the city (compared folded, as look-up by name
   * does): DEFINITELY where it is the one city the sources claim, POSSIBLY where they dispute it.
   *
   * @param city the city, not null
   * @throws IllegalStateException if a city is already set
   */
  public AgreementQuery inCity(String city) {
    once(steps.city(), "city");
    return with(steps.withCity(Objects.requireNonNull(city, "city")));
  }

  /**
   * Keeps the agreements of one of these kinds ({@code UNKNOWN}: those whose kind no source
   * gives).
   *
   * @throws IllegalStateException if a kind filter is already set
   */
  public AgreementQuery ofKind(AgreementKind kind, AgreementKind... more) {
    once(steps.kinds(), "kind filter");
    return with(steps.withKinds(EnumSet.of(kind, more)));
  }

  /**
   * Keeps the agreements a source says were signed or adopted at the summit or meeting
   * ({@link Agreement#adoptedAt()}).
   *
   * @param summit the summit, not null; one absent from the atlas gives no answers
   * @throws IllegalStateException if a summit is already set
   */
  public AgreementQuery adoptedAt(SummitId summit) {
    once(steps.summit(), "summit");
    return with(steps.withSummit(Objects.requireNonNull(summit, "summit")));
  }

  /** Adds the POSSIBLY answers (dates that may or may not fall in the days asked, disputed places). */
  public AgreementQuery includingPossible() {
    return with(steps.withPossible());
  }

  /** Returns the answers in date order, then by id. */
  @Override
  public List<Answer<Agreement>> list() {
    return answers(steps.possible());
  }

  private List<Answer<Agreement>> answers(boolean possible) {
    Steps q = steps;
    List<Party> parties = q.parties().toList();
    List<Agreement> start = atlas.agreementsByDate;
    for (Party p : parties) {
      List<Agreement> of = atlas.agreementsByParty.getOrDefault(p, List.of());
      start = of.size() < start.size() ? of : start;
    }
    List<String> signatories = q.signatories().toList().stream().map(NameIndex::fold).toList();
    String city = q.city() == null ? null : NameIndex.fold(q.city());
    Grounds grounds = grounds();
    List<Answer<Agreement>> out = new ArrayList<>();
    for (Agreement a : start) {
      if (!a.parties().containsAll(parties)
          || !signatories.stream().allMatch(words -> a.signatories().stream()
              .anyMatch(s -> containsWords(NameIndex.fold(s), words)))
          || (q.host() != null && !a.hostStates().contains(q.host()))
          || (city != null && a.hostCities().stream().noneMatch(c -> NameIndex.fold(c).equals(city)))
          || (q.kinds() != null && !q.kinds().contains(a.kind()))
          || (q.summit() != null && !a.adoptedAt().equals(Optional.of(q.summit())))) {
        continue;
      }
      Certainty c = q.when().within(a.dates());
      if ((q.host() != null && a.hostStates().size() > 1) || (city != null && a.hostCities().size() > 1)) {
        c = c.and(Certainty.POSSIBLY);
      }
      if (c == Certainty.DEFINITELY || (possible && c == Certainty.POSSIBLY)) {
        out.add(atlas.answer(a, c, List.of(a), grounds, q.when().window()));
      }
    }
    return List.copyOf(out);
  }

  /** Whether folded {@code text} holds folded {@code words} with no letter or digit either side. */
  static boolean containsWords(String text, String words) {
    for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      int end = i + words.length();
      if ((i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i)))
          && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The claims the answers rest on: those of the attributes the query selects by. */
  private Grounds grounds() {
    Steps q = steps;
    EnumSet<Attribute> on = EnumSet.noneOf(Attribute.class);
    List<String> mentions = new ArrayList<>();
    if (!q.parties().isEmpty()) {
      on.add(Attribute.PARTIES);
      q.parties().toList().forEach(p -> mentions.addAll(atlas.namesOf(p)));
    }
    if (!q.signatories().isEmpty()) {
      on.add(Attribute.SIGNATORIES);
      mentions.addAll(q.signatories().toList());
    }
    if (!q.when().isAlways()) {
      on.add(Attribute.DATE);
    }
    if (q.host() != null) {
      on.add(Attribute.HOST_STATE);
      mentions.addAll(atlas.namesOf(q.host()));
    }
    if (q.city() != null) {
      on.add(Attribute.HOST_CITY);
      mentions.add(q.city());
    }
    if (q.kinds() != null) {
      on.add(Attribute.KIND);
    }
    if (q.summit() != null) {
      on.add(Attribute.ADOPTED_AT);
      atlas.summit(q.summit()).map(Summit::name).ifPresent(mentions::add);
    }
    return on.isEmpty() ? Grounds.ALL : new Grounds(on, false, mentions);
  }

  @Override
  public int possibleLeftOut() {
    return steps.possible() ? 0 : answers(true).size() - answers(false).size();
  }

  /** Returns the agreements of the answers, in date order. */
  public List<Agreement> agreements() {
    return list().stream().map(Answer::subject).toList();
  }

  private void once(Object current, String what) {
    if (current != null) {
      throw new IllegalStateException(this + ": the " + what + " is already set");
    }
  }

  /** Returns the query, as {@code agreements().withParty(TUR).during(2023)}. */
  @Override
  public String toString() {
    Steps q = steps;
    StringBuilder b = new StringBuilder("agreements()");
    b.append(q.parties().join(p -> ".withParty(" + p + ")"));
    b.append(q.signatories().join(s -> ".signedBy(\"" + s + "\")"));
    b.append(q.when());
    if (q.host() != null) {
      b.append(".hostedIn(").append(q.host()).append(')');
    }
    if (q.city() != null) {
      b.append(".inCity(\"").append(q.city()).append("\")");
    }
    if (q.kinds() != null) {
      b.append(".ofKind(").append(String.join(", ", q.kinds().stream().map(Enum::name).toList())).append(')');
    }
    if (q.summit() != null) {
      b.append(".adoptedAt(").append(q.summit()).append(')');
    }
    if (q.possible()) {
      b.append(".includingPossible()");
    }
    return b.toString();
  }
}
