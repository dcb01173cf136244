/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A value that cannot be converted, with the issue code under which it is reported, so that the syntax error the
 * parser makes of it can be filtered and quick-fixed like any validation issue.
 */
public class ConversionIssue extends ValueConverterWithValueException {

    private static final long serialVersionUID = 1L;

    private final String issueCode;

    public ConversionIssue(String message, INode node, Object fallbackValue, String issueCode) {
        super(message, node, fallbackValue, null);
        this.issueCode = issueCode;
    }

    public String getIssueCode() {
        return issueCode;
    }
}
