package org.flipside.model;

import java.util.List;

/** {@code schemeLead} and {@code sponsor} are nullable (not written, and no default exists for a name). */
public record People(Person schemeLead, Person sponsor, ParticipantGroup mentors, ParticipantGroup mentees,
                     Buddies buddies, List<Partner> partners) {

    /** {@code role} and {@code email} are nullable. */
    public record Person(String name, String role, String email) {}

    /** {@code commitment} is nullable (only mentors usually state one). */
    public record ParticipantGroup(String description, List<String> eligibility, List<String> expectations,
                                   Commitment commitment) {}

    /** Either may be null when not stated. */
    public record Commitment(Integer hoursPerMonth, Integer months) {}

    public record Buddies(BuddyModel model, String description, List<String> remit) {}

    /** {@code type} (university, client, charity, ...) and {@code role} are nullable. */
    public record Partner(String name, String type, String role) {}
}
