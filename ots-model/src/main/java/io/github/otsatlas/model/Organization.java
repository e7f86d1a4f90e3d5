package io.github.otsatlas.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An organization, forum, agency or alliance. Its {@link #names()} are a dated history,
 * oldest first: the Turkic Council of 2009 <em>is</em> today's Organization of Turkic
 * States, renamed, and its memberships carry across the rename. A genuine succession
 * between two distinct bodies is {@link #successorOf()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization implements Fact {

  /** Returns the organization's id, the same under every name. */
  public abstract OrganizationId id();

  /** Returns what kind of body it is. */
  public abstract OrganizationKind kind();

  /** Returns the dated name history, oldest first; never empty. */
  public abstract List<OrganizationName> names();

  /** Returns other names and abbreviations the sources use. */
  public abstract List<String> aliases();

  /** Returns the founding date, or empty if the sources leave it unknown. */
  public abstract Optional<PartialDate> founded();

  /** Returns the city of the headquarters, if a source gives it. */
  public abstract Optional<String> headquarters();

  /** Returns the distinct organization this one succeeded, if any. */
  public abstract Optional<OrganizationId> successorOf();

  /** Returns the states a source says lead the organization ("the Russian-led CSTO"). */
  public abstract List<StateId> ledBy();

  /** Returns the states or organizations a source says founded or established it. */
  public abstract List<Party> founders();

  /**
   * Returns the bodies of states that founded it, in the source's words, where the source
   * names bodies rather than the states ("heads of railway administrations from ...").
   */
  public abstract List<String> founderBodies();

  /** Returns the state a source says hosts it ("Kazakhstan itself hosts the Turkic Academy"). */
  public abstract Optional<StateId> hostState();

  /**
   * Returns the organization within whose framework it was created or works, where a source
   * says so ("created under the framework of the OTS").
   */
  public abstract Optional<OrganizationId> framework();

  /** Returns the attributes that are the curators' classification (see {@link Fact#classified()}). */
  @Override
  public abstract Set<Attribute> classified();

  /**
   * Returns its own claims: kind, each alias, founding, headquarters, predecessor. The claims
   * of its dated names are theirs ({@link #parts()}).
   */
  @Override
  public List<Claim> claims() {
    return Facts.claims().add(Attribute.KIND, kind() == OrganizationKind.UNKNOWN ? Optional.empty() : Optional.of(kind())).addEach(Attribute.ALIASES, aliases())
        .add(Attribute.FOUNDED, founded()).add(Attribute.HEADQUARTERS, headquarters())
        .add(Attribute.SUCCESSOR_OF, successorOf()).addEach(Attribute.LED_BY, ledBy())
        .addParties(Attribute.FOUNDERS, founders()).addEach(Attribute.FOUNDER_BODIES, founderBodies())
        .add(Attribute.HOST_STATE, hostState()).add(Attribute.FRAMEWORK, framework()).build();
  }

  /** Returns its dated names, which carry citations of their own. */
  @Override
  public List<OrganizationName> parts() {
    return names();
  }

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.ORGANIZATION, id().code());
  }

  /** Returns the current name: the last of {@link #names()}. */
  public String name() {
    return names().get(names().size() - 1).name();
  }

  /**
   * Returns each name with the period in which the organization bore it, oldest first: from
   * the name's date (the first name from the founding when it has no date of its own) until
   * the next name's date, attested on the days its citations give. Ask {@code period.contains(day)} which name held on a day.
   *
   * @throws RuleViolationException ({@link Rule#PERIOD_ORDER}) if a name is dated before the
   *     one it replaced; a {@link Corpus} never holds such an organization
   */
  public Map<OrganizationName, Period> namePeriods() {
    Map<OrganizationName, Period> out = new LinkedHashMap<>();
    List<OrganizationName> all = names();
    for (int i = 0; i < all.size(); i++) {
      Optional<PartialDate> from = i == 0 ? all.get(0).from().or(this::founded) : all.get(i).from();
      PeriodEnd until = i + 1 < all.size()
          ? all.get(i + 1).from().map(PeriodEnd::on).orElse(PeriodEnd.unknown())
          : PeriodEnd.ongoing();
      try {
        // A name is attested where its own citations say the organization bore it on a day.
        out.put(all.get(i), Period.of(from, until, all.get(i).citations().stream()
            .flatMap(c -> c.asOf().stream()).toList()));
      } catch (RuleViolationException e) {
        String since = from.map(PartialDate::toString).orElse("unknown");
        // the last name has no successor: what failed is an attestation of its own
        throw new RuleViolationException(Rule.PERIOD_ORDER, i + 1 < all.size()
            ? ref() + ": name '" + all.get(i + 1).name() + "' (" + until + ") is not dated after '"
                + all.get(i).name() + "' (" + since + ")"
            : ref() + ": name '" + all.get(i).name() + "' (from " + since + "): " + e.getMessage());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    Facts.requireTexts(ref(), "aliases", aliases());
    headquarters().ifPresent(h -> Facts.requireText(ref(), "headquarters", h));
    if (names().isEmpty()) {
      throw new IllegalArgumentException(ref() + " has no name");
    }
    Facts.requireTexts(ref(), "founderBodies", founderBodies());
    Facts.requireDistinct(ref(), "ledBy", ledBy());
    Facts.requireDistinct(ref(), "founders", founders());
    Facts.requireDistinct(ref(), "founderBodies", founderBodies());
    if (framework().isPresent() && framework().get().equals(id())) {
      throw new IllegalArgumentException(ref() + " cannot work within its own framework");
    }
  }

  /**
   * Returns a copy with other citations. An organization whose own claims are all classified
   * may have none of its own, as long as its names are cited.
   */
  public abstract Organization withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organization}. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
