package app.uptake.activity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What happened in the CRM. Contacts carry their channel in the type; the rest is CRM work. */
public enum ActivityType {
    CALL(Category.CONTACT),
    MEETING(Category.CONTACT),
    VISIT(Category.CONTACT),
    EMAIL(Category.CONTACT),
    CHAT(Category.CONTACT),
    SMS(Category.CONTACT),
    FAX(Category.CONTACT),
    LETTER(Category.CONTACT),
    OPPORTUNITY_CREATED(Category.OPPORTUNITY),
    OPPORTUNITY_STAGE_CHANGED(Category.OPPORTUNITY),
    OPPORTUNITY_WON(Category.OPPORTUNITY),
    OPPORTUNITY_LOST(Category.OPPORTUNITY),
    LEAD_CREATED(Category.LEAD_AND_CAMPAIGN),
    LEAD_CONVERTED(Category.LEAD_AND_CAMPAIGN),
    CAMPAIGN_RESPONSE(Category.LEAD_AND_CAMPAIGN),
    CASE_OPENED(Category.SERVICE),
    CASE_RESOLVED(Category.SERVICE),
    SATISFACTION_SURVEY(Category.SERVICE),
    CRM_LOGIN(Category.CRM_USAGE),
    RECORD_CREATED(Category.CRM_USAGE),
    RECORD_UPDATED(Category.CRM_USAGE);

    /** The families of activity the issue of the CRM programme distinguishes. */
    public enum Category { CONTACT, OPPORTUNITY, LEAD_AND_CAMPAIGN, SERVICE, CRM_USAGE }

    private final Category category;

    ActivityType(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    public String messageKey() {
        return "activityType." + name();
    }

    public static Set<ActivityType> contacts() {
        EnumSet<ActivityType> contacts = EnumSet.noneOf(ActivityType.class);
        Arrays.stream(values()).filter(t -> t.category == Category.CONTACT).forEach(contacts::add);
        return contacts;
    }

    /** Reads a type name as written in files and API calls: case-insensitive, '-' or ' ' for '_'. */
    public static Optional<ActivityType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normal = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(normal)).findFirst();
    }
}
