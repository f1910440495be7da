package org.impexflow.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.impexflow.access.CurrentUser;
import org.impexflow.access.Groups;
import org.impexflow.establishment.Establishment;
import org.impexflow.establishment.Establishments;
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
 * "Pièces jointes": Camunda Forms cannot carry files, so a declarant uploads them here, for the
 * person logged into Tasklist, and copies each file's reference into the form.
 */
@Controller
@RequestMapping("/pieces-jointes")
class AttachmentController {

    private static final List<String> ANSM_GROUPS = List.of(Groups.REVIEWERS, Groups.SUPPORT, Groups.ANALYSTS,
            Groups.ADMINISTRATORS);

    private final Attachments attachments;
    private final Establishments establishments;

    AttachmentController(Attachments attachments, Establishments establishments) {
        this.attachments = attachments;
        this.establishments = establishments;
    }

    @GetMapping
    String page(HttpServletRequest request, Model model) {
        Optional<CurrentUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("user", user.get());
        model.addAttribute("uploads", attachments.unusedUploadsOf(user.get().userId()));
        return "attachment/upload";
    }

    @PostMapping
    String upload(HttpServletRequest request, @RequestParam("files") List<MultipartFile> files,
            RedirectAttributes redirect) throws IOException {
        CurrentUser user = CurrentUser.get().orElseThrow(
                () -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Connectez-vous d'abord."));
        List<String> stored = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                if (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                    errors.add("Le fichier « " + file.getOriginalFilename() + " » est vide.");
                }
                continue;
            }
            try {
                Attachment attachment = attachments.store(user.userId(), file.getOriginalFilename(),
                        file.getContentType(), file.getBytes());
                stored.add(attachment.getReference());
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        if (stored.isEmpty() && errors.isEmpty()) {
            errors.add("Aucun fichier choisi : sélectionnez au moins un fichier.");
        }
        redirect.addFlashAttribute("stored", stored);
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/pieces-jointes";
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
