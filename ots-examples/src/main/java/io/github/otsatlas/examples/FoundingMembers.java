package io.github.otsatlas.examples;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.MembershipQuery;
import java.util.List;

/**
 * Who founded the OTS? A role filter with no date: every founding membership ever recorded.
 *
 * <pre>{@code
 * atlas.members(OTS).withRole(Role.FOUNDING_MEMBER).parties();   // [AZE, KAZ, KGZ, TUR]
 * }</pre>
 */
public final class FoundingMembers {
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  private FoundingMembers() {}

  /** Returns the query: the OTS's founding memberships. */
  public static MembershipQuery query(Atlas atlas) {
    return atlas.members(OTS).withRole(Role.FOUNDING_MEMBER);
  }

  /** Returns the founders, in party order. */
  public static List<Party> foundingMembers(Atlas atlas) {
    return query(atlas).parties();
  }

  /** Prints the founders and the quotes that name them. */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    MembershipQuery query = query(atlas);
    System.out.println(query);
    Show.answers(System.out, atlas, query.list(), 2);
  }
}
