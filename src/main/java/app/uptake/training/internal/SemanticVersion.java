package app.uptake.training.internal;

/** Compares MAJOR.MINOR.PATCH versions number by number (1.10.0 is newer than 1.9.3). */
final class SemanticVersion {

    private SemanticVersion() {
    }

    static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
