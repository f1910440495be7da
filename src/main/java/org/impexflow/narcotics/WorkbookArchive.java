package org.impexflow.narcotics;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.ZipPackage;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The uploaded archive, read in place from its bytes (its central directory, as Excel does): every part
 * is inflated as it is read, under POI's zip-bomb guard (size and ratio of {@link WorkbookFiles}), and
 * all of them together at most {@link WorkbookFiles#MAX_INFLATED_BYTES}, which bounds the time a
 * reading takes as well. The parts POI reads whole into a tree, the description of the package
 * (content types, relationships, document properties) and the list of sheets, are read first (until
 * {@link #described}) and share {@link WorkbookFiles#MAX_DESCRIPTION_BYTES}; relationship parts always
 * count against it.
 */
final class WorkbookArchive implements ZipEntrySource {

    private final ZipFile zip;
    private boolean describing = true;
    private long descriptionBytes;
    private long inflatedBytes;
    private boolean closed;

    /**
     * Opens the archive and refuses it at once when its directory announces too many parts, or a part
     * that would inflate beyond the limits; what the directory does not say is caught while inflating.
     */
    WorkbookArchive(byte[] content) throws IOException {
        this.zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
        try {
            int parts = 0;
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++parts > WorkbookFiles.MAX_ENTRIES) {
                    throw new WorkbookFiles.LimitReached(WorkbookFiles.TOO_MANY_PARTS);
                }
                long size = entry.getSize();
                if (size > WorkbookFiles.MAX_ENTRY_BYTES || (size > ZipSecureFile.getGraceEntrySize()
                        && entry.getCompressedSize() < size * WorkbookFiles.MIN_INFLATE_RATIO)) {
                    throw new WorkbookFiles.LimitReached(WorkbookFiles.BOMB);
                }
            }
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** From now on the parts read from the workbook are the reader's own, parsed in streaming. */
    static void described(OPCPackage workbook) {
        ((WorkbookArchive) ((ZipPackage) workbook).getZipArchive()).describing = false;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return zip.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return new Counted(new ZipArchiveThresholdInputStream(zip.getInputStream(entry)),
                describing || entry.getName().toLowerCase(Locale.ROOT).endsWith(".rels"));
    }

    @Override
    public void close() throws IOException {
        closed = true;
        zip.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /**
     * A part as it is read: its bytes count against {@link WorkbookFiles#MAX_INFLATED_BYTES}, which all
     * parts share (however many times they are read), and those of the description against
     * {@link WorkbookFiles#MAX_DESCRIPTION_BYTES}.
     */
    private final class Counted extends FilterInputStream {
        private final boolean description;

        Counted(InputStream in, boolean description) {
            super(in);
            this.description = description;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) throws WorkbookFiles.LimitReached {
            inflatedBytes += bytes;
            if (inflatedBytes > WorkbookFiles.MAX_INFLATED_BYTES) {
                throw new WorkbookFiles.LimitReached(WorkbookFiles.REFUSED + "ses parties, décompressées, "
                        + "dépassent " + WorkbookFiles.MAX_INFLATED_BYTES / (1024 * 1024) + " Mo ; celles d'un "
                        + "fichier JARE en font quelques Mo.");
            }
            if (description) {
                descriptionBytes += bytes;
                if (descriptionBytes > WorkbookFiles.MAX_DESCRIPTION_BYTES) {
                    throw new WorkbookFiles.LimitReached(WorkbookFiles.REFUSED + "les parties qui décrivent le "
                            + "classeur (types, relations, propriétés, liste des feuilles) dépassent "
                            + WorkbookFiles.MAX_DESCRIPTION_BYTES / (1024 * 1024) + " Mo une fois décompressées ; "
                            + "celles d'un classeur Excel font quelques Ko.");
                }
            }
        }
    }
}
