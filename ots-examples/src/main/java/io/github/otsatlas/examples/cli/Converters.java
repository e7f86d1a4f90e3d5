package io.github.otsatlas.examples.cli;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.CorridorStatus;
import io.github.otsatlas.model.Mode;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationKind;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.StateId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns command-line text into typed values. Case is folded with {@link Locale#ROOT}, so
 * {@code observer} means {@code OBSERVER} under any default locale (a Turkish one would
 * otherwise turn {@code military_alliance} into {@code MİLİTARY_ALLİANCE}).
 */
final class Converters {
  private Converters() {}

  /** A day, {@code YYYY-MM-DD}; a day that does not exist (2023-02-30) is refused. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a day: expected YYYY-MM-DD, a date that exists");
      }
    }
  }

  /** An organization id; {@code ots} is {@code OTS}. Whether it exists is asked of the atlas. */
  static final class Organization implements ITypeConverter<OrganizationId> {
    @Override
    public OrganizationId convert(String value) {
      try {
        return OrganizationId.of(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A state id; {@code kaz} is {@code KAZ}. Whether it exists is asked of the atlas. */
  static final class State implements ITypeConverter<StateId> {
    @Override
    public StateId convert(String value) {
      try {
        return StateId.of(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An enum constant by name, ignoring case, with {@code -} or a space for {@code _}. */
  abstract static class Constant<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    Constant(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
          .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
  }

  /** A {@link Role}. */
  static final class Roles extends Constant<Role> {
    Roles() {
      super(Role.class);
    }
  }

  /** An {@link OrganizationKind}. */
  static final class Kinds extends Constant<OrganizationKind> {
    Kinds() {
      super(OrganizationKind.class);
    }
  }

  /** A {@link io.github.otsatlas.model.MeetingKind}. */
  static final class MeetingKinds extends Constant<io.github.otsatlas.model.MeetingKind> {
    MeetingKinds() {
      super(io.github.otsatlas.model.MeetingKind.class);
    }
  }

  /** A {@link Mode}. */
  static final class Modes extends Constant<Mode> {
    Modes() {
      super(Mode.class);
    }
  }

  /**
   * An {@link Attribute} by its field name in the corpus files ({@code start}, {@code hostState}),
   * ignoring case.
   */
  static final class Attributes implements ITypeConverter<Attribute> {
    @Override
    public Attribute convert(String value) {
      for (Attribute a : Attribute.values()) {
        if (a.fieldName().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
          return a;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of " + Arrays.stream(Attribute.values())
          .map(Attribute::fieldName).collect(Collectors.joining(", ")));
    }
  }

  /** A {@link CorridorStatus}. */
  static final class Statuses extends Constant<CorridorStatus> {
    Statuses() {
      super(CorridorStatus.class);
    }
  }
}
