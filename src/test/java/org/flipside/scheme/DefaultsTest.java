package org.flipside.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.flipside.scheme.Value.MapValue;
import org.junit.jupiter.api.Test;

class DefaultsTest {

    @Test
    void theBuiltInDefaultsHoldOnlyDefaultableBlocks() {
        MapValue defaults = Defaults.load();
        assertTrue(KeyTable.DEFAULTABLE.containsAll(defaults.entries().keySet()), defaults.entries().keySet().toString());
        assertTrue(defaults.entries().keySet().containsAll(java.util.List.of("timeline", "meetings", "themes",
                "agreement", "diary", "support", "evaluation", "privacy", "handbook")));
    }

    @Test
    void brokenDefaultsFailNamingTheResourceAsAFlipsideBug() {
        byte[] broken = "meetings:\n  count: six\nscheme:\n  name: x\n".getBytes(StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Defaults.parse(broken));
        assertEquals("""
                Flipside's built-in org/flipside/scheme/defaults.yml is broken (a bug in Flipside, not in your scheme):
                built-in defaults.yml:2:10: `meetings.count` must be a whole number, not `six` — write digits only, e.g. `6`
                built-in defaults.yml:3:1: `scheme` may not have a default — only people, matching, timeline, meetings,\
                 themes, agreement, diary, support, community, evaluation, next_steps, privacy, handbook have defaults""",
                e.getMessage());
    }
}
