package com.greencert.evidence.storage;

import com.greencert.evidence.domain.FileRefusedException;

/**
 * Checks, chunk by chunk, that bytes are well-formed UTF-8 text (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF) without control characters other than tab, line feed, carriage
 * return and form feed (C0 and C1). A byte-level automaton, so that a sequence split between two chunks
 * needs no buffering; the unit test checks it against the JDK's decoder.
 */
final class Utf8Text implements ChunkObserver {

    private long offset;
    /** Continuation bytes still expected for the current sequence. */
    private int needed;
    /** The range the next continuation byte must fall in (narrower right after some lead bytes). */
    private int lower = 0x80;
    private int upper = 0xBF;

    @Override
    public void accept(byte[] bytes, int from, int length) {
        int end = from + length;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                if (b >= 0x20 && b < 0x7F) {
                    continue;
                }
                lead(b, offset + i - from);
            } else {
                if (b < lower || b > upper) {
                    throw refused(offset + i - from);
                }
                lower = 0x80;
                upper = 0xBF;
                needed--;
            }
        }
        offset += length;
    }

    private void lead(int b, long at) {
        if (b < 0x80) {
            if (b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw refused(at); // C0 control or DEL
            }
        } else if (b == 0xC2) {
            needed = 1;
            lower = 0xA0; // U+0080..U+009F are the C1 controls
        } else if (b >= 0xC3 && b <= 0xDF) {
            needed = 1;
        } else if (b == 0xE0) {
            needed = 2;
            lower = 0xA0; // no overlong three-byte forms
        } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
            needed = 2;
        } else if (b == 0xED) {
            needed = 2;
            upper = 0x9F; // no UTF-16 surrogates
        } else if (b == 0xF0) {
            needed = 3;
            lower = 0x90; // no overlong four-byte forms
        } else if (b >= 0xF1 && b <= 0xF3) {
            needed = 3;
        } else if (b == 0xF4) {
            needed = 3;
            upper = 0x8F; // nothing above U+10FFFF
        } else {
            throw refused(at); // a continuation byte without a lead, C0/C1 (overlong), or F5..FF
        }
    }

    /** At the end of the file: a sequence cut off is not text either. */
    void finish() {
        if (needed != 0) {
            throw refused(offset);
        }
    }

    private static FileRefusedException refused(long at) {
        return FileRefusedException.unprocessable("evidence.text.not.utf8", at);
    }
}
