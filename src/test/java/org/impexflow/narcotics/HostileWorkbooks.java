package org.impexflow.narcotics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks built to hurt a reader: a valid JARE template whose parts are replaced or added, written
 * in streaming straight into the archive (under {@code target/}, never committed) so that building a
 * 50 MB part costs the test no memory. Each is at most {@link WorkbookFiles#MAX_BYTES} on disk.
 */
public final class HostileWorkbooks {

    /** The parts of a workbook that POI writes, in the order of its sheets. */
    public static final String SUBSTANCES_PART = "xl/worksheets/sheet2.xml";
    public static final String MANUFACTURE_PART = "xl/worksheets/sheet4.xml";
    public static final String SHARED_STRINGS_PART = "xl/sharedStrings.xml";

    /** Quantities of the rows of {@link #substanceRows}: received, transferred, closing stock. */
    private static final String[] QUANTITY_COLUMNS = {"G", "L", "N"};
    private static final int QUANTITY_BOUND = 100_000;
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String TAIL = "</sheetData></worksheet>";

    /** Writes the content of one part. */
    @FunctionalInterface
    public interface Part {
        void write(Writer out) throws IOException;
    }

    private HostileWorkbooks() {
    }

    public static Path folder() {
        try {
            return Files.createDirectories(Path.of("target", "hostile-workbooks"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The template with its sheet of substances holding its title, its headers and {@code dataRows}
     * rows after them, each with an NDS number and three quantities (random, seeded), as an operator
     * pasting a register would: 172,000 rows make 4.8 MB (29 MB inflated).
     */
    public static Path substanceRows(byte[] template, int dataRows, Path file) {
        return replace(template, SUBSTANCES_PART, file, out -> {
            out.write(HEAD);
            row(out, 1, inline("A1", "Substances – liste importée"));
            StringBuilder headers = new StringBuilder();
            for (int c = 0; c < JareLayout.SUBSTANCE_COLUMNS.size(); c++) {
                headers.append(inline(column(c) + 2, JareLayout.SUBSTANCE_COLUMNS.get(c)));
            }
            row(out, 2, headers.toString());
            Random random = new Random(42);
            for (int i = 0; i < dataRows; i++) {
                int r = i + 3;
                StringBuilder cells = new StringBuilder(inline("B" + r, "NDS-" + (100_000 + i)));
                for (String c : QUANTITY_COLUMNS) {
                    cells.append("<c r=\"").append(c).append(r).append("\"><v>").append(random.nextInt(QUANTITY_BOUND))
                            .append("</v></c>");
                }
                row(out, r, cells.toString());
            }
            out.write(TAIL);
        });
    }

    /**
     * The template with a sheet of manufacture of {@code dataRows} rows, each with two NDS numbers ANSM
     * does not know and two quantities that are not numbers: four findings a row.
     */
    public static Path manyFindings(byte[] template, int dataRows, Path file) {
        return replace(template, MANUFACTURE_PART, file, out -> {
            out.write(HEAD);
            row(out, 1, inline("A1", "Fabrication"));
            StringBuilder headers = new StringBuilder();
            for (int c = 0; c < JareLayout.MANUFACTURE_COLUMNS.size(); c++) {
                headers.append(inline(column(c) + 2, JareLayout.MANUFACTURE_COLUMNS.get(c)));
            }
            row(out, 2, headers.toString());
            for (int i = 0; i < dataRows; i++) {
                int r = i + 3;
                row(out, r, inline("A" + r, "P-" + i) + inline("B" + r, "S-" + i) + inline("C" + r, "beaucoup")
                        + inline("D" + r, "g") + inline("E" + r, "trop") + inline("F" + r, "g"));
            }
            out.write(TAIL);
        });
    }

    /**
     * The template whose shared texts are {@code count} distinct texts of {@code length} characters
     * each (at least 13: a number, random letters, then always the same letters, so that it compresses
     * as text does), after the template's own: what a workbook of many texts makes its reader hold.
     */
    public static Path sharedTexts(byte[] template, int count, int length, Path file) {
        return replace(template, SHARED_STRINGS_PART, file, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\">");
            for (String text : templateTexts(template)) {
                out.write("<si><t>" + text + "</t></si>");
            }
            Random random = new Random(7);
            String filler = "abcdefghij".repeat(length / 10 + 1);
            for (int i = 0; i < count; i++) {
                StringBuilder text = new StringBuilder(String.format("%07d", i));
                for (int c = 0; c < 6; c++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                text.append(filler, 0, Math.max(0, length - text.length()));
                out.write("<si><t>" + text + "</t></si>");
            }
            out.write("</sst>");
        });
    }

    /** The template with one cell of the substances' sheet holding {@code chars} characters of text. */
    public static Path hugeCell(byte[] template, long chars, Path file) {
        return replace(template, SUBSTANCES_PART, file, out -> {
            out.write(HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            noise(out, 'a', 'b', chars);
            out.write("</t></is></c></row>" + TAIL);
        });
    }

    /** The template with a cell of the substances' sheet whose attribute is {@code chars} long. */
    public static Path hugeAttribute(byte[] template, long chars, Path file) {
        return replace(template, SUBSTANCES_PART, file, out -> {
            out.write(HEAD + "<row r=\"1\"><c r=\"A1\" x=\"");
            noise(out, 'a', 'b', chars);
            out.write("\"/></row>" + TAIL);
        });
    }

    /** The template with a comment of {@code chars} characters, '<' included, in the substances' sheet. */
    public static Path hugeComment(byte[] template, long chars, Path file) {
        return replace(template, SUBSTANCES_PART, file, out -> {
            out.write(HEAD + "<!--");
            noise(out, 'a', '<', chars);
            out.write("-->" + TAIL);
        });
    }

    /**
     * The template whose four sheets are one and the same part: a title row of {@code cells} numbers
     * (random, seeded), about 18 bytes each inflated, read again for each sheet.
     */
    public static Path oneSheetForAll(byte[] template, int cells, Path file) {
        Path big = replace(template, SUBSTANCES_PART, file.resolveSibling(file.getFileName() + ".part"), out -> {
            out.write(HEAD + "<row r=\"1\">");
            Random random = new Random(13);
            for (int i = 0; i < cells; i++) {
                out.write("<c><v>" + random.nextInt(1000) + "</v></c>");
            }
            out.write("</row>" + TAIL);
        });
        try {
            byte[] bigOne = Files.readAllBytes(big);
            Files.delete(big);
            String rels = new String(part(bigOne, "xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)
                    .replaceAll("worksheets/sheet[134]\\.xml", "worksheets/sheet2.xml");
            return replace(bigOne, "xl/_rels/workbook.xml.rels", file, out -> out.write(rels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template with {@code styles} cell styles of random number formats. */
    public static Path manyStyles(byte[] template, int styles, Path file) {
        return replace(template, "xl/styles.xml", file, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><cellXfs count=\"" + styles + "\">");
            Random random = new Random(5);
            for (int i = 0; i < styles; i++) {
                out.write("<xf numFmtId=\"" + random.nextInt(1000) + "\" fontId=\"0\"/>");
            }
            out.write("</cellXfs></styleSheet>");
        });
    }

    /** The template with {@code depth} elements nested in the substances' sheet. */
    public static Path deepElements(byte[] template, int depth, Path file) {
        return replace(template, SUBSTANCES_PART, file, out -> {
            out.write(HEAD);
            Random random = new Random(3);
            for (int i = 0; i < depth; i++) {
                out.write("<a i=\"" + random.nextInt(10_000) + "\">");
            }
            repeat(out, "</a>", depth);
            out.write(TAIL);
        });
    }

    /** The template with a content-types part of about {@code bytes}, which POI reads into a tree. */
    public static Path hugeContentTypes(byte[] template, long bytes, Path file) {
        return replace(template, "[Content_Types].xml", file, out -> {
            String types = new String(part(template, "[Content_Types].xml"), StandardCharsets.UTF_8);
            int end = types.lastIndexOf("</Types>");
            out.write(types.substring(0, end));
            for (long i = 0, written = 0; written < bytes; i++) {
                String override = "<Override PartName=\"/xl/extra/part" + i + ".xml\" ContentType=\"application/xml\"/>";
                out.write(override);
                written += override.length();
            }
            out.write("</Types>");
        });
    }

    /** An archive of {@code parts} empty parts: what a directory of many entries costs to open. */
    public static Path manyParts(byte[] template, int parts, Path file) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            copy(template, zip, null);
            for (int i = 0; i < parts; i++) {
                ZipEntry empty = new ZipEntry(Integer.toString(i, 36));
                empty.setMethod(ZipEntry.STORED);
                empty.setSize(0);
                empty.setCrc(0);
                zip.putNextEntry(empty);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The template with its workbook listing {@code extra} more sheets, all pointing to the last one. */
    public static Path manySheets(byte[] template, int extra, Path file) {
        String workbook = new String(part(template, "xl/workbook.xml"), StandardCharsets.UTF_8);
        String rels = new String(part(template, "xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
        StringBuilder sheets = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        for (int i = 0; i < extra; i++) {
            sheets.append("<sheet name=\"F").append(i).append("\" sheetId=\"").append(100 + i).append("\" r:id=\"x")
                    .append(i).append("\"/>");
            relations.append("<Relationship Id=\"x").append(i).append("\" Target=\"worksheets/sheet4.xml\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/>");
        }
        String manyWorkbook = workbook.replace("</sheets>", sheets + "</sheets>");
        String manyRels = rels.replace("</Relationships>", relations + "</Relationships>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            copy(template, zip, name -> name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels"));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(manyWorkbook.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(manyRels.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The template with one part written anew by {@code content}. */
    public static Path replace(byte[] template, String partName, Path file, Part content) {
        if (part(template, partName) == null) {
            throw new IllegalArgumentException("No part " + partName + " in the template");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            copy(template, zip, partName::equals);
            zip.putNextEntry(new ZipEntry(partName));
            Writer out = new OutputStreamWriter(new NotClosing(zip), StandardCharsets.UTF_8);
            content.write(out);
            out.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void copy(byte[] template, ZipOutputStream zip, java.util.function.Predicate<String> skip)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (skip != null && skip.test(entry.getName())) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    static byte[] part(byte[] template, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of the template's shared strings, as written (already escaped). */
    private static java.util.List<String> templateTexts(byte[] template) {
        String sst = new String(part(template, SHARED_STRINGS_PART), StandardCharsets.UTF_8);
        java.util.List<String> texts = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<si><t(?: [^>]*)?(?:/>|>(.*?)</t>)</si>").matcher(sst);
        while (m.find()) {
            texts.add(m.group(1) == null ? "" : m.group(1));
        }
        return texts;
    }

    private static void row(Writer out, int r, String cells) throws IOException {
        out.write("<row r=\"" + r + "\">" + cells + "</row>");
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String column(int c) {
        return String.valueOf((char) ('A' + c));
    }

    private static void repeat(Writer out, String unit, long times) throws IOException {
        String block = unit.repeat(1000);
        for (long i = 0; i < times / 1000; i++) {
            out.write(block);
        }
        for (long i = 0; i < times % 1000; i++) {
            out.write(unit);
        }
    }

    /**
     * {@code chars} characters, mostly {@code common} with a {@code rare} one in twenty at random: enough
     * disorder that the part inflates less than 100 times its size, as POI's zip-bomb guard requires.
     */
    private static void noise(Writer out, char common, char rare, long chars) throws IOException {
        Random random = new Random(11);
        char[] block = new char[8192];
        for (long written = 0; written < chars; written += block.length) {
            for (int i = 0; i < block.length; i++) {
                block[i] = random.nextInt(20) == 0 ? rare : common;
            }
            out.write(block, 0, (int) Math.min(block.length, chars - written));
        }
    }

    /** The archive stays open when the part's writer is done. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
