package app.uptake.training.internal;

import app.uptake.training.ContentProblem;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one module. */
final class Problems {

    private final String moduleId;
    private final List<ContentProblem> list = new ArrayList<>();

    Problems(String moduleId) {
        this.moduleId = moduleId;
    }

    void add(String file, int line, String code, String detail) {
        list.add(new ContentProblem(moduleId, file, line, code, detail));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<ContentProblem> list() {
        return list;
    }
}
