package app.uptake.incentives.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text of the statement exists in English and German and fills in its arguments. */
class StatementTranslationsTest {

    private static Set<String> statementKeys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StatementTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("statement.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameTexts_andEachFillsInItsArguments() throws IOException {
        Set<String> english = statementKeys("translations.properties");
        assertThat(english).hasSizeGreaterThan(35);
        assertThat(statementKeys("translations_de.properties")).isEqualTo(english);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (String key : english) {
                String text = StatementFixtures.I18N.getTranslation(key, locale, "A", "B", "C");
                assertThat(text).as(key).doesNotStartWith("!").doesNotContain("{").doesNotContain("'");
            }
        }
        assertThat(StatementFixtures.I18N.getTranslation("statement.pdf.total", Locale.GERMAN))
                .isEqualTo("Auszahlung gesamt");
    }
}
