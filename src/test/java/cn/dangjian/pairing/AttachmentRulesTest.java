package cn.dangjian.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    static final byte[] PDF = "%PDF-1.4\n...".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    private static String key(AttachmentUpload u) {
        try {
            AttachmentRules.check(u);
            return "ok";
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
    }

    @Test
    void pdf_png_and_jpeg_are_accepted_by_their_content() {
        assertThat(AttachmentRules.check(new AttachmentUpload("协议.PDF", PDF))).isEqualTo("application/pdf");
        assertThat(AttachmentRules.check(new AttachmentUpload("scan.png", PNG))).isEqualTo("image/png");
        assertThat(AttachmentRules.check(new AttachmentUpload("photo.jpeg", JPEG)))
                .isEqualTo("image/jpeg");
    }

    @Test
    void a_renamed_file_is_refused_whatever_its_name_says() {
        assertThat(key(new AttachmentUpload("virus.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo("pairing.attachment.badType");
        assertThat(key(new AttachmentUpload("scan.pdf", PNG))).isEqualTo("pairing.attachment.badType");
        assertThat(key(new AttachmentUpload("agreement.docx", PDF))).isEqualTo("pairing.attachment.badType");
    }

    @Test
    void empty_and_oversized_files_are_refused() {
        assertThat(key(new AttachmentUpload("a.pdf", new byte[0]))).isEqualTo("pairing.attachment.empty");
        byte[] big = new byte[AttachmentRules.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(key(new AttachmentUpload("a.pdf", big))).isEqualTo("pairing.attachment.tooLarge");
        byte[] limit = new byte[AttachmentRules.MAX_BYTES];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertThat(key(new AttachmentUpload("a.pdf", limit))).isEqualTo("ok");
    }

    @Test
    void a_blank_name_is_refused() {
        assertThatThrownBy(() -> AttachmentRules.check(new AttachmentUpload(" ", PDF)))
                .isInstanceOf(BusinessException.class);
    }
}
