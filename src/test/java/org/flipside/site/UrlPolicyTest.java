package org.flipside.site;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:x",
            "data:text/html,<script>", "vbscript:msgbox", "file:///etc/passwd"})
    void schemesThatRunCodeOrReadFilesAreRefused(String url) {
        assertFalse(UrlPolicy.isAllowed(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeline.html", "timeline.html#x", "#top", "assets/a b.png", "https://www.lawcare.org.uk",
            "http://example.org", "mailto:a@example.org", "tel:+448002796888", "page.html?q=a:b"})
    void siteLinksAndWebMailAndPhoneAddressesAreAllowed(String url) {
        assertTrue(UrlPolicy.isAllowed(url));
    }
}
