package cn.dangjian.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.calendar.EventPhotoService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** An event's photo upload: an oversized or fake photo is refused with a message and stores nothing. */
@IntegrationTest
class PhotoUploadTest extends SpringBrowserlessTest {

    @Autowired
    CalendarUi calendarUi;

    @Autowired
    JdbcTemplate jdbc;

    private long ownEvent() {
        return jdbc.queryForObject("""
                select min(e.id) from cal_event e join party_branch b on b.id = e.branch_id
                where b.code = 'C08' and e.status <> 'CANCELLED'""", Long.class);
    }

    private int photos(long eventId) {
        return jdbc.queryForObject("select count(*) from cal_event_photo where event_id = ?", Integer.class, eventId);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void an_oversized_photo_is_refused_with_a_message_and_nothing_is_stored() {
        long event = ownEvent();
        int before = photos(event);
        PhotoPanel panel = new PhotoPanel(calendarUi, calendarUi.calendar.detail(event));
        UI.getCurrent().add(panel);
        Upload upload = $(Upload.class, panel).single();
        assertThat(upload.getMaxFileSize()).isEqualTo((int) EventPhotoService.MAX_BYTES);

        byte[] huge = new byte[(int) EventPhotoService.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        test(upload).upload("big.jpg", "image/jpeg", huge);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("文件过大，不能超过 5 MB，未保存。");

        test(upload).upload("fake.jpg", "image/jpeg", "not an image".getBytes());
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("只能上传 JPEG、PNG 或 WebP 图片。");
        assertThat(photos(event)).isEqualTo(before);
    }
}
