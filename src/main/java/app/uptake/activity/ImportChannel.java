package app.uptake.activity;

/** Which way an import run came in. */
public enum ImportChannel { UPLOAD, API, CONNECTOR }
