package app.uptake.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.organization.EmployeeImportRow;
import app.uptake.organization.JobRole;
import app.uptake.organization.OrgUnitKind;
import app.uptake.organization.Role;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** English and German must say the same things: no key in one language only, every enum label present. */
class TranslationsTest {

    private final UptakeI18nProvider i18n = new UptakeI18nProvider();

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        assertThat(load("translations_de.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("translations.properties").stringPropertyNames());
    }

    @Test
    void everyEnumShownInTheUiHasALabelInBothLanguages() {
        for (Locale locale : MainLayout.LANGUAGES) {
            for (Role role : Role.values()) {
                assertThat(i18n.getTranslation("role." + role.name(), locale)).doesNotStartWith("!");
            }
            for (JobRole jobRole : JobRole.values()) {
                assertThat(i18n.getTranslation(jobRole.messageKey(), locale)).doesNotStartWith("!");
            }
            for (OrgUnitKind kind : OrgUnitKind.values()) {
                assertThat(i18n.getTranslation(kind.messageKey(), locale)).doesNotStartWith("!");
            }
            for (EmployeeImportRow.Action action : EmployeeImportRow.Action.values()) {
                assertThat(i18n.getTranslation(action.messageKey(), locale)).doesNotStartWith("!");
            }
        }
    }

    @Test
    void germanHasUmlautsAndArgumentsAreFilledIn() {
        assertThat(i18n.getTranslation("org.close", Locale.GERMAN)).isEqualTo("Schließen");
        assertThat(i18n.getTranslation("home.greeting", Locale.GERMAN, "Jonas")).isEqualTo("Willkommen, Jonas");
        assertThat(i18n.getTranslation("home.greeting", Locale.FRENCH, "Jonas")).isEqualTo("Welcome, Jonas");
    }
}
