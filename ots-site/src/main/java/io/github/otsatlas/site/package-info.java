/**
 * A browsable static site of an atlas, and the timeline picture of an organization. Start from
 * {@link io.github.otsatlas.site.Site}:
 *
 * <pre>{@code
 * Site.write(Atlas.seeded(), Path.of("site"), SiteOptions.defaults());
 * String svg = TimelineSvg.render(Atlas.seeded(), OrganizationId.of("OTS"));
 * }</pre>
 *
 * <p>Pages and pictures are written through the JDK's {@code XMLStreamWriter} behind a small
 * typed element builder: well-formed by construction, every text escaped, no dependency beyond
 * the query API. Everything but {@code Site}, {@code SiteOptions} and {@code TimelineSvg} is
 * package-private.
 */
package io.github.otsatlas.site;
