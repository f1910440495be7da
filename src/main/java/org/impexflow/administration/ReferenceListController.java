package org.impexflow.administration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.impexflow.access.CurrentUser;
import org.impexflow.reference.Languages;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The reference lists' pages ({@code /ansm/referentiel}, for ANSM's administrators of reference data and
 * {@code camunda-admin}, SecurityConfiguration): the index of the lists, and for each list its rows
 * (searchable), a form to add, change or remove a row with a required reason, the CSV export and load,
 * and the last changes of the audit log. The countries have a page of their own
 * ({@link CountriesAdministrationController}).
 */
@Controller
record ReferenceListController(ReferenceLists lists) {

    static final String ROOT = "/ansm/referentiel";
    /** The rows a page shows at most (the CSV export has them all): a search narrows them down. */
    static final int SHOWN_ROWS = 200;
    private static final java.util.regex.Pattern CODE_IN_PARENTHESES = java.util.regex.Pattern.compile("\\(([A-Z_]+)\\)");

    /** A row as the page lists it: its cells (choices by their label), and the link that opens it in the form. */
    public record Row(List<String> shown, String editUrl) {
    }

    @GetMapping(ROOT)
    String index(Model model) {
        model.addAttribute("tables", lists.tables());
        return "administration/index";
    }

    @GetMapping(ROOT + "/{slug}")
    String page(@PathVariable String slug, @RequestParam Map<String, String> parameters, Model model, Locale locale) {
        ReferenceTable table = table(slug);
        if (parameters.containsKey("edit")) {
            lists.stored(table, parameters).ifPresent(row -> model.addAttribute("form", row));
        }
        fill(table, model, parameters.get("q"), locale);
        return "administration/list";
    }

    @PostMapping(ROOT + "/{slug}")
    String save(@PathVariable String slug, @RequestParam Map<String, String> form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        ReferenceTable table = table(slug);
        boolean removal = "remove".equals(form.get("action"));
        Map<String, String> errors = removal ? lists.remove(table, form, form.get("reason"), actor(), locale)
                : lists.save(table, form, form.get("reason"), actor(), locale);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", form);
            fill(table, model, null, locale);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "administration/list";
        }
        redirect.addFlashAttribute("done", Languages.text(locale, removal ? "refList.removed" : "refList.saved"));
        return "redirect:" + ROOT + "/" + slug;
    }

    @GetMapping(ROOT + "/{slug}.csv")
    ResponseEntity<byte[]> export(@PathVariable String slug) {
        ReferenceTable table = table(slug);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(slug + ".csv")
                        .build().toString())
                .body(ReferenceCsv.write(table.header(), lists.rows(table, null)));
    }

    @PostMapping(ROOT + "/{slug}/import")
    String load(@PathVariable String slug, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "reason", required = false) String reason, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        ReferenceTable table = table(slug);
        List<String> refusals;
        if (file == null || file.isEmpty()) {
            refusals = List.of(Languages.text(locale, "refAdmin.csv.noFile"));
        } else {
            try {
                ImportResult result = lists.load(table, ReferenceCsv.read(file.getInputStream(), file.getSize(),
                        table.header(), locale), reason, actor(), locale);
                if (!result.refused()) {
                    redirect.addFlashAttribute("done", Languages.text(locale, "refList.csv.loaded", result.applied(),
                            result.unchanged()));
                    return "redirect:" + ROOT + "/" + slug;
                }
                refusals = result.refusals();
            } catch (ReferenceCsv.Refused refused) {
                refusals = List.of(refused.getMessage());
            }
        }
        model.addAttribute("importRefusals", refusals);
        model.addAttribute("importReason", reason == null ? "" : reason);
        fill(table, model, null, locale);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "administration/list";
    }

    private void fill(ReferenceTable table, Model model, String query, Locale locale) {
        model.addAttribute("table", table);
        model.addAttribute("q", query == null ? "" : query.strip());
        List<Map<String, String>> found = lists.rows(table, query);
        model.addAttribute("found", found.size());
        model.addAttribute("rows", found.stream().limit(SHOWN_ROWS).map(values -> new Row(cells(table, values, locale),
                editUrl(table, values))).toList());
        model.addAttribute("changes", lists.lastChanges(table));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LinkedHashMap<String, String>());
        }
        if (!model.containsAttribute("importRefusals")) {
            model.addAttribute("importRefusals", List.of());
            model.addAttribute("importReason", "");
        }
    }

    private static List<String> cells(ReferenceTable table, Map<String, String> row, Locale locale) {
        List<String> cells = new java.util.ArrayList<>(table.fields().stream().map(f -> f.kind() == ReferenceField.Kind.CHOICE
                ? Languages.textIfAny(locale, "refList.choice." + row.get(f.name()), row.get(f.name()))
                : row.get(f.name())).toList());
        // a code in parentheses in a shown column ("x@y (MANAGER)") by its label
        table.shownColumns().forEach(c -> cells.add(CODE_IN_PARENTHESES.matcher(row.get(c)).replaceAll(
                code -> "(" + Languages.textIfAny(locale, "refList.choice." + code.group(1), code.group(1)) + ")")));
        return cells;
    }

    private static String editUrl(ReferenceTable table, Map<String, String> row) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(ROOT + "/" + table.slug()).queryParam("edit", "1");
        table.keyFields().forEach(f -> url.queryParam(f.name(), row.get(f.name())));
        return url.fragment("row-form").encode().build().toUriString();
    }

    private ReferenceTable table(String slug) {
        return lists.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String actor() {
        return CurrentUser.get().map(CurrentUser::userId).orElseThrow();
    }
}
