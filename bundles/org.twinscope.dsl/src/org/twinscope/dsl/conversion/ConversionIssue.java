/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A value that cannot be converted, with the issue code (and issue data) under which it is reported, so that the
 * syntax error the parser makes of it can be filtered and quick-fixed like any validation issue.
 */
public class ConversionIssue extends ValueConverterWithValueException {

    private static final long serialVersionUID = 1L;

    private final String issueCode;
    private final String[] issueData;

    public ConversionIssue(String message, INode node, Object fallbackValue, String issueCode, String... issueData) {
        super(message, node, fallbackValue, null);
        this.issueCode = issueCode;
        this.issueData = issueData.clone();
    }

    public String getIssueCode() {
        return issueCode;
    }

    /** What a fix needs, as {@link org.twinscope.dsl.IssueCodes} says for the code; empty for most codes. */
    public String[] getIssueData() {
        return issueData.clone();
    }
}
