package org.connectedservice.core.simulation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown before anything starts when a model, scenario or replay file is wrong; lists every problem found. */
public class SimulationFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FileProblem> problems;

    public SimulationFileException(List<FileProblem> problems) {
        super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a file exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
