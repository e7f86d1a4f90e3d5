package io.github.otsatlas.corpus;

import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.AgreementId;
import io.github.otsatlas.model.AgreementKind;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.ExerciseId;
import io.github.otsatlas.model.ExerciseStatus;
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
import io.github.otsatlas.model.PublicationBound;
import io.github.otsatlas.model.Party;
import io.github.otsatlas.model.PeriodEnd;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Delegate;
import io.github.otsatlas.model.Meeting;
import io.github.otsatlas.model.MeetingId;
import io.github.otsatlas.model.MeetingKind;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.model.RecognitionId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.model.SummitStatus;
import io.github.otsatlas.model.Waypoint;
import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Cited;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Maps the JSON records of each file to model objects. Each method reads every field it
 * knows (so that all problems of a record are reported), then builds the record only if
 * all were read; it returns {@code null} otherwise. A record is built twice: once with a
 * stand-in citation, to learn the claims it makes, then with its citations, whose {@code
 * supports} are resolved against those claims.
 */
final class Records {
  private Records() {}

  static Source source(Fields f, BiFunction<Fields, String, String> texts) {
    SourceId id = id(f, SourceId::of);
    String file = f.text(Format.FILE);
    Optional<String> title = f.optText(Format.TITLE);
    List<String> authors = f.list(Format.AUTHORS, Function.identity(), FormatRule.BAD_VALUE);
    Optional<String> outlet = f.optText(Format.OUTLET);
    Optional<PartialDate> published = f.dateOrUnknown(Format.PUBLISHED);
    List<PublicationBound> bounds = new ArrayList<>();
    for (Fields b : f.objects(Format.PUBLICATION_BOUNDS, false)) {
      boolean notBefore = b.has(Format.NOT_BEFORE);
      boolean within = b.has(Format.WITHIN);
      if (notBefore == within) {
        b.problem("", FormatRule.INVALID_RECORD, "a publication bound has exactly one of '"
            + Format.NOT_BEFORE + "' and '" + Format.WITHIN + "'");
      }
      Optional<PartialDate> date = notBefore ? b.optDate(Format.NOT_BEFORE) : b.optDate(Format.WITHIN);
      if (notBefore && within) {
        b.optDate(Format.WITHIN);
      }
      String quote = b.text(Format.QUOTE);
      b.finish();
      if (b.ok() && date.isPresent() && quote != null) {
        try {
          bounds.add(new PublicationBound(notBefore ? PublicationBound.Relation.NOT_BEFORE
              : PublicationBound.Relation.WITHIN, date.get(), quote));
        } catch (IllegalArgumentException e) {
          b.problem("/" + Format.QUOTE, FormatRule.BAD_VALUE, e.getMessage());
        }
      }
      f.absorb(b);
    }
    Optional<String> url = f.optText(Format.URL);
    String language = f.text(Format.LANGUAGE);
    Optional<SourceId> republicationOf = f.optParse(Format.REPUBLICATION_OF, SourceId::of, FormatRule.BAD_ID);
    Optional<String> note = f.optText(Format.NOTE);
    f.finish();
    if (!f.ok()) {
      return null;
    }
    if (Format.isFormatFile(file)) {
      // it would load, as JSON read as text, but could never be written back
      f.problem("/" + Format.FILE, FormatRule.BAD_VALUE, "'" + file + "' is a JSON file of the corpus"
          + " format, not a source text");
      return null;
    }
    String text = texts.apply(f, file);
    if (text == null) {
      return null;
    }
    return Source.builder().id(id).file(file).title(title).addAllAuthors(authors).outlet(outlet)
        .published(published).addAllPublicationBounds(bounds).url(url).language(language).republicationOf(republicationOf)
        .note(note).text(text).build();
  }

  static State state(Fields f) {
    StateId id = id(f, StateId::of);
    String name = f.text(Attribute.NAME.fieldName());
    List<String> aliases = f.list(Attribute.ALIASES.fieldName(), Function.identity(), FormatRule.BAD_VALUE);
    Recognition recognition = f.enumValue(Attribute.RECOGNITION.fieldName(), Recognition.class);
    List<StateId> recognizedBy = f.list(Attribute.RECOGNIZED_BY.fieldName(), StateId::of, FormatRule.BAD_ID);
    Set<Attribute> classified = classified(f);
    Optional<String> note = f.optText(Format.NOTE);
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    State probe = State.builder().id(id).name(name).addAllAliases(aliases).recognition(recognition)
        .addAllRecognizedBy(recognizedBy).addAllClassified(classified).note(note)
        .addCitations(Fields.PROBE).build();
    return cited(f, citations, probe, State::withCitations);
  }

  static Organization organization(Fields f) {
    OrganizationId id = id(f, OrganizationId::of);
    OrganizationKind kind = f.enumValue(Attribute.KIND.fieldName(), OrganizationKind.class);
    List<OrganizationName> names = new ArrayList<>();
    for (Fields n : f.objects(Format.NAMES, true)) {
      String name = n.text(Attribute.NAME.fieldName());
      Optional<PartialDate> from = n.dateOrUnknown(Attribute.FROM.fieldName());
      Optional<SummitId> renamedAt = n.optParse(Attribute.RENAMED_AT.fieldName(), SummitId::of, FormatRule.BAD_ID);
      var citations = n.citations();
      n.finish();
      if (n.ok()) {
        OrganizationName probe = OrganizationName.builder().name(name).from(from).renamedAt(renamedAt)
            .addCitations(Fields.PROBE).build();
        OrganizationName named = cited(n, citations, probe, OrganizationName::withCitations);
        if (named != null) {
          names.add(named);
        }
      }
      f.absorb(n);
    }
    List<String> aliases = f.list(Attribute.ALIASES.fieldName(), Function.identity(), FormatRule.BAD_VALUE);
    Optional<PartialDate> founded = f.dateOrUnknown(Attribute.FOUNDED.fieldName());
    Optional<String> headquarters = f.optText(Attribute.HEADQUARTERS.fieldName());
    Optional<OrganizationId> successorOf = f.optParse(Attribute.SUCCESSOR_OF.fieldName(), OrganizationId::of, FormatRule.BAD_ID);
    List<StateId> ledBy = f.list(Attribute.LED_BY.fieldName(), StateId::of, FormatRule.BAD_ID);
    List<Party> founders = f.list(Attribute.FOUNDERS.fieldName(), Party::parse, FormatRule.BAD_ID);
    List<String> founderBodies = f.list(Attribute.FOUNDER_BODIES.fieldName(), Function.identity(), FormatRule.BAD_VALUE);
    Optional<StateId> hostState = f.optParse(Attribute.HOST_STATE.fieldName(), StateId::of, FormatRule.BAD_ID);
    Optional<OrganizationId> framework = f.optParse(Attribute.FRAMEWORK.fieldName(), OrganizationId::of, FormatRule.BAD_ID);
    Set<Attribute> classified = classified(f);
    Optional<String> note = f.optText(Format.NOTE);
    var citations = f.citations(true);
    f.finish();
    if (!f.ok()) {
      return null;
    }
    Organization probe = Organization.builder().id(id).kind(kind).addAllNames(names)
        .addAllAliases(aliases).founded(founded).headquarters(headquarters).successorOf(successorOf)
        .addAllLedBy(ledBy).addAllFounders(founders).addAllFounderBodies(founderBodies)
        .hostState(hostState).framework(framework).addAllClassified(classified).note(note).addCitations(Fields.PROBE).build();
    return cited(f, citations, probe, Organization::withCitations);
  }

  static Membership membership(Fields f) {
    MembershipId id = id(f, MembershipId::of);
    Party party = f.parse(Attribute.PARTY.fieldName(), Party::parse, FormatRule.BAD_ID);
    OrganizationId organization = f.parse(Attribute.ORGANIZATION.fieldName(), OrganizationId::of, FormatRule.BAD_ID);
    List<Role> roles = f.values(Attribute.ROLE.fieldName(), s -> Fields.enumConstant(Role.class, s),
        FormatRule.BAD_VALUE, true, false);
    List<PartialDate> starts = f.values(Attribute.START.fieldName(), PartialDate::parse, FormatRule.BAD_DATE, true, true);
    PeriodEnd end = f.parse(Attribute.END.fieldName(), PeriodEnd::parse, FormatRule.BAD_DATE);
    Optional<EndReason> endReason = f.optParse(Attribute.END_REASON.fieldName(),
        s -> Fields.enumConstant(EndReason.class, s), FormatRule.BAD_VALUE);
    Optional<SummitId> grantedAt = f.optParse(Attribute.GRANTED_AT.fieldName(), SummitId::of, FormatRule.BAD_ID);
    Optional<String> note = f.optText(Format.NOTE);
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    Membership probe = Membership.builder().id(id).party(party).organization(organization).addAllRoles(roles)
        .addAllStarts(starts).end(end).endReason(endReason).grantedAt(grantedAt).note(note)
        .addCitations(Fields.PROBE).build();
    return cited(f, citations, probe, Membership::withCitations);
  }

  static Corridor corridor(Fields f) {
    CorridorId id = id(f, CorridorId::of);
    String name = f.text(Attribute.NAME.fieldName());
    List<String> aliases = f.list(Attribute.ALIASES.fieldName(), Function.identity(), FormatRule.BAD_VALUE);
    CorridorKind kind = f.enumValue(Attribute.KIND.fieldName(), CorridorKind.class);
    List<Mode> modes = f.list(Attribute.MODES.fieldName(), s -> Fields.enumConstant(Mode.class, s), FormatRule.BAD_VALUE);
    List<Waypoint> route = f.list(Attribute.ROUTE.fieldName(), Waypoint::parse, FormatRule.BAD_ID);
    List<Waypoint> crosses = f.list(Attribute.CROSSES.fieldName(), Waypoint::parse, FormatRule.BAD_ID);
    CorridorStatus status = f.enumValue(Attribute.STATUS.fieldName(), CorridorStatus.class);
    List<Party> promoters = f.list(Attribute.PROMOTERS.fieldName(), Party::parse, FormatRule.BAD_ID);
    List<Party> initiators = f.list(Attribute.INITIATORS.fieldName(), Party::parse, FormatRule.BAD_ID);
    List<Waypoint> bypasses = f.list(Attribute.BYPASSES.fieldName(), Waypoint::parse, FormatRule.BAD_ID);
    List<CorridorId> connectsTo = f.list(Attribute.CONNECTS_TO.fieldName(), CorridorId::of, FormatRule.BAD_ID);
    List<Party> stakeholders = f.list(Attribute.STAKEHOLDERS.fieldName(), Party::parse, FormatRule.BAD_ID);
    List<CorridorId> canConnectTo = f.list(Attribute.CAN_CONNECT_TO.fieldName(), CorridorId::of, FormatRule.BAD_ID);
    Set<Attribute> classified = classified(f);
    Optional<String> note = f.optText(Format.NOTE);
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    Corridor probe = Corridor.builder().id(id).name(name).addAllAliases(aliases).kind(kind).addAllModes(modes)
        .addAllRoute(route).addAllCrosses(crosses).status(status).addAllPromoters(promoters)
        .addAllInitiators(initiators).addAllBypasses(bypasses).addAllConnectsTo(connectsTo)
        .addAllStakeholders(stakeholders).addAllCanConnectTo(canConnectTo)
        .addAllClassified(classified).note(note).addCitations(Fields.PROBE).build();
    return cited(f, citations, probe, Corridor::withCitations);
  }

  static Summit summit(Fields f) {
    SummitId id = id(f, SummitId::of);
    Optional<Integer> ordinal = f.optInt(Attribute.ORDINAL.fieldName());
    SummitFormat format = f.enumValue(Attribute.FORMAT.fieldName(), SummitFormat.class);
    boolean collective = f.optFlag(Attribute.COLLECTIVE.fieldName());
    Shared shared = shared(f);
    if (!f.ok()) {
      return null;
    }
    Summit probe = Summit.builder().id(id).organization(shared.organization).name(shared.name)
        .ordinal(ordinal).format(format).collective(collective).addAllDates(shared.dates)
        .addAllHostCities(shared.hostCities).addAllHostStates(shared.hostStates)
        .addAllStatuses(shared.statuses).addAllOutcomes(shared.outcomes)
        .addAllAttendance(shared.attendance).addAllAbsence(shared.absence)
        .addAllInvited(shared.invited).addAllDelegates(shared.delegates).addAllClassified(shared.classified).note(shared.note)
        .addCitations(Fields.PROBE).build();
    return cited(f, shared.citations, probe, Summit::withCitations);
  }

  static Meeting meeting(Fields f) {
    MeetingId id = id(f, MeetingId::of);
    MeetingKind kind = f.enumValue(Attribute.KIND.fieldName(), MeetingKind.class);
    Optional<Integer> ordinal = f.optInt(Attribute.ORDINAL.fieldName());
    Shared shared = shared(f);
    if (!f.ok()) {
      return null;
    }
    Meeting probe = Meeting.builder().id(id).organization(shared.organization).name(shared.name)
        .kind(kind).ordinal(ordinal).addAllDates(shared.dates).addAllHostCities(shared.hostCities)
        .addAllHostStates(shared.hostStates).addAllStatuses(shared.statuses)
        .addAllOutcomes(shared.outcomes).addAllAttendance(shared.attendance)
        .addAllAbsence(shared.absence).addAllInvited(shared.invited).addAllDelegates(shared.delegates)
        .addAllClassified(shared.classified).note(shared.note).addCitations(Fields.PROBE).build();
    return cited(f, shared.citations, probe, Meeting::withCitations);
  }

  /** The fields a summit and a meeting share, read in the same way for both. */
  private static final class Shared {
    Optional<OrganizationId> organization;
    String name;
    List<PartialDate> dates;
    List<String> hostCities;
    List<StateId> hostStates;
    List<SummitStatus> statuses;
    final List<Outcome> outcomes = new ArrayList<>();
    List<Party> attendance;
    List<Party> absence;
    List<Party> invited;
    final List<Delegate> delegates = new ArrayList<>();
    Set<Attribute> classified;
    Optional<String> note;
    List<Fields.PendingCitation> citations;
  }

  /** Reads the fields of a {@link Shared}, then finishes the record (no field left unread). */
  private static Shared shared(Fields f) {
    Shared s = new Shared();
    s.organization = f.optParse(Attribute.ORGANIZATION.fieldName(), OrganizationId::of, FormatRule.BAD_ID);
    s.name = f.text(Format.SUMMIT_NAME);
    s.dates = f.values(Attribute.DATE.fieldName(), PartialDate::parse, FormatRule.BAD_DATE, true, true);
    s.hostCities = f.values(Attribute.HOST_CITY.fieldName(), Function.identity(), FormatRule.BAD_VALUE, false, false);
    s.hostStates = f.values(Attribute.HOST_STATE.fieldName(), StateId::of, FormatRule.BAD_ID, false, false);
    List<SummitStatus> statuses = f.values(Attribute.STATUS.fieldName(),
        st -> Fields.enumConstant(SummitStatus.class, st), FormatRule.BAD_VALUE, true, false);
    if (statuses.size() > 1 && statuses.contains(SummitStatus.UNKNOWN)) {
      // "UNKNOWN" alone says no source reports a status; among reported ones it is no value
      f.problem("/" + Attribute.STATUS.fieldName() + "/" + statuses.indexOf(SummitStatus.UNKNOWN),
          FormatRule.BAD_VALUE, "'UNKNOWN' is no status a source reports: leave it out of '"
              + Attribute.STATUS.fieldName() + "'");
    }
    s.statuses = statuses.stream().filter(st -> st != SummitStatus.UNKNOWN).toList();
    for (Fields o : f.objects(Format.OUTCOMES, false)) {
      OutcomeKind kind = o.enumValue(Attribute.KIND.fieldName(), OutcomeKind.class);
      String text = o.text(Format.TEXT);
      List<Party> parties = o.list(Attribute.PARTIES.fieldName(), Party::parse, FormatRule.BAD_ID);
      var citations = o.citations();
      o.finish();
      if (o.ok()) {
        Outcome probe = Outcome.builder().kind(kind).text(text).addAllParties(parties)
            .addCitations(Fields.PROBE).build();
        Outcome outcome = cited(o, citations, probe, Outcome::withCitations);
        if (outcome != null) {
          s.outcomes.add(outcome);
        }
      }
      f.absorb(o);
    }
    s.attendance = f.list(Attribute.ATTENDANCE.fieldName(), Party::parse, FormatRule.BAD_ID);
    s.absence = f.list(Attribute.ABSENCE.fieldName(), Party::parse, FormatRule.BAD_ID);
    s.invited = f.list(Attribute.INVITED.fieldName(), Party::parse, FormatRule.BAD_ID);
    for (Fields d : f.objects(Attribute.DELEGATES.fieldName(), false)) {
      Party party = d.parse(Format.DELEGATE_PARTY, Party::parse, FormatRule.BAD_ID);
      Optional<String> person = d.optText(Format.DELEGATE_PERSON);
      Optional<String> title = d.optText(Format.DELEGATE_TITLE);
      d.finish();
      if (d.ok() && party != null) {
        if (person.isEmpty() && title.isEmpty()) {
          d.problem("", FormatRule.MISSING_FIELD, "a delegate needs '" + Format.DELEGATE_PERSON
              + "' or '" + Format.DELEGATE_TITLE + "'");
        } else {
          s.delegates.add(new Delegate(party, person, title));
        }
      }
      f.absorb(d);
    }
    s.classified = classified(f);
    s.note = f.optText(Format.NOTE);
    s.citations = f.citations();
    f.finish();
    return s;
  }

  static Agreement agreement(Fields f) {
    AgreementId id = id(f, AgreementId::of);
    String name = f.text(Format.AGREEMENT_NAME);
    AgreementKind kind = f.enumValue(Attribute.KIND.fieldName(), AgreementKind.class);
    List<Party> parties = f.list(Attribute.PARTIES.fieldName(), Party::parse, FormatRule.BAD_ID);
    List<String> signatories = f.list(Attribute.SIGNATORIES.fieldName(), Function.identity(), FormatRule.BAD_VALUE);
    List<PartialDate> dates = f.values(Attribute.DATE.fieldName(), PartialDate::parse, FormatRule.BAD_DATE, true, true);
    List<String> hostCities = f.values(Attribute.HOST_CITY.fieldName(), Function.identity(), FormatRule.BAD_VALUE, false, false);
    List<StateId> hostStates = f.values(Attribute.HOST_STATE.fieldName(), StateId::of, FormatRule.BAD_ID, false, false);
    Optional<SummitId> adoptedAt = f.optParse(Attribute.ADOPTED_AT.fieldName(), SummitId::of, FormatRule.BAD_ID);
    Optional<String> subject = f.optText(Attribute.SUBJECT.fieldName());
    Set<Attribute> classified = classified(f);
    Optional<String> note = f.optText(Format.NOTE);
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    Agreement probe = Agreement.builder().id(id).name(name).kind(kind).addAllParties(parties)
        .addAllSignatories(signatories).addAllDates(dates).addAllHostCities(hostCities)
        .addAllHostStates(hostStates).adoptedAt(adoptedAt).subject(subject).addAllClassified(classified)
        .note(note).addCitations(Fields.PROBE).build();
    return cited(f, citations, probe, Agreement::withCitations);
  }

  static Exercise exercise(Fields f) {
    ExerciseId id = id(f, ExerciseId::of);
    String label = f.text(Format.LABEL);
    Optional<String> name = f.optText(Attribute.NAME.fieldName());
    ExerciseStatus status = f.enumValue(Attribute.STATUS.fieldName(), ExerciseStatus.class);
    List<PartialDate> dates = f.values(Attribute.DATE.fieldName(), PartialDate::parse, FormatRule.BAD_DATE, true, true);
    List<StateId> hostStates = f.values(Attribute.HOST_STATE.fieldName(), StateId::of, FormatRule.BAD_ID, false, false);
    List<Party> organizers = f.list(Attribute.ORGANIZERS.fieldName(), Party::parse, FormatRule.BAD_ID);
    List<Party> participants = f.list(Attribute.PARTICIPANTS.fieldName(), Party::parse, FormatRule.BAD_ID);
    Optional<OrganizationId> framework = f.optParse(Attribute.FRAMEWORK.fieldName(), OrganizationId::of, FormatRule.BAD_ID);
    Set<Attribute> classified = classified(f);
    Optional<String> note = f.optText(Format.NOTE);
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    Exercise probe = Exercise.builder().id(id).label(label).name(name).status(status).addAllDates(dates)
        .addAllHostStates(hostStates).addAllOrganizers(organizers).addAllParticipants(participants)
        .framework(framework).addAllClassified(classified).note(note).addCitations(Fields.PROBE).build();
    return cited(f, citations, probe, Exercise::withCitations);
  }

  static RecognitionAct recognition(Fields f) {
    RecognitionId id = id(f, RecognitionId::of);
    StateId recognizer = f.parse(Attribute.RECOGNIZER.fieldName(), StateId::of, FormatRule.BAD_ID);
    List<StateId> recognized = f.list(Attribute.RECOGNIZED.fieldName(), StateId::of, FormatRule.BAD_ID);
    Optional<String> recognizedAs = f.optText(Attribute.RECOGNIZED_AS.fieldName());
    List<PartialDate> dates = f.values(Attribute.DATE.fieldName(), PartialDate::parse, FormatRule.BAD_DATE, true, true);
    boolean first = f.optFlag(Attribute.FIRST.fieldName());
    Set<Attribute> classified = classified(f);
    Optional<String> note = f.optText(Format.NOTE);
    var citations = f.citations();
    f.finish();
    if (!f.ok()) {
      return null;
    }
    RecognitionAct probe = RecognitionAct.builder().id(id).recognizer(recognizer)
        .addAllRecognized(recognized).recognizedAs(recognizedAs).addAllDates(dates).first(first)
        .addAllClassified(classified).note(note).addCitations(Fields.PROBE).build();
    return cited(f, citations, probe, RecognitionAct::withCitations);
  }

  /** Resolves the pending citations against the claims of the probe, and puts them in its place. */
  private static <T extends Cited> T cited(Fields f, List<Fields.PendingCitation> pending, T probe,
      BiFunction<T, List<Citation>, T> withCitations) {
    List<Citation> citations = f.resolve(pending, probe);
    return f.ok() ? withCitations.apply(probe, citations) : null;
  }

  /** Reads the optional {@code classified} list: field names of single or list attributes. */
  private static Set<Attribute> classified(Fields f) {
    List<Attribute> names = f.list(Format.CLASSIFIED, s -> Attribute.ofField(s).orElseThrow(
        () -> new IllegalArgumentException("'" + s + "' names no attribute")), FormatRule.BAD_VALUE);
    Set<Attribute> out = new LinkedHashSet<>(names);
    if (out.size() < names.size()) {
      f.problem("/" + Format.CLASSIFIED, FormatRule.BAD_VALUE, "an attribute is named twice");
    }
    return out;
  }

  private static <T> T id(Fields f, Function<String, T> parser) {
    String raw = f.text(Format.ID);
    f.setRecord(raw);
    return raw == null ? null : f.parse(Format.ID, parser, FormatRule.BAD_ID);
  }
}
