package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agreement or declaration: a memorandum, agreement, protocol, declaration, concept or other
 * instrument that sources say was signed, adopted, endorsed or ratified. Its parties are states
 * or organizations; its signatories, where a source names bodies of them rather than the
 * parties themselves ("the transport ministers of the OTS", "Kazakhstan Engineering"), are
 * kept in the source's own words. Immutable and thread-safe.
 *
 * <p>Its claims: {@code kind} (unless {@code UNKNOWN}), each of {@code parties} and {@code
 * signatories}, {@code date} (several when sources disagree, see {@link #date()}), {@code
 * hostCity}, {@code hostState}, {@code adoptedAt} (the summit or meeting at which it was signed
 * or adopted) and {@code subject} (what it is about, in the words of a quote that supports it).
 * Its {@link #name()} is the curators' label, no claim.
 */
@Value.Immutable
public abstract class Agreement implements Fact {

  /** Returns the agreement's id. */
  public abstract AgreementId id();

  /** Returns the curators' label: a name to show, not a claim. */
  public abstract String name();

  /** Returns what kind of instrument it is; {@code UNKNOWN} when no source says. */
  public abstract AgreementKind kind();

  /** Returns the states and organizations the sources name as its parties. */
  public abstract List<Party> parties();

  /**
   * Returns the bodies that signed or adopted it, in the words of a source ("the transport
   * ministers of the OTS"), where a source names them rather than, or besides, the parties.
   */
  public abstract List<String> signatories();

  /**
   * Returns every date the sources claim for its signature or adoption, each once: none when
   * unknown, two or more when they disagree.
   */
  public abstract List<PartialDate> dates();

  /** Returns the date the sources agree on ({@link PartialDate#agreed}); empty when unknown or disputed. */
  public Optional<PartialDate> date() {
    return PartialDate.agreed(dates());
  }

  /** Returns every city the sources name as where it was signed or adopted, each once. */
  public abstract List<String> hostCities();

  /** Returns the city where it was signed or adopted, when exactly one is claimed. */
  public Optional<String> hostCity() {
    return Facts.agreed(hostCities());
  }

  /** Returns every state the sources name as where it was signed or adopted, each once. */
  public abstract List<StateId> hostStates();

  /** Returns the state where it was signed or adopted, when exactly one is claimed. */
  public Optional<StateId> hostState() {
    return Facts.agreed(hostStates());
  }

  /** Returns the summit or meeting at which it was signed or adopted, if a source says. */
  public abstract Optional<SummitId> adoptedAt();

  /**
   * Returns what it is about, in the words of the quote that supports it (a rule of the corpus:
   * {@link Rule#VALUE_QUOTED}), if a source says.
   */
  public abstract Optional<String> subject();

  /** Returns the attributes that are the curators' classification (see {@link Fact#classified()}). */
  @Override
  public abstract Set<Attribute> classified();

  /** Returns its claims: a known kind, each party and signatory, dates, place, adoptedAt, subject. */
  @Override
  public List<Claim> claims() {
    Facts.ClaimList out = Facts.claims();
    if (kind() != AgreementKind.UNKNOWN) {
      out.add(Attribute.KIND, kind());
    }
    return out.addParties(Attribute.PARTIES, parties()).addEach(Attribute.SIGNATORIES, signatories())
        .addEach(Attribute.DATE, dates()).addEach(Attribute.HOST_CITY, hostCities())
        .addEach(Attribute.HOST_STATE, hostStates()).add(Attribute.ADOPTED_AT, adoptedAt())
        .add(Attribute.SUBJECT, subject()).build();
  }

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.AGREEMENT, id().value());
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    Facts.requireText(ref(), "name", name());
    Facts.requireTexts(ref(), "signatories", signatories());
    Facts.requireTexts(ref(), "hostCity", hostCities());
    subject().ifPresent(s -> Facts.requireText(ref(), "subject", s));
    Facts.requireDistinct(ref(), "parties", parties());
    Facts.requireDistinct(ref(), "signatories", signatories());
    Facts.requireDistinct(ref(), "date", dates());
    Facts.requireDistinct(ref(), "hostCity", hostCities());
    Facts.requireDistinct(ref(), "hostState", hostStates());
  }

  /** Returns a copy with other citations. */
  public abstract Agreement withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}: id, name, kind and one citation are required. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}

    /** Adds a date. */
    public final Builder date(PartialDate date) {
      addDates(date);
      return this;
    }

    /** Adds a city where it was signed or adopted. */
    public final Builder hostCity(String city) {
      addHostCities(city);
      return this;
    }

    /** Adds a state where it was signed or adopted. */
    public final Builder hostState(StateId state) {
      addHostStates(state);
      return this;
    }
  }
}
