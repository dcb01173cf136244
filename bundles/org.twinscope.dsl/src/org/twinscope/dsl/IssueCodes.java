/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl;

/**
 * Stable codes of the problems the Twinscope language reports. Tools (CLI, SARIF, quick fixes) key on them, so they
 * never change once released.
 * <p>
 * Some problems carry what a fix needs as Xtext issue data ({@code Issue.getData()}, the language server's
 * {@code Diagnostic.data}, the IDE's problem markers), so that front ends never parse messages: see {@link #SUGGESTION}
 * and {@link #EXAMPLE_DECLARATION}.
 */
public final class IssueCodes {

    private static final String PREFIX = "twinscope.";

    /**
     * Index, in the issue data of {@link #UNRESOLVED_REFERENCE} and {@link #INVALID_LEVEL}, of the accepted word
     * closest to what was written (the data is empty when none is close); in that of {@link #DEPRECATED_NAME}, the
     * reference written with the current name.
     */
    public static final int SUGGESTION = 0;
    /**
     * Index, in the issue data of {@link #UNCOVERED_CROSS_ORGANIZATION_ACTUATION}, of an actor declaration that would
     * declare the access, ready to be written into the system.
     */
    public static final int EXAMPLE_DECLARATION = 0;

    /** A reference to a name that is not declared (or not visible) where it is used. */
    public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolved-reference";
    /** A level that is neither a known name nor a number from 0 to 4. */
    public static final String INVALID_LEVEL = PREFIX + "invalid-level";
    /** A date that is not a valid ISO date (YYYY-MM-DD). */
    public static final String INVALID_DATE = PREFIX + "invalid-date";
    /** A number too large for an amount. */
    public static final String INVALID_NUMBER = PREFIX + "invalid-number";
    /** Two elements with the same qualified name, in one file or across files. */
    public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
    /** A synchronization that says neither how often nor on which trigger it happens. */
    public static final String MISSING_FREQUENCY = PREFIX + "missing-frequency";
    /** A periodic or batch frequency of zero. */
    public static final String ZERO_PERIOD = PREFIX + "zero-period";
    /** A twin that represents no asset and aggregates no twin. */
    public static final String TWIN_REPRESENTS_NOTHING = PREFIX + "twin-represents-nothing";
    /** A synchronization between two assets, or a twin synchronized with itself. */
    public static final String INVALID_SYNC_ENDPOINTS = PREFIX + "invalid-sync-endpoints";
    /** A twin commands an asset of another organization and no actor declares that access. */
    public static final String UNCOVERED_CROSS_ORGANIZATION_ACTUATION = PREFIX
            + "uncovered-cross-organization-actuation";
    /** A profile that extends itself, directly or through other profiles. */
    public static final String CYCLIC_PROFILE = PREFIX + "cyclic-profile";
    /** A rating of a practice that the assessed profile does not target. */
    public static final String UNTARGETED_RATING = PREFIX + "untargeted-rating";
    /** A practice targeted Consistent or higher whose rating covers a twin but not its asset or their link. */
    public static final String INCOMPLETE_SYSTEM_COVERAGE = PREFIX + "incomplete-system-coverage";
    /** A rule uses a fact that never holds for its subject kind. */
    public static final String FACT_NOT_APPLICABLE = PREFIX + "fact-not-applicable";
    /** A rating marked not applicable without a justification. */
    /** Evidence said to be at a relative path where there is no file. */
    public static final String EVIDENCE_NOT_FOUND = PREFIX + "evidence-not-found";

    /** A rating that does not say at which scope (general, industry, system) the practice was found. */
    public static final String MISSING_SCOPE = PREFIX + "missing-scope";

    public static final String MISSING_JUSTIFICATION = PREFIX + "missing-justification";
    /** A rating names as met a criterion of a level above the level it rates. */
    public static final String CRITERION_ABOVE_RATED_LEVEL = PREFIX + "criterion-above-rated-level";
    /** Two "criteria for" blocks give one practice a criterion of the same id. */
    public static final String DUPLICATE_CRITERION = PREFIX + "duplicate-criterion";
    /** A criterion of level none: criteria describe levels 1 (minimum) to 4 (formalized). */
    public static final String INVALID_CRITERION_LEVEL = PREFIX + "invalid-criterion-level";
    /** A profile inherits different targets for one practice and elements from two profiles it extends. */
    public static final String CONFLICTING_INHERITED_TARGETS = PREFIX + "conflicting-inherited-targets";
    /** An IEC 62443 security level outside 1 to 4. */
    public static final String INVALID_SECURITY_LEVEL = PREFIX + "invalid-security-level";

    /** A reference by a catalog element's former name, which still links. */
    public static final String DEPRECATED_NAME = PREFIX + "deprecated-name";
    /** A file without any declaration. */
    public static final String EMPTY_FILE = PREFIX + "empty-file";
    /** A .twin file holding SMM content or a .smm file holding a system. */
    public static final String WRONG_FILE_KIND = PREFIX + "wrong-file-kind";

    private IssueCodes() {
    }
}
