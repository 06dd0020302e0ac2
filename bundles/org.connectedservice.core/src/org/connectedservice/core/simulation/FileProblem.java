package org.connectedservice.core.simulation;

/** One thing wrong in a model, scenario or replay file; line 0 when the file could not be read at all. */
public record FileProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (field != null && !field.isEmpty()) {
            text.append(", ").append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
