/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.targets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.twinscope.model.smm.Profile;

/**
 * A profile with the profiles it extends, directly or not, each with its distance (0 for the profile itself).
 * Inheritance cycles are cut, never followed forever; {@link #findCycle(Profile)} reports them.
 */
public final class ProfileHierarchy {

    private final Map<Profile, Integer> distances;

    private ProfileHierarchy(Map<Profile, Integer> distances) {
        this.distances = distances;
    }

    /** Breadth-first from the profile, so that every profile gets its shortest distance. */
    public static ProfileHierarchy of(Profile profile) {
        Map<Profile, Integer> distances = new LinkedHashMap<>();
        List<Profile> frontier = List.of(profile);
        int distance = 0;
        while (!frontier.isEmpty()) {
            List<Profile> next = new ArrayList<>();
            for (Profile current : frontier) {
                if (current == null || current.eIsProxy() || distances.containsKey(current)) {
                    continue;
                }
                distances.put(current, distance);
                next.addAll(current.getExtends());
            }
            frontier = next;
            distance++;
        }
        return new ProfileHierarchy(distances);
    }

    /** The profile and its ancestors, nearest first. */
    public Set<Profile> profiles() {
        return Collections.unmodifiableSet(distances.keySet());
    }

    /** 0 for the profile itself, 1 for what it extends, and so on. */
    public int distance(Profile profile) {
        return distances.getOrDefault(profile, Integer.MAX_VALUE);
    }

    /**
     * A chain of profiles that leads from the profile back to itself (first and last element are the profile), or
     * an empty list when the profile's inheritance has no cycle through it.
     */
    public static List<Profile> findCycle(Profile profile) {
        List<Profile> path = new ArrayList<>();
        path.add(profile);
        return search(profile, profile, path, new LinkedHashSet<>()) ? path : List.of();
    }

    private static boolean search(Profile start, Profile current, List<Profile> path, Set<Profile> visited) {
        for (Profile parent : current.getExtends()) {
            if (parent == null || parent.eIsProxy()) {
                continue;
            }
            path.add(parent);
            if (parent == start) {
                return true;
            }
            if (visited.add(parent) && search(start, parent, path, visited)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
