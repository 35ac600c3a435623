package cn.dangjian.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    Optional<FeedToken> findByTokenHash(String tokenHash);

    List<FeedToken> findByOwnerUsernameAndRevokedFalseOrderById(String ownerUsername);
}
