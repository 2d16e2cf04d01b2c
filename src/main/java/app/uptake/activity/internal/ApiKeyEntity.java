package app.uptake.activity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "api_key")
public class ApiKeyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private DataSourceEntity source;

    private String label;

    @Column(name = "key_prefix")
    private String prefix;

    @Column(name = "key_hash")
    private String hash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    private long version;

    protected ApiKeyEntity() {
    }

    ApiKeyEntity(DataSourceEntity source, String label, String prefix, String hash, Instant createdAt, String createdBy) {
        this.source = source;
        this.label = label;
        this.prefix = prefix;
        this.hash = hash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant at, String by) {
        revokedAt = at;
        revokedBy = by;
    }

    public Long getId() {
        return id;
    }

    public DataSourceEntity getSource() {
        return source;
    }

    public String getLabel() {
        return label;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getHash() {
        return hash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
