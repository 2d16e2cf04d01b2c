package app.uptake.shared;

import java.util.Arrays;

/**
 * A request broke a business rule. Carries an i18n message key (and its arguments) instead of text, so
 * the UI shows the reason in the user's language; {@link #field()} names the form field it belongs to.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private BusinessRuleException(String field, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** The rule was broken by the value of one form field. */
    public static BusinessRuleException onField(String field, String messageKey, Object... args) {
        return new BusinessRuleException(field, messageKey, args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
