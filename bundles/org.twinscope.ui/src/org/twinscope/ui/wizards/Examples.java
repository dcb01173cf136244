/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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
