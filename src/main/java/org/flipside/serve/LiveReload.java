package org.flipside.serve;

import java.util.Locale;

/**
 * The small script that reloads an open tab when the preview changes. It is added to HTML responses as
 * they are sent and never written to the preview folder, so built files stay exactly as {@code build}
 * writes them. It is loaded from its own URL rather than inlined, so a page whose Content-Security-Policy
 * forbids inline scripts still reloads.
 */
final class LiveReload {

    static final String PREFIX = "/__flipside/";
    static final String EVENTS_PATH = PREFIX + "events";
    static final String SCRIPT_PATH = PREFIX + "live-reload.js";

    /**
     * The server sends the current version as a {@code state} event when a tab connects and after every
     * build; the tab reloads when it differs from the version its page was served with. Sending the
     * version (not a bare "reload") means a build that finished between page load and connection is not
     * missed, and a restarted server (new versions) reloads tabs left open.
     */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var me = document.currentScript;
              var shown = me ? me.getAttribute('data-version') : null;
              if (!window.EventSource || !shown) return;
              var events = new EventSource('%s');
              events.addEventListener('state', function (event) {
                if (event.data !== shown) {
                  events.close();
                  window.location.reload();
                }
              });
            })();
            """.formatted(EVENTS_PATH);

    private LiveReload() {}

    static String tag(String version) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-version=\"" + version + "\"></script>";
    }

    /** Adds the script tag before the last {@code </body>}, or at the end when the page has none. */
    static String inject(String html, String version) {
        String tag = tag(version);
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body");
        if (at < 0) return html + tag;
        return html.substring(0, at) + tag + html.substring(at);
    }
}
