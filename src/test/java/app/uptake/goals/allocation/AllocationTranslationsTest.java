package app.uptake.goals.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import app.uptake.shared.ui.UptakeI18nProvider;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every key allocation uses reads well in English and German, with its arguments filled in. */
class AllocationTranslationsTest {

    private final UptakeI18nProvider i18n = new UptakeI18nProvider();

    @Test
    void everyKeyHasATextInBothLanguages() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : AllocationKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("TARGET_FIELD")) {
                keys.add((String) field.get(null));
            }
        }
        for (AllocationStrategy strategy : AllocationStrategy.values()) {
            keys.add(strategy.messageKey());
        }
        for (AlignmentStatus status : AlignmentStatus.values()) {
            keys.add(status.messageKey());
        }
        assertThat(keys).hasSizeGreaterThan(25);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            for (String key : keys) {
                String withArgs = i18n.getTranslation(key, locale, "Team North", "2", "3", "4");
                String without = i18n.getTranslation(key, locale);
                assertThat(withArgs).as(key).doesNotStartWith("!").doesNotContain("{0}").doesNotContain("''");
                // a text without arguments is shown as it stands, so it must not rely on MessageFormat's quoting
                if (!without.contains("{0}")) {
                    assertThat(without).as(key).doesNotContain("''");
                }
            }
        }
        assertThat(i18n.getTranslation(AllocationKeys.UNDER, Locale.GERMAN, new java.math.BigDecimal("994.9"),
                new java.math.BigDecimal("5.1"), new java.math.BigDecimal("1000.0")))
                .isEqualTo("Unterverteilt: Die Zielwerte darunter ergeben zusammen 994,9, 5,1 weniger als die 1.000 des Ziels.");
    }
}
