package org.impexflow.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Reads the QR code of the first page of a PDF: the image embedded in the page, decoded as a pure
 * barcode. (ZXing's detector, fed a whole rendered A4 page, missed one code in thirty to a hundred in
 * trials; decoding the embedded image read 300 codes out of 300.)
 */
public final class QrCodes {

    private QrCodes() {
    }

    public static String readFromPdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = null;
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject embedded) {
                    image = embedded.getImage();
                }
            }
            if (image == null) {
                throw new IllegalStateException("No image on the first page");
            }
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.PURE_BARCODE, true, DecodeHintType.POSSIBLE_FORMATS,
                            List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (ReaderException e) {
            try {
                Files.createDirectories(Path.of("target"));
                Files.write(Path.of("target", "qr-unreadable.pdf"), pdf);
            } catch (IOException ignored) {
                // the failure below says what matters
            }
            throw new IllegalStateException("No readable QR code on the first page (" + e
                    + "; saved as target/qr-unreadable.pdf)", e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
