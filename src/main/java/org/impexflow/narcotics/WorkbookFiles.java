package org.impexflow.narcotics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.impexflow.attachment.FileSignatures;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Opens an uploaded workbook for reading in streaming, or refuses it with a message the operator
 * understands, before it can cost the service its memory (docs/jare-workbook.md, "Limits"): files over
 * {@link #MAX_BYTES}, files that are not .xlsx workbooks (an old .xls, a PDF renamed),
 * password-protected workbooks, archives built to inflate far beyond their size ("zip bombs"), and
 * parts built to make a parser hold them whole. What is read from a workbook is bounded too: rows per
 * sheet, shared texts, characters kept per cell.
 */
public final class WorkbookFiles {

    /** The largest upload accepted: a JARE workbook of a large operator is well under 1 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The largest part of the archive once inflated. */
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** An archive part may not inflate more than 100 times its compressed size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * All parts read, inflated, together: what a reading parses, hence its time. A JARE workbook of
     * 10,000 lines a sheet makes some 20 MB.
     */
    static final long MAX_INFLATED_BYTES = 60L * 1024 * 1024;
    /** Parts in the archive: an Excel workbook has about twenty. */
    static final int MAX_ENTRIES = 1_000;
    /**
     * The parts POI reads whole (content types, relationships, document properties, the list of
     * sheets), together, once inflated: a few KB in an Excel workbook.
     */
    static final long MAX_DESCRIPTION_BYTES = 1024 * 1024;
    /** Rows per sheet, title and headers included: thousands of substances at most. */
    public static final int MAX_ROWS = 10_000;
    /** Characters kept of one cell; beyond, the text is cut and ends with "…" (Excel allows 32,767). */
    static final int MAX_CELL_CHARS = 1_000;
    /** Shared texts of a workbook (one per distinct text cell) and their characters, kept together. */
    static final int MAX_SHARED_TEXTS = 200_000;
    static final int MAX_SHARED_CHARS = 4_000_000;
    /** Characters between two tags of a part: the longest cell of Excel, escaped, is far shorter. */
    static final int MAX_MARKUP_CHARS = 1024 * 1024;
    /** Nesting of XML elements in a part: a worksheet needs seven. */
    static final int MAX_DEPTH = 64;

    /** How every limit's message begins, so that it is found even when POI keeps only the message. */
    static final String REFUSED = "Le fichier est refusé : ";
    static final String BOMB = REFUSED + "une de ses parties, décompressée, serait démesurée (plus de "
            + MAX_ENTRY_BYTES / (1024 * 1024) + " Mo ou plus de " + Math.round(1 / MIN_INFLATE_RATIO) + " fois sa taille).";
    static final String TOO_MANY_PARTS = REFUSED + "il contient plus de " + grouped(MAX_ENTRIES)
            + " parties ; un classeur Excel en a une vingtaine.";

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private WorkbookFiles() {
    }

    /** Why a file was refused, in French; nothing of it was read into the declaration. */
    public static final class UnreadableWorkbookException extends RuntimeException {
        public UnreadableWorkbookException(String message) {
            super(message);
        }

        public UnreadableWorkbookException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A limit reached while reading a part; its message, in French, says which. */
    static final class LimitReached extends IOException {
        LimitReached(String message) {
            super(message);
        }
    }

    /**
     * The upload as bytes, reading at most {@link #MAX_BYTES} + 1 of them: enough to refuse a larger
     * file without holding it.
     */
    public static byte[] read(InputStream upload) throws IOException {
        return upload.readNBytes(MAX_BYTES + 1);
    }

    /** The workbook as a package to read part by part; the caller reverts (closes) it. */
    static OPCPackage open(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableWorkbookException("Le fichier est vide.");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableWorkbookException("Le fichier dépasse " + MAX_BYTES / (1024 * 1024)
                    + " Mo : un fichier JARE en fait bien moins ; vérifiez qu'il s'agit du bon fichier.");
        }
        if (FileSignatures.startsWith(content, OLE2)) {
            throw new UnreadableWorkbookException("Le classeur est protégé par un mot de passe, ou enregistré "
                    + "à l'ancien format .xls : enregistrez-le sans mot de passe au format .xlsx.");
        }
        if (!FileSignatures.isZip(content)) {
            throw new UnreadableWorkbookException("Le fichier n'est pas un classeur Excel (.xlsx) : déposez le "
                    + "fichier JARE téléchargé depuis cette page, rempli et enregistré au format .xlsx.");
        }
        if (FileSignatures.zipEntriesAtMost(content) > MAX_ENTRIES) {
            throw new UnreadableWorkbookException(TOO_MANY_PARTS);
        }
        WorkbookArchive archive = null;
        try {
            archive = new WorkbookArchive(content);
            return OPCPackage.open(archive);
        } catch (Exception e) {
            closeQuietly(archive);
            throw refusal(e);
        }
    }

    /** The refusal that explains an exception met while opening or reading a workbook. */
    static UnreadableWorkbookException refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableWorkbookException refused) {
                return refused;
            }
            String message = cause.getMessage();
            if (cause instanceof LimitReached || (message != null && message.contains(REFUSED))) {
                return new UnreadableWorkbookException(message.substring(message.indexOf(REFUSED)), e);
            }
        }
        if (isBomb(e)) {
            return new UnreadableWorkbookException(BOMB, e);
        }
        if (hasMessage(e, "MAX_FILE_COUNT")) {
            return new UnreadableWorkbookException(TOO_MANY_PARTS, e);
        }
        return new UnreadableWorkbookException("Le fichier n'est pas un classeur Excel (.xlsx) lisible : "
                + "enregistrez-le à nouveau au format .xlsx.", e);
    }

    /**
     * Reads one part of the workbook with a SAX handler: no DTD nor entity, at most {@link #MAX_DEPTH}
     * levels of elements, and markup that a parser would hold whole (a tag, a comment) bounded by
     * {@link MarkupGuard}. The part is read as UTF-8, the encoding of OOXML parts.
     */
    static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        reader.setProperty(MAX_DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
        reader.setErrorHandler(new DefaultHandler());
        reader.setContentHandler(handler);
        InputStream withoutBom = BOMInputStream.builder().setInputStream(part).get();
        reader.parse(new InputSource(new MarkupGuard(new InputStreamReader(withoutBom, StandardCharsets.UTF_8))));
    }

    /** Reads a part that the workbook may not have ({@link #parse}), and closes it: the handler, as it read it. */
    static <H extends ContentHandler> H parseIfAny(InputStream part, H handler) throws IOException, SAXException {
        if (part != null) {
            try (part) {
                parse(part, handler);
            }
        }
        return handler;
    }

    /** 10000 → "10 000", as the messages write numbers. */
    static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', ' ');
    }

    /** POI says so in the message of one of the causes ("Zip bomb detected", "entry size"). */
    private static boolean isBomb(Throwable e) {
        return hasMessage(e, "Zip bomb") || hasMessage(e, "MaxEntrySize") || hasMessage(e, "max entry size")
                || hasMessage(e, "inflate ratio");
    }

    private static boolean hasMessage(Throwable e, String part) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(WorkbookArchive archive) {
        if (archive != null) {
            try {
                archive.close();
            } catch (IOException ignored) {
                // refused anyway
            }
        }
    }
}
