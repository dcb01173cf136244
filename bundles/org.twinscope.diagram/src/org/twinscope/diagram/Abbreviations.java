/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import org.twinscope.model.smm.Practice;

/** Short badge texts for practices: the capitals of the identifier (AccessControl: AC). */
public final class Abbreviations {

    private Abbreviations() {
    }

    public static String of(Practice practice) {
        String name = practice.getName() == null ? "?" : practice.getName();
        StringBuilder capitals = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                capitals.append(c);
            }
        }
        return capitals.length() == 0 ? name.substring(0, Math.min(3, name.length())) : capitals.toString();
    }
}
