package cn.dangjian.pairing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairingAttachmentRepository extends JpaRepository<PairingAttachment, Long> {

    Optional<PairingAttachment> findByPairingId(Long pairingId);

    /** The document's name, type and size without its bytes. */
    @Query(
            "select new cn.dangjian.pairing.AttachmentInfo(a.fileName, a.contentType, a.sizeBytes) from PairingAttachment a where a.pairingId = :pairingId")
    Optional<AttachmentInfo> findInfo(Long pairingId);
}
