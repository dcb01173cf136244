/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (version 5, RFC 9562) for OSCAL documents: derived from what a thing is ("finding", assessment,
 * practice, element), never random, so that two exports of the same model are identical and diffable, and a finding
 * keeps its UUID from one export to the next.
 */
final class OscalUuid {

    /** Our namespace: itself a version 5 UUID of "twinscope.org" in the DNS namespace of RFC 9562. */
    private static final UUID NAMESPACE = of(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "twinscope.org");

    private OscalUuid() {
    }

    /** The UUID of a thing named by its parts, e.g. ("finding", "Audit2026Q3", "AccessControl", "Line.Twin"). */
    static String of(String... parts) {
        return of(NAMESPACE, String.join("\n", parts)).toString();
    }

    private static UUID of(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        ByteBuffer prefix = ByteBuffer.allocate(16);
        prefix.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(prefix.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
