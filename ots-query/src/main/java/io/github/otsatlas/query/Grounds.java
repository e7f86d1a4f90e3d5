package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Claim;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What of its basis facts an {@link Answer} rests on: the attributes whose claims decide it
 * (a membership's party, organization and role; its start and end when the query asks about a
 * day), and whether the attestations of its citations decide it too (they bound what is
 * definite on a day). Immutable and thread-safe.
 *
 * @param attributes the attributes whose claims the answer rests on, not null
 * @param attestations whether the basis facts' attestations decide the answer
 * @param mentions the names (and aliases) of what the query asked about, such as the state a
 *     corridor passes: quotations that name one come first in the answer's citations and
 *     evidence; not null, possibly empty
 */
public record Grounds(Set<Attribute> attributes, boolean attestations, List<String> mentions) {
  /** Everything a fact says: every attribute, and its attestations. */
  public static final Grounds ALL = new Grounds(EnumSet.allOf(Attribute.class), true);

  static final Grounds MEMBERSHIP = new Grounds(
      EnumSet.of(Attribute.PARTY, Attribute.ORGANIZATION, Attribute.ROLE), false);
  static final Grounds MEMBERSHIP_IN_TIME = new Grounds(EnumSet.of(Attribute.PARTY,
      Attribute.ORGANIZATION, Attribute.ROLE, Attribute.START, Attribute.END), true);

  /** Returns grounds that mention nothing in particular. */
  public Grounds(Set<Attribute> attributes, boolean attestations) {
    this(attributes, attestations, List.of());
  }

  /** Checks and copies the attributes and mentions. */
  public Grounds {
    Objects.requireNonNull(attributes, "attributes");
    mentions = List.copyOf(mentions);
    attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attributes));
  }

  /** Returns grounds of the given attributes, without attestations. */
  static Grounds of(Attribute first, Attribute... more) {
    return new Grounds(EnumSet.of(first, more), false);
  }

  /** Returns these grounds with the attributes of {@code other} too, and its attestations. */
  Grounds and(Grounds other) {
    EnumSet<Attribute> all = EnumSet.noneOf(Attribute.class);
    all.addAll(attributes);
    all.addAll(other.attributes);
    List<String> names = new java.util.ArrayList<>(mentions);
    other.mentions.stream().filter(n -> !names.contains(n)).forEach(names::add);
    return new Grounds(all, attestations || other.attestations, names);
  }

  /** Returns these grounds mentioning {@code names} too. */
  Grounds mentioning(List<String> names) {
    return and(new Grounds(Set.of(), false, names));
  }

  /** Returns whether {@code claim} is one the answer rests on. */
  public boolean covers(Claim claim) {
    return attributes.contains(claim.attribute());
  }

  /** Returns whether the answer rests on {@code citation}: it supports a covered claim, or attests. */
  public boolean covers(Citation citation) {
    return (attestations && citation.asOf().isPresent())
        || citation.supports().stream().anyMatch(this::covers);
  }
}
