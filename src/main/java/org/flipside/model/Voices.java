package org.flipside.model;

import java.time.LocalDate;
import java.util.List;

public record Voices(List<Consultation> consultations, List<SteeringMember> steeringGroup) {

    /** {@code date} and {@code summary} are nullable. */
    public record Consultation(ConsultationMethod method, List<String> with, LocalDate date, String summary) {}

    /** {@code represents} is nullable. */
    public record SteeringMember(String role, String represents) {}
}
