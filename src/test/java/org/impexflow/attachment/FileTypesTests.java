package org.impexflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.impexflow.support.RealFiles;
import org.junit.jupiter.api.Test;

/** What a file is, by its content, with real files made by PDFBox, ImageIO and POI. */
class FileTypesTests {

    @Test
    void realFilesAreKnownByTheirContent() {
        assertThat(FileTypes.detect(RealFiles.pdf())).contains(FileType.PDF);
        assertThat(FileTypes.detect(RealFiles.png())).contains(FileType.PNG);
        assertThat(FileTypes.detect(RealFiles.jpeg())).contains(FileType.JPEG);
        assertThat(FileTypes.detect(RealFiles.xlsx())).contains(FileType.XLSX);
        assertThat(FileTypes.detect(RealFiles.eml())).contains(FileType.EML);
    }

    @Test
    void programsPagesAndPlainArchivesAreNone() {
        assertThat(FileTypes.detect(RealFiles.exe())).isEmpty();
        assertThat(FileTypes.detect(RealFiles.html())).isEmpty();
        assertThat(FileTypes.detect(RealFiles.plainZip())).as("a ZIP is not a workbook").isEmpty();
        assertThat(FileTypes.detect(new byte[0])).isEmpty();
        assertThat(FileTypes.detect("From: x@y.test\n".getBytes())).as("no end of headers").isEmpty();
        assertThat(FileTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).as("half a signature").isEmpty();
    }

    @Test
    void aFieldTakesOnlyItsTypesAndTheRefusalNamesTheFieldAndTheFile() {
        assertThat(FileTypes.check("esbCertificate", "certificat.pdf", RealFiles.pdf(), FileType.DOCUMENTS))
                .isEqualTo(FileType.PDF);
        assertThat(FileTypes.check("esbCertificate", "scan.JPG", RealFiles.jpeg(), FileType.DOCUMENTS))
                .isEqualTo(FileType.JPEG);
        assertThat(FileTypes.check("esbCertificate", "sans-extension", RealFiles.png(), FileType.DOCUMENTS))
                .as("a name without extension claims nothing").isEqualTo(FileType.PNG);

        assertThatThrownBy(() -> FileTypes.check("esbCertificate", "certificat.pdf", RealFiles.exe(),
                FileType.DOCUMENTS)).isInstanceOf(RefusedFileException.class)
                .hasMessage("« esbCertificate » : le fichier « certificat.pdf » n'est pas accepté, son contenu n'est "
                        + "pas : PDF, image PNG ou image JPEG.")
                .extracting(e -> ((RefusedFileException) e).field()).isEqualTo("esbCertificate");
        assertThatThrownBy(() -> FileTypes.check("workbook", "JARE.xlsx", RealFiles.plainZip(), Set.of(FileType.XLSX)))
                .hasMessageContaining("« workbook »").hasMessageContaining("classeur Excel .xlsx");
        assertThatThrownBy(() -> FileTypes.check("esbCertificate", "lots.xlsx", RealFiles.xlsx(), FileType.DOCUMENTS))
                .as("a workbook is no certificate").hasMessageContaining("« esbCertificate »");
        assertThatThrownBy(() -> FileTypes.check("coverLetter", "page.html", RealFiles.html(), FileType.ANY))
                .hasMessageContaining("« coverLetter »").hasMessageContaining("page.html");
        assertThatThrownBy(() -> FileTypes.check("coverLetter", "lettre.png", RealFiles.pdf(), FileType.ANY))
                .as("a PDF named .png is not what it says")
                .hasMessageContaining("est un PDF nommé .png ; renommez-le .pdf");
        assertThatThrownBy(() -> FileTypes.check("coverLetter", "img.pdf", RealFiles.png(), FileType.ANY))
                .hasMessageContaining("est une image PNG nommée .pdf ; renommez-le .png");
    }

    /**
     * A ZIP bomb named .xlsx (the parts of a workbook, a worksheet of zeros that expands beyond the bound) and a
     * part that expands a thousand times are no workbook; nor are the three parts alone, without a worksheet.
     */
    @Test
    void anArchiveThatExpandsBeyondItsBoundsOrHoldsNoWorksheetIsNoWorkbook() throws IOException {
        byte[] bomb = workbookParts("xl/worksheets/sheet1.xml", FileTypes.MAX_EXPANDED + 1024 * 1024);
        assertThat(bomb.length).as("small as uploaded").isLessThan(1024 * 1024);
        assertThat(FileTypes.detect(bomb)).isEmpty();
        assertThat(FileTypes.detect(workbookParts("xl/worksheets/sheet1.xml", 5L * 1024 * 1024)))
                .as("expands a thousand times").isEmpty();
        assertThat(FileTypes.detect(workbookParts("docProps/app.xml", 0))).as("no worksheet").isEmpty();
        assertThat(FileTypes.detect(workbookParts("xl/worksheets/sheet1.xml", 0))).contains(FileType.XLSX);
    }

    /** The three parts a workbook's directory names, and {@code part} of {@code zeros} zero bytes. */
    private static byte[] workbookParts(String part, long zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            for (String name : new String[] {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(part));
            byte[] block = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += block.length) {
                zip.write(block, 0, (int) Math.min(block.length, zeros - written));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The archive's directory is read only when it is small: counted first, nothing inflated. */
    @Test
    void anArchiveOfTooManyPartsIsNoWorkbookWithoutReadingItsDirectory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String part : new String[] {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"}) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<x/>".getBytes());
                zip.closeEntry();
            }
            for (int i = 0; i < FileTypes.MAX_ZIP_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("p" + i));
                zip.closeEntry();
            }
        }
        assertThat(FileTypes.detect(out.toByteArray())).isEmpty();
    }
}
