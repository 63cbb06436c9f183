package org.flipside.model;

/**
 * @param shortName nullable
 * @param logo      nullable; a path relative to the project root, checked to stay inside it
 * @param language  a BCP 47 tag, {@code en-GB} by default
 */
public record Organisation(String name, String shortName, OrganisationType type, String logo,
                           Colours colours, String language, Contact contact) {

    /** {@code primary} and {@code accent} are {@code #rrggbb} (a {@code #rgb} value is expanded when loaded). */
    public record Colours(String primary, String accent) {}

    /** Both nullable. */
    public record Contact(String email, String intranet) {}
}
