package org.flipside.model;

import java.time.LocalDate;
import java.util.List;

/** At least one signpost, always. */
public record Support(List<Signpost> signposting, List<EscalationRoute> escalation) {

    /** Everything but {@code name} is nullable; {@code checked} is when someone last confirmed the details. */
    public record Signpost(String name, String description, String phone, String email, String url,
                           LocalDate checked) {}

    public record EscalationRoute(String concern, String contact) {}
}
