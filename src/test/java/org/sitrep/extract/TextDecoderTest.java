package org.sitrep.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {
    private static final String TEXT = "Kyiv – «Moscou» répond, München äußert sich";

    @Test
    void readsUtf8AsUtf8WhateverTheLabelSays() {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "windows-1252");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.warning()).contains("declared windows-1252 but the content is UTF-8");
    }

    @Test
    void keepsAReplacementCharacterTheTextHolds() {
        String text = "a lost character: \uFFFD, and " + TEXT; // valid UTF-8 for U+FFFD itself
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "utf-8");
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.warning()).isNull();
    }

    @Test
    void readsTheDeclaredCharsetWhenTheBytesAreNotUtf8() {
        Charset cp1252 = Charset.forName("windows-1252");
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(cp1252), "iso-8859-1");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(cp1252);
        assertThat(d.warning()).isNull();
    }

    @Test
    void saysSoWhenNothingDeclaresTheBytesThatAreNotUtf8() {
        byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
        assertThat(d.text()).doesNotContain("\uFFFD").contains("Kyiv", "sich");
        assertThat(d.warning()).startsWith("no charset declared and not valid UTF-8; read as ");
    }

    @Test
    void followsAByteOrderMark() {
        byte[] utf8 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(utf8, null).text()).isEqualTo(TEXT);
        byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.decode(utf16, "utf-8").text()).isEqualTo(TEXT);
    }

    @Test
    void findsTheCharsetAPageDeclares() {
        byte[] page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(TextDecoder.charsetOfHtml(page)).isEqualTo("ISO-8859-15");
        assertThat(TextDecoder.charsetOfContentType("text/html; charset=\"utf-8\"")).isEqualTo("utf-8");
    }
}
