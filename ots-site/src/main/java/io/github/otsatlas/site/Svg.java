package io.github.otsatlas.site;

/** The SVG elements the timeline picture uses. */
enum Svg implements Tag {
  SVG("svg", true), TITLE("title", true), DESC("desc", true), DEFS("defs", true), PATTERN("pattern", true),
  LINEAR_GRADIENT("linearGradient", true), STOP("stop", true), MARKER("marker", true), G("g", true),
  A("a", true), RECT("rect", true), LINE("line", true), CIRCLE("circle", true), PATH("path", true),
  TEXT("text", true), TSPAN("tspan", false);

  private final String localName;
  private final boolean endsLine;

  Svg(String localName, boolean endsLine) {
    this.localName = localName;
    this.endsLine = endsLine;
  }

  @Override
  public String localName() {
    return localName;
  }

  @Override
  public boolean isVoid() {
    return false;
  }

  @Override
  public boolean endsLine() {
    return endsLine;
  }
}
