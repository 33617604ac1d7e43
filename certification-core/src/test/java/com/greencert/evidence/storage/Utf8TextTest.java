package com.greencert.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    @Test
    void well_formed_text_in_any_script_passes_however_it_is_split() {
        byte[] text = "Safety data sheet — 安全数据表 — Лист безопасности — 🧪\tok\r\n\f".getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= text.length; split++) {
            Utf8Text check = new Utf8Text();
            check.accept(text, 0, split);
            check.accept(text, split, text.length - split);
            check.finish();
        }
    }

    @Test
    void ill_formed_sequences_and_controls_are_refused() {
        assertRefused(new byte[] {(byte) 0xC0, (byte) 0xAF});             // overlong '/'
        assertRefused(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}); // overlong three bytes
        assertRefused(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // a UTF-16 surrogate
        assertRefused(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // above U+10FFFF
        assertRefused(new byte[] {(byte) 0xE9});                           // Latin-1 é
        assertRefused(new byte[] {'a', (byte) 0xE5, (byte) 0x90});         // cut off at the end
        assertRefused(new byte[] {'a', 0, 'b'});                           // NUL
        assertRefused(new byte[] {0x1B, '[', '2', 'J'});                  // ESC
        assertRefused(new byte[] {(byte) 0xC2, (byte) 0x85});              // C1 control (NEL)
        assertRefused(new byte[] {0x7F});                                  // DEL
    }

    /** Random byte strings: the automaton agrees with the JDK's strict decoder (plus the control rule). */
    @Test
    void it_agrees_with_the_jdk_decoder() {
        Random random = new Random(7);
        byte[] alphabet = "aé中😀".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            boolean expected = jdkAccepts(bytes);
            boolean actual;
            try {
                Utf8Text check = new Utf8Text();
                int split = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                check.accept(bytes, 0, split);
                check.accept(bytes, split, bytes.length - split);
                check.finish();
                actual = true;
            } catch (RuntimeException refused) {
                actual = false;
            }
            assertThat(actual).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
        }
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return chars.chars().allMatch(c -> !(c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                    && !(c >= 0x7F && c <= 0x9F));
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void assertRefused(byte[] bytes) {
        assertThatThrownBy(() -> {
            Utf8Text check = new Utf8Text();
            check.accept(bytes, 0, bytes.length);
            check.finish();
        }).as(java.util.HexFormat.of().formatHex(bytes)).hasMessageStartingWith("evidence.text.not.utf8");
    }
}
