package org.impexflow.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.impexflow.access.CurrentUser;
import org.impexflow.access.Groups;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Pièces jointes": the form-js of Tasklist 7.24 has no file picker, so files are uploaded here, by the
 * button that the Tasklist forms show next to each reference field, or on the page, for the person
 * logged in; the form hands the file's reference to the process, which checks it at filing.
 */
@Controller
@RequestMapping("/pieces-jointes")
record AttachmentController(Attachments attachments, Establishments establishments, MessageSource messages) {

    /** Where the Tasklist forms' button uploads; SecurityConfiguration names it too. */
    static final String FORM_UPLOAD = "/formulaire";
    /** ANSM's agents who read any case's files (the narcotics team, the annual declarations' documents). */
    private static final List<String> ANSM_GROUPS = List.of(Groups.REVIEWERS, Groups.SUPPORT, Groups.ANALYSTS,
            Groups.ADMINISTRATORS, Groups.NARCOTICS);

    @GetMapping
    String page(HttpServletRequest request, Model model, HttpServletResponse response) {
        Optional<CurrentUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        return show(user.get(), model, response);
    }

    private String show(CurrentUser user, Model model, HttpServletResponse response) {
        boolean mayUpload = mayUpload(user);
        if (!mayUpload) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
        }
        model.addAttribute("user", user);
        model.addAttribute("mayUpload", mayUpload);
        model.addAttribute("uploads", attachments.unusedUploadsOf(user.userId()));
        model.addAttribute("unused", attachments.unusedOf(user.userId()));
        model.addAttribute("maxBytes", Attachments.MAX_SIZE);
        return "attachment/upload";
    }

    /**
     * Who joins uploaded files to a case: the accounts of an establishment (its filings and complements accept
     * only files of its accounts: {@code CaseFiling.files}, {@code ComplementTaskListener}), ANSM support and
     * administrators (mail intakes, filed on the establishment's behalf with the agent's uploads). Nobody else
     * has the use of a file: an account not accepted into an establishment yet, an analyst (who changes
     * nothing), a reviewer.
     */
    private boolean mayUpload(CurrentUser user) {
        return user.isMemberOf(Groups.SUPPORT) || user.isMemberOf(Groups.ADMINISTRATORS)
                || establishments.ofUser(user.userId()).isPresent();
    }

    @PostMapping
    String upload(HttpServletRequest request, @RequestParam("files") List<MultipartFile> files,
            RedirectAttributes redirect, Model model, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get().orElseThrow(
                () -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Connectez-vous d'abord."));
        if (!mayUpload(user)) {
            return show(user, model, response);
        }
        List<String> stored = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue; // no file chosen in the field
            }
            try {
                Attachment attachment = attachments.uploadWithinLimits(user.userId(), file.getOriginalFilename(),
                        file.getBytes());
                stored.add(attachment.getReference());
            } catch (RefusedFileException refused) {
                errors.add(messages.getMessage("attachments.refused", new Object[] {refused.detail(messages, locale)},
                        locale));
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        if (stored.isEmpty() && errors.isEmpty()) {
            errors.add(messages.getMessage("attachments.noFile", null, locale));
        }
        redirect.addFlashAttribute("stored", stored);
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/pieces-jointes";
    }

    /** "Supprimer" on the page: a file the person uploaded and has not joined to a case yet. */
    @PostMapping("/{id}/suppression")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get().orElseThrow(
                () -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Connectez-vous d'abord."));
        Attachment deleted = attachments.deleteUnused(user.userId(), id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Pièce jointe introuvable ou déjà utilisée"));
        redirect.addFlashAttribute("deleted", deleted.getFileName());
        redirect.addFlashAttribute("deletedReference", deleted.getReference());
        return "redirect:/pieces-jointes";
    }

    /**
     * The button "Joindre un fichier" of the Tasklist forms (tasklist/impexflow/attachments.js): one file,
     * stored as on this page, its reference, name and size in JSON. The webapps' CSRF header is accepted as
     * well as ours ({@code SecurityConfiguration}); a request with neither is refused.
     */
    @PostMapping(path = FORM_UPLOAD, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> uploadFromForm(@RequestParam("file") MultipartFile file) throws IOException {
        CurrentUser user = CurrentUser.get().orElseThrow(
                () -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Connectez-vous d'abord."));
        if (!mayUpload(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("code", "NOT_ALLOWED", "field", Attachments.UPLOAD_FIELD, "message",
                            messages.getMessage("attachments.notAllowed", null, LocaleContextHolder.getLocale())));
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(described(
                    attachments.uploadWithinLimits(user.userId(), file.getOriginalFilename(), file.getBytes())));
        } catch (RefusedFileException refused) {
            return refusal(refused.reason().name(), refused.field(), refused.getMessage());
        }
    }

    /** The button's answer to a refused file (docs/api.md): 400 with its code, field and message. */
    static ResponseEntity<Map<String, Object>> refusal(String code, String field, String message) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code, "field", field, "message", message));
    }

    /**
     * A reference typed or pasted into a form: its file's name and size when the person may join it to a
     * case (uploaded by them or by an account of their establishment, not used yet); otherwise 404, the
     * same for a reference that does not exist and for another establishment's.
     */
    @GetMapping(path = FORM_UPLOAD + "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> referenceForForm(@PathVariable String reference) {
        CurrentUser user = CurrentUser.get().orElseThrow(
                () -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Connectez-vous d'abord."));
        return attachments.byReference(reference)
                .filter(a -> !a.isLinked() && uploadedByOwnEstablishment(user, a))
                .map(a -> ResponseEntity.ok(described(a)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("code", "UNKNOWN",
                        "message", "Pièce jointe inconnue ou déjà utilisée : " + reference)));
    }

    private static Map<String, Object> described(Attachment attachment) {
        return Map.of("reference", attachment.getReference(), "fileName", attachment.getFileName(),
                "sizeBytes", attachment.getSizeBytes(), "contentType", attachment.getContentType(),
                "sha256", attachment.getSha256());
    }

    private boolean uploadedByOwnEstablishment(CurrentUser user, Attachment attachment) {
        String owner = attachment.getOwnerUserId();
        if (owner == null) {
            return false;
        }
        if (owner.equals(user.userId())) {
            return true;
        }
        Optional<Long> own = establishments.ofUser(user.userId()).map(Establishment::getId);
        return own.isPresent() && establishments.ofUser(owner).map(Establishment::getId).equals(own);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable String id) {
        CurrentUser user = CurrentUser.get().orElseThrow(
                () -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Connectez-vous d'abord."));
        Attachment attachment = attachments.byId(id)
                .filter(a -> maySee(user, a))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Pièce jointe introuvable"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(attachment.getContent());
    }

    private boolean maySee(CurrentUser user, Attachment attachment) {
        if (ANSM_GROUPS.stream().anyMatch(user::isMemberOf) || user.userId().equals(attachment.getOwnerUserId())) {
            return true;
        }
        return attachment.getEstablishmentId() != null && establishments.ofUser(user.userId())
                .map(Establishment::getId).filter(attachment.getEstablishmentId()::equals).isPresent();
    }
}
