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

    /** Reads the manifest of the jar this class comes from (not the first manifest on the class path). */
    private static String readBundleVersion() {
        java.net.URL self = Main.class.getResource("Main.class");
        String location = self == null ? "" : self.toString();
        int separator = location.indexOf("!/");
        if (!location.startsWith("jar:") || separator < 0) {
            return "(unknown version)";
        }
        try (var in = java.net.URI.create(location.substring(0, separator + 2) + "META-INF/MANIFEST.MF").toURL()
                .openStream()) {
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
