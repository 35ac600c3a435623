package cn.dangjian.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    Optional<FeedToken> findByToken(String token);

    List<FeedToken> findByOwnerUsernameAndRevokedFalseOrderById(String ownerUsername);
}
