package org.impexflow.exportdeclaration;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public downloads of ANSM's page for declaring by e-mail: the common DEI/DEC form, its English version
 * (IES/AES) and its filling help, with a page that lists them and says where to send the form. No account.
 */
@Controller
record CommonFormController(CommonFormPdf pdf) {

    static final String PATH = "/aide/formulaire";

    /** A download: the name it is saved under, and its content. */
    private record Download(String fileName, Function<CommonFormPdf, byte[]> content) {
    }

    /** The downloads by the last part of their address. */
    private static final Map<String, Download> DOWNLOADS = Map.of(
            "dei-dec.pdf", new Download("DEI-DEC-formulaire.pdf", forms -> forms.blank(Locale.FRENCH)),
            "ies-aes.pdf", new Download("IES-AES-form.pdf", forms -> forms.blank(Locale.ENGLISH)),
            "aide-au-remplissage.pdf",
            new Download("DEI-DEC-aide-au-remplissage.pdf", forms -> forms.help(Locale.FRENCH)),
            "filling-help.pdf", new Download("IES-AES-filling-help.pdf", forms -> forms.help(Locale.ENGLISH)));

    @GetMapping(PATH)
    String page() {
        return "help/common-form";
    }

    /** One of the four PDFs; any other name is not found. */
    @GetMapping(PATH + "/{name}")
    ResponseEntity<byte[]> download(@PathVariable String name) {
        Download download = DOWNLOADS.get(name);
        if (download == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName())
                        .build().toString())
                .body(download.content().apply(pdf));
    }
}
