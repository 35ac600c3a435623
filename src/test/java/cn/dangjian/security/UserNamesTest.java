package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserNamesTest {

    @Test
    void spellings_the_database_collation_treats_as_one_name_have_one_key() {
        assertThat(UserNames.key("admin")).isEqualTo("admin");
        assertThat(UserNames.key("ädmin")).isEqualTo("admin");
        assertThat(UserNames.key("ａｄｍｉｎ")).as("full-width").isEqualTo("admin");
        assertThat(UserNames.key("ADMIN")).isEqualTo("admin");
        assertThat(UserNames.key(" Admin ")).isEqualTo("admin");
        assertThat(UserNames.key("lëader")).isEqualTo("leader");
        assertThat(UserNames.key("le\u0308ader")).as("decomposed accent").isEqualTo("leader");
        assertThat(UserNames.key("lea\u200Bder")).as("zero-width space").isEqualTo("leader");
        assertThat(UserNames.key("SEC-C08")).isEqualTo("sec-c08");
        assertThat(UserNames.key("straße")).isEqualTo("strasse");
    }

    @Test
    void different_names_keep_different_keys() {
        assertThat(UserNames.key("sec-c08")).isNotEqualTo(UserNames.key("sec-c11"));
        assertThat(UserNames.key("张三")).isEqualTo("张三");
    }
}
