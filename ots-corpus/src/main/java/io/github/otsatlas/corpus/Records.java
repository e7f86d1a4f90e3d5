package io.github.otsatlas.corpus;

import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.CorridorKind;
import io.github.otsatlas.model.CorridorStatus;
import io.github.otsatlas.model.EndReason;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.Mode;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.Outcome;
import io.github.otsatlas.model.OutcomeKind;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.Period;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.model.SummitStatus;
import io.github.otsatlas.model.Waypoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Maps the JSON records of each file to model objects. Each method reads every field it
 * knows (so that all problems of a record are reported), then builds the record only if
 * all were read; it returns {@code null} otherwise.
 */
final class Records {
  private Records() {}

  static Source source(Fields f, BiFunction<Fields, String, String> texts) {
    SourceId id = id(f, SourceId::of);
    String file = f.text("file");
    Optional<String> title = f.optText("title");
    List<String> authors = f.list("authors", Function.identity(), "bad-value");
    Optional<String> outlet = f.optText("outlet");
    Optional<PartialDate> published = f.dateOrUnknown("published");
    Optional<String> url = f.optText("url");
    String language = f.text("language");
    Optional<SourceId> republicationOf = f.optParse("republicationOf", SourceId::of, "bad-id");
    Optional<String> note = f.optText("note");
    f.finish();
    if (!f.ok()) {
      return null;
    }
    String text = texts.apply(f, file);
    if (text == null) {
      return null;
    }
    return Source.builder().id(id).file(file).title(title).addAllAuthors(authors).outlet(outlet)
        .published(published).url(url).language(language).republicationOf(republicationOf)
        .note(note).text(text).build();
  }

  static State state(Fields f) {
    StateId id = id(f, StateId::of);
    String name = f.text("name");
    List<String> aliases = f.list("aliases", Function.identity(), "bad-value");
    Recognition recognition = f.enumValue("recognition", Recognition.class);
    List<StateId> recognizedBy = f.list("recognizedBy", StateId::of, "bad-id");
    Optional<String> note = f.optText("note");
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    return State.builder().id(id).name(name).addAllAliases(aliases).recognition(recognition)
        .addAllRecognizedBy(recognizedBy).note(note).addAllCitations(citations).build();
  }

  static Organization organization(Fields f) {
    OrganizationId id = id(f, OrganizationId::of);
    OrganizationKind kind = f.enumValue("kind", OrganizationKind.class);
    List<OrganizationName> names = new ArrayList<>();
    for (Fields n : f.objects("names", true)) {
      String name = n.text("name");
      Optional<PartialDate> from = n.dateOrUnknown("from");
      Optional<SummitId> renamedAt = n.optParse("renamedAt", SummitId::of, "bad-id");
      var citations = n.citations();
      n.finish();
      f.absorb(n);
      if (n.ok()) {
        names.add(OrganizationName.builder().name(name).from(from).renamedAt(renamedAt)
            .addAllCitations(citations).build());
      }
    }
    List<String> aliases = f.list("aliases", Function.identity(), "bad-value");
    Optional<PartialDate> founded = f.dateOrUnknown("founded");
    Optional<String> headquarters = f.optText("headquarters");
    Optional<OrganizationId> successorOf = f.optParse("successorOf", OrganizationId::of, "bad-id");
    Optional<String> note = f.optText("note");
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    return Organization.builder().id(id).kind(kind).addAllNames(names).addAllAliases(aliases)
        .founded(founded).headquarters(headquarters).successorOf(successorOf).note(note)
        .addAllCitations(citations).build();
  }

  static Membership membership(Fields f) {
    MembershipId id = id(f, MembershipId::of);
    Party party = f.parse("party", Party::parse, "bad-id");
    OrganizationId organization = f.parse("organization", OrganizationId::of, "bad-id");
    Role role = f.enumValue("role", Role.class);
    Optional<PartialDate> start = f.dateOrUnknown("start");
    PeriodEnd end = f.parse("end", PeriodEnd::parse, "bad-date");
    Optional<PartialDate> heldOn = f.optDate("heldOn");
    Optional<EndReason> endReason = f.optParse("endReason", s -> Fields.enumConstant(EndReason.class, s), "bad-value");
    Optional<SummitId> grantedAt = f.optParse("grantedAt", SummitId::of, "bad-id");
    Optional<String> note = f.optText("note");
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    return Membership.builder().id(id).party(party).organization(organization).role(role)
        .period(Period.of(start, end, heldOn)).endReason(endReason).grantedAt(grantedAt)
        .note(note).addAllCitations(citations).build();
  }

  static Corridor corridor(Fields f) {
    CorridorId id = id(f, CorridorId::of);
    String name = f.text("name");
    List<String> aliases = f.list("aliases", Function.identity(), "bad-value");
    CorridorKind kind = f.enumValue("kind", CorridorKind.class);
    List<Mode> modes = f.list("modes", s -> Fields.enumConstant(Mode.class, s), "bad-value");
    List<Waypoint> route = f.list("route", Waypoint::parse, "bad-id");
    List<Waypoint> crosses = f.list("crosses", Waypoint::parse, "bad-id");
    CorridorStatus status = f.enumValue("status", CorridorStatus.class);
    List<Party> promoters = f.list("promoters", Party::parse, "bad-id");
    List<Party> initiators = f.list("initiators", Party::parse, "bad-id");
    List<Waypoint> bypasses = f.list("bypasses", Waypoint::parse, "bad-id");
    List<CorridorId> connectsTo = f.list("connectsTo", CorridorId::of, "bad-id");
    Optional<String> note = f.optText("note");
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    return Corridor.builder().id(id).name(name).addAllAliases(aliases).kind(kind).addAllModes(modes)
        .addAllRoute(route).addAllCrosses(crosses).status(status).addAllPromoters(promoters)
        .addAllInitiators(initiators).addAllBypasses(bypasses).addAllConnectsTo(connectsTo)
        .note(note).addAllCitations(citations).build();
  }

  static Summit summit(Fields f) {
    SummitId id = id(f, SummitId::of);
    Optional<OrganizationId> organization = f.optParse("organization", OrganizationId::of, "bad-id");
    String name = f.text("name");
    Optional<Integer> ordinal = f.optInt("ordinal");
    SummitFormat format = f.enumValue("format", SummitFormat.class);
    Optional<PartialDate> date = f.dateOrUnknown("date");
    Optional<String> hostCity = f.optText("hostCity");
    Optional<StateId> hostState = f.optParse("hostState", StateId::of, "bad-id");
    SummitStatus status = f.enumValue("status", SummitStatus.class);
    List<Outcome> outcomes = new ArrayList<>();
    for (Fields o : f.objects("outcomes", false)) {
      OutcomeKind kind = o.enumValue("kind", OutcomeKind.class);
      String text = o.text("text");
      List<Party> parties = o.list("parties", Party::parse, "bad-id");
      var citations = o.citations();
      o.finish();
      f.absorb(o);
      if (o.ok()) {
        outcomes.add(Outcome.builder().kind(kind).text(text).addAllParties(parties)
            .addAllCitations(citations).build());
      }
    }
    List<Party> attendance = f.list("attendance", Party::parse, "bad-id");
    Optional<String> note = f.optText("note");
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    return Summit.builder().id(id).organization(organization).name(name).ordinal(ordinal)
        .format(format).date(date).hostCity(hostCity).hostState(hostState).status(status)
        .addAllOutcomes(outcomes).addAllAttendance(attendance).note(note)
        .addAllCitations(citations).build();
  }

  private static <T> T id(Fields f, Function<String, T> parser) {
    String raw = f.text("id");
    f.setRecord(raw);
    return raw == null ? null : f.parse("id", parser, "bad-id");
  }
}
