package com.greencert.certification.ui;

import com.greencert.certification.domain.AuditVisit;
import com.greencert.certification.domain.Finding;
import com.greencert.certification.domain.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history note as recorded (the record is kept as written), with the workflow's own words in it, an audit's
 * mode, a finding's severity, a decision's outcome, shown in the reader's language instead of their names.
 */
final class HistoryNotes {

    private static final Map<String, String> KEYS = keys();
    private static final Pattern TOKEN = Pattern.compile("\\b(" + String.join("|", KEYS.keySet()) + ")\\b");

    private HistoryNotes() {
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        // longest first, so GRANT_REDUCED is not read as GRANT
        for (Verdict.Outcome o : new Verdict.Outcome[] {Verdict.Outcome.GRANT_REDUCED, Verdict.Outcome.GRANT,
                Verdict.Outcome.REFUSE}) {
            keys.put(o.name(), "verdict.outcome." + o.name());
        }
        for (AuditVisit.Mode m : AuditVisit.Mode.values()) {
            keys.put(m.name(), "audit.mode." + m.name());
        }
        for (Finding.Severity s : Finding.Severity.values()) {
            keys.put(s.name(), "finding.severity." + s.name());
        }
        return keys;
    }

    static String of(String note, UnaryOperator<String> translate) {
        Matcher m = TOKEN.matcher(note);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(translate.apply(KEYS.get(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }
}
