/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the running Twinscope, from its jar's manifest. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = readBundleVersion();
        }
        return new String[] { "twinscope " + version };
    }

    private static String readBundleVersion() {
        try (var in = Main.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in != null) {
                String version = new java.util.jar.Manifest(in).getMainAttributes().getValue("Bundle-Version");
                if (version != null) {
                    return version;
                }
            }
        } catch (java.io.IOException e) {
            // fall through to "unknown"
        }
        return "(unknown version)";
    }
}
