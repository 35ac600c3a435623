package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class HolidayServiceTest {

    @Autowired
    HolidayService holidays;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_corrects_the_list_and_a_workday_must_be_a_weekend_day() {
        assertThat(holidays.holidays(2026))
                .anyMatch(h -> h.getDay().equals(LocalDate.of(2026, 1, 4)) && h.isWorkingDay());
        holidays.save(LocalDate.of(2029, 1, 1), "元旦", false);
        assertThat(holidays.holidays(2029))
                .singleElement()
                .satisfies(h -> assertThat(h.getName()).isEqualTo("元旦"));
        holidays.delete(LocalDate.of(2029, 1, 1));
        assertThat(holidays.holidays(2029)).isEmpty();
        assertThatThrownBy(() -> holidays.save(LocalDate.of(2029, 1, 3), "调休", true))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_cannot_edit_holidays() {
        assertThatThrownBy(() -> holidays.save(LocalDate.of(2029, 2, 1), "x", false))
                .isInstanceOf(AccessDeniedException.class);
    }
}
