package io.github.otsatlas.testing;

/**
 * The size and mix of a generated corpus. Immutable and thread-safe.
 *
 * @param states how many states (parties), at least 2
 * @param organizations how many organizations, at least 1
 * @param membershipsPerOrganization about how many membership records each organization has
 * @param corridors how many corridors
 * @param summits how many summits
 * @param fromYear the first year dates are drawn from
 * @param toYear the last year dates are drawn from
 * @param ongoingShare the share of membership chains whose last period is ongoing, 0 to 1
 * @param distinctQuotes how many distinct quote sentences citations draw from, at least 1
 */
public record CorpusShape(
    int states,
    int organizations,
    int membershipsPerOrganization,
    int corridors,
    int summits,
    int fromYear,
    int toYear,
    double ongoingShare,
    int distinctQuotes) {

  /** Checks the ranges. */
  public CorpusShape {
    if (states < 2 || organizations < 1 || membershipsPerOrganization < 0 || corridors < 0
        || summits < 0 || distinctQuotes < 1) {
      throw new IllegalArgumentException("invalid corpus shape: " + this);
    }
    if (fromYear < 1 || toYear > 9999 || toYear - fromYear < 10) {
      throw new IllegalArgumentException("the year range must span at least ten years: " + this);
    }
    if (ongoingShare < 0 || ongoingShare > 1) {
      throw new IllegalArgumentException("ongoingShare must be within 0 and 1: " + this);
    }
  }

  /** A small corpus for property tests: 12 states, 4 organizations, about 8 memberships each. */
  public static CorpusShape small() {
    return new CorpusShape(12, 4, 8, 4, 5, 1950, 2025, 0.7, 40);
  }

  /**
   * The benchmark shape: about 250 parties and organizations of about 200 membership
   * records each, starting 1950 to 2025, about 70% ongoing, for {@code memberships}
   * records in all.
   *
   * @param memberships the total number of membership records wanted, at least 200
   */
  public static CorpusShape benchmark(int memberships) {
    return new CorpusShape(250, Math.max(1, memberships / 200), 200, 100, 500, 1950, 2025, 0.7, 200);
  }
}
