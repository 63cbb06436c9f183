package org.flipside.model;

import java.time.LocalDate;
import java.util.List;

public record Recruitment(LocalDate opens, LocalDate closes, List<String> channels) {}
