package org.flipside.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadFirstTest {

    @Test
    void runsItsTaskOnceBeforeTheFirstRead() {
        List<String> events = new ArrayList<>();
        List<String> inner = new ArrayList<>(List.of("a", "b")) {
            @Override
            public String get(int index) {
                events.add("get " + index);
                return super.get(index);
            }
        };
        List<String> list = new ReadFirst<>(inner, () -> events.add("task"));
        assertEquals(List.of(), events, "nothing runs before the list is read");
        assertEquals("b", list.get(1));
        assertEquals(2, list.size());
        assertEquals("a", list.get(0));
        assertEquals(List.of("task", "get 1", "get 0"), events);
    }
}
