package org.connectedservice.simulator.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.connectedservice.core.simulation.FileProblem;
import org.connectedservice.core.simulation.SimulationFileException;

/** Collects every problem of a set of files, so a tester fixes them in one go instead of one per run. */
public final class FileProblems {

    private final List<FileProblem> problems = new ArrayList<>();

    public void add(String file, int line, String field, String message) {
        problems.add(new FileProblem(file, line, field, message));
    }

    public void addAll(List<FileProblem> more) {
        problems.addAll(more);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FileProblem> list() {
        return List.copyOf(problems);
    }

    /** The problems of one file in the order of its lines, as a tester reads them. */
    public List<FileProblem> byLine() {
        return problems.stream().sorted(Comparator.comparingInt(FileProblem::line)).toList();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new SimulationFileException(problems);
        }
    }
}
