package app.uptake.training;

import java.time.Instant;
import java.util.List;

/** The outcome of the last reading of training-content/: each module's state and every problem found. */
public record ContentStatus(Instant readAt, List<ModuleStatus> modules, List<ContentProblem> problems) {

    public ContentStatus {
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
    }

    public long live() {
        return modules.stream().filter(m -> m.liveVersion() != null).count();
    }
}
