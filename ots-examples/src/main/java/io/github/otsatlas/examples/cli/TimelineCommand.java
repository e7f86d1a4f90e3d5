package io.github.otsatlas.examples.cli;

import io.github.otsatlas.site.TimelineSvg;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.query.TimelineEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code timeline ORG [--svg FILE]}. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"An organization's history: founding, renames, memberships, summits.",
        "With --svg, also draws it as a picture.",
        "Example: timeline OTS --svg docs/ots-timeline.svg"})
final class TimelineCommand implements Callable<Integer> {
  @ParentCommand
  Explorer root;

  @Parameters(index = "0", paramLabel = "ORG", converter = Converters.Organization.class,
      description = "The organization, such as OTS.")
  OrganizationId organization;

  @Option(names = "--svg", paramLabel = "FILE",
      description = "Also write the history as an SVG picture to FILE (one lane per party, bars by role, "
          + "imprecise dates faded, renames and summits marked).")
  Path svg;

  @Override
  public Integer call() throws IOException {
    List<TimelineEvent> events = root.atlas().timeline(Checks.organization(root.whole(), organization));
    if (svg != null) {
      String picture = TimelineSvg.render(root.atlas(), organization);
      Path parent = svg.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(svg, picture, StandardCharsets.UTF_8);
    }
    Output.timeline(root, organization.code(), events, Optional.ofNullable(svg).map(Path::toString));
    return 0;
  }
}
