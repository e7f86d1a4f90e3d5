package io.github.otsatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  @Override
  public abstract List<Citation> citations();

  @Override
  public abstract Optional<String> note();

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.ORGANIZATION, id().code());
  }

  /** Returns the current name: the last of {@link #names()}. */
  public String name() {
    return names().get(names().size() - 1).name();
  }

  /**
   * Returns the names the organization possibly or definitely bore on {@code day}, each with
   * its certainty, oldest first. A name holds from its {@code from} date until the next
   * name's; the first name holds from the founding.
   *
   * @param day the day, not null
   */
  public List<Named> namesOn(LocalDate day) {
    List<OrganizationName> all = names();
    java.util.ArrayList<Named> out = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Optional<PartialDate> from = i == 0 ? all.get(0).from().or(this::founded) : all.get(i).from();
      PeriodEnd until = i + 1 < all.size()
          ? all.get(i + 1).from().map(PeriodEnd::on).orElse(PeriodEnd.unknown())
          : PeriodEnd.ongoing();
      Certainty c;
      try {
        c = Period.of(from, until).contains(day);
      } catch (RuleViolationException e) {
        c = Certainty.NOT;
      }
      if (c.isAtLeastPossible()) {
        out.add(new Named(all.get(i), c));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A name and whether the organization bore it on the day asked.
   *
   * @param name the name, not null
   * @param certainty whether it was the name on that day, not null
   */
  public record Named(OrganizationName name, Certainty certainty) {}

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    if (names().isEmpty()) {
      throw new IllegalArgumentException(ref() + " has no name");
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organization}. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
