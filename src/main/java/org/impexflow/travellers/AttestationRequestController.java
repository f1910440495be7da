package org.impexflow.travellers;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.impexflow.access.CurrentUser;
import org.impexflow.access.Groups;
import org.impexflow.casefile.CaseNumbering;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Languages;
import org.impexflow.reference.Membership;
import org.impexflow.reference.Country;
import org.impexflow.validation.FieldError;
import org.impexflow.validation.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.impexflow.web.SubmissionToken;
import org.impexflow.web.TooManyRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The traveller's request for an ANSM transport attestation (public, no account, so limited per client
 * address and per e-mail: {@link AttestationRequestLimits}), and the prescription it carries for the
 * narcotics team.
 */
@Controller
record AttestationRequestController(
        TransportAttestations attestations,
        Countries countries,
        AttestationRequestLimits limits) {

    /** {@code pays}: the destination chosen on /voyageurs, carried into the request. */
    @GetMapping("/voyageurs/attestation")
    String form(@RequestParam(name = "pays", required = false) String destination, Locale language, Model model) {
        show(model, language, countries.find(destination).map(c -> Map.of("destinationCountry", c.getCode()))
                .orElse(Map.of()), Map.of());
        return "travellers/attestation";
    }

    @PostMapping("/voyageurs/attestation")
    String request(@RequestParam Map<String, String> form, @RequestParam(name = "prescription", required = false)
            MultipartFile prescription, Locale language, Model model, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        // the client's address: with the forwarded headers of a trusted proxy honoured, the traveller's own
        java.util.Optional<java.time.Duration> wait = limits.refuse(request.getRemoteAddr(), form.get("email"));
        if (wait.isPresent()) {
            return TooManyRequests.answer(wait.get(), response, model, "travellers/attestation-answer");
        }
        try {
            // the upload is already bounded by spring.servlet.multipart; the request checks its size
            byte[] file = prescription == null ? new byte[0] : prescription.getBytes();
            TransportAttestation filed = attestations.request(form, prescription == null ? null
                    : prescription.getOriginalFilename(), file, language);
            return answered(request, filed);
        } catch (TransportAttestations.AlreadyFiledException twice) {
            // the same request sent twice (a double click, the answer reloaded): the one filed, once
            return answered(request, twice.filed());
        } catch (InvalidInputException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : refused.errors()) {
                errors.merge(error.field(), error.message(), (a, b) -> a + " ; " + b);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            // a browser never refills a file field: the page names the file chosen, to choose it again
            if (prescription != null && !prescription.isEmpty()) {
                model.addAttribute("prescriptionName", prescription.getOriginalFilename());
            }
            show(model, language, form, errors);
            return "travellers/attestation";
        } catch (TransportAttestations.NotNeededException notNeeded) {
            model.addAttribute("why", notNeeded.why().name());
            model.addAttribute("answer", notNeeded.answer());
            model.addAttribute("country", notNeeded.country());
            model.addAttribute("source", notNeeded.source());
            show(model, language, form, Map.of());
            return "travellers/attestation";
        }
    }

    /**
     * The answer to a request filed, by its own address (redirect after the POST): reloaded, it shows the request
     * again and files nothing. Only the browser session that filed it sees it.
     */
    @GetMapping("/voyageurs/attestation/enregistree")
    String answer(HttpServletRequest request, Model model) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(FILED);
        java.util.Optional<TransportAttestation> filed = id instanceof Long known ? attestations.find(known)
                : java.util.Optional.empty();
        if (filed.isEmpty()) {
            return "redirect:/voyageurs/attestation";
        }
        model.addAttribute("filed", filed.get());
        return "travellers/attestation-answer";
    }

    private static String answered(HttpServletRequest request, TransportAttestation filed) {
        request.getSession().setAttribute(FILED, filed.getId());
        return "redirect:/voyageurs/attestation/enregistree";
    }

    /** The session's attribute naming the request it filed last. */
    private static final String FILED = "impexflow.attestationFiled";

    /** The prescription of a request, for ANSM's narcotics team (and support). */
    @GetMapping("/ansm/voyageurs/attestations/{id}/ordonnance")
    ResponseEntity<byte[]> prescription(@PathVariable long id) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!user.groupIds().contains(Groups.NARCOTICS) && !user.groupIds().contains(Groups.SUPPORT)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé au pôle stupéfiants de l'ANSM.");
        }
        TransportAttestation a = attestations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.getPrescriptionTypeOrDefault()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.getPrescriptionName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(a.getPrescription());
    }

    private void show(Model model, Locale language, Map<String, String> typed, Map<String, String> errors) {
        java.util.Set<String> schengen = countries.members(Membership.SCHENGEN, java.time.LocalDate.now(CaseNumbering.PARIS));
        model.addAttribute("countries", countries.all(language).stream().filter(c -> !schengen.contains(c.getCode()))
                .filter(c -> !"FR".equals(c.getCode())).toList());
        model.addAttribute("medicines", attestations.medicines().stream()
                .sorted(java.util.Comparator.comparing(NarcoticMedicine::name, Languages.order(language))).toList());
        model.addAttribute("english", "en".equals(language.getLanguage()));
        Map<String, String> shown = new HashMap<>(typed);
        // a page of the form sends its token: sent twice (a double click), the request is filed once
        shown.putIfAbsent(SubmissionToken.FIELD, SubmissionToken.fresh());
        model.addAttribute("typed", shown);
        model.addAttribute("errors", errors);
    }
}
