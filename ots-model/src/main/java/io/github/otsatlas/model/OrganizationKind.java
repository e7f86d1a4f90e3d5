package io.github.otsatlas.model;

/** What kind of body an organization is. */
public enum OrganizationKind {
  /** An intergovernmental organization such as the OTS. */
  INTERGOVERNMENTAL_ORGANIZATION,
  /** A parliamentary assembly such as TURKPA. */
  PARLIAMENTARY_ASSEMBLY,
  /** A forum or format of meetings, such as C5+1. */
  FORUM,
  /** An agency of one state, such as TIKA. */
  NATIONAL_AGENCY,
  /** A military alliance such as the CSTO. */
  MILITARY_ALLIANCE,
  /** An economic union. */
  ECONOMIC_UNION,
  /** A supranational union such as the EU. */
  SUPRANATIONAL_UNION,
  /** A cultural or academic organization. */
  CULTURAL_ORGANIZATION,
  /** A fund or bank. */
  FINANCIAL_INSTITUTION,
  /** An association of agencies or companies. */
  ASSOCIATION,
  /** Any other body. */
  OTHER,
  /** The sources do not say (in an atlas narrowed to sources that do not state it, say); no claim. */
  UNKNOWN
}
