/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.osgi.framework.Bundle;
import org.twinscope.ui.TwinscopeUiPlugin;

/** The repository's examples, shipped inside this bundle (examples/), copied into new projects on request. */
public final class Examples {

    private Examples() {
    }

    /** The example names (folders under examples/ in the bundle). */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        Enumeration<String> paths = bundle().getEntryPaths("examples/");
        while (paths != null && paths.hasMoreElements()) {
            String path = paths.nextElement();
            if (path.endsWith("/")) {
                names.add(path.substring("examples/".length(), path.length() - 1));
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * What the example is, in one sentence: the first sentence of its README's first paragraph (each example's
     * README starts with a sentence that says what system it describes).
     */
    public static String description(String example) {
        URL readme = bundle().getEntry("examples/" + example + "/README.md");
        if (readme == null) {
            return "";
        }
        try (InputStream in = readme.openStream()) {
            StringBuilder paragraph = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.startsWith("#") || line.isBlank()) {
                    if (!paragraph.isEmpty()) {
                        break;
                    }
                    continue;
                }
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
            int end = paragraph.indexOf(". ");
            return end < 0 ? paragraph.toString() : paragraph.substring(0, end + 1);
        } catch (IOException e) {
            return "";
        }
    }

    /** Copies an example's Twinscope files and README into the project. */
    public static void copyInto(String example, IProject project) throws CoreException, IOException {
        Enumeration<URL> entries = bundle().findEntries("examples/" + example, "*", false);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            if (name.isEmpty() || !(name.endsWith(".twin") || name.endsWith(".smm") || name.endsWith(".md"))) {
                continue;
            }
            IFile file = project.getFile(name);
            try (InputStream in = entry.openStream()) {
                if (!file.exists()) {
                    file.create(in, true, null);
                }
            }
        }
    }

    private static Bundle bundle() {
        return TwinscopeUiPlugin.getDefault().getBundle();
    }
}
