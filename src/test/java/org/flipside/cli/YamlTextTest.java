package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class YamlTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Vale LLP", "Calder & Wren: \"LLP\"", "yes", "No", "null", "~", "2026-01-01", "1e3",
            "0x1F", "#hash", "- dash", "a: b", "a #b", "${scheme.name}", "tab\there", "O'Brien's", "'quoted'",
            "line\nbreak", "  spaced ", "back\\slash", "[flow, list]", "{map: 1}", "*alias", "&anchor", "!tag", "%directive",
            "@at", "`tick`", "|", ">", "?", "Smith & Jones LLP", "Ünïcödé – dash", "العربية", "emoji 🙂", "\u2028sep"})
    void readsBackAsExactlyTheText(String text) {
        String yaml = "key: " + YamlText.scalar(text) + "\n";
        Map<?, ?> read = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        assertEquals(text, read.get("key"), yaml);
    }
}
