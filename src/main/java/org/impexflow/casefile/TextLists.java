package org.impexflow.casefile;

import java.util.Arrays;
import java.util.List;

/** Lists typed in one text field: references or numbers separated by commas, semicolons or spaces. */
public final class TextLists {

    private TextLists() {
    }

    public static List<String> split(Object value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.toString().split("[,;\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
    }
}
