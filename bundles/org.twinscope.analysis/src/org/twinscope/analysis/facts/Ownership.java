/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.analysis.facts;

import org.eclipse.emf.ecore.EObject;
import org.twinscope.model.twin.Actor;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Organization;
import org.twinscope.model.twin.SystemElement;

/**
 * Which organization owns, and which one operates (hosts), an element of a twin system. Both are inherited from
 * the enclosing boundaries: a boundary without an owner belongs to the owner of the boundary around it.
 */
public final class Ownership {

    private Ownership() {
    }

    /** The owning organization, or null when no boundary around the element names one. */
    public static Organization owner(SystemElement element) {
        if (element instanceof Organization organization) {
            return organization;
        }
        if (element instanceof Actor actor) {
            return actor.getOrganization();
        }
        if (element instanceof Asset asset && asset.getOwner() != null) {
            return asset.getOwner();
        }
        if (element instanceof Boundary boundary && boundary.getOwner() != null) {
            return boundary.getOwner();
        }
        Boundary enclosing = enclosingBoundary(element);
        return enclosing == null ? null : owner(enclosing);
    }

    /**
     * The organization that runs the infrastructure the element lives on: the nearest "hosted-by" of the enclosing
     * boundaries, or else the owner.
     */
    public static Organization host(SystemElement element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Boundary boundary && boundary.getHostedBy() != null) {
                return boundary.getHostedBy();
            }
        }
        return owner(element);
    }

    /** The innermost boundary that contains the element (not the element itself), or null at system level. */
    public static Boundary enclosingBoundary(EObject element) {
        for (EObject current = element.eContainer(); current != null; current = current.eContainer()) {
            if (current instanceof Boundary boundary) {
                return boundary;
            }
        }
        return null;
    }

    /** Two organizations are different only when both are known and they are not the same. */
    public static boolean differ(Organization a, Organization b) {
        return a != null && b != null && a != b;
    }
}
