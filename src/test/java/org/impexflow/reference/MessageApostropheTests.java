package org.impexflow.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A text with arguments goes through {@link MessageFormat} (Spring's message source for the pages,
 * {@link Languages#text} for PDFs and mails), which takes a single apostrophe for a quote and drops
 * it: "Déclaration d'exportation visée N° {0}" printed "Déclaration dexportation visée N° …". Such
 * texts double their apostrophes; texts without arguments are printed as written and do not.
 */
class MessageApostropheTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern WITH_ARGUMENTS_IN_PAGES = Pattern.compile("#\\{([\\w.]+)\\(");
    private static final Pattern WITH_ARGUMENTS_IN_CODE = Pattern.compile("Languages\\.text\\([^,()]+,\\s*\"([\\w.]+)\"\\s*,");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> keysUsedWithArguments() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String[] where : new String[][] {{"src/main/resources/templates", ".html"}, {"src/main/java", ".java"}}) {
            try (Stream<Path> files = Files.walk(Path.of(where[0]))) {
                for (Path file : files.filter(f -> f.toString().endsWith(where[1])).toList()) {
                    Matcher m = (where[1].equals(".html") ? WITH_ARGUMENTS_IN_PAGES : WITH_ARGUMENTS_IN_CODE)
                            .matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyApostropheOfEveryTextIsPrinted() throws IOException {
        Set<String> usedWithArguments = keysUsedWithArguments();
        assertThat(usedWithArguments).contains("pdf.validated.docTitle", "membership.pending.text");
        List<String> wrong = new ArrayList<>();
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean formatted = ARGUMENT.matcher(text).find() || usedWithArguments.contains(key);
                String expected = formatted ? text.replace("''", "'") : text;
                String printed = formatted
                        ? new MessageFormat(text.replaceAll("\\{(\\d+),[^}]*}", "{$1}"), Locale.FRENCH)
                                .format(new Object[] {"A", "B", "C", "D", "E"})
                        : text;
                long apostrophes = expected.chars().filter(c -> c == '\'').count();
                if (printed.chars().filter(c -> c == '\'').count() != apostrophes || (!formatted && text.contains("''"))) {
                    wrong.add(file + ": " + key + "=" + text);
                }
            }
        }
        assertThat(wrong).as("texts whose apostrophes are lost or doubled").isEmpty();
    }

    @Test
    void theValidatedDeclarationsTitleKeepsItsApostrophe() {
        assertThat(Languages.text(Locale.FRENCH, "pdf.validated.docTitle", "2026-12-0001"))
                .isEqualTo("Déclaration d'exportation visée N° 2026-12-0001");
    }
}
