package cn.dangjian.pairing;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The signed agreement document, kept in its own table so listing pairings never loads the bytes. */
@Entity
@Table(name = "pairing_attachment")
class PairingAttachment extends BaseEntity {

    @Column(name = "pairing_id", nullable = false)
    private Long pairingId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false, columnDefinition = "longblob")
    private byte[] data;

    protected PairingAttachment() {}

    PairingAttachment(Long pairingId) {
        this.pairingId = pairingId;
    }

    Long getPairingId() {
        return pairingId;
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

    void replace(String fileName, String contentType, byte[] data) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = data.length;
        this.data = data;
    }
}
