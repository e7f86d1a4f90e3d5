package io.github.otsatlas.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class SiteOptionsTest {

  @Test
  void defaults_publishFullTexts() {
    assertEquals(SiteOptions.Texts.FULL, SiteOptions.defaults().texts());
    assertEquals("SiteOptions{texts=FULL}", SiteOptions.defaults().toString());
  }

  @Test
  void excerpts_carryTheirContext_andValuesCompareByContent() {
    SiteOptions e = SiteOptions.defaults().withExcerpts(40);
    assertEquals(SiteOptions.Texts.EXCERPTS, e.texts());
    assertEquals(40, e.context());
    assertEquals("SiteOptions{texts=EXCERPTS, context=40}", e.toString());
    assertEquals(e, SiteOptions.defaults().withExcerpts(40));
    assertEquals(e.hashCode(), SiteOptions.defaults().withExcerpts(40).hashCode());
    assertNotEquals(e, SiteOptions.defaults().withExcerpts(41));
    assertEquals(SiteOptions.Texts.FULL, e.withFullTexts().texts());
  }

  @Test
  void context_outOfRange_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> SiteOptions.defaults().withExcerpts(-1));
    assertThrows(IllegalArgumentException.class, () -> SiteOptions.defaults().withExcerpts(SiteOptions.MAX_CONTEXT + 1));
  }
}
