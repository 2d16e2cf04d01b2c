package app.uptake.activity.internal;

import app.uptake.activity.ImportChannel;
import app.uptake.activity.ImportStatus;
import app.uptake.activity.IngestTally;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One delivery of activity: an uploaded file, an API batch or a connector run, with its counts. */
@Entity
@Table(name = "import_run")
public class ImportRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private DataSourceEntity source;

    @Enumerated(EnumType.STRING)
    private ImportChannel channel;

    private String profile;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "stored_file")
    private String storedFile;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "total_bytes")
    private Long totalBytes;

    @Column(name = "bytes_read")
    private long bytesRead;

    @Column(name = "rows_read")
    private long rowsRead;

    private long accepted;
    private long corrected;
    private long duplicates;
    private long stale;
    private long rejected;
    private long late;

    @Column(name = "committed_through_line")
    private long committedThroughLine;

    private String failure;

    @Version
    private long version;

    protected ImportRunEntity() {
    }

    public ImportRunEntity(DataSourceEntity source, ImportChannel channel, String requestedBy, Instant startedAt) {
        this.source = source;
        this.channel = channel;
        this.requestedBy = requestedBy;
        this.startedAt = startedAt;
        this.status = ImportStatus.QUEUED;
    }

    /** Adds a committed chunk's counts. */
    public void add(IngestTally tally, long rows, long throughLine, long bytes) {
        accepted += tally.accepted();
        corrected += tally.corrected();
        duplicates += tally.duplicates();
        stale += tally.stale();
        rejected += tally.rejected();
        late += tally.late();
        rowsRead += rows;
        committedThroughLine = throughLine;
        bytesRead = bytes;
    }

    public IngestTally tally() {
        return new IngestTally(accepted, corrected, duplicates, stale, rejected, late);
    }

    public void start() {
        status = ImportStatus.RUNNING;
    }

    public void complete(Instant at) {
        status = ImportStatus.COMPLETED;
        finishedAt = at;
    }

    public void fail(Instant at, String reason) {
        status = ImportStatus.FAILED;
        finishedAt = at;
        failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 2000));
    }

    public Long getId() {
        return id;
    }

    public DataSourceEntity getSource() {
        return source;
    }

    public ImportChannel getChannel() {
        return channel;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getStoredFile() {
        return storedFile;
    }

    public void setStoredFile(String storedFile) {
        this.storedFile = storedFile;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getTotalBytes() {
        return totalBytes;
    }

    public void setTotalBytes(Long totalBytes) {
        this.totalBytes = totalBytes;
    }

    public long getBytesRead() {
        return bytesRead;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getCommittedThroughLine() {
        return committedThroughLine;
    }

    public String getFailure() {
        return failure;
    }
}
