package io.github.otsatlas.query;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.StateId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Organizations by kind and by relation (led by, founded by, hosted in, within the framework
 * of); {@link #withMember(Party)} turns it into the query of the
 * organizations a party belongs to, which alone offers time and role steps. Answers come in
 * organization-id order and are DEFINITELY (each rests on the organization record).
 *
 * <pre>{@code
 * atlas.organizations().ofKind(OrganizationKind.MILITARY_ALLIANCE).list();
 * atlas.organizations().withMember(StateId.of("KAZ")).asOf(day).ofKind(OrganizationKind.MILITARY_ALLIANCE).list();
 * }</pre>
 *
 * <p>Steps, as in every query type: a step that sets a value (the kinds) may be given once, a
 * second call throws {@link IllegalStateException}; {@code includingPossible()} is idempotent
 * (and changes nothing here: every answer is definite). Immutable and thread-safe.
 */
public final class OrganizationQuery implements Query<Organization> {
  private final Atlas atlas;
  // null: any kind
  private final EnumSet<OrganizationKind> kinds;
  private final OrganizationRelations relations;

  OrganizationQuery(Atlas atlas) {
    this(atlas, null, OrganizationRelations.NONE);
  }

  private OrganizationQuery(Atlas atlas, EnumSet<OrganizationKind> kinds, OrganizationRelations relations) {
    this.atlas = atlas;
    this.kinds = kinds;
    this.relations = relations;
  }

  /**
   * Returns the query of the organizations {@code party} belongs to, with the kinds asked so
   * far. A party absent from the atlas gives no answers.
   *
   * @param party the party, not null
   */
  public MemberOrganizationQuery withMember(Party party) {
    atlas.requireParty(party);
    return new MemberOrganizationQuery(atlas, party, kinds, relations);
  }

  /**
   * Keeps the organizations a source says the state leads ("the Russian-led CSTO").
   *
   * @throws IllegalStateException if a leading state is already set
   */
  public OrganizationQuery ledBy(StateId state) {
    atlas.requireParty(state);
    return new OrganizationQuery(atlas, kinds, relations.withLedBy(state, this));
  }

  /**
   * Keeps the organizations a source says the party founded or established. Founders that are
   * bodies of states ({@link Organization#founderBodies()}) are not parties and match no party.
   *
   * @throws IllegalStateException if a founder is already set
   */
  public OrganizationQuery foundedBy(Party party) {
    atlas.requireParty(party);
    return new OrganizationQuery(atlas, kinds, relations.withFounder(party, this));
  }

  /**
   * Keeps the organizations a source says the state hosts ({@link Organization#hostState()}).
   *
   * @throws IllegalStateException if a host state is already set
   */
  public OrganizationQuery hostedIn(StateId state) {
    atlas.requireParty(state);
    return new OrganizationQuery(atlas, kinds, relations.withHost(state, this));
  }

  /**
   * Keeps the organizations created or working within the framework of {@code organization}.
   *
   * @throws IllegalStateException if a framework is already set
   */
  public OrganizationQuery within(OrganizationId organization) {
    atlas.requireParty(organization);
    return new OrganizationQuery(atlas, kinds, relations.withFramework(organization, this));
  }

  /**
   * Keeps the organizations of the given kinds.
   *
   * @throws IllegalStateException if a kind filter is already set
   */
  public OrganizationQuery ofKind(OrganizationKind kind, OrganizationKind... more) {
    if (kinds != null) {
      throw new IllegalStateException(this + ": the kind filter is already set");
    }
    return new OrganizationQuery(atlas, EnumSet.of(kind, more), relations);
  }

  /** Returns this query: without a member, every answer is DEFINITELY. */
  public OrganizationQuery includingPossible() {
    return this;
  }

  /** Returns the organizations of the kinds asked, in id order, each DEFINITELY. */
  @Override
  public List<Answer<Organization>> list() {
    List<Answer<Organization>> out = new ArrayList<>();
    EnumSet<Attribute> on = EnumSet.noneOf(Attribute.class);
    on.addAll(relations.attributes());
    if (kinds != null) {
      on.add(Attribute.KIND);
    }
    Grounds grounds = on.isEmpty() ? Grounds.of(Attribute.NAME) : new Grounds(on, false, List.of());
    for (Organization o : atlas.corpus().organizations()) {
      if ((kinds == null || kinds.contains(o.kind())) && relations.matches(o)) {
        out.add(Answer.of(o, Certainty.DEFINITELY, o, grounds));
      }
    }
    return List.copyOf(out);
  }

  /** Returns zero: every answer is definite. */
  @Override
  public int possibleLeftOut() {
    return 0;
  }

  /** Returns the organizations of the answers, in id order. */
  public List<Organization> organizations() {
    return list().stream().map(Answer::subject).toList();
  }

  /** Returns the query, as {@code organizations().ofKind(MILITARY_ALLIANCE)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("organizations()");
    if (kinds != null) {
      b.append(".ofKind(").append(String.join(", ", kinds.stream().map(Enum::name).toList())).append(')');
    }
    relations.describe(b);
    return b.toString();
  }
}
