package cn.dangjian.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SheetRepository extends JpaRepository<Sheet, Long> {

    List<Sheet> findByCampaignId(long campaignId);

    Optional<Sheet> findByCampaignIdAndBranchId(long campaignId, long branchId);
}
