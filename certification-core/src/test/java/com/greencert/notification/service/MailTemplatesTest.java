package com.greencert.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.notification.domain.Notification;
import com.greencert.notification.domain.Recipients;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates are written in the reader's language, with the arguments, the reader's name and the link. */
class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates("https://portal.greencert.example/");
    private final Notification shared = new Notification(Recipients.withRole(Role.ASSESSOR, TenantId.of("sinoeco-cert")),
            "evidence.shared", Map.of("supplier", "Zhejiang GreenPower Battery Co., Ltd.", "supplier.zh", "浙江绿能电池有限公司",
                    "title", "UN 38.3 test summary", "path", "/certification"));

    @Test
    void english_mail_names_the_supplier_and_the_document_and_links_to_the_portal() {
        RenderedMail mail = templates.render(shared, "Anna Becker", MailLanguage.ENGLISH);

        assertThat(mail.subject()).isEqualTo("Zhejiang GreenPower Battery Co., Ltd. shared UN 38.3 test summary with you");
        assertThat(mail.body()).startsWith("Hello Anna Becker,\n\n")
                .contains("Zhejiang GreenPower Battery Co., Ltd. shared the document \"UN 38.3 test summary\"")
                .contains("https://portal.greencert.example/certification")
                .doesNotContain("浙江");
        assertThat(mail.language().tag()).isEqualTo("en");
    }

    @Test
    void chinese_mail_uses_the_chinese_form_of_an_argument_when_there_is_one() {
        RenderedMail mail = templates.render(shared, "Chen Jie", MailLanguage.SIMPLIFIED_CHINESE);

        assertThat(mail.subject()).isEqualTo("浙江绿能电池有限公司 与您共享了“UN 38.3 test summary”");
        assertThat(mail.body()).startsWith("Chen Jie，您好：")
                .contains("共享了文件“UN 38.3 test summary”")
                .contains("https://portal.greencert.example/certification");
        assertThat(mail.language().tag()).isEqualTo("zh-CN");
    }

    @Test
    void an_argument_without_chinese_form_is_used_as_is_and_no_path_links_home() {
        Notification n = new Notification(Recipients.users("chen.assessor"), "evidence.shared",
                Map.of("supplier", "Acme {0} 'quoted'", "title", "it's {title}"));
        RenderedMail mail = templates.render(n, "Chen", MailLanguage.SIMPLIFIED_CHINESE);

        assertThat(mail.subject()).isEqualTo("Acme {0} 'quoted' 与您共享了“it's {title}”");
        assertThat(mail.body()).contains("https://portal.greencert.example/\n");
    }

    @Test
    void line_breaks_in_arguments_never_reach_the_subject_line() {
        Notification n = new Notification(Recipients.users("x"), "evidence.shared",
                Map.of("supplier", "Evil\r\nBcc: victim@example.com", "title", "t"));
        assertThat(templates.render(n, "X", MailLanguage.ENGLISH).subject()).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void a_missing_argument_or_template_is_refused_when_the_notification_is_queued() {
        Notification noTitle = new Notification(Recipients.users("x"), "evidence.shared", Map.of("supplier", "S"));
        assertThatThrownBy(() -> templates.check(noTitle)).hasMessageContaining("needs the argument title");
        Notification unknown = new Notification(Recipients.users("x"), "certification.decided", Map.of());
        assertThatThrownBy(() -> templates.check(unknown)).hasMessageContaining("no mail template certification.decided.subject");
    }

    @Test
    void the_language_follows_the_users_locale_attribute() {
        assertThat(MailLanguage.forLocale("zh-CN")).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(MailLanguage.forLocale("zh_CN")).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(MailLanguage.forLocale(" ZH-cn ")).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(MailLanguage.forLocale("zh")).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(MailLanguage.forLocale("zh-Hans-CN")).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(MailLanguage.forLocale("zh-TW")).isEqualTo(MailLanguage.ENGLISH);
        assertThat(MailLanguage.forLocale("en")).isEqualTo(MailLanguage.ENGLISH);
        assertThat(MailLanguage.forLocale("de")).isEqualTo(MailLanguage.ENGLISH);
        assertThat(MailLanguage.forLocale(null)).isEqualTo(MailLanguage.ENGLISH);
        assertThat(new Recipient("id", "chen", "c@x", null, "zh_CN").language()).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
    }
}
