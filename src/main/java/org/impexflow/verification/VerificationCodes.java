package org.impexflow.verification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification codes of validated documents: 12 characters of Crockford's base 32 drawn from a
 * {@link SecureRandom} (60 bits: guessing one among millions of codes takes about 10^11 tries),
 * printed as {@code XXXX-XXXX-XXXX} and as a QR code of the public page's address.
 */
@Service
@Transactional
public class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();
    private final VerificationCodeRepository codes;
    private final VerificationSubject subject;
    private final String baseUrl;

    VerificationCodes(VerificationCodeRepository codes, VerificationSubject subject,
            @Value("${impexflow.base-url}") String baseUrl) {
        this.codes = codes;
        this.subject = subject;
        this.baseUrl = baseUrl;
    }

    /** The code of this document: issued on the first call, the same one afterwards. */
    public String issue(String subjectType, long subjectId) {
        return codes.findBySubjectTypeAndSubjectId(subjectType, subjectId).map(VerificationCode::getCode)
                .orElseGet(() -> codes.save(new VerificationCode(newCode(), subjectType, subjectId, Instant.now()))
                        .getCode());
    }

    /** The code issued for this document, if one was: nothing is issued by asking. */
    public Optional<String> issued(String subjectType, long subjectId) {
        return codes.findBySubjectTypeAndSubjectId(subjectType, subjectId).map(VerificationCode::getCode);
    }

    /** {@code ABCD-EFGH-JKMN}: the code as people read and type it. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** The address of the public page of a code (what the QR code holds). */
    public String url(String code) {
        return baseUrl + "/verification/" + display(code);
    }

    /**
     * A QR code of {@link #url(String)}, as a PNG image of {@code pixelsPerModule} pixels per module
     * (whole pixels: the printout stays sharp), error correction Q (a quarter of it may be damaged).
     */
    public byte[] qrCodePng(String code, int pixelsPerModule) {
        try {
            Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
                    EncodeHintType.MARGIN, 4);
            QRCodeWriter writer = new QRCodeWriter();
            int modules = writer.encode(url(code), BarcodeFormat.QR_CODE, 0, 0, hints).getWidth();
            var matrix = writer.encode(url(code), BarcodeFormat.QR_CODE, modules * pixelsPerModule,
                    modules * pixelsPerModule, hints);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException | IOException e) {
            throw new UncheckedIOException(new IOException("QR code of " + code, e));
        }
    }

    /** The document a typed code points to; empty for a code that is unknown or malformed. */
    @Transactional(readOnly = true)
    public Optional<Verified> verify(String typed) {
        return normalise(typed).flatMap(codes::findById).flatMap(code -> subject
                .describe(code.getSubjectType(), code.getSubjectId())
                .map(document -> new Verified(code.getCode(), document)));
    }

    /**
     * Upper case without separators; O, I and L read as 0, 1 and 1 (Crockford). Empty when what is left
     * is not 12 characters of the alphabet.
     */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code that was found, and what it certifies. */
    public record Verified(String code, VerifiableDocument document) {

        public String displayCode() {
            return display(code);
        }
    }
}
