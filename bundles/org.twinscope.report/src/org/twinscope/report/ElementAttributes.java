/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.twinscope.analysis.facts.Frequencies;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Frequency;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.TwinPackage;
import org.twinscope.model.util.ElementNames;

/**
 * What the model states about an element, as text by feature name: kind, criticality, owner, source, frequency,
 * fidelity and whatever the metamodel adds later, read reflectively so that no attribute is forgotten. Names and
 * descriptions are left out (the name is the key; a description changes nothing for security), and so are the
 * elements an element contains (they are elements of their own); the enclosing boundary is stated as "in".
 */
final class ElementAttributes {

    private ElementAttributes() {
    }

    static Map<String, String> of(SystemElement element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (element.eContainer() instanceof Boundary boundary) {
            attributes.put("in", ElementNames.qualified(boundary));
        }
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature == TwinPackage.Literals.NAMED_ELEMENT__NAME
                    || feature == TwinPackage.Literals.NAMED_ELEMENT__DESCRIPTION || !element.eIsSet(feature)
                    || feature.isTransient() || feature.isDerived()
                    || (feature instanceof EReference reference && reference.isContainment() && reference.isMany())) {
                continue;
            }
            String text = text(element.eGet(feature), feature);
            if (text != null && !text.isEmpty()) {
                attributes.put(feature.getName(), text);
            }
        }
        return attributes;
    }

    private static String text(Object value, EStructuralFeature feature) {
        if (value instanceof List<?> values) {
            return String.join(", ", values.stream().map(v -> text(v, feature)).toList());
        }
        if (value instanceof Frequency frequency) {
            return Frequencies.describe(frequency);
        }
        if (value instanceof SystemElement element) {
            return ElementNames.qualified(element);
        }
        if (value instanceof Enumerator literal) {
            return JsonReport.keyword(literal.getLiteral());
        }
        if (value instanceof EObject) {
            return null; // a contained value without a text form says nothing comparable
        }
        if (feature instanceof EAttribute && value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        return value == null ? null : String.valueOf(value);
    }
}
