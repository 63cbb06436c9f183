package org.flipside.util;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The date a build stands for, so that the same input gives the same output on any day it is rebuilt. */
public final class BuildDate {

    private BuildDate() {}

    /**
     * {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC) when that variable is set and valid,
     * else today in UTC.
     */
    public static LocalDate resolve() {
        return resolve(System.getenv("SOURCE_DATE_EPOCH"));
    }

    static LocalDate resolve(String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), ZoneOffset.UTC);
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}
