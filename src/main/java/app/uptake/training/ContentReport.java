package app.uptake.training;

import java.util.List;
import java.util.Set;

/**
 * The outcome of reading a training content folder.
 *
 * @param valid             the modules without any problem, in folder name order
 * @param problems          every problem found, module by module
 * @param invalidModuleIds  the folder names of the modules that have at least one problem
 */
public record ContentReport(List<TrainingModule> valid, List<ContentProblem> problems, Set<String> invalidModuleIds) {

    public ContentReport {
        valid = List.copyOf(valid);
        problems = List.copyOf(problems);
        invalidModuleIds = Set.copyOf(invalidModuleIds);
    }
}
