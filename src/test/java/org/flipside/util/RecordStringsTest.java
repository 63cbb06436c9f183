package org.flipside.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordStringsTest {

    record Kept(String text) {}

    record Inner(String text, LocalDate date, Integer number) {}

    record Outer(String name, List<Inner> inners, Map<String, String> labels, Kept kept, Inner nothing) {}

    record Checked(String text) {
        Checked {
            if (text.isEmpty()) throw new IllegalArgumentException("empty");
        }
    }

    @Test
    void everyStringIsMappedAtAnyDepthAndTheRestIsKept() {
        Kept kept = new Kept("file.yml");
        LocalDate date = LocalDate.of(2026, 1, 12);
        Outer outer = new Outer("a", List.of(new Inner("b", date, 3)), Map.of("k", "c"), kept, null);

        Outer copy = RecordStrings.map(outer, String::toUpperCase, Set.of(Kept.class));

        assertEquals(new Outer("A", List.of(new Inner("B", date, 3)), Map.of("k", "C"), kept, null), copy);
        assertSame(kept, copy.kept());
        assertThrows(UnsupportedOperationException.class, () -> copy.inners().add(null));
    }

    @Test
    void recordValidationRunsAgain() {
        assertThrows(IllegalStateException.class, () -> RecordStrings.map(new Checked("x"), s -> "", Set.of()));
    }

    @Test
    void theFunctionIsToldWhereEachStringIs() {
        record Pair(String firstName, List<String> otherNames) {}
        List<String> paths = new java.util.ArrayList<>();

        RecordStrings.mapWithPaths(new Pair("a", List.of("b", "c")), (path, text) -> {
            paths.add(path + "=" + text);
            return text;
        }, Set.of());

        assertEquals(List.of("first_name=a", "other_names[0]=b", "other_names[1]=c"), paths);
    }
}
