package org.flipside.site;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.flipside.model.Organisation.Colours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrandColoursTest {

    @ParameterizedTest
    @ValueSource(strings = {"#f4b942", "#ffff00", "#ffffff", "#777777", "#14365d", "#000000", "#e76f51", "#00ff00"})
    void everyTextShadeReachesAaOnItsBackground(String colour) {
        String light = BrandColours.readableOn(colour, BrandColours.LIGHT_BACKGROUND);
        String dark = BrandColours.readableOn(colour, BrandColours.DARK_BACKGROUND);
        assertTrue(BrandColours.contrast(light, BrandColours.LIGHT_BACKGROUND) >= 4.5, light);
        assertTrue(BrandColours.contrast(dark, BrandColours.DARK_BACKGROUND) >= 4.5, dark);
        String surface = BrandColours.surface(colour);
        assertTrue(BrandColours.contrast(BrandColours.bestTextOn(surface), surface) >= 4.5, colour);
    }

    @ParameterizedTest
    @CsvSource({"#14365d, #14365d", "#f4b942, #866624"})
    void aColourThatPassesIsKeptAndOneThatFailsIsDarkened(String colour, String expected) {
        assertEquals(expected, BrandColours.readableOn(colour, BrandColours.LIGHT_BACKGROUND));
    }

    @ParameterizedTest
    @CsvSource({"#FFF, #ffffff", "'', #1d3557", "red, #1d3557", "#12345, #1d3557"})
    void theBrandColourIsAValidatedHexValue(String written, String used) {
        List<Map<String, Object>> props = BrandColours.properties(new Colours(written, null));
        assertEquals(Map.of("name", "--brand", "value", used), props.get(0));
        assertEquals(List.of("--brand", "--brand-surface", "--on-brand", "--brand-text", "--brand-text-dark", "--accent",
                "--accent-surface", "--on-accent", "--accent-text", "--accent-text-dark"),
                props.stream().map(p -> p.get("name")).toList());
    }
}
