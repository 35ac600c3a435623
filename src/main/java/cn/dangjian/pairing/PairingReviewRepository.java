package cn.dangjian.pairing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairingReviewRepository extends JpaRepository<PairingReview, Long> {

    @Query("select r from PairingReview r where r.pairingId = :pairingId order by r.reviewedOn desc, r.id desc")
    List<PairingReview> findByPairing(Long pairingId);
}
