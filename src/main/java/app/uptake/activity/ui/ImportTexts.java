package app.uptake.activity.ui;

import app.uptake.activity.ImportProfile;
import com.vaadin.flow.component.Component;
import java.util.Arrays;

/** How the import views word problems and profiles, in the user's language. */
final class ImportTexts {

    private ImportTexts() {
    }

    /** A problem's message with its offending value; an absent value reads as empty rather than "null". */
    static String problem(Component owner, String key, String detail) {
        return key == null ? "" : owner.getTranslation(key, detail == null ? "" : detail);
    }

    /** The profile's name when the run was an upload with a known profile, otherwise as stored. */
    static String profile(Component owner, String profile) {
        if (profile == null) {
            return "";
        }
        return Arrays.stream(ImportProfile.values()).filter(p -> p.name().equals(profile)).findFirst()
                .map(p -> owner.getTranslation(p.messageKey())).orElse(profile);
    }
}
