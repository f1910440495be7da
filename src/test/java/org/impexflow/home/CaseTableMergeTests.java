package org.impexflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The home table's merge of export declarations and import authorisations pages without repeating or losing a case. */
class CaseTableMergeTests {

    @Test
    void consecutivePagesNeitherRepeatNorSkipEvenWhenTheDatabaseOrdersTextDifferently() {
        // each list as its database sorted it (accents and case after the plain letters), which Java's
        // String order disagrees with
        List<CaseRow> exports = rows("2026-01-000", "Zèbre", "abricot", "Éclair", "banane", "Ødème");
        List<CaseRow> imports = rows("AI-2026-01-000", "Abricot", "Zeste", "école", "Olive");
        Comparator<CaseRow> byMedicine = Comparator.comparing(CaseRow::medicineName);
        int size = 2;
        List<String> seen = new ArrayList<>();
        for (int page = 0; page * size < exports.size() + imports.size(); page++) {
            int prefix = (page + 1) * size;
            List<CaseRow> merged = CaseTable.merge(exports.subList(0, Math.min(prefix, exports.size())),
                    imports.subList(0, Math.min(prefix, imports.size())), byMedicine);
            merged.stream().skip((long) page * size).limit(size).map(CaseRow::number).forEach(seen::add);
        }
        List<String> all = new ArrayList<>();
        exports.forEach(r -> all.add(r.number()));
        imports.forEach(r -> all.add(r.number()));
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void eachListKeepsItsOwnOrderInTheMerge() {
        List<CaseRow> merged = CaseTable.merge(rows("E", "b", "d"), rows("A", "a", "c", "e"),
                Comparator.comparing(CaseRow::medicineName));
        assertThat(merged).extracting(CaseRow::medicineName).containsExactly("a", "b", "c", "d", "e");
    }

    private static List<CaseRow> rows(String numberPrefix, String... medicines) {
        List<CaseRow> rows = new ArrayList<>();
        for (int i = 0; i < medicines.length; i++) {
            rows.add(new CaseRow("T", numberPrefix + i, Instant.EPOCH, "FILED", "Déposée", medicines[i], "", "",
                    null, "/"));
        }
        return rows;
    }
}
