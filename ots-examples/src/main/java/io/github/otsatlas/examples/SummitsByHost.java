package io.github.otsatlas.examples;

import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import io.github.otsatlas.query.SummitQuery;
import java.util.List;

/**
 * Which summits did a state host? Without {@code of(...)} every summit counts, whatever its
 * organization; with it, only that organization's. A summit's status (held, scheduled) is as
 * of its source.
 *
 * <pre>{@code
 * atlas.summits().hostedIn(StateId.of("UZB")).list();
 * atlas.summits().of(OTS).hostedIn(StateId.of("KGZ")).list();   // the 11th summit, Bishkek
 * }</pre>
 */
public final class SummitsByHost {
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  private SummitsByHost() {}

  /** Returns the query: every summit hosted by {@code host}. */
  public static SummitQuery query(Atlas atlas, StateId host) {
    return atlas.summits().hostedIn(host);
  }

  /** Returns the query: the OTS's summits hosted by {@code host}. */
  public static SummitQuery otsQuery(Atlas atlas, StateId host) {
    return atlas.summits().of(OTS).hostedIn(host);
  }

  /** Returns every summit hosted by {@code host}, in date order. */
  public static List<Answer<Summit>> hostedIn(Atlas atlas, StateId host) {
    return query(atlas, host).list();
  }

  /** Returns the OTS's summits hosted by {@code host}, in date order. */
  public static List<Answer<Summit>> otsSummitsHostedIn(Atlas atlas, StateId host) {
    return otsQuery(atlas, host).list();
  }

  /** Prints the summits hosted by Uzbekistan, then the OTS summits hosted by Kyrgyzstan. */
  public static void main(String[] args) {
    Atlas atlas = Atlas.seeded();
    SummitQuery uzb = query(atlas, StateId.of("UZB"));
    System.out.println(uzb);
    uzb.list().forEach(a -> System.out.println("  " + Show.describe(atlas, a.subject())));
    SummitQuery kgz = otsQuery(atlas, StateId.of("KGZ"));
    System.out.println(kgz);
    kgz.list().forEach(a -> System.out.println("  " + Show.describe(atlas, a.subject())));
  }
}
