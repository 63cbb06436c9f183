package org.flipside.model;

import java.util.List;

/** {@code venue} is nullable. */
public record Meetings(int count, int everyWeeks, int minutes, List<MeetingFormat> formats, String venue,
                       Party firstContact, AgendaOwner agendaOwner) {}
