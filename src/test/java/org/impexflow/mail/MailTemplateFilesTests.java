package org.impexflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every mail exists in French and English, and starts with its subject line then a blank line (the form
 * {@link MailTemplates} reads). The French mail to an importing authority is bilingual; its English twin goes
 * to the authorities whose language is English.
 */
class MailTemplateFilesTests {

    private static final Path FRENCH = Path.of("src/main/resources/mail");
    private static final Path ENGLISH = FRENCH.resolve("en");

    @Test
    void everyFrenchMailHasItsEnglishTwinAndNoOther() throws IOException {
        List<String> french = names(FRENCH);
        assertThat(french).hasSizeGreaterThan(10);
        assertThat(names(ENGLISH)).containsExactlyInAnyOrderElementsOf(french);
    }

    @Test
    void everyTemplateStartsWithASubjectLineThenABlankLine() throws IOException {
        for (Path folder : List.of(FRENCH, ENGLISH)) {
            for (String name : names(folder)) {
                List<String> lines = Files.readAllLines(folder.resolve(name), StandardCharsets.UTF_8);
                assertThat(lines.get(0)).as(folder + "/" + name + " subject").isNotBlank().hasSizeLessThan(160);
                assertThat(lines.get(1)).as(folder + "/" + name + " blank line after the subject").isEmpty();
                assertThat(lines.size()).as(folder + "/" + name + " body").isGreaterThan(4);
            }
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }
}
