package org.impexflow.exportdeclaration;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public downloads of ANSM's page for declaring by e-mail: the common DEI/DEC form, its English version
 * (IES/AES) and its filling help, with a page that lists them and says where to send the form. No account.
 */
@Controller
class CommonFormController {

    static final String PATH = "/aide/formulaire";

    private final CommonFormPdf pdf;

    CommonFormController(CommonFormPdf pdf) {
        this.pdf = pdf;
    }

    @GetMapping(PATH)
    String page() {
        return "help/common-form";
    }

    @GetMapping(PATH + "/dei-dec.pdf")
    ResponseEntity<byte[]> frenchForm() {
        return download("DEI-DEC-formulaire.pdf", pdf.blank(Locale.FRENCH));
    }

    @GetMapping(PATH + "/ies-aes.pdf")
    ResponseEntity<byte[]> englishForm() {
        return download("IES-AES-form.pdf", pdf.blank(Locale.ENGLISH));
    }

    @GetMapping(PATH + "/aide-au-remplissage.pdf")
    ResponseEntity<byte[]> frenchHelp() {
        return download("DEI-DEC-aide-au-remplissage.pdf", pdf.help(Locale.FRENCH));
    }

    @GetMapping(PATH + "/filling-help.pdf")
    ResponseEntity<byte[]> englishHelp() {
        return download("IES-AES-filling-help.pdf", pdf.help(Locale.ENGLISH));
    }

    private static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(content);
    }
}
