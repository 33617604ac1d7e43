package com.greencert.credential.web;

import com.greencert.credential.service.PublicCredentials;
import com.greencert.credential.service.PublishedStatusList;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a body's DID document and status list credentials without login, where did:web resolution and the
 * credentials' {@code statusListCredential} point: {@code GET /bodies/<alias>/did.json} (application/did+json,
 * cached 5 minutes: keys change rarely, and a rotation only adds one) and {@code GET /bodies/<alias>/status/<purpose>}
 * (application/vc+jwt, cached at most {@value #STATUS_MAX_AGE} s so that every node and every verifier sees a
 * suspension within a minute). Both carry a strong ETag and answer a matching {@code If-None-Match} with 304;
 * the status list also has {@code Last-Modified} (when its bits last changed) and honours {@code If-Modified-Since}.
 * Readable from any origin (CORS {@code *}): they are public documents for verifiers anywhere.
 * A servlet rather than a JAX-RS resource: the paths lie outside {@code /api}, and this mapping is more specific
 * than Vaadin's {@code /*}.
 */
@WebServlet(urlPatterns = "/bodies/*", asyncSupported = true)
public class BodyDocumentsServlet extends HttpServlet {

    static final int DID_MAX_AGE = 300;
    static final int STATUS_MAX_AGE = 30;
    private static final Pattern DID = Pattern.compile("/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)/did\\.json");
    private static final Pattern STATUS = Pattern.compile("/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)/status/(revocation|suspension)");

    @Inject
    PublicCredentials published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher did = DID.matcher(path);
        Matcher status = STATUS.matcher(path);
        if (did.matches()) {
            Optional<String> document = published.didDocument(did.group(1));
            if (document.isPresent()) {
                send(request, response, "application/did+json", document.get(), DID_MAX_AGE, null);
                return;
            }
        } else if (status.matches()) {
            Optional<PublishedStatusList> list = published.statusList(status.group(1), status.group(2));
            if (list.isPresent()) {
                send(request, response, "application/vc+jwt", list.get().jwt(), STATUS_MAX_AGE, list.get().lastModified());
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, String type, String body,
            int maxAge, Instant lastModified) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + sha256(bytes) + "\"";
        response.setHeader("Cache-Control", "public, max-age=" + maxAge);
        response.setHeader("ETag", etag);
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        }
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(type);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** RFC 9110: If-None-Match decides when present; else If-Modified-Since against the last change (whole seconds). */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        if (lastModified == null) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException notADate) {
            return false;
        }
        return since >= 0 && lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= since;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
