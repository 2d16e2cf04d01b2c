package app.uptake.incentives.statement;

import java.util.Locale;

/**
 * Prints the SHA-256 of the German and the English statement of {@link StatementFixtures#joiner}: run in a JVM of its
 * own by {@link StatementPdfTest}, to show that the bytes do not depend on the JVM, its defaults or its fonts cache.
 */
public final class StatementFingerprint {

    private StatementFingerprint() {
    }

    public static void main(String[] args) {
        StatementPdf pdf = new StatementPdf(StatementFixtures.I18N);
        System.out.println(pdf.render(StatementFixtures.joiner(Locale.GERMAN)).sha256());
        System.out.println(pdf.render(StatementFixtures.joiner(Locale.ENGLISH)).sha256());
    }
}
