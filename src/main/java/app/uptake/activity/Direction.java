package app.uptake.activity;

/** Who started a contact: the customer (inbound) or we (outbound). */
public enum Direction { IN, OUT }
