package org.flipside.match;

/**
 * What the report says about the scheme around the pairs.
 *
 * @param language        the page language, e.g. {@code en-GB}
 * @param matcher         who matches (from {@code matching.matcher}); nullable
 * @param retentionMonths from {@code privacy.retention_months}
 * @param deleteBy        the date to delete the folder by, e.g. {@code 2027-11-27}; nullable when not known
 * @param responsesFile   the responses file's name, for the report's heading
 */
public record ReportContext(String schemeName, String organisation, String language, String matcher,
                            int retentionMonths, String deleteBy, String responsesFile) {}
