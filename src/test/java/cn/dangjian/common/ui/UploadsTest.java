package cn.dangjian.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.BusinessException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The shared upload set-up: a hard limit on the server, refusals that mark the file, and Chinese texts. */
@IntegrationTest
class UploadsTest extends SpringBrowserlessTest {

    private static final long LIMIT = 1024 * 1024;

    /** Endless bytes, counting how many were taken: a reader without a limit would never stop. */
    private static final class EndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }

    private static UploadEvent event(Upload upload, String fileName, InputStream body) {
        return new UploadEvent(
                VaadinRequest.getCurrent(),
                VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(),
                fileName,
                -1,
                "application/pdf",
                upload.getElement(),
                null) {
            @Override
            public InputStream getInputStream() {
                return body;
            }
        };
    }

    private Upload upload(List<byte[]> received, LimitedUploadHandler.Receiver receiver) {
        Upload upload = Uploads.limited(new Upload(), LIMIT, 1, receiver, "application/pdf", ".pdf");
        UI.getCurrent().add(upload);
        return upload;
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void an_oversized_file_is_refused_on_the_server_after_reading_at_most_the_limit() throws Exception {
        List<byte[]> received = new ArrayList<>();
        Upload upload = upload(received, (name, data) -> received.add(data));
        EndlessStream body = new EndlessStream();
        UploadEvent event = event(upload, "big.pdf", body);

        new LimitedUploadHandler(LIMIT, (name, data) -> received.add(data)).handleUploadRequest(event);

        assertThat(received).isEmpty();
        assertThat(body.read).isBetween(LIMIT + 1, LIMIT + 64 * 1024);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("文件过大，不能超过 1 MB，未保存。");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("文件过大，不能超过 1 MB，未保存。");
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_refusal_from_the_receiver_rejects_the_file_instead_of_ticking_it() throws Exception {
        Upload upload = upload(new ArrayList<>(), (name, data) -> {});
        UploadEvent event = event(upload, "photo.jpg", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        new LimitedUploadHandler(LIMIT, (name, data) -> {
                    throw new BusinessException("calendar.photo.wrongType");
                })
                .handleUploadRequest(event);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("只能上传 JPEG、PNG 或 WebP 图片。");
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void the_upload_component_passes_files_within_the_limit_refuses_bigger_ones_and_speaks_chinese() throws Exception {
        List<byte[]> received = new ArrayList<>();
        Upload upload = upload(received, (name, data) -> received.add(data));
        test(upload).upload("ok.pdf", "application/pdf", new byte[(int) LIMIT]);
        assertThat(received).singleElement().satisfies(d -> assertThat(d).hasSize((int) LIMIT));
        test(upload).upload("big.pdf", "application/pdf", new byte[(int) LIMIT + 1]);
        assertThat(received).hasSize(1);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("文件过大，不能超过 1 MB，未保存。");

        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("上传文件…");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("文件过大，不能超过 1 MB。");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).isEqualTo("文件类型不正确，请选择 .pdf 文件。");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("将文件拖放到此处");
        assertThat(upload.getMaxFileSize()).isEqualTo((int) LIMIT);
    }
}
