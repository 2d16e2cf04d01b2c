package app.uptake.activity;

/** How a data source delivers its activity. */
public enum DataSourceKind {
    /** Files uploaded by the CRM program office. */
    UPLOAD,
    /** Batches sent to the REST API with the source's API keys. */
    API,
    /** A connector that picks up files a CRM export job drops into a folder. */
    INBOX_FOLDER,
    /** A connector that pages through a CRM's JSON feed. */
    HTTP_FEED;

    public boolean isConnector() {
        return this == INBOX_FOLDER || this == HTTP_FEED;
    }

    public String messageKey() {
        return "dataSourceKind." + name();
    }
}
