package org.impexflow.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What a file is, by its content: the first bytes of a PDF, a PNG or a JPEG; for a mail (.eml), its
 * block of header lines ({@link #isMail}); for an XLSX, a ZIP archive
 * whose directory holds the parts of an Excel workbook (content types, the package's relationships,
 * {@code xl/workbook.xml} and a worksheet), so that any ZIP renamed {@code .xlsx} is not one, and whose parts
 * expand within bounds ({@link #MAX_EXPANDED} in all, {@link #MAX_RATIO} times their compressed size at most, as
 * the workbook reader Apache POI refuses beyond): a ZIP bomb of 2 MB that expands to 2 GiB is none. The archive's
 * directory is read only when it holds at most {@link #MAX_ZIP_ENTRIES} entries, and its parts are inflated
 * only up to those bounds, so a file's check costs a bounded time whatever it holds. The type stored is
 * the one found here, never the one a browser or an API client declared; a name's extension, when it
 * has one, must be of that type too (a PDF named {@code .png} is refused).
 */
public final class FileTypes {

    /** Parts read from an archive's directory: an Excel workbook has about twenty. */
    static final int MAX_ZIP_ENTRIES = 1_000;
    /** What a workbook's parts may expand to, in all: 100 MB (a workbook of the largest upload, 20 MB, at 5:1). */
    static final long MAX_EXPANDED = 100L * 1024 * 1024;
    /** How many times its compressed size a part may expand to, as Apache POI's {@code ZipSecureFile} allows. */
    static final int MAX_RATIO = 100;
    /** Below this size a part's ratio is not checked (a small part of repeated markup may compress more). */
    private static final long RATIO_CHECKED_FROM = 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** Bytes of a mail read for its header block. */
    static final int MAIL_HEAD_CHECKED = 64 * 1024;
    private static final Pattern MAIL_HEADER = Pattern.compile("([!-9;-~]+):.*");
    private static final Set<String> XLSX_PARTS = Set.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml");

    private FileTypes() {
    }

    /** The type of a content, or empty when it is none of {@link FileType}. */
    public static Optional<FileType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (FileSignatures.startsWith(content, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (FileSignatures.startsWith(content, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (FileSignatures.startsWith(content, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (FileSignatures.isZip(content) && hasWorkbookParts(content)) {
            return Optional.of(FileType.XLSX);
        }
        if (isMail(content)) {
            return Optional.of(FileType.EML);
        }
        return Optional.empty();
    }

    /**
     * The type of a file given for a field, when the field takes it and the name's extension (if any) says
     * the same; otherwise a refusal that names the field and the file, in French.
     *
     * @param field how the page or form names the field, e.g. "Certificat ESB"
     */
    public static FileType check(String field, String fileName, byte[] content, Set<FileType> allowed) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName;
        Optional<FileType> type = detect(content);
        if (type.isEmpty() || !allowed.contains(type.get())) {
            throw new RefusedFileException(RefusedFileException.Reason.TYPE_REFUSED, field,
                    "le fichier « " + name + " » n'est pas accepté, son contenu n'est pas : "
                            + FileType.labels(allowed) + ".", "type", name, FileType.englishLabels(allowed));
        }
        String extension = extension(name);
        if (extension != null && !type.get().extensions().contains(extension)) {
            throw new RefusedFileException(RefusedFileException.Reason.TYPE_REFUSED, field,
                    "le fichier « " + name + " » est " + type.get().withArticle() + " nommé"
                            + (type.get().feminine() ? "e" : "") + " ." + extension + " ; renommez-le ."
                            + type.get().extensions().get(0) + ".", "extension", name,
                    type.get().englishWithArticle(), extension, type.get().extensions().get(0));
        }
        return type.get();
    }

    /** The extension of a name, lower case, or null when the name has none. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The archive's directory names the parts of an Excel workbook and a worksheet, and every part expands within
     * the bounds: each is inflated, counting, and given up at the first byte beyond a bound or beyond the size
     * the directory declares for it.
     */
    private static boolean hasWorkbookParts(byte[] content) {
        if (FileSignatures.zipEntriesAtMost(content) > MAX_ZIP_ENTRIES) {
            return false;
        }
        Set<String> missing = new HashSet<>(XLSX_PARTS);
        boolean worksheet = false;
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .setUseUnicodeExtraFields(false).get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                missing.remove(entry.getName());
                worksheet |= entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml");
                long part = 0;
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        part += n;
                        expanded += n;
                        if (expanded > MAX_EXPANDED || entry.getSize() >= 0 && part > entry.getSize()
                                || part > RATIO_CHECKED_FROM && part > (long) MAX_RATIO * entry.getCompressedSize()) {
                            return false;
                        }
                    }
                }
            }
            return missing.isEmpty() && worksheet;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * A mail as saved by a mail program (RFC 5322): text without NUL, that begins with a block of header
     * lines ("Name: value", or a folded line) ended by an empty line within {@link #MAIL_HEAD_CHECKED}
     * bytes, among them From and one of Date, Subject, Message-ID or Received. An HTML page or a
     * program is none.
     */
    private static boolean isMail(byte[] content) {
        int end = Math.min(content.length, MAIL_HEAD_CHECKED);
        for (int i = 0; i < end; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        String head = new String(content, 0, end, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        int blank = head.indexOf("\n\n");
        if (blank <= 0) {
            return false;
        }
        boolean from = false;
        boolean other = false;
        for (String line : head.substring(0, blank).split("\n")) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            Matcher header = MAIL_HEADER.matcher(line);
            if (!header.matches()) {
                return false;
            }
            String name = header.group(1).toLowerCase(Locale.ROOT);
            from |= name.equals("from");
            other |= Set.of("date", "subject", "message-id", "received").contains(name);
        }
        return from && other;
    }
}
