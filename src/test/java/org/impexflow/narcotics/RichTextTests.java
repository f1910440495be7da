package org.impexflow.narcotics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/**
 * A text of a workbook, shared or inline in its cell, reads as Excel shows it: its runs one after the other,
 * without the phonetic guide that some workbooks carry above Japanese or Chinese names.
 */
class RichTextTests {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void aSharedTextIsItsRunsWithoutThePhoneticGuide() throws Exception {
        SharedTexts texts = SharedTexts.read(part("<sst xmlns=\"" + MAIN + "\"><si><t>Morphine</t></si>"
                + "<si><r><t>Laboratoire </t></r><r><t>東京</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si></sst>"));

        assertThat(texts.size()).isEqualTo(2);
        assertThat(texts.get(0)).isEqualTo("Morphine");
        assertThat(texts.get(1)).isEqualTo("Laboratoire 東京");
    }

    @Test
    void anInlineTextIsItsRunsWithoutThePhoneticGuideAndASharedOneIsFoundByItsNumber() throws Exception {
        SharedTexts shared = SharedTexts.read(part("<sst xmlns=\"" + MAIN + "\"><si><t>Codéine</t></si></sst>"));
        List<String> cells = new ArrayList<>();
        SheetRows.read(part("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><r><t>Kyōto </t></r><r><t>京都</t></r>"
                + "<rPh sb=\"0\" eb=\"2\"><t>キョウト</t></rPh></is></c>"
                + "<c r=\"B1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"), shared, CellFormats.read(null),
                new DataFormatter(), 2, 10, row -> {
                    cells.add(row.text(0));
                    cells.add(row.text(1));
                });

        assertThat(cells).containsExactly("Kyōto 京都", "Codéine");
    }

    private static InputStream part(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
