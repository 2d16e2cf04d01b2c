package app.uptake.activity;

/** An import run ended, completed or failed; published after its last chunk was committed. */
public record ImportRunFinished(long runId, ImportStatus status) {
}
