package app.uptake.training.internal;

import app.uptake.shared.LocalizedText;
import app.uptake.training.TrainingModule;

final class ReaderAccess {
    private ReaderAccess() {
    }

    static LocalizedText title(TrainingModule module) {
        return module.title();
    }
}
