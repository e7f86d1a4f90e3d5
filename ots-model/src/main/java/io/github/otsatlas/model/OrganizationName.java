package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One name in an organization's dated name history: the name, when it was adopted, and the
 * summit that adopted it where a source says so. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrganizationName implements Cited {

  /** Returns the name. */
  public abstract String name();

  /** Returns when the name was adopted, or empty if unknown. */
  public abstract Optional<PartialDate> from();

  /** Returns the summit that adopted the name, if a source says so. */
  public abstract Optional<SummitId> renamedAt();

  /** Returns the citations that support the name, its date and the summit that adopted it. */
  @Override
  public abstract List<Citation> citations();

  /** Returns its claims: the name, and its date and adopting summit where known. */
  @Override
  public List<Claim> claims() {
    return Facts.claims().add(Attribute.NAME, name()).add(Attribute.FROM, from())
        .add(Attribute.RENAMED_AT, renamedAt()).build();
  }

  @Value.Check
  void check() {
    Facts.requireText("a name of an organization", "name", name());
    if (citations().isEmpty()) {
      throw new IllegalArgumentException("name '" + name() + "' has no citation");
    }
  }

  /** Returns a copy with other citations. */
  public abstract OrganizationName withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrganizationName}. */
  public static final class Builder extends ImmutableOrganizationName.Builder {
    Builder() {}
  }
}
