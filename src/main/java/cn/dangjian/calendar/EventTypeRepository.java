package cn.dangjian.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventTypeRepository extends JpaRepository<EventType, Long> {

    @Query("select t from EventType t order by t.sortOrder, t.id")
    List<EventType> findAllOrdered();

    Optional<EventType> findByCode(String code);

    boolean existsByCode(String code);
}
