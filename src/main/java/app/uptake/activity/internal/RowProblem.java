package app.uptake.activity.internal;

/** Why a row or item was refused: an i18n key ({@code activity.problem.*}) and the offending value. */
record RowProblem(String key, String detail) {

    static RowProblem of(String name, String detail) {
        return new RowProblem("activity.problem." + name, detail);
    }
}
