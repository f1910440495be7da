package org.impexflow.administration;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.impexflow.access.CurrentUser;
import org.impexflow.reference.Countries;
import org.impexflow.reference.Country;
import org.impexflow.reference.CountryMembership;
import org.impexflow.reference.Languages;
import org.impexflow.reference.Membership;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * "Pays et appartenances" ({@code /ansm/referentiel/pays}), for ANSM's administrators of reference data and
 * {@code camunda-admin} (SecurityConfiguration): the countries and their membership periods, searchable by
 * code or name (accents and case ignored); a form to add a period and one to end a period, each with a
 * required reason; the CSV export and load; the last changes of the audit log.
 */
@Controller
record CountriesAdministrationController(Countries countries, MembershipAdministration administration) {

    static final String PAGE = "/ansm/referentiel/pays";

    /** A country and its periods, as the page lists them. */
    public record Row(Country country, String name, List<CountryMembership> periods) {
    }

    @GetMapping(PAGE)
    String page(@RequestParam(name = "q", required = false) String query, Model model, Locale locale) {
        fill(model, query, locale);
        return "administration/countries";
    }

    @PostMapping(PAGE + "/periodes")
    String add(@RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, String> errors = administration.add(new MembershipAdministration.PeriodInput(
                form.get("countryCode"), form.get("kind"), form.get("validFrom"), form.get("validUntil"),
                form.get("source")), form.get("reason"), actor(), locale);
        if (!errors.isEmpty()) {
            return refused(model, form, errors, "add", locale, response);
        }
        redirect.addFlashAttribute("done", Languages.text(locale, "refAdmin.added"));
        return "redirect:" + PAGE + "?q=" + form.getOrDefault("countryCode", "").strip();
    }

    @PostMapping(PAGE + "/fin")
    String end(@RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, String> errors = administration.end(form.get("countryCode"), form.get("kind"),
                form.get("validFrom"), form.get("validUntil"), form.get("reason"), actor(), locale);
        if (!errors.isEmpty()) {
            return refused(model, form, errors, "end", locale, response);
        }
        redirect.addFlashAttribute("done", Languages.text(locale, "refAdmin.ended"));
        return "redirect:" + PAGE + "?q=" + form.getOrDefault("countryCode", "").strip();
    }

    @GetMapping(PAGE + ".csv")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("appartenances-pays.csv").build().toString())
                .body(MembershipCsv.write(administration.all()));
    }

    @PostMapping(PAGE + "/import")
    String load(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "reason", required = false) String reason, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        List<String> refusals;
        if (file == null || file.isEmpty()) {
            refusals = List.of(Languages.text(locale, "refAdmin.csv.noFile"));
        } else {
            try {
                ImportResult result = administration.load(
                        MembershipCsv.read(file.getInputStream(), file.getSize(), locale), reason, actor(), locale);
                if (!result.refused()) {
                    redirect.addFlashAttribute("done", Languages.text(locale, "refAdmin.csv.loaded", result.applied(),
                            result.unchanged()));
                    return "redirect:" + PAGE;
                }
                refusals = result.refusals();
            } catch (ReferenceCsv.Refused refused) {
                refusals = List.of(refused.getMessage());
            }
        }
        model.addAttribute("importRefusals", refusals);
        model.addAttribute("importReason", reason == null ? "" : reason);
        fill(model, null, locale);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "administration/countries";
    }

    private String refused(Model model, Map<String, String> form, Map<String, String> errors, String which,
            Locale locale, HttpServletResponse response) {
        model.addAttribute(which + "Errors", errors);
        model.addAttribute(which + "Form", form);
        fill(model, form.get("countryCode"), locale);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "administration/countries";
    }

    private void fill(Model model, String query, Locale locale) {
        String wanted = Languages.searchable(query == null ? "" : query.strip());
        Map<String, List<CountryMembership>> periods = administration.all().stream()
                .collect(java.util.stream.Collectors.groupingBy(CountryMembership::getCountryCode));
        boolean english = Languages.isEnglish(locale);
        // a country's code finds that country alone ("AD": Andorra, not Canada); other texts, the names holding them
        boolean code = countries.find(wanted).isPresent();
        List<Row> rows = countries.all(locale).stream()
                .filter(c -> wanted.isEmpty() || (code ? Languages.searchable(c.getCode()).equals(wanted)
                        : Languages.searchable(c.getNameFr()).contains(wanted)
                                || Languages.searchable(c.getNameEn()).contains(wanted)))
                .map(c -> new Row(c, english ? c.getNameEn() : c.getNameFr(),
                        periods.getOrDefault(c.getCode(), List.of()).stream()
                                .sorted(Comparator.comparing(CountryMembership::getKind)
                                        .thenComparing(CountryMembership::getValidFrom)).toList()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("q", query == null ? "" : query.strip());
        model.addAttribute("kinds", Membership.values());
        model.addAttribute("changes", administration.lastChanges());
        if (!model.containsAttribute("addErrors")) {
            model.addAttribute("addErrors", Map.of());
            model.addAttribute("addForm", Map.of());
        }
        if (!model.containsAttribute("endErrors")) {
            model.addAttribute("endErrors", Map.of());
            model.addAttribute("endForm", Map.of());
        }
        if (!model.containsAttribute("importRefusals")) {
            model.addAttribute("importRefusals", List.of());
            model.addAttribute("importReason", "");
        }
    }

    private static String actor() {
        return CurrentUser.get().map(CurrentUser::userId).orElseThrow();
    }
}
