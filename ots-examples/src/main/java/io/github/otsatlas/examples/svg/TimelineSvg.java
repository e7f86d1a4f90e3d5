package io.github.otsatlas.examples.svg;

import com.google.common.collect.Range;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitStatus;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws an organization's history as an SVG picture: one horizontal lane per party, a bar
 * per membership coloured by role, the organization's names above them, and its founding,
 * renames and summits as labelled vertical markers over a year axis.
 *
 * <p>Certainty is drawn, not hidden: the days on which a membership DEFINITELY held (from
 * {@link Period#definiteDays()}) are a solid bar; the days on which it only POSSIBLY held
 * (the rest of {@link Period#possibleDays()}: a start known only to the year, an unknown
 * start, an unknown end, and every day after the membership's {@linkplain Period#horizon()
 * horizon}, its latest attestation, when no end is dated) fade in or out and are hatched, so a
 * start "in 2021" never shows as a sharp edge on 1 January, and nothing is drawn as certain
 * past the latest source that says it held. Each attestation is a circle on its bar. An ongoing
 * membership fades out to the right edge and ends in an arrow; an unknown start fades in from
 * the left edge.
 *
 * <p>The SVG is plain text written here (no drawing library); every element a reader or a
 * test may look for carries a class: {@code g.lane[data-party]}, {@code rect.segment.definitely}
 * / {@code .possibly}, {@code g.marker.summit}, {@code g.marker.rename}, {@code
 * g.marker.founded}. The output depends only on the atlas, so it is the same on every run.
 * Stateless and thread-safe.
 */
public final class TimelineSvg {
  private static final int WIDTH = 1200;
  private static final int PLOT_LEFT = 250;
  private static final int PLOT_RIGHT = 1150;
  private static final int LANE_HEIGHT = 38;
  private static final int BAR_HEIGHT = 18;
  private static final int ROW_HEIGHT = 17;
  private static final double CHAR_WIDTH = 6.6;  // estimated advance of an 11px sans-serif character
  private static final String FONT = "DejaVu Sans, Verdana, Segoe UI, Helvetica, Arial, sans-serif";
  private static final String NAME_COLOUR = "#5b6478";
  private static final Map<Role, String> COLOURS = new EnumMap<>(Map.of(
      Role.FOUNDING_MEMBER, "#1f4e9c",
      Role.MEMBER, "#4a90d9",
      Role.ASSOCIATE_MEMBER, "#2a9d8f",
      Role.OBSERVER, "#e08a00",
      Role.GUEST_OF_HONOUR, "#b5528c",
      Role.PARTNER, "#5e9c3a",
      Role.CANDIDATE, "#8c8c8c"));

  private TimelineSvg() {}

  /**
   * Returns the SVG picture of an organization's history, as UTF-8 XML text.
   *
   * @param atlas the atlas to draw from, not null
   * @param organization the organization, not null
   * @throws IllegalArgumentException if the atlas has no such organization
   */
  public static String render(Atlas atlas, OrganizationId organization) {
    return new Drawing(atlas, organization).draw();
  }

  /** One drawing: gathers the lanes and markers, fixes the scale, then writes the SVG. */
  private static final class Drawing {
    private final Atlas atlas;
    private final Organization org;
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private final StringBuilder svg = new StringBuilder();
    private long firstDay;
    private long lastDay;

    Drawing(Atlas atlas, OrganizationId id) {
      this.atlas = atlas;
      List<Answer<Membership>> memberships = atlas.members(id).list();  // fails for an unknown id
      this.org = atlas.corpus().organization(id).orElseThrow(
          () -> new IllegalArgumentException("unknown organization '" + id + "'"));
      Map<Party, List<Membership>> byParty = new LinkedHashMap<>();
      for (Answer<Membership> a : memberships) {
        byParty.computeIfAbsent(a.subject().party(), k -> new ArrayList<>()).add(a.subject());
        roles.add(a.subject().role());
      }
      byParty.forEach((party, ms) -> {
        ms.sort(Comparator.comparing((Membership m) -> firstDay(m.period())));
        lanes.add(new Lane(party, List.copyOf(ms)));
      });
      // Lanes in order of joining (earliest possible start), then in party order.
      lanes.sort(Comparator.comparing((Lane l) -> firstDay(l.memberships.get(0).period()))
          .thenComparing(l -> l.party));
      gatherMarkers();
      scale();
    }

    private void gatherMarkers() {
      org.founded().ifPresent(d -> markers.add(new Marker("founded", d, "founded · " + d,
          org.names().get(0).name() + " founded, " + d, Optional.empty())));
      // A rename adopted at a summit shares its summit's marker: one line, one label.
      Map<String, OrganizationName> renamedAt = new LinkedHashMap<>();
      for (OrganizationName n : org.names().subList(1, org.names().size())) {
        if (n.from().isEmpty()) {
          continue;
        }
        Optional<Summit> at = n.renamedAt().flatMap(id -> atlas.corpus().summit(id))
            .filter(s -> s.date().equals(n.from()));
        if (at.isPresent()) {
          renamedAt.put(at.get().id().value(), n);
        } else {
          markers.add(new Marker("rename", n.from().get(), "renamed " + n.name() + " · " + n.from().get(),
              "renamed " + n.name() + ", " + n.from().get(), Optional.empty()));
        }
      }
      for (Answer<Summit> a : atlas.summits().of(org.id()).list()) {
        Summit s = a.subject();
        if (s.date().isEmpty()) {
          continue;
        }
        PartialDate d = s.date().get();
        String tip = s.name() + " — " + d + (s.status() == SummitStatus.SCHEDULED ? " (scheduled)" : "");
        OrganizationName renamed = renamedAt.get(s.id().value());
        if (renamed != null) {
          String place = summitLabel(s, d);
          markers.add(new Marker("rename summit", d,
              place.substring(0, place.lastIndexOf(" · ")) + ": renamed " + renamed.name() + " · " + d,
              tip + "; renamed " + renamed.name(), Optional.of(s.id().value())));
        } else {
          markers.add(new Marker("summit", d, summitLabel(s, d), tip, Optional.of(s.id().value())));
        }
      }
      markers.sort(Comparator.comparing((Marker m) -> m.date).thenComparing(m -> m.kind));
    }

    private String summitLabel(Summit s, PartialDate d) {
      String place = s.hostCity().orElseGet(() -> s.hostState().map(this::stateName).orElse("place unknown"));
      // The label says no more than the summit's claims: "summit" only when its format is
      // stated, "meeting" when only its ordinal is (the 11th Summit of the Council of Heads of
      // State and the 1st meeting of defence-industry heads are both numbered meetings).
      String what;
      if (s.format() == SummitFormat.FORMAL && s.ordinal().isPresent()) {
        what = ordinal(s.ordinal().get()) + " summit, " + place;
      } else if (s.format() == SummitFormat.INFORMAL) {
        what = "informal " + s.ordinal().map(n -> ordinal(n) + " ").orElse("") + "summit, " + place;
      } else if (s.ordinal().isPresent()) {
        what = ordinal(s.ordinal().get()) + " meeting, " + place;
      } else {
        what = place;
      }
      return what + " · " + d + (s.status() == SummitStatus.SCHEDULED ? " (scheduled)" : "");
    }

    /** Fixes the axis: whole years, with room before the first and after the last date. */
    private void scale() {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      List<PartialDate> dates = new ArrayList<>();
      List<Period> periods = new ArrayList<>(org.namePeriods().values());
      lanes.forEach(l -> l.memberships.forEach(m -> periods.add(m.period())));
      for (Period p : periods) {
        p.start().ifPresent(dates::add);
        p.end().date().ifPresent(dates::add);
        dates.addAll(p.attestations());
      }
      for (PartialDate d : dates) {
        min = Math.min(min, d.earliest().toEpochDay());
        max = Math.max(max, d.latest().toEpochDay());
      }
      for (Marker m : markers) {
        min = Math.min(min, m.date.earliest().toEpochDay());
        max = Math.max(max, m.date.latest().toEpochDay());
      }
      if (min > max) {  // nothing dated at all
        min = LocalDate.of(2000, 1, 1).toEpochDay();
        max = LocalDate.of(2025, 12, 31).toEpochDay();
      }
      LocalDate start = LocalDate.ofEpochDay(min - 180).withDayOfYear(1);
      LocalDate end = LocalDate.ofEpochDay(max + 180).withDayOfYear(1).plusYears(1);
      firstDay = start.toEpochDay();
      lastDay = end.toEpochDay();
    }

    private double x(long epochDay) {
      long d = Math.max(firstDay, Math.min(lastDay, epochDay));
      return PLOT_LEFT + (double) (d - firstDay) * (PLOT_RIGHT - PLOT_LEFT) / (lastDay - firstDay);
    }

    private double lowerX(Range<LocalDate> r) {
      return r.hasLowerBound() ? x(r.lowerEndpoint().toEpochDay()) : PLOT_LEFT;
    }

    private double upperX(Range<LocalDate> r) {
      return r.hasUpperBound() ? x(r.upperEndpoint().toEpochDay()) : PLOT_RIGHT;
    }

    String draw() {
      List<Placed> placed = placeLabels();
      int rows = placed.stream().mapToInt(p -> p.row).max().orElse(-1) + 1;
      int titleBottom = 76;
      int labelTop = titleBottom + 8;
      int nameTop = labelTop + rows * ROW_HEIGHT + 10;
      int lanesTop = nameTop + LANE_HEIGHT + 6;
      int lanesBottom = lanesTop + Math.max(1, lanes.size()) * LANE_HEIGHT;
      int axisBottom = lanesBottom + 34;
      List<LegendItem> legend = legendItems();
      int legendRows = legendRows(legend);
      int height = axisBottom + 16 + legendRows * 24 + 34;

      svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      svg.append(String.format(Locale.ROOT,
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
              + "font-family=\"%s\" data-organization=\"%s\">%n",
          WIDTH, height, WIDTH, height, FONT, esc(org.id().code())));
      svg.append("<title>").append(esc(org.name() + " (" + org.id() + "): history of its memberships"))
          .append("</title>\n");
      svg.append("<desc>").append(esc("One lane per party; bars coloured by role. Solid: the sources "
          + "say it held on those days, never past the latest source that says it holds when no end "
          + "is dated (its horizon). Faded and hatched: it possibly held (a date known only to the "
          + "year or month, or unknown, or a day past the horizon). Circles: the days sources say it "
          + "held. Vertical markers: founding, renames and summits."))
          .append("</desc>\n");
      defs();
      svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height));
      title();
      // Back to front: stripes and grid, then markers, then the bars (so that a marker line
      // shows between bars without crossing their labels), then axis and legend.
      svg.append("<g class=\"stripes\">\n");
      for (int i = 0; i < lanes.size(); i += 2) {
        svg.append(String.format(Locale.ROOT, "  <rect x=\"16\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f5f8\"/>%n",
            lanesTop + i * LANE_HEIGHT, PLOT_RIGHT + 24 - 16, LANE_HEIGHT));
      }
      svg.append("</g>\n");
      grid(nameTop, lanesBottom);
      for (Placed p : placed) {
        marker(p, labelTop, nameTop, lanesBottom);
      }
      nameLane(nameTop);
      for (int i = 0; i < lanes.size(); i++) {
        lane(lanes.get(i), lanesTop + i * LANE_HEIGHT);
      }
      if (lanes.isEmpty()) {
        text(PLOT_LEFT + 10, lanesTop + 24, "no memberships recorded", "font-size=\"13\" fill=\"#777\"");
      }
      axis(lanesBottom);
      legend(legend, axisBottom + 16);
      footer(height - 14);
      svg.append("</svg>\n");
      return svg.toString();
    }

    private void defs() {
      svg.append("<defs>\n");
      svg.append("  <pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
          + "patternTransform=\"rotate(45)\"><rect width=\"2.2\" height=\"6\" fill=\"#ffffff\" "
          + "fill-opacity=\"0.55\"/></pattern>\n");
      Map<String, String> colours = new LinkedHashMap<>();
      COLOURS.forEach((role, c) -> colours.put(role.name(), c));
      colours.put("NAME", NAME_COLOUR);
      colours.put("LEGEND", "#777777");
      colours.forEach((key, c) -> {
        gradient("in-" + key, c, 0.08, 0.8);
        gradient("out-" + key, c, 0.8, 0.08);
        gradient("both-" + key, c, 0.08, 0.08, 0.45);
      });
      svg.append("  <marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"5\" refY=\"5\" markerWidth=\"7\" "
          + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker>\n");
      svg.append("</defs>\n");
    }

    private void gradient(String id, String colour, double from, double to) {
      svg.append(String.format(Locale.ROOT, "  <linearGradient id=\"%s\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
          + "<stop offset=\"0\" stop-color=\"%s\" stop-opacity=\"%.2f\"/>"
          + "<stop offset=\"1\" stop-color=\"%s\" stop-opacity=\"%.2f\"/></linearGradient>%n",
          id, colour, from, colour, to));
    }

    private void gradient(String id, String colour, double from, double to, double middle) {
      svg.append(String.format(Locale.ROOT, "  <linearGradient id=\"%s\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
          + "<stop offset=\"0\" stop-color=\"%s\" stop-opacity=\"%.2f\"/>"
          + "<stop offset=\"0.5\" stop-color=\"%s\" stop-opacity=\"%.2f\"/>"
          + "<stop offset=\"1\" stop-color=\"%s\" stop-opacity=\"%.2f\"/></linearGradient>%n",
          id, colour, from, colour, middle, colour, to));
    }

    private void title() {
      String title = org.name() + " (" + org.id() + ")";
      if (title.length() * 22 * 0.68 > WIDTH - 48) {  // too long with its code: the code moves below
        title = fit(org.name(), WIDTH - 48, 22 * 0.68 / 0.6);
      }
      text(24, 34, title, "font-size=\"22\" font-weight=\"bold\" fill=\"#1a1a1a\"");
      List<String> former = org.names().subList(0, org.names().size() - 1).stream()
          .map(OrganizationName::name).toList();
      String sub = (title.endsWith(")") ? "" : org.id() + ": ") + "Who belonged to it, in which role, and when"
          + (former.isEmpty() ? "" : " — formerly the " + String.join(", then the ", former))
          + org.founded().map(d -> "; founded " + d).orElse("");
      text(24, 58, sub, "font-size=\"13\" fill=\"#555\"");
    }

    private void grid(int top, int bottom) {
      svg.append("<g class=\"grid\">\n");
      for (int y = LocalDate.ofEpochDay(firstDay).getYear(); y <= LocalDate.ofEpochDay(lastDay).getYear(); y++) {
        double gx = x(LocalDate.of(y, 1, 1).toEpochDay());
        svg.append(String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
            + "stroke=\"#e3e3e3\" stroke-width=\"1\"/>%n", gx, top, gx, bottom));
      }
      svg.append("</g>\n");
    }

    private void nameLane(int top) {
      svg.append("<g class=\"names\">\n");
      text(24, top + 17, "Name", "font-size=\"13\" font-weight=\"bold\" fill=\"#333\"");
      List<String> renamed = org.names().subList(1, org.names().size()).stream()
          .map(n -> n.from().map(PartialDate::toString).orElse("on an unknown day")).toList();
      text(24, top + 31, renamed.isEmpty() ? "never renamed" : "renamed " + String.join(", ", renamed),
          "font-size=\"11\" fill=\"#666\"");
      int y = top + (LANE_HEIGHT - BAR_HEIGHT) / 2;
      for (Map.Entry<OrganizationName, Period> e : org.namePeriods().entrySet()) {
        Period p = e.getValue();
        String tip = e.getKey().name() + ": " + p;
        segments(p, "NAME", NAME_COLOUR, y, tip);
        Range<LocalDate> def = definite(p);
        double from = def.isEmpty() ? lowerX(p.possibleDays()) : lowerX(def);
        double to = def.isEmpty() ? upperX(p.possibleDays()) : upperX(def);
        String label = fit(e.getKey().name(), to - from - 12, 11.5);
        if (!label.isEmpty()) {  // white on a solid bar, dark where the name only possibly held
          text(from + 6, y + 13, label, "font-size=\"11.5\" font-weight=\"bold\" fill=\""
              + (def.isEmpty() ? "#333333" : "#ffffff") + "\"");
        }
      }
      svg.append("</g>\n");
    }

    private void lane(Lane lane, int top) {
      svg.append(String.format(Locale.ROOT, "<g class=\"lane\" data-party=\"%s\">%n", esc(lane.party.key())));
      svg.append("  <title>").append(esc(fullName(lane.party))).append("</title>\n");
      text(24, top + 17, label(lane.party), "font-size=\"13\" font-weight=\"bold\" fill=\"#1a1a1a\"");
      String roles = roleSummary(lane.memberships);
      if (roles.length() * CHAR_WIDTH > PLOT_LEFT - 34) {  // the bars carry the dates; keep the roles
        roles = lane.memberships.stream().map(m -> lower(m.role())).collect(Collectors.joining(" → "));
      }
      text(24, top + 31, fit(roles, PLOT_LEFT - 34, 11), "font-size=\"11\" fill=\"#666\"");
      int y = top + (LANE_HEIGHT - BAR_HEIGHT) / 2;
      for (Membership m : lane.memberships) {
        String tip = label(lane.party) + ": " + lower(m.role()) + ", " + m.period() + "  [" + m.ref() + "]";
        segments(m.period(), m.role().name(), COLOURS.get(m.role()), y, tip);
        m.period().attestations().forEach(d -> {
          double hx = (x(d.earliest().toEpochDay()) + x(d.latest().toEpochDay() + 1)) / 2;
          svg.append(String.format(Locale.ROOT, "  <circle class=\"held-on\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.2\" "
              + "fill=\"#ffffff\" stroke=\"#222\" stroke-width=\"1.2\"><title>%s</title></circle>%n",
              hx, y + BAR_HEIGHT / 2.0, esc("a source says it held in " + d)));
        });
      }
      svg.append("</g>\n");
    }

    /** Draws a period: the possible lead-in, the definite span, the possible tail. */
    private void segments(Period p, String key, String colour, int y, String tip) {
      Range<LocalDate> possible = p.possibleDays();
      Range<LocalDate> definite = definite(p);
      double pLo = lowerX(possible);
      double pHi = upperX(possible);
      if (definite.isEmpty()) {
        possibleOnly(p, key, colour, y, tip);
        return;
      }
      double dLo = lowerX(definite);
      double dHi = upperX(definite);
      if (dLo - pLo > 0.05) {
        rect(pLo, dLo, y, "url(#in-" + key + ")", true, "possibly", key, lead(possible, definite), tip);
      }
      rect(dLo, dHi, y, colour, false, "definitely", key, definite, tip);
      if (pHi - dHi > 0.05) {
        rect(dHi, pHi, y, "url(#out-" + key + ")", true, "possibly", key, tail(possible, definite), tip);
      }
      if (p.isOngoing()) {
        arrow(y, colour, 1.0);
      }
    }

    /**
     * Draws a period with no definite day: it fades in up to the day it most plausibly holds
     * on (its horizon, the latest attestation; else after the start's imprecision or before the
     * end's) and fades out after it, so that neither edge of an imprecise date shows as a sharp
     * line.
     */
    private void possibleOnly(Period p, String key, String colour, int y, String tip) {
      Range<LocalDate> possible = p.possibleDays();
      Optional<PartialDate> start = p.start();
      Optional<PartialDate> end = p.end().date();
      Long peak = null;
      if (p.horizon().isPresent()) {
        peak = (p.horizon().get().earliest().toEpochDay() + p.horizon().get().latest().toEpochDay() + 1) / 2;
      } else if (start.isPresent() && end.isPresent()) {
        peak = (start.get().latest().toEpochDay() + 1 + end.get().earliest().toEpochDay()) / 2;
      } else if (start.isPresent()) {
        peak = start.get().latest().toEpochDay() + 1;
      } else if (end.isPresent()) {
        peak = end.get().earliest().toEpochDay();
      }
      if (peak == null) {  // neither start nor end known: faint throughout, a fade-in when ongoing
        String fill = p.isOngoing() ? "in-" : "both-";
        rect(lowerX(possible), upperX(possible), y, "url(#" + fill + key + ")", true, "possibly", key, possible, tip);
      } else {
        LocalDate at = LocalDate.ofEpochDay(peak);
        if (!possible.hasLowerBound() || possible.lowerEndpoint().isBefore(at)) {
          Range<LocalDate> in = possible.hasLowerBound() ? Range.closedOpen(possible.lowerEndpoint(), at) : Range.lessThan(at);
          rect(lowerX(in), upperX(in), y, "url(#in-" + key + ")", true, "possibly", key, in, tip);
        }
        if (!possible.hasUpperBound() || at.isBefore(possible.upperEndpoint())) {
          Range<LocalDate> out = possible.hasUpperBound() ? Range.closedOpen(at, possible.upperEndpoint()) : Range.atLeast(at);
          rect(lowerX(out), upperX(out), y, "url(#out-" + key + ")", true, "possibly", key, out, tip);
        }
      }
      if (p.isOngoing()) {
        arrow(y, colour, 0.45);
      }
    }

    private void arrow(int y, String colour, double opacity) {
      double cy = y + BAR_HEIGHT / 2.0;
      svg.append(String.format(Locale.ROOT, "  <path class=\"ongoing\" d=\"M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f z\" "
          + "fill=\"%s\" fill-opacity=\"%.2f\"><title>ongoing: no source reports an end</title></path>%n",
          PLOT_RIGHT + 0.0, cy - BAR_HEIGHT / 2.0 - 3, PLOT_RIGHT + 13.0, cy, PLOT_RIGHT + 0.0,
          cy + BAR_HEIGHT / 2.0 + 3, colour, opacity));
    }

    private Range<LocalDate> lead(Range<LocalDate> possible, Range<LocalDate> definite) {
      return possible.hasLowerBound()
          ? Range.closedOpen(possible.lowerEndpoint(), definite.lowerEndpoint())
          : Range.lessThan(definite.lowerEndpoint());
    }

    private Range<LocalDate> tail(Range<LocalDate> possible, Range<LocalDate> definite) {
      return possible.hasUpperBound()
          ? Range.closedOpen(definite.upperEndpoint(), possible.upperEndpoint())
          : Range.atLeast(definite.upperEndpoint());
    }

    private void rect(double from, double to, int y, String fill, boolean hatched, String certainty,
        String role, Range<LocalDate> days, String tip) {
      double w = Math.max(1.0, to - from);
      String data = String.format(Locale.ROOT, "data-certainty=\"%s\" data-role=\"%s\" data-from=\"%s\" data-until=\"%s\"",
          certainty.toUpperCase(Locale.ROOT), role,
          days.hasLowerBound() ? days.lowerEndpoint() : "unknown",
          days.hasUpperBound() ? days.upperEndpoint() : "open");
      svg.append(String.format(Locale.ROOT, "  <rect class=\"segment %s\" %s x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
          + "height=\"%d\" fill=\"%s\"%s><title>%s</title></rect>%n", certainty, data, from, y, w, BAR_HEIGHT,
          fill, hatched ? "" : " rx=\"2\"", esc(tip + " — " + certainty + " "
              + (days.hasLowerBound() ? "from " + days.lowerEndpoint() : "from an unknown day")
              + (days.hasUpperBound() ? " until " + days.upperEndpoint() : " on"))));
      if (hatched) {
        svg.append(String.format(Locale.ROOT, "  <rect class=\"hatch\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
            + "fill=\"url(#hatch)\" pointer-events=\"none\"/>%n", from, y, w, BAR_HEIGHT));
      }
    }

    private void marker(Placed p, int labelTop, int nameTop, int lanesBottom) {
      Marker m = p.marker;
      String colour = colour(m.kind);
      double lo = x(m.date.earliest().toEpochDay());
      double hi = x(m.date.latest().toEpochDay() + 1);
      double mx = (lo + hi) / 2;
      double labelY = labelTop + p.row * ROW_HEIGHT + 12;
      svg.append(String.format(Locale.ROOT, "<g class=\"marker %s\" data-date=\"%s\"%s>%n", m.kind, m.date,
          m.summit.map(s -> " data-summit=\"" + esc(s) + "\"").orElse("")));
      svg.append("  <title>").append(esc(m.tip)).append("</title>\n");
      if (hi - lo > 2) {  // a date known only to the month or year: shade the span it may fall in
        svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" "
            + "fill-opacity=\"0.10\"/>%n", lo, nameTop, hi - lo, lanesBottom - nameTop, colour));
      }
      String dash = m.kind.equals("summit") ? " stroke-dasharray=\"4 3\"" : "";
      svg.append(String.format(Locale.ROOT, "  <line class=\"marker-line\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
          + "stroke-width=\"%s\"%s/>%n", mx, labelY + 4, mx, lanesBottom, colour,
          m.kind.equals("summit") ? "1.2" : "1.8", dash));
      svg.append(String.format(Locale.ROOT, "  <circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.6\" fill=\"%s\"/>%n", mx, labelY + 4, colour));
      String anchor = p.rightAnchored ? "end" : "start";
      double tx = p.rightAnchored ? mx - 5 : mx + 5;
      text(tx, labelY + 4, m.label, String.format(Locale.ROOT, "font-size=\"11\" fill=\"%s\" text-anchor=\"%s\"%s",
          colour, anchor, m.kind.equals("summit") ? "" : " font-weight=\"bold\""));
      svg.append("</g>\n");
    }

    /**
     * Puts each marker's label in the first row where it overlaps no other label, no other
     * marker's line crosses it, and its own line crosses no label below it.
     */
    private List<Placed> placeLabels() {
      List<Placed> placed = new ArrayList<>();
      // From the right, each label hanging to the left of its line: the later summits crowd
      // the right edge, and the years before them leave room.
      List<Marker> fromRight = new ArrayList<>(markers);
      Collections.reverse(fromRight);
      for (Marker m : fromRight) {
        double mx = (x(m.date.earliest().toEpochDay()) + x(m.date.latest().toEpochDay() + 1)) / 2;
        double w = m.label.length() * CHAR_WIDTH + 10;
        Placed best = null;
        for (boolean right : new boolean[] {true, false}) {
          double lo = right ? mx - w : mx;
          double hi = right ? mx : mx + w;
          if (lo < 16 || hi > WIDTH - 8) {
            continue;
          }
          for (int row = 0; row <= placed.size(); row++) {
            if (fits(placed, row, lo, hi, mx)) {
              if (best == null || row < best.row) {
                best = new Placed(m, row, right, lo, hi, mx);
              }
              break;
            }
          }
        }
        if (best == null) {  // no clean place: the next free row, anchored where it fits
          boolean right = mx - w >= 16;
          int row = placed.stream().mapToInt(p -> p.row + 1).max().orElse(0);
          best = new Placed(m, row, right, right ? mx - w : mx, right ? mx : mx + w, mx);
        }
        placed.add(best);
      }
      return placed;
    }

    private static boolean fits(List<Placed> placed, int row, double lo, double hi, double mx) {
      for (Placed p : placed) {
        if (p.row == row && lo < p.hi + 6 && p.lo < hi + 6) {
          return false;  // overlaps a label in the same row
        }
        if (p.row < row && p.x > lo - 3 && p.x < hi + 3) {
          return false;  // a line from a label above would cross this label
        }
        if (p.row > row && mx > p.lo - 3 && mx < p.hi + 3) {
          return false;  // this label's line would cross a label below
        }
      }
      return true;
    }

    private void axis(int top) {
      svg.append("<g class=\"axis\">\n");
      svg.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\" stroke-width=\"1.2\"/>%n",
          PLOT_LEFT, top, PLOT_RIGHT, top));
      int firstYear = LocalDate.ofEpochDay(firstDay).getYear();
      int lastYear = LocalDate.ofEpochDay(lastDay).getYear();
      double perYear = (double) (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, lastYear - firstYear);
      int step = perYear >= 34 ? 1 : perYear >= 17 ? 2 : 5;
      for (int y = firstYear; y <= lastYear; y++) {
        double tx = x(LocalDate.of(y, 1, 1).toEpochDay());
        boolean labelled = y % step == 0;
        svg.append(String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>%n",
            tx, top, tx, top + (labelled ? 6 : 3)));
        if (labelled && y < lastYear) {
          // the label sits in the middle of its year, where its days are
          double mid = (tx + x(LocalDate.of(y + 1, 1, 1).toEpochDay())) / 2;
          text(step == 1 ? mid : tx, top + 20, Integer.toString(y), "font-size=\"11.5\" fill=\"#333\" text-anchor=\"middle\"");
        }
      }
      svg.append("</g>\n");
    }

    private List<LegendItem> legendItems() {
      List<LegendItem> items = new ArrayList<>();
      for (Role r : roles) {
        items.add(new LegendItem("role", lower(r), r.name()));
      }
      items.add(new LegendItem("certain", "solid: held, as the sources say (up to the latest that says so)", ""));
      items.add(new LegendItem("possible", "faded, hatched: possibly held (an imprecise or unknown date, or past the latest source)", ""));
      items.add(new LegendItem("ongoing", "no source reports an end", ""));
      items.add(new LegendItem("held-on", "a source says it held on this day (as of)", ""));
      if (markers.stream().anyMatch(m -> m.kind.equals("founded"))) {
        items.add(new LegendItem("founded", "founded", ""));
      }
      if (markers.stream().anyMatch(m -> m.kind.contains("rename"))) {
        items.add(new LegendItem("rename", "renamed", ""));
      }
      if (markers.stream().anyMatch(m -> m.kind.contains("summit"))) {
        items.add(new LegendItem("summit", "summit or meeting (shaded: the month or year it falls in)", ""));
      }
      return items;
    }

    private int legendRows(List<LegendItem> items) {
      int rows = 1;
      double cx = 24;
      for (LegendItem i : items) {
        double w = 34 + i.text.length() * CHAR_WIDTH + 18;
        if (cx + w > WIDTH - 16) {
          rows++;
          cx = 24;
        }
        cx += w;
      }
      return rows;
    }

    private void legend(List<LegendItem> items, int top) {
      svg.append("<g class=\"legend\">\n");
      double cx = 24;
      int y = top;
      for (LegendItem i : items) {
        double w = 34 + i.text.length() * CHAR_WIDTH + 18;
        if (cx + w > WIDTH - 16) {
          y += 24;
          cx = 24;
        }
        swatch(i, cx, y);
        text(cx + 34, y + 12, i.text, "font-size=\"11\" fill=\"#333\"");
        cx += w;
      }
      svg.append("</g>\n");
    }

    private void swatch(LegendItem i, double sx, int y) {
      switch (i.kind) {
        case "role":
          svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%d\" width=\"28\" height=\"14\" rx=\"2\" fill=\"%s\"/>%n",
              sx, y + 1, COLOURS.get(Role.valueOf(i.key))));
          break;
        case "certain":
          svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%d\" width=\"28\" height=\"14\" rx=\"2\" fill=\"#777777\"/>%n", sx, y + 1));
          break;
        case "possible":
          svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%d\" width=\"28\" height=\"14\" fill=\"url(#in-LEGEND)\"/>"
              + "<rect x=\"%.1f\" y=\"%d\" width=\"28\" height=\"14\" fill=\"url(#hatch)\"/>%n", sx, y + 1, sx, y + 1));
          break;
        case "ongoing":
          svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%d\" width=\"16\" height=\"14\" fill=\"#777777\"/>"
              + "<path d=\"M%.1f,%d L%.1f,%d L%.1f,%d z\" fill=\"#777777\"/>%n",
              sx, y + 1, sx + 16, y - 2, sx + 28, y + 8, sx + 16, y + 18));
          break;
        case "held-on":
          svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%d\" width=\"28\" height=\"14\" rx=\"2\" fill=\"#777777\"/>"
              + "<circle cx=\"%.1f\" cy=\"%d\" r=\"3.2\" fill=\"#ffffff\" stroke=\"#222\" stroke-width=\"1.2\"/>%n",
              sx, y + 1, sx + 14, y + 8));
          break;
        default:
          String colour = colour(i.kind);
          String dash = i.kind.equals("summit") ? " stroke-dasharray=\"4 3\"" : "";
          svg.append(String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.8\"%s/>%n",
              sx + 14, y - 1, sx + 14, y + 17, colour, dash));
      }
    }

    private void footer(int y) {
      text(24, y, "Drawn by OTS Atlas from its corpus (" + atlas.corpus().sources().size() + " sources). Every bar "
          + "rests on quoted sources: explore evidence membership:<id> shows them.", "font-size=\"10.5\" fill=\"#888\"");
    }

    private void text(double tx, double ty, String text, String attributes) {
      svg.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" %s>%s</text>%n", tx, ty, attributes, esc(text)));
    }

    private String label(Party party) {
      if (party instanceof StateId) {
        Optional<State> s = atlas.corpus().state((StateId) party);
        if (s.isEmpty()) {
          return party.code();
        }
        String name = s.get().name();
        if (name.length() > 22) {
          name = s.get().aliases().stream().filter(a -> a.length() < s.get().name().length())
              .min(Comparator.comparingInt(String::length)).orElse(name);
        }
        return name;
      }
      return party.code();
    }

    private String fullName(Party party) {
      if (party instanceof StateId) {
        return atlas.corpus().state((StateId) party).map(State::name).orElse(party.code()) + " (" + party.code() + ")";
      }
      return atlas.corpus().organization((OrganizationId) party).map(Organization::name).orElse(party.code())
          + " (" + party.code() + ")";
    }

    private String stateName(StateId id) {
      return atlas.corpus().state(id).map(State::name).orElse(id.code());
    }

    private static String roleSummary(List<Membership> ms) {
      if (ms.size() == 1) {
        Membership m = ms.get(0);
        String start = m.period().start().map(PartialDate::toString).orElse(null);
        switch (m.period().end().kind()) {
          case ONGOING:
            return lower(m.role()) + (start == null ? ", start unknown" : " since " + start);
          case UNKNOWN:
            return lower(m.role()) + (start == null ? "" : " from " + start) + ", end unknown";
          default:
            return lower(m.role()) + " " + (start == null ? "?" : start) + "–" + m.period().end();
        }
      }
      return ms.stream().map(m -> lower(m.role()) + " " + m.period().start().map(PartialDate::toString).orElse("?"))
          .collect(Collectors.joining(" → "));
    }
  }

  private record Lane(Party party, List<Membership> memberships) {}

  private record Marker(String kind, PartialDate date, String label, String tip, Optional<String> summit) {}

  private record Placed(Marker marker, int row, boolean rightAnchored, double lo, double hi, double x) {}

  private record LegendItem(String kind, String text, String key) {}

  /**
   * Returns {@link Period#definiteDays()}: nothing is drawn as certain past a period's horizon,
   * its latest attestation, when no end is dated.
   */
  static Range<LocalDate> definite(Period p) {
    return p.definiteDays();
  }

  /** The first day a period possibly holds, {@link LocalDate#MIN} when its start is open. */
  private static LocalDate firstDay(Period p) {
    return p.possibleDays().hasLowerBound() ? p.possibleDays().lowerEndpoint() : LocalDate.MIN;
  }

  private static String colour(String markerKind) {
    return markerKind.contains("rename") ? "#8e44ad" : markerKind.equals("founded") ? "#2e7d32" : "#3a3a3a";
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  private static String lower(Role role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Shortens text with an ellipsis to fit {@code width} pixels at {@code size}; empty if nothing fits. */
  private static String fit(String text, double width, double size) {
    double perChar = size * 0.6;
    int max = (int) Math.floor(width / perChar);
    if (text.length() <= max) {
      return text;
    }
    return max < 4 ? "" : text.substring(0, max - 1).stripTrailing() + "…";
  }

  /** Escapes text for XML content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&apos;");
          break;
        default:
          // XML 1.0 forbids most control characters; sources never need them in a picture
          b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
      }
    }
    return b.toString();
  }
}
