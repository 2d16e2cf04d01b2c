package app.uptake.training.internal;

import app.uptake.training.ContentProblem;
import app.uptake.training.ContentReport;
import app.uptake.training.TrainingModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a training content folder (see {@code training-content/README.md}): every subfolder with a
 * {@code module.yaml} is one module. Bad content never throws; it becomes {@link ContentProblem}s, and a module
 * with any problem is left out of the valid ones.
 */
final class TrainingContentReader {

    private TrainingContentReader() {
    }

    static ContentReport read(Path folder) {
        return read(folder, orgUnitCode -> true);
    }

    /**
     * @param orgUnitExists whether an org unit code named in an audience exists
     * @throws UncheckedIOException when the folder cannot be listed or a file in it cannot be read
     */
    static ContentReport read(Path folder, Predicate<String> orgUnitExists) {
        var results = new ArrayList<ModuleReader.Result>();
        for (var subfolder : subfolders(folder)) {
            if (Files.isRegularFile(subfolder.resolve(ModuleReader.MODULE_YAML))) {
                results.add(ModuleReader.read(subfolder, orgUnitExists));
            } else if (looksLikeModule(subfolder)) {
                var problems = new Problems(subfolder.getFileName().toString());
                problems.add(null, 0, "missingFile", ModuleReader.MODULE_YAML);
                results.add(new ModuleReader.Result(problems.list().getFirst().moduleId(), Map.of(), null, problems));
            }
        }
        checkPrerequisites(results);

        var valid = new ArrayList<TrainingModule>();
        var problems = new ArrayList<ContentProblem>();
        var invalid = new LinkedHashSet<String>();
        for (var result : results) {
            if (result.problems().isEmpty() && result.module() != null) {
                valid.add(result.module());
            } else {
                invalid.add(result.id());
                problems.addAll(result.problems().list());
            }
        }
        return new ContentReport(valid, problems, invalid);
    }

    private static List<Path> subfolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new NoSuchFileException(folder.toString(), null, "not a folder"));
        }
        try (var entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder without module.yaml that holds a quiz or lessons: most likely a misnamed module.yaml. */
    private static boolean looksLikeModule(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString())
                    .anyMatch(name -> name.equals(ModuleReader.QUIZ_YAML) || name.endsWith(".md")
                            || name.startsWith("module."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every prerequisite is a module (valid or not), and no module requires itself, directly or indirectly. */
    private static void checkPrerequisites(List<ModuleReader.Result> results) {
        var graph = new LinkedHashMap<String, ModuleReader.Result>();
        results.forEach(result -> graph.put(result.id(), result));
        for (var result : results) {
            result.prerequisites().forEach((prerequisite, line) -> {
                if (!graph.containsKey(prerequisite)) {
                    result.problems().add(ModuleReader.MODULE_YAML, line, "unknownPrerequisite", prerequisite);
                }
            });
        }
        for (var result : results) {
            var cycle = shortestCycle(result.id(), graph);
            if (cycle != null) {
                result.problems().add(ModuleReader.MODULE_YAML, result.prerequisites().get(cycle.get(1)),
                        "prerequisiteCycle", String.join(" -> ", cycle));
            }
        }
    }

    /** The shortest path start → … → start along prerequisites, or null. */
    private static List<String> shortestCycle(String start, Map<String, ModuleReader.Result> graph) {
        var cameFrom = new HashMap<String, String>();
        var queue = new ArrayDeque<String>();
        queue.add(start);
        while (!queue.isEmpty()) {
            var current = queue.poll();
            for (var next : graph.get(current).prerequisites().keySet()) {
                if (next.equals(start)) {
                    return path(start, current, cameFrom);
                }
                if (graph.containsKey(next) && !cameFrom.containsKey(next) && !next.equals(start)) {
                    cameFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** start → … → last → start, following cameFrom back from last. */
    private static List<String> path(String start, String last, Map<String, String> cameFrom) {
        var reversed = new ArrayList<String>();
        for (var step = last; !step.equals(start); step = cameFrom.get(step)) {
            reversed.add(step);
        }
        var path = new ArrayList<String>();
        path.add(start);
        for (int i = reversed.size() - 1; i >= 0; i--) {
            path.add(reversed.get(i));
        }
        path.add(start);
        return path;
    }
}
