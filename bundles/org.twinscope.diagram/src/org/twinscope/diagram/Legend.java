/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Colors by status, and the legend that explains them and the shapes; shared by the SVG and the IDE's own drawing.
 */
public final class Legend {

    static final double HEIGHT = 64;

    /** Wide enough for both legend rows. */
    static final double WIDTH = 1000;

    /** Fill and stroke per status; "" is an element where no practice in scope applies. */
    static final Map<String, String[]> COLORS = new LinkedHashMap<>();

    static {
        COLORS.put("gap", new String[] { "#f7d4d2", "#c0392b", "gap (size in levels)" });
        COLORS.put("not-assessed", new String[] { "#fcebc2", "#b9770e", "not assessed" });
        COLORS.put("untargeted", new String[] { "#dde8f5", "#2e6aa8", "applies, no target" });
        COLORS.put("met", new String[] { "#d4eedb", "#1e8449", "target met" });
        COLORS.put("not-applicable", new String[] { "#e6e6e6", "#7f8c8d", "rated not applicable" });
        COLORS.put("overridden", new String[] { "#eeeeee", "#999999", "declared not applicable" });
        COLORS.put("", new String[] { "#ffffff", "#8a9aa9", "nothing in scope applies" });
    }

    private Legend() {
    }

    /** The fill of an element with the status, as #rrggbb. */
    public static String fill(String status) {
        return COLORS.getOrDefault(status, COLORS.get(""))[0];
    }

    /** The outline and text color of an element with the status, as #rrggbb. */
    public static String stroke(String status) {
        return COLORS.getOrDefault(status, COLORS.get(""))[1];
    }
}
