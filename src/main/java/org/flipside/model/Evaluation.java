package org.flipside.model;

import java.util.List;

/** {@code framework}: kirkpatrick | custom. */
public record Evaluation(String framework, List<Measure> measures, Reporting reporting) {

    public record Measure(String id, String title, MeasureLevel level, Instrument instrument, List<Moment> when,
                          List<String> items) {}

    /** Results for groups smaller than {@code minGroupSize} are never shown. */
    public record Reporting(int minGroupSize, List<String> audience) {}
}
