package app.uptake.adoption;

/** The parts of the adoption index, each a percentage from 0 to 100 for one employee and week. */
public enum AdoptionComponent {
    /** CRM usage: days with a login or record change ÷ working days employed. */
    USAGE,
    /** Activity logging: customer contacts logged per week ÷ the norm for the job role, capped at 100 %. */
    LOGGING,
    /** Data quality: the average completeness of the records created or updated. */
    QUALITY,
    /** Training compliance: mandatory modules completed ÷ assigned; 100 % when none is assigned. */
    TRAINING,
    /** Goal pace: attainment against the expected-to-date of the employee's targets, capped at 100 %. */
    GOALS;

    /** The i18n key of the component's name; {@code + ".explain"} its explanation in plain words. */
    public String messageKey() {
        return "adoption.component." + name();
    }
}
