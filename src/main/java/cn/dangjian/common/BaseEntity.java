package cn.dangjian.common;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** Identity, optimistic locking and the auditing columns every table carries. */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private @Nullable String createdBy;

    @CreatedDate
    @Column(name = "created_date", updatable = false)
    private @Nullable Instant createdDate;

    @LastModifiedBy
    @Column(name = "last_modified_by")
    private @Nullable String lastModifiedBy;

    @LastModifiedDate
    @Column(name = "last_modified_date")
    private @Nullable Instant lastModifiedDate;

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Lets a form carry the version it was loaded with, so a stale save is detected. */
    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getCreatedDate() {
        return createdDate;
    }

    public @Nullable String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public @Nullable Instant getLastModifiedDate() {
        return lastModifiedDate;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) o).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
