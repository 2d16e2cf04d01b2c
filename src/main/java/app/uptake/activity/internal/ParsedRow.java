package app.uptake.activity.internal;

import app.uptake.activity.ActivityEventInput;

/**
 * One line of a file or one item of an API batch after parsing: an event, or the problem that kept it from
 * becoming one. {@code raw} is kept so that rejected rows can be downloaded as they came.
 */
record ParsedRow(long line, String raw, ActivityEventInput event, RowProblem problem) {

    static ParsedRow ok(long line, String raw, ActivityEventInput event) {
        return new ParsedRow(line, raw, event, null);
    }

    static ParsedRow rejected(long line, String raw, RowProblem problem) {
        return new ParsedRow(line, raw, null, problem);
    }

    String externalIdOrNull() {
        return event == null ? null : event.externalId();
    }
}
