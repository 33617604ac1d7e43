package com.greencert.credential.ui;

import static com.greencert.credential.ui.CredentialTexts.t;

import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.service.CredentialVerification;
import com.greencert.credential.service.PublicVerifyLimit;
import com.greencert.credential.service.VerificationReport;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.TooManyRequestsException;
import com.greencert.shared.ratelimit.ClientAddresses;
import com.greencert.shared.ui.PublicLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The public verify page: anyone, signed in or not, pastes a credential, uploads its file, or arrives from the
 * QR code's link ({@code /verify/<id>} as the certificate prints it, or {@code /verify?credential=<id>}), and
 * sees whether it is good and why, check by check.
 * Bad input is told in words and nothing typed is lost.
 */
@Route(value = "verify/:" + VerifyView.PARAMETER + "?", layout = PublicLayout.class)
@PageTitle("GreenCert")
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements BeforeEnterObserver {

    static final String PARAMETER = "credential";
    /** The largest credential file taken (the verifier refuses a credential over 64 KB anyway). */
    static final int MAX_FILE = 64 * 1024;

    private final CredentialVerification verification;
    private final PublicVerifyLimit limit;
    /** Who is verifying, as the rate limit counts it: taken from the request that opened the page. */
    private final String client;
    private final TextArea pasted = new TextArea();
    private final Div result = new Div();

    @Inject
    public VerifyView(CredentialVerification verification, PublicVerifyLimit limit, ClientAddresses addresses) {
        this.verification = verification;
        this.limit = limit;
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        this.client = request == null ? "unknown" : addresses.of(request.getHttpServletRequest());
        setId("verify");
        addClassName("gc-verify");
        pasted.setId("verify-input");
        pasted.setLabel(t("verify.paste"));
        pasted.setHelperText(t("verify.paste.help"));
        pasted.setMaxLength(2 * MAX_FILE);
        pasted.setWidthFull();
        pasted.addClassName("gc-verify-input");
        Button check = new Button(t("verify.action"), click -> verifyPasted());
        check.setId("verify-submit");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("verify-output");
        result.setWidthFull();
        // the answer first: arriving from a QR code, the verdict is what the reader came for
        add(new H2(t("verify.title")), new Paragraph(t("verify.intro")), result, pasted,
                new HorizontalLayout(check, upload()));
    }

    private void verifyPasted() {
        String text = pasted.getValue().strip();
        if (text.isEmpty()) {
            problem(t("verify.empty"));
        } else {
            run(() -> verification.verify(text, getLocale()));
        }
    }

    private Upload upload() {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            upload.clearFileList();
            received(bytes);
        }))));
        upload.setId("verify-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE);
        upload.setUploadButton(new Button(t("verify.upload")));
        upload.setDropLabel(new Span(t("verify.upload.drop")));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(t("verify.file.too.large"))
                .setTooManyFiles(t("verify.file.one")).setIncorrectFileType(t("verify.file.not.text"))));
        upload.addFileRejectedListener(e -> problem(t("verify.file.too.large")));
        return upload;
    }

    /** A file's text goes into the field (so the reader sees what was checked) and is verified. */
    private void received(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "")
                    .strip();
        } catch (CharacterCodingException e) {
            problem(t("verify.file.not.text"));
            return;
        }
        pasted.setValue(text);
        run(() -> verification.verify(text, getLocale()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get(PARAMETER)
                .or(() -> event.getLocation().getQueryParameters().getSingleParameter(PARAMETER));
        if (id.isEmpty()) {
            return;
        }
        CredentialId credential;
        try {
            credential = CredentialId.parse(id.get());
        } catch (DomainException e) {
            problem(t("verify.link.malformed"));
            return;
        }
        try {
            run(() -> verification.verify(credential, getLocale()));
        } catch (NotFoundException unknown) {
            problem(t("verify.reason.not-found"));
        }
    }

    private void run(Supplier<VerificationReport> verify) {
        try {
            limit.take(client);
        } catch (TooManyRequestsException e) {
            problem(t("verify.too.many", e.retryAfterSeconds()));
            return;
        }
        try {
            VerificationReport report = verify.get();
            result.removeAll();
            result.add(new VerificationResult(report));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            problem(DomainMessages.format(e, getLocale()));
        }
    }

    private void problem(String text) {
        result.removeAll();
        Paragraph message = new Paragraph(text);
        message.setId("verify-problem");
        message.addClassNames("gc-verdict", "gc-verdict-problem");
        result.add(message);
    }
}
