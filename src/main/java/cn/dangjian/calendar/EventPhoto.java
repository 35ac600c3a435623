package cn.dangjian.calendar;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A photo kept as evidence of an event; in its own table so event queries never drag bytes along. */
@Entity
@Table(name = "cal_event_photo")
class EventPhoto extends BaseEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName = "";

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false, columnDefinition = "longblob")
    private byte[] data = new byte[0];

    protected EventPhoto() {}

    EventPhoto(long eventId, String fileName, String contentType, byte[] data) {
        this.eventId = eventId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = data.length;
        this.data = data;
    }

    long getEventId() {
        return eventId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    byte[] getData() {
        return data;
    }
}
