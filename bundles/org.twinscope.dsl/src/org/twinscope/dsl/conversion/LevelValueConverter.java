/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.conversion;

import java.util.Locale;
import java.util.Map;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.smm.Comprehensiveness;

/**
 * Comprehensiveness levels written by name (none, minimum, ad-hoc, consistent, formalized) or by number (0-4).
 * Anything else is reported with the accepted values and, for a misspelled name, the closest one.
 */
public class LevelValueConverter implements IValueConverter<Comprehensiveness> {

    /** The names the serializer and formatter write, by level. */
    private static final Map<Comprehensiveness, String> CANONICAL = Map.of(
            Comprehensiveness.NONE, "none",
            Comprehensiveness.MINIMUM, "minimum",
            Comprehensiveness.AD_HOC, "ad-hoc",
            Comprehensiveness.CONSISTENT, "consistent",
            Comprehensiveness.FORMALIZED, "formalized");

    private static final String ACCEPTED = "none (0), minimum (1), ad-hoc (2), consistent (3) or formalized (4)";

    public static String canonicalName(Comprehensiveness level) {
        return CANONICAL.get(level);
    }

    @Override
    public Comprehensiveness toValue(String string, INode node) throws ValueConverterException {
        if (string == null || string.isBlank()) {
            throw new ConversionIssue("A level is missing; write " + ACCEPTED + ".", node, null,
                    IssueCodes.INVALID_LEVEL);
        }
        String text = string.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (text.chars().allMatch(Character::isDigit)) {
            return byNumber(text, node);
        }
        String normalized = text.replace("_", "-").equals("adhoc") ? "ad-hoc" : text.replace("_", "-");
        for (Map.Entry<Comprehensiveness, String> entry : CANONICAL.entrySet()) {
            if (entry.getValue().equals(normalized)) {
                return entry.getKey();
            }
        }
        String closest = Spelling.closest(normalized, CANONICAL.values());
        String hint = closest == null ? "" : " Did you mean '" + closest + "'?";
        String[] suggestion = closest == null ? new String[0] : new String[] { closest };
        throw new ConversionIssue("Unknown level '" + string + "'." + hint + " Levels are " + ACCEPTED + ".", node,
                null, IssueCodes.INVALID_LEVEL, suggestion);
    }

    private static Comprehensiveness byNumber(String digits, INode node) {
        int value = digits.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        Comprehensiveness level = Comprehensiveness.get(value);
        if (level == null) {
            throw new ConversionIssue("Level " + digits + " is outside 0-4; use " + ACCEPTED + ".", node, null,
                    IssueCodes.INVALID_LEVEL);
        }
        return level;
    }

    @Override
    public String toString(Comprehensiveness value) throws ValueConverterException {
        if (value == null) {
            throw new ValueConverterException("A level is required", null, null);
        }
        return canonicalName(value);
    }
}
