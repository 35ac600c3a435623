package cn.dangjian.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignInRequestRepository extends JpaRepository<SignInRequest, Long> {

    Optional<SignInRequest> findByEventIdAndMemberId(long eventId, long memberId);
}
