package dev.profilelens.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** ADR 0252: each theme is loaded from its binary stylesheet, which holds the rules and properties of its CSS. */
class ThemeStylesheetTest {

    @Test
    void eachThemeLoadsItsBinaryStylesheetWithTheRulesOfItsCss() throws Exception {
        for (Theme t : Theme.values()) {
            String binary = t.userAgentStylesheet();
            assertThat(binary).as(t.name()).endsWith(".bss");
            Stylesheet loaded = Stylesheet.loadBinary(URI.create(binary).toURL());
            Stylesheet parsed = new CssParser().parse(URI.create(t.cssStylesheet()).toURL());
            assertThat(loaded).as(t.name()).isNotNull();
            assertThat(loaded.getRules()).hasSameSizeAs(parsed.getRules()).hasSizeGreaterThan(500);
            assertThat(selectors(loaded.getRules())).isEqualTo(selectors(parsed.getRules()));
            assertThat(properties(loaded.getRules())).isEqualTo(properties(parsed.getRules()));
        }
    }

    private static List<String> selectors(List<Rule> rules) {
        return rules.stream().map(r -> r.getSelectors().toString()).toList();
    }

    /** Per rule, the properties it declares (the values' internal forms differ: the binary form expands them). */
    private static List<String> properties(List<Rule> rules) {
        return rules.stream().map(r -> r.getDeclarations().stream().map(d -> d.getProperty()).toList().toString())
                .toList();
    }
}
