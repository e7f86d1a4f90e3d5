package io.github.otsatlas.site;

import com.google.common.collect.Range;
import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Cited;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.FactRef;
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
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitStatus;
import io.github.otsatlas.model.Whitespace;
import io.github.otsatlas.query.Answer;
import io.github.otsatlas.query.Atlas;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws an organization's history as an SVG picture: one horizontal lane per party, a bar per
 * membership coloured by role, the organization's dated names above them, its founding, renames
 * and summits as labelled vertical markers, its other meetings in a lane of their own, and the
 * knowledge horizon, over a year axis.
 *
 * <p>Certainty is drawn, not hidden. The days on which a membership DEFINITELY held (its
 * {@link Period#definiteDays()}) are a solid bar; the days on which it only POSSIBLY held (a start
 * known only to the year, an unknown start or end, every day after its latest attestation when no
 * end is dated) fade in or out and are hatched, so that a start "in 2021" never shows as a sharp
 * edge on 1 January. Nothing is drawn as certain past the atlas's {@linkplain
 * Atlas#newestAttestation() newest attestation}: a dashed line marks that horizon and the days
 * after it are shaded. Each attestation is a circle on its bar; an ongoing membership ends in an
 * arrow.
 *
 * <p>Every bar, circle and marker has a tooltip ({@code <title>}) with the sentence that supports
 * it and its source. In the pages of the site ({@link Site}) each is also a link to its fact's
 * page; the picture {@link #render} returns stands alone and links nowhere.
 *
 * <p>The SVG is written through the JDK's XML writer, so it is well-formed and every text is
 * escaped, characters XML forbids replaced. Elements a reader or a test may look for carry a
 * class: {@code g.lane[data-party]}, {@code rect.segment.definitely} / {@code .possibly}, {@code
 * g.marker.summit}, {@code g.marker.rename}, {@code g.marker.founded}, {@code g.meeting}, {@code
 * g.horizon}. The output depends only on the atlas. Stateless and thread-safe.
 */
public final class TimelineSvg {
  private static final int WIDTH = 1200;
  private static final int PLOT_LEFT = 250;
  private static final int PLOT_RIGHT = 1150;
  private static final int LANE_HEIGHT = 38;
  private static final int BAR_HEIGHT = 18;
  private static final int ROW_HEIGHT = 17;
  private static final int QUOTE_LIMIT = 280;
  private static final double CHAR_WIDTH = 6.6;  // estimated advance of an 11px sans-serif character
  private static final String FONT = "DejaVu Sans, Verdana, Segoe UI, Helvetica, Arial, sans-serif";
  private static final String NAME_COLOUR = "#5b6478";
  private static final String LEGEND_COLOUR = "#777777";
  private static final String HORIZON_COLOUR = "#b3261e";
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
   * Returns the SVG picture of an organization's history, as a standalone UTF-8 XML document.
   *
   * <pre>{@code
   * Files.writeString(Path.of("ots.svg"), TimelineSvg.render(Atlas.seeded(), OrganizationId.of("OTS")));
   * }</pre>
   *
   * @param atlas the atlas to draw from, not null
   * @param organization the organization, not null
   * @throws IllegalArgumentException if the atlas has no such organization
   */
  public static String render(Atlas atlas, OrganizationId organization) {
    Drawing drawing = new Drawing(Objects.requireNonNull(atlas, "atlas"),
        Objects.requireNonNull(organization, "organization"), Linker.NONE);
    StringWriter out = new StringWriter();
    Xml x = Xml.svg(out);
    drawing.draw(x);
    x.finish();
    return out.toString();
  }

  /** Writes the picture into a page, each bar and marker linked where {@code links} says. */
  static void write(Xml x, Atlas atlas, OrganizationId organization, Linker links) {
    new Drawing(atlas, organization, links).draw(x);
  }

  /** Where the picture links a fact: an address relative to the page, or none. */
  interface Linker {
    /** Links nothing: a standalone picture. */
    Linker NONE = (fact, fragment) -> Optional.empty();

    /** Returns the address of a fact's page, at {@code fragment} when not empty. */
    Optional<String> href(FactRef fact, String fragment);
  }

  /** The kinds of vertical marker. */
  enum MarkerKind {
    /** The organization's founding. */
    FOUNDED("founded", "#2e7d32"),
    /** A rename that no summit's marker carries. */
    RENAMED("rename", "#8e44ad"),
    /** A summit (a {@link Summit}); one that adopted a new name is drawn as a rename too. */
    SUMMIT("summit", "#3a3a3a");

    final String cssClass;
    final String colour;

    MarkerKind(String cssClass, String colour) {
      this.cssClass = cssClass;
      this.colour = colour;
    }
  }

  /** The entries of the legend, in their order. */
  private enum LegendKind { ROLE, CERTAIN, POSSIBLE, ONGOING, HELD_ON, FOUNDED, RENAMED, SUMMIT, MEETING, HORIZON }

  /** How a bar's segment is drawn: its certainty, and the fill's fade where it is only possible. */
  private enum Fade { SOLID, IN, OUT, BOTH }

  private record Lane(Party party, List<Membership> memberships) {}

  private record Marker(MarkerKind kind, PartialDate date, Optional<OrganizationName> renamed, String label,
      String tip, FactRef fact, String fragment) {
    String cssClass() {
      return "marker " + kind.cssClass + (renamed.isPresent() && kind == MarkerKind.SUMMIT ? " rename" : "");
    }

    String colour() {
      return renamed.isPresent() ? MarkerKind.RENAMED.colour : kind.colour;
    }
  }

  private record MeetingMark(Gathering meeting, PartialDate date, String label, String tip) {}

  private record Placed(Marker marker, int row, boolean rightAnchored, double lo, double hi, double x) {}

  private record LegendItem(LegendKind kind, String text, Optional<Role> role) {}

  /** One drawing: gathers the lanes and markers, fixes the scale, then writes the SVG. */
  private static final class Drawing {
    private final Atlas atlas;
    private final Corpus corpus;
    private final Organization org;
    private final Linker links;
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final List<MeetingMark> meetings = new ArrayList<>();
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    /** The first day past the newest attestation, where certainty ends; empty with no attestation. */
    private final Optional<LocalDate> horizonEnd;
    private Xml x;
    private long firstDay;
    private long lastDay;

    Drawing(Atlas atlas, OrganizationId id, Linker links) {
      this.atlas = atlas;
      this.corpus = atlas.corpus();
      this.links = links;
      List<Answer<Membership>> memberships = atlas.members(id).list();
      this.org = corpus.organization(id).orElseThrow(
          () -> new IllegalArgumentException("unknown organization '" + id + "'"));
      this.horizonEnd = atlas.newestAttestation().map(d -> d.earliest().plusDays(1));
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
      org.founded().ifPresent(d -> markers.add(new Marker(MarkerKind.FOUNDED, d, Optional.empty(),
          "founded · " + d, org.names().get(0).name() + " founded, " + d + quoteLine(org, Attribute.FOUNDED),
          org.ref(), "claims")));
      // A rename adopted at a summit shares its summit's marker: one line, one label.
      Map<String, OrganizationName> renamedAt = new LinkedHashMap<>();
      for (OrganizationName n : org.names().subList(1, org.names().size())) {
        if (n.from().isEmpty()) {
          continue;
        }
        Optional<Summit> at = n.renamedAt().flatMap(corpus::summit).filter(s -> s.date().equals(n.from()));
        if (at.isPresent()) {
          renamedAt.put(at.get().id().value(), n);
        } else {
          markers.add(new Marker(MarkerKind.RENAMED, n.from().get(), Optional.of(n),
              "renamed " + n.name() + " · " + n.from().get(),
              "renamed " + n.name() + ", " + n.from().get() + quoteLine(n, Attribute.FROM), org.ref(), "names"));
        }
      }
      for (Answer<Meeting> a : atlas.meetings().of(org.id()).list()) {
        Meeting s = a.subject();
        if (s.date().isPresent()) {
          PartialDate d = s.date().get();
          meetings.add(new MeetingMark(s, d, meetingLabel(s, d), tip(s, d)));
        }
      }
      for (Answer<Summit> a : atlas.summits().of(org.id()).list()) {
        Summit s = a.subject();
        if (s.date().isEmpty()) {
          continue;
        }
        PartialDate d = s.date().get();
        String tip = tip(s, d);
        Optional<OrganizationName> renamed = Optional.ofNullable(renamedAt.get(s.id().value()));
        String label = summitLabel(s, d);
        if (renamed.isPresent()) {
          label = label.substring(0, label.lastIndexOf(" · ")) + ": renamed " + renamed.get().name() + " · " + d;
          tip = tip + "\nrenamed " + renamed.get().name() + quoteLine(renamed.get(), Attribute.FROM);
        }
        markers.add(new Marker(MarkerKind.SUMMIT, d, renamed, label, tip, s.ref(), ""));
      }
      markers.sort(Comparator.comparing((Marker m) -> m.date).thenComparing(m -> m.kind));
    }

    private String summitLabel(Summit s, PartialDate d) {
      String what = s.format() == SummitFormat.INFORMAL ? "informal summit" : "summit";
      return s.ordinal().map(n -> ordinal(n) + " ").orElse("") + what + ", " + place(s) + " · " + d
          + (s.status() == SummitStatus.SCHEDULED ? " (scheduled)" : "");
    }

    private String tip(Gathering s, PartialDate d) {
      return s.name() + " — " + d + (s.status() == SummitStatus.SCHEDULED ? " (scheduled)" : "")
          + quoteLine(s, Attribute.DATE);
    }

    private String meetingLabel(Gathering s, PartialDate d) {
      return place(s) + " · " + d;
    }

    private String place(Gathering s) {
      return s.hostCity().orElseGet(() -> s.hostState().map(this::stateName).orElse("place unknown"));
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
      markers.forEach(m -> dates.add(m.date));
      meetings.forEach(m -> dates.add(m.date));
      for (PartialDate d : dates) {
        min = Math.min(min, d.earliest().toEpochDay());
        max = Math.max(max, d.latest().toEpochDay());
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

    private double x(LocalDate day) {
      return x(day.toEpochDay());
    }

    private double lowerX(Range<LocalDate> r) {
      return r.hasLowerBound() ? x(r.lowerEndpoint()) : PLOT_LEFT;
    }

    private double upperX(Range<LocalDate> r) {
      return r.hasUpperBound() ? x(r.upperEndpoint()) : PLOT_RIGHT;
    }

    /**
     * Returns the days a period is drawn as certain: its definite days, never past the newest
     * attestation of the atlas.
     */
    private Range<LocalDate> definite(Period p) {
      Range<LocalDate> d = p.definiteDays();
      if (d.isEmpty() || horizonEnd.isEmpty()) {
        return d;
      }
      Range<LocalDate> before = Range.lessThan(horizonEnd.get());
      return d.isConnected(before) ? d.intersection(before) : Range.closedOpen(LocalDate.EPOCH, LocalDate.EPOCH);
    }

    void draw(Xml out) {
      this.x = out;
      List<Placed> placed = placeLabels();
      int rows = placed.stream().mapToInt(p -> p.row).max().orElse(-1) + 1;
      int titleBottom = 76;
      int labelTop = titleBottom + 8;
      int nameTop = labelTop + rows * ROW_HEIGHT + 10;
      int meetingTop = nameTop + LANE_HEIGHT;
      int lanesTop = meetingTop + (meetings.isEmpty() ? 0 : LANE_HEIGHT) + 6;
      int lanesBottom = lanesTop + Math.max(1, lanes.size()) * LANE_HEIGHT;
      int axisBottom = lanesBottom + 34;
      List<LegendItem> legend = legendItems();
      int legendRows = legendRows(legend);
      int height = axisBottom + 16 + legendRows * 24 + 34;

      x.start(Svg.SVG).attr("width", WIDTH).attr("height", height).attr("viewBox", "0 0 " + WIDTH + " " + height)
          .attr("font-family", FONT).attr("class", "timeline").attr("data-organization", org.id().code())
          .attr("aria-labelledby", "tl-title").attr("aria-describedby", "tl-desc");
      x.start(Svg.TITLE).attr("id", "tl-title").text(org.name() + " (" + org.id() + "): history of its memberships")
          .end(Svg.TITLE);
      x.start(Svg.DESC).attr("id", "tl-desc").text("One lane per party; bars coloured by role. Solid: the "
          + "sources say it held on those days, never past the latest source that says it holds when no end "
          + "is dated, nor past the newest day any source speaks of (the knowledge horizon, a dashed line). "
          + "Faded and hatched: it possibly held (a date known only to the year or month, or unknown, or a "
          + "day past the horizon). Circles: the days sources say it held. Vertical markers: founding, "
          + "renames and summits; other meetings have a lane of their own. Each tooltip quotes the sentence "
          + "that supports it.").end(Svg.DESC);
      defs();
      x.empty(Svg.RECT).attr("width", WIDTH).attr("height", height).attr("fill", "#ffffff");
      title();
      // Back to front: stripes, grid and horizon, then markers, then the bars (so that a marker
      // line shows between bars without crossing their labels), then axis and legend.
      x.start(Svg.G).attr("class", "stripes");
      for (int i = 0; i < lanes.size(); i += 2) {
        x.empty(Svg.RECT).attr("x", 16).attr("y", lanesTop + i * LANE_HEIGHT).attr("width", PLOT_RIGHT + 24 - 16)
            .attr("height", LANE_HEIGHT).attr("fill", "#f4f5f8");
      }
      x.end(Svg.G);
      grid(nameTop, lanesBottom);
      horizon(labelTop, nameTop, lanesBottom);
      for (Placed p : placed) {
        marker(p, labelTop, nameTop, lanesBottom);
      }
      nameLane(nameTop);
      if (!meetings.isEmpty()) {
        meetingLane(meetingTop);
      }
      for (int i = 0; i < lanes.size(); i++) {
        lane(lanes.get(i), lanesTop + i * LANE_HEIGHT);
      }
      if (lanes.isEmpty()) {
        text(PLOT_LEFT + 10, lanesTop + 24, "no memberships recorded", 13, "#6b6b6b", false, "start");
      }
      axis(lanesBottom);
      legend(legend, axisBottom + 16);
      footer(height - 14);
      x.end(Svg.SVG);
    }

    private void defs() {
      x.start(Svg.DEFS);
      x.start(Svg.PATTERN).attr("id", "tl-hatch").attr("width", 6).attr("height", 6)
          .attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)");
      x.empty(Svg.RECT).attr("width", 2.2).attr("height", 6).attr("fill", "#ffffff").attr("fill-opacity", "0.55");
      x.end(Svg.PATTERN);
      Map<String, String> colours = new LinkedHashMap<>();
      roles.forEach(role -> colours.put(role.name(), COLOURS.get(role)));
      colours.put("NAME", NAME_COLOUR);
      colours.put("LEGEND", LEGEND_COLOUR);
      colours.forEach((key, c) -> {
        gradient(Fade.IN, key, c);
        gradient(Fade.OUT, key, c);
        gradient(Fade.BOTH, key, c);
      });
      x.start(Svg.MARKER).attr("id", "tl-arrow").attr("viewBox", "0 0 10 10").attr("refX", 5).attr("refY", 5)
          .attr("markerWidth", 7).attr("markerHeight", 7).attr("orient", "auto");
      x.empty(Svg.PATH).attr("d", "M0,0 L10,5 L0,10 z").attr("fill", "#555555");
      x.end(Svg.MARKER);
      x.end(Svg.DEFS);
    }

    private void gradient(Fade fade, String key, String colour) {
      x.start(Svg.LINEAR_GRADIENT).attr("id", gradientId(fade, key)).attr("x1", 0).attr("x2", 1)
          .attr("y1", 0).attr("y2", 0);
      double[] stops = switch (fade) {
        case IN -> new double[] {0, 0.08, 1, 0.8};
        case OUT -> new double[] {0, 0.8, 1, 0.08};
        case BOTH -> new double[] {0, 0.08, 0.5, 0.45, 1, 0.08};
        case SOLID -> throw new IllegalArgumentException("a solid fill has no gradient");
      };
      for (int i = 0; i < stops.length; i += 2) {
        x.empty(Svg.STOP).attr("offset", Double.toString(stops[i])).attr("stop-color", colour)
            .attr("stop-opacity", Double.toString(stops[i + 1]));
      }
      x.end(Svg.LINEAR_GRADIENT);
    }

    private static String gradientId(Fade fade, String key) {
      return "tl-" + fade.name().toLowerCase(java.util.Locale.ROOT) + "-" + key;
    }

    private void title() {
      String title = org.name() + " (" + org.id() + ")";
      if (title.length() * 22 * 0.68 > WIDTH - 48) {  // too long with its code: the code moves below
        title = fit(org.name(), WIDTH - 48, 22 * 0.68 / 0.6);
      }
      text(24, 34, title, 22, "#1a1a1a", true, "start");
      List<String> former = org.names().subList(0, org.names().size() - 1).stream()
          .map(OrganizationName::name).toList();
      String sub = (title.endsWith(")") ? "" : org.id() + ": ") + "Who belonged to it, in which role, and when"
          + (former.isEmpty() ? "" : " — formerly the " + String.join(", then the ", former))
          + org.founded().map(d -> "; founded " + d).orElse("");
      text(24, 58, fit(sub, WIDTH - 48, 13), 13, "#4d4d4d", false, "start");
    }

    private void grid(int top, int bottom) {
      x.start(Svg.G).attr("class", "grid");
      for (int y = LocalDate.ofEpochDay(firstDay).getYear(); y <= LocalDate.ofEpochDay(lastDay).getYear(); y++) {
        double gx = x(LocalDate.of(y, 1, 1));
        line(gx, top, gx, bottom, "#e3e3e3", 1, "");
      }
      x.end(Svg.G);
    }

    /** The knowledge horizon: a dashed line at the newest attestation, the days after it shaded. */
    private void horizon(int labelTop, int top, int bottom) {
      if (horizonEnd.isEmpty() || horizonEnd.get().toEpochDay() >= lastDay) {
        return;
      }
      double hx = x(horizonEnd.get());
      PartialDate newest = atlas.newestAttestation().orElseThrow();
      x.start(Svg.G).attr("class", "horizon").attr("data-date", newest.toString());
      x.element(Svg.TITLE, "The knowledge horizon: the newest day any source says something held is "
          + newest + ". Nothing after it is drawn as certain.");
      x.empty(Svg.RECT).attr("x", hx).attr("y", top).attr("width", PLOT_RIGHT - hx).attr("height", bottom - top)
          .attr("fill", "#8a8a8a").attr("fill-opacity", "0.10");
      line(hx, top - 6, hx, bottom, HORIZON_COLOUR, 1.4, "2 2");
      x.end(Svg.G);
    }

    private void nameLane(int top) {
      x.start(Svg.G).attr("class", "names");
      text(24, top + 17, "Name", 13, "#333333", true, "start");
      List<String> renamed = org.names().subList(1, org.names().size()).stream()
          .map(n -> n.from().map(PartialDate::toString).orElse("on an unknown day")).toList();
      text(24, top + 31, renamed.isEmpty() ? "never renamed" : "renamed " + String.join(", ", renamed),
          11, "#5c5c5c", false, "start");
      int y = top + (LANE_HEIGHT - BAR_HEIGHT) / 2;
      for (Map.Entry<OrganizationName, Period> e : org.namePeriods().entrySet()) {
        Period p = e.getValue();
        OrganizationName n = e.getKey();
        String head = n.name() + ": " + p;
        String quote = quoteLine(n, Attribute.NAME);
        Svg link = open(org.ref(), "names", head + quote, "name");
        segments(p, "NAME", NAME_COLOUR, y, head, quote);
        Range<LocalDate> def = definite(p);
        double from = def.isEmpty() ? lowerX(p.possibleDays()) : lowerX(def);
        double to = def.isEmpty() ? upperX(p.possibleDays()) : upperX(def);
        String label = fit(n.name(), to - from - 12, 11.5);
        if (!label.isEmpty()) {  // white on a solid bar, dark where the name only possibly held
          x.start(Svg.TEXT).attr("x", from + 6).attr("y", y + 13).attr("font-size", "11.5").attr("font-weight", "bold")
              .attr("fill", def.isEmpty() ? "#333333" : "#ffffff").attr("pointer-events", "none")
              .text(label).end(Svg.TEXT);
        }
        x.end(link);
      }
      x.end(Svg.G);
    }

    /** Meetings that are not summits: a diamond each in a lane of their own, labelled where room allows. */
    private void meetingLane(int top) {
      x.start(Svg.G).attr("class", "meetings");
      text(24, top + 17, "Other meetings", 13, "#333333", true, "start");
      text(24, top + 31, meetings.size() + (meetings.size() == 1 ? " meeting" : " meetings") + ", not summits",
          11, "#5c5c5c", false, "start");
      double cy = top + LANE_HEIGHT / 2.0;
      List<Double> diamonds = meetings.stream()
          .map(m -> (x(m.date.earliest()) + x(m.date.latest().toEpochDay() + 1)) / 2).toList();
      List<double[]> labels = new ArrayList<>();  // the spans labels take, so that none covers another or a diamond
      for (int i = 0; i < meetings.size(); i++) {
        MeetingMark m = meetings.get(i);
        double lo = x(m.date.earliest());
        double hi = x(m.date.latest().toEpochDay() + 1);
        double mx = diamonds.get(i);
        Svg link = open(m.meeting.ref(), "", m.tip, "meeting", "data-meeting", m.meeting.ref().id(),
            "data-date", m.date.toString());
        if (hi - lo > 2) {
          x.empty(Svg.RECT).attr("x", lo).attr("y", top + 4).attr("width", hi - lo).attr("height", LANE_HEIGHT - 8)
              .attr("fill", "#3a3a3a").attr("fill-opacity", "0.10");
        }
        x.empty(Svg.PATH).attr("d", "M" + Xml.number(mx) + "," + Xml.number(cy - 6) + " L" + Xml.number(mx + 6) + ","
            + Xml.number(cy) + " L" + Xml.number(mx) + "," + Xml.number(cy + 6) + " L" + Xml.number(mx - 6) + ","
            + Xml.number(cy) + " z").attr("fill", "#ffffff").attr("stroke", "#3a3a3a").attr("stroke-width", 1.4);
        double w = m.label.length() * CHAR_WIDTH;
        for (boolean left : new boolean[] {true, false}) {
          double from = left ? mx - 9 - w : mx + 9;
          double to = left ? mx - 9 : mx + 9 + w;
          boolean free = from >= PLOT_LEFT && to <= PLOT_RIGHT + 24
              && diamonds.stream().noneMatch(d -> d > from - 8 && d < to + 8)
              && labels.stream().noneMatch(l -> from < l[1] + 6 && l[0] < to + 6);
          if (free) {
            // a white halo keeps the label legible where a summit's line crosses it
            x.start(Svg.TEXT).attr("x", left ? to : from).attr("y", cy + 4).attr("font-size", 11).attr("fill", "#3a3a3a")
                .attr("text-anchor", left ? "end" : "start").attr("stroke", "#ffffff").attr("stroke-width", 3)
                .attr("paint-order", "stroke").text(m.label).end(Svg.TEXT);
            labels.add(new double[] {from, to});
            break;
          }
        }
        x.end(link);
      }
      x.end(Svg.G);
    }

    private void lane(Lane lane, int top) {
      x.start(Svg.G).attr("class", "lane").attr("data-party", lane.party.key());
      x.element(Svg.TITLE, fullName(lane.party));
      FactRef partyRef = partyRef(lane.party);
      Svg partyLink = open(partyRef, "", fullName(lane.party), "party");
      text(24, top + 17, label(lane.party), 13, "#1a1a1a", true, "start");
      x.end(partyLink);
      String roleText = roleSummary(lane.memberships);
      if (roleText.length() * CHAR_WIDTH > PLOT_LEFT - 34) {  // the bars carry the dates; keep the roles
        roleText = lane.memberships.stream().map(m -> Names.role(m.role())).collect(Collectors.joining(" → "));
      }
      text(24, top + 31, fit(roleText, PLOT_LEFT - 34, 11), 11, "#5c5c5c", false, "start");
      int y = top + (LANE_HEIGHT - BAR_HEIGHT) / 2;
      for (Membership m : lane.memberships) {
        String head = label(lane.party) + ": " + Names.role(m.role()) + ", " + m.period() + "  [" + m.ref() + "]";
        String quote = quoteLine(m, m.start().isPresent() ? Attribute.START : Attribute.ROLE);
        Svg link = open(m.ref(), "", head + quote, "membership", "data-membership", m.id().value());
        segments(m.period(), m.role().name(), COLOURS.get(m.role()), y, head, quote);
        x.end(link);
        for (PartialDate d : m.period().attestations()) {
          double hx = (x(d.earliest()) + x(d.latest().toEpochDay() + 1)) / 2;
          String said = "a source says it held in " + d + attestationLine(m, d);
          Svg held = open(m.ref(), "attestations", said, "attestation", "data-date", d.toString());
          x.empty(Svg.CIRCLE).attr("class", "held-on").attr("cx", hx).attr("cy", y + BAR_HEIGHT / 2.0).attr("r", 3.2)
              .attr("fill", "#ffffff").attr("stroke", "#222222").attr("stroke-width", 1.2);
          x.end(held);
        }
      }
      x.end(Svg.G);
    }

    /**
     * Opens a link to a fact (or, standalone, a group) with its attributes (name, value, ...) and its
     * tooltip as first child; returns the tag to close it with.
     */
    private Svg open(FactRef fact, String fragment, String tip, String cssClass, String... attributes) {
      Optional<String> href = links.href(fact, fragment);
      Svg tag = href.isPresent() ? Svg.A : Svg.G;
      x.start(tag);
      href.ifPresent(h -> x.attr("href", h));
      x.attr("class", cssClass);
      for (int i = 0; i < attributes.length; i += 2) {
        x.attr(attributes[i], attributes[i + 1]);
      }
      x.element(Svg.TITLE, tip);
      return tag;
    }

    /** Draws a period: the possible lead-in, the definite span, the possible tail. */
    private void segments(Period p, String key, String colour, int y, String head, String quote) {
      Range<LocalDate> possible = p.possibleDays();
      Range<LocalDate> definite = definite(p);
      if (definite.isEmpty()) {
        possibleOnly(p, key, colour, y, head, quote);
        return;
      }
      double pLo = lowerX(possible);
      double pHi = upperX(possible);
      double dLo = lowerX(definite);
      double dHi = upperX(definite);
      if (dLo - pLo > 0.05) {
        rect(pLo, dLo, y, Fade.IN, key, colour, lead(possible, definite), head, quote);
      }
      rect(dLo, dHi, y, Fade.SOLID, key, colour, definite, head, quote);
      if (pHi - dHi > 0.05) {
        rect(dHi, pHi, y, Fade.OUT, key, colour, tail(possible, definite), head, quote);
      }
      if (p.isOngoing()) {
        arrow(y, colour, 1.0);
      }
    }

    /**
     * Draws a period with no definite day: it fades in up to the day it most plausibly holds on
     * (its horizon, the latest attestation; else after the start's imprecision or before the end's)
     * and fades out after it, so that neither edge of an imprecise date shows as a sharp line.
     */
    private void possibleOnly(Period p, String key, String colour, int y, String head, String quote) {
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
        rect(lowerX(possible), upperX(possible), y, p.isOngoing() ? Fade.IN : Fade.BOTH, key, colour, possible, head, quote);
      } else {
        LocalDate at = LocalDate.ofEpochDay(peak);
        if (!possible.hasLowerBound() || possible.lowerEndpoint().isBefore(at)) {
          Range<LocalDate> in = possible.hasLowerBound() ? Range.closedOpen(possible.lowerEndpoint(), at) : Range.lessThan(at);
          rect(lowerX(in), upperX(in), y, Fade.IN, key, colour, in, head, quote);
        }
        if (!possible.hasUpperBound() || at.isBefore(possible.upperEndpoint())) {
          Range<LocalDate> out = possible.hasUpperBound() ? Range.closedOpen(at, possible.upperEndpoint()) : Range.atLeast(at);
          rect(lowerX(out), upperX(out), y, Fade.OUT, key, colour, out, head, quote);
        }
      }
      if (p.isOngoing()) {
        arrow(y, colour, 0.45);
      }
    }

    private void arrow(int y, String colour, double opacity) {
      double cy = y + BAR_HEIGHT / 2.0;
      x.empty(Svg.PATH).attr("class", "ongoing").attr("d", "M" + PLOT_RIGHT + "," + Xml.number(cy - BAR_HEIGHT / 2.0 - 3)
          + " L" + (PLOT_RIGHT + 13) + "," + Xml.number(cy) + " L" + PLOT_RIGHT + "," + Xml.number(cy + BAR_HEIGHT / 2.0 + 3)
          + " z").attr("fill", colour).attr("fill-opacity", Xml.number(opacity));
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

    private void rect(double from, double to, int y, Fade fade, String key, String colour, Range<LocalDate> days,
        String head, String quote) {
      double w = Math.max(1.0, to - from);
      String certainty = fade == Fade.SOLID ? "definitely" : "possibly";
      x.start(Svg.RECT).attr("class", "segment " + certainty)
          .attr("data-certainty", certainty.toUpperCase(java.util.Locale.ROOT)).attr("data-role", key)
          .attr("data-from", days.hasLowerBound() ? days.lowerEndpoint().toString() : "unknown")
          .attr("data-until", days.hasUpperBound() ? days.upperEndpoint().toString() : "open")
          .attr("x", from).attr("y", y).attr("width", w).attr("height", BAR_HEIGHT)
          .attr("fill", fade == Fade.SOLID ? colour : "url(#" + gradientId(fade, key) + ")");
      if (fade == Fade.SOLID) {
        x.attr("rx", 2);
      }
      x.element(Svg.TITLE, head + " — " + certainty + " "
          + (days.hasLowerBound() ? "from " + days.lowerEndpoint() : "from an unknown day")
          + (days.hasUpperBound() ? " until " + days.upperEndpoint() : " on") + quote);
      x.end(Svg.RECT);
      if (fade != Fade.SOLID) {
        x.empty(Svg.RECT).attr("class", "hatch").attr("x", from).attr("y", y).attr("width", w)
            .attr("height", BAR_HEIGHT).attr("fill", "url(#tl-hatch)").attr("pointer-events", "none");
      }
    }

    private void marker(Placed p, int labelTop, int nameTop, int lanesBottom) {
      Marker m = p.marker;
      String colour = m.colour();
      double lo = x(m.date.earliest());
      double hi = x(m.date.latest().toEpochDay() + 1);
      double mx = (lo + hi) / 2;
      double labelY = labelTop + p.row * ROW_HEIGHT + 12;
      Svg link = m.kind == MarkerKind.SUMMIT
          ? open(m.fact, m.fragment, m.tip, m.cssClass(), "data-date", m.date.toString(), "data-summit", m.fact.id())
          : open(m.fact, m.fragment, m.tip, m.cssClass(), "data-date", m.date.toString());
      if (hi - lo > 2) {  // a date known only to the month or year: shade the span it may fall in
        x.empty(Svg.RECT).attr("x", lo).attr("y", nameTop).attr("width", hi - lo).attr("height", lanesBottom - nameTop)
            .attr("fill", colour).attr("fill-opacity", "0.10");
      }
      line(mx, labelY + 4, mx, lanesBottom, colour, m.kind == MarkerKind.SUMMIT && m.renamed.isEmpty() ? 1.2 : 1.8,
          m.kind == MarkerKind.SUMMIT && m.renamed.isEmpty() ? "4 3" : "");
      x.empty(Svg.CIRCLE).attr("cx", mx).attr("cy", labelY + 4).attr("r", 2.6).attr("fill", colour);
      double tx = p.rightAnchored ? mx - 5 : mx + 5;
      text(tx, labelY + 4, m.label, 11, colour, m.kind != MarkerKind.SUMMIT || m.renamed.isPresent(),
          p.rightAnchored ? "end" : "start");
      x.end(link);
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
        double mx = (x(m.date.earliest()) + x(m.date.latest().toEpochDay() + 1)) / 2;
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
      x.start(Svg.G).attr("class", "axis");
      line(PLOT_LEFT, top, PLOT_RIGHT, top, "#444444", 1.2, "");
      int firstYear = LocalDate.ofEpochDay(firstDay).getYear();
      int lastYear = LocalDate.ofEpochDay(lastDay).getYear();
      double perYear = (double) (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, lastYear - firstYear);
      int step = perYear >= 34 ? 1 : perYear >= 17 ? 2 : 5;
      for (int y = firstYear; y <= lastYear; y++) {
        double tx = x(LocalDate.of(y, 1, 1));
        boolean labelled = y % step == 0;
        line(tx, top, tx, top + (labelled ? 6 : 3), "#444444", 1, "");
        if (labelled && y < lastYear) {
          // the label sits in the middle of its year, where its days are
          double mid = (tx + x(LocalDate.of(y + 1, 1, 1))) / 2;
          text(step == 1 ? mid : tx, top + 20, Integer.toString(y), 11.5, "#333333", false, "middle");
        }
      }
      x.end(Svg.G);
    }

    private List<LegendItem> legendItems() {
      List<LegendItem> items = new ArrayList<>();
      for (Role r : roles) {
        items.add(new LegendItem(LegendKind.ROLE, Names.role(r), Optional.of(r)));
      }
      items.add(new LegendItem(LegendKind.CERTAIN, "solid: held, as the sources say (up to the latest that says so)",
          Optional.empty()));
      items.add(new LegendItem(LegendKind.POSSIBLE,
          "faded, hatched: possibly held (an imprecise or unknown date, or past the latest source)", Optional.empty()));
      items.add(new LegendItem(LegendKind.ONGOING, "no source reports an end", Optional.empty()));
      items.add(new LegendItem(LegendKind.HELD_ON, "a source says it held on this day (as of)", Optional.empty()));
      if (markers.stream().anyMatch(m -> m.kind == MarkerKind.FOUNDED)) {
        items.add(new LegendItem(LegendKind.FOUNDED, "founded", Optional.empty()));
      }
      if (markers.stream().anyMatch(m -> m.renamed.isPresent())) {
        items.add(new LegendItem(LegendKind.RENAMED, "renamed", Optional.empty()));
      }
      if (markers.stream().anyMatch(m -> m.kind == MarkerKind.SUMMIT)) {
        items.add(new LegendItem(LegendKind.SUMMIT, "summit (shaded: the month or year it falls in)", Optional.empty()));
      }
      if (!meetings.isEmpty()) {
        items.add(new LegendItem(LegendKind.MEETING, "another meeting", Optional.empty()));
      }
      if (horizonEnd.isPresent() && horizonEnd.get().toEpochDay() < lastDay) {
        items.add(new LegendItem(LegendKind.HORIZON, "knowledge horizon: the newest day a source speaks of ("
            + atlas.newestAttestation().orElseThrow() + ")", Optional.empty()));
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
      x.start(Svg.G).attr("class", "legend");
      double cx = 24;
      int y = top;
      for (LegendItem i : items) {
        double w = 34 + i.text.length() * CHAR_WIDTH + 18;
        if (cx + w > WIDTH - 16) {
          y += 24;
          cx = 24;
        }
        swatch(i, cx, y);
        text(cx + 34, y + 12, i.text, 11, "#333333", false, "start");
        cx += w;
      }
      x.end(Svg.G);
    }

    private void swatch(LegendItem i, double sx, int y) {
      switch (i.kind) {
        case ROLE -> swatchRect(sx, y, 28, COLOURS.get(i.role.orElseThrow()));
        case CERTAIN -> swatchRect(sx, y, 28, LEGEND_COLOUR);
        case POSSIBLE -> {
          x.empty(Svg.RECT).attr("x", sx).attr("y", y + 1).attr("width", 28).attr("height", 14)
              .attr("fill", "url(#" + gradientId(Fade.IN, "LEGEND") + ")");
          x.empty(Svg.RECT).attr("x", sx).attr("y", y + 1).attr("width", 28).attr("height", 14)
              .attr("fill", "url(#tl-hatch)");
        }
        case ONGOING -> {
          x.empty(Svg.RECT).attr("x", sx).attr("y", y + 1).attr("width", 16).attr("height", 14).attr("fill", LEGEND_COLOUR);
          x.empty(Svg.PATH).attr("d", "M" + Xml.number(sx + 16) + "," + (y - 2) + " L" + Xml.number(sx + 28) + ","
              + (y + 8) + " L" + Xml.number(sx + 16) + "," + (y + 18) + " z").attr("fill", LEGEND_COLOUR);
        }
        case HELD_ON -> {
          swatchRect(sx, y, 28, LEGEND_COLOUR);
          x.empty(Svg.CIRCLE).attr("cx", sx + 14).attr("cy", y + 8).attr("r", 3.2).attr("fill", "#ffffff")
              .attr("stroke", "#222222").attr("stroke-width", 1.2);
        }
        case FOUNDED -> line(sx + 14, y - 1, sx + 14, y + 17, MarkerKind.FOUNDED.colour, 1.8, "");
        case RENAMED -> line(sx + 14, y - 1, sx + 14, y + 17, MarkerKind.RENAMED.colour, 1.8, "");
        case SUMMIT -> line(sx + 14, y - 1, sx + 14, y + 17, MarkerKind.SUMMIT.colour, 1.8, "4 3");
        case MEETING -> x.empty(Svg.PATH).attr("d", "M" + Xml.number(sx + 14) + "," + (y + 2) + " L" + Xml.number(sx + 20)
            + "," + (y + 8) + " L" + Xml.number(sx + 14) + "," + (y + 14) + " L" + Xml.number(sx + 8) + "," + (y + 8)
            + " z").attr("fill", "#ffffff").attr("stroke", "#3a3a3a").attr("stroke-width", 1.4);
        case HORIZON -> line(sx + 14, y - 1, sx + 14, y + 17, HORIZON_COLOUR, 1.4, "2 2");
      }
    }

    private void swatchRect(double sx, int y, double w, String fill) {
      x.empty(Svg.RECT).attr("x", sx).attr("y", y + 1).attr("width", w).attr("height", 14).attr("rx", 2)
          .attr("fill", fill);
    }

    private void footer(int y) {
      text(24, y, "Drawn by OTS Atlas from its corpus (" + corpus.sources().size() + " sources). Every bar rests on "
          + "quoted sources: its tooltip quotes one" + (links == Linker.NONE ? "." : ", and a click opens them all."),
          10.5, "#6b6b6b", false, "start");
    }

    private void line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
      x.empty(Svg.LINE).attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2).attr("stroke", colour)
          .attr("stroke-width", width);
      if (!dash.isEmpty()) {
        x.attr("stroke-dasharray", dash);
      }
    }

    private void text(double tx, double ty, String text, double size, String fill, boolean bold, String anchor) {
      x.start(Svg.TEXT).attr("x", tx).attr("y", ty).attr("font-size", size).attr("fill", fill);
      if (bold) {
        x.attr("font-weight", "bold");
      }
      if (!anchor.equals("start")) {
        x.attr("text-anchor", anchor);
      }
      x.text(text).end(Svg.TEXT);
    }

    /** Returns a newline and the first quote of {@code part} that supports a claim of {@code attribute}. */
    private String quoteLine(Cited part, Attribute attribute) {
      return part.citations().stream().filter(c -> c.supports(attribute)).findFirst()
          .map(this::quoted).orElse("");
    }

    /** Returns a newline and the quote of a membership's citation that attests {@code day}. */
    private String attestationLine(Membership m, PartialDate day) {
      return m.citations().stream().filter(c -> c.asOf().equals(Optional.of(day))).findFirst()
          .map(this::quoted).orElse("");
    }

    private String quoted(Citation c) {
      String text = Whitespace.fold(corpus.locate(c).exact());
      if (text.length() > QUOTE_LIMIT) {
        int cut = Character.isHighSurrogate(text.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
        text = text.substring(0, cut).stripTrailing() + "…";
      }
      String source = corpus.source(c.source()).map(s -> s.label()).orElse(c.source().value());
      return "\n“" + text + "” — " + source;
    }

    private FactRef partyRef(Party party) {
      return new FactRef(party.isState() ? FactRef.Kind.STATE : FactRef.Kind.ORGANIZATION, party.code());
    }

    private String label(Party party) {
      if (party instanceof StateId id) {
        Optional<State> s = corpus.state(id);
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
      return atlas.nameOf(party) + " (" + party.code() + ")";
    }

    private String stateName(StateId id) {
      return corpus.state(id).map(State::name).orElse(id.code());
    }

    private static String roleSummary(List<Membership> ms) {
      if (ms.size() == 1) {
        Membership m = ms.get(0);
        String role = Names.role(m.role());
        String start = m.period().start().map(PartialDate::toString).orElse(null);
        return switch (m.period().end().kind()) {
          case ONGOING -> role + (start == null ? ", start unknown" : " since " + start);
          case UNKNOWN -> role + (start == null ? "" : " from " + start) + ", end unknown";
          case DATE -> role + " " + (start == null ? "?" : start) + "–" + m.period().end();
        };
      }
      return ms.stream().map(m -> Names.role(m.role()) + " " + m.period().start().map(PartialDate::toString).orElse("?"))
          .collect(Collectors.joining(" → "));
    }
  }

  /** The first day a period possibly holds, {@link LocalDate#MIN} when its start is open. */
  private static LocalDate firstDay(Period p) {
    return p.possibleDays().hasLowerBound() ? p.possibleDays().lowerEndpoint() : LocalDate.MIN;
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  /** Shortens text with an ellipsis to fit {@code width} pixels at {@code size}; empty if nothing fits. */
  private static String fit(String text, double width, double size) {
    double perChar = size * 0.6;
    int max = (int) Math.floor(width / perChar);
    if (text.length() <= max) {
      return text;
    }
    if (max < 4) {
      return "";
    }
    int cut = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;  // never half a character
    return text.substring(0, cut).stripTrailing() + "…";
  }
}
