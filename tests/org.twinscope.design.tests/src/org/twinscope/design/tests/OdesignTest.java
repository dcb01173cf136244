/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.twinscope.design.services.ScopeServices;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.twin.TwinPackage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the Sirius .odesign without a Sirius runtime (Sirius is not available where we build): every domain class
 * and feature it names exists in our metamodel, every service it calls exists on ScopeServices with a receiver of the
 * right type, and every internal mapping reference resolves. What Sirius itself would do with the file is not
 * exercised here.
 */
class OdesignTest {

    private static final Pattern SERVICE = Pattern.compile("^service:(\\w+)$");
    private static final Pattern AQL_SELF_CALL = Pattern.compile("self\\.(\\w+)\\(");
    private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("sourceMapping", "targetMapping",
            "reusedContainerMappings", "reusedNodeMappings", "reusedBorderedNodeMappings", "mappings");

    private static Document odesign;

    @BeforeAll
    static void load() throws Exception {
        URL entry = FrameworkUtil.getBundle(ScopeServices.class).getEntry("description/twinscope.odesign");
        assertNotNull(entry, "description/twinscope.odesign is not in the org.twinscope.design bundle");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = entry.openStream()) {
            odesign = factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void everyDomainClassExists() {
        List<Element> mapped = elementsWith("domainClass");
        assertTrue(mapped.size() >= 5, "the viewpoint maps the main classes");
        for (Element element : mapped) {
            eClass(element.getAttribute("domainClass"));
        }
    }

    @Test
    void metamodelsAreOurs() {
        List<String> hrefs = new ArrayList<>();
        NodeList metamodels = odesign.getElementsByTagName("metamodel");
        for (int i = 0; i < metamodels.getLength(); i++) {
            hrefs.add(((Element) metamodels.item(i)).getAttribute("href"));
        }
        assertEquals(List.of(TwinPackage.eNS_URI + "#/", SmmPackage.eNS_URI + "#/"), hrefs);
    }

    @Test
    void everyFeatureExpressionNamesAFeatureOfItsContext() {
        int checked = 0;
        for (Element element : elementsWith("semanticCandidatesExpression")) {
            EClass context = contextOf(element);
            String feature = feature(element.getAttribute("semanticCandidatesExpression"));
            assertNotNull(context.getEStructuralFeature(feature),
                    context.getName() + " has no feature " + feature + " (mapping " + element.getAttribute("name") + ")");
            checked++;
        }
        for (Element edge : elementsWith("sourceFinderExpression")) {
            EClass domain = eClass(edge.getAttribute("domainClass"));
            for (String attribute : List.of("sourceFinderExpression", "targetFinderExpression")) {
                String feature = feature(edge.getAttribute(attribute));
                assertNotNull(domain.getEStructuralFeature(feature), domain.getName() + " has no feature " + feature);
                checked++;
            }
        }
        for (Element element : elementsWith("labelExpression")) {
            String expression = element.getAttribute("labelExpression");
            if (expression.startsWith("feature:")) {
                EClass context = contextOf(element);
                assertNotNull(context.getEStructuralFeature(feature(expression)),
                        context.getName() + " has no feature " + feature(expression));
                checked++;
            }
        }
        assertTrue(checked > 5);
    }

    @Test
    void everyServiceExistsWithTheRightReceiver() throws Exception {
        Class<?> services = javaExtension();
        int checked = 0;
        for (Element element : allElements()) {
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
                String value = element.getAttributes().item(i).getNodeValue();
                List<String> calls = new ArrayList<>();
                Matcher service = SERVICE.matcher(value);
                if (service.matches()) {
                    calls.add(service.group(1));
                }
                if (value.startsWith("aql:")) {
                    Matcher aql = AQL_SELF_CALL.matcher(value);
                    while (aql.find()) {
                        calls.add(aql.group(1));
                    }
                }
                for (String call : calls) {
                    EClass receiver = contextOf(element);
                    Method method = serviceMethod(services, call, receiver);
                    assertNotNull(method, "no public service " + call + "(" + receiver.getName()
                            + ", ...) in " + services.getName() + " (used in " + element.getNodeName() + ")");
                    checked++;
                }
            }
        }
        assertTrue(checked > 10, "services are called");
    }

    @Test
    void everyMappingReferenceResolves() {
        int checked = 0;
        for (Element element : allElements()) {
            for (String attribute : REFERENCE_ATTRIBUTES) {
                if (!element.hasAttribute(attribute)) {
                    continue;
                }
                for (String reference : element.getAttribute(attribute).trim().split("\\s+")) {
                    assertNotNull(resolve(reference), "unresolved " + attribute + " " + reference);
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "layers and edges refer to mappings");
    }

    @Test
    void everyPracticeHasItsLayer() {
        List<String> layers = new ArrayList<>();
        NodeList additional = odesign.getElementsByTagName("additionalLayers");
        for (int i = 0; i < additional.getLength(); i++) {
            layers.add(((Element) additional.item(i)).getAttribute("name"));
        }
        assertEquals(18, layers.size());
        assertTrue(layers.contains("AccessControl") && layers.contains("ThreatModeling"));
    }

    @Test
    void layoutIsElkLayered() {
        NodeList layouts = odesign.getElementsByTagName("layout");
        assertEquals(1, layouts.getLength());
        assertEquals("org.eclipse.elk.layered", ((Element) layouts.item(0)).getAttribute("id"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Class<?> javaExtension() throws ClassNotFoundException {
        NodeList extensions = odesign.getElementsByTagName("ownedJavaExtensions");
        assertEquals(1, extensions.getLength());
        String name = ((Element) extensions.item(0)).getAttribute("qualifiedClassName");
        Class<?> type = ScopeServices.class.getClassLoader().loadClass(name);
        assertTrue(Modifier.isPublic(type.getModifiers()));
        assertFalse(type.getConstructors().length == 0, "Sirius needs a public no-argument constructor");
        return type;
    }

    private static Method serviceMethod(Class<?> services, String name, EClass receiver) {
        for (Method method : services.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() >= 1
                    && method.getParameterTypes()[0].isAssignableFrom(receiver.getInstanceClass())) {
                return method;
            }
        }
        return null;
    }

    /** The domain class an expression on this element is evaluated on: that of the nearest mapping around it. */
    private static EClass contextOf(Element element) {
        boolean candidates = element.hasAttribute("semanticCandidatesExpression");
        Node current = candidates ? element.getParentNode() : element;
        while (current instanceof Element e) {
            if (e.hasAttribute("domainClass") && !e.getNodeName().equals("decorationDescriptions")) {
                return eClass(e.getAttribute("domainClass"));
            }
            if (e.getNodeName().equals("decorationDescriptions")) {
                // decorations are evaluated on the elements of the mappings they decorate: check the most general
                return TwinPackage.Literals.SYSTEM_ELEMENT;
            }
            if (e.getNodeName().equals("defaultLayer") || e.getNodeName().equals("additionalLayers")) {
                current = e.getParentNode();
                continue;
            }
            current = e.getParentNode();
        }
        throw new AssertionError("no domain class around " + element.getNodeName());
    }

    private static EClass eClass(String qualified) {
        String[] parts = qualified.split("::");
        assertEquals(2, parts.length, "domain class " + qualified + " is not package::Class");
        EPackage ePackage = switch (parts[0]) {
            case "twin" -> TwinPackage.eINSTANCE;
            case "smm" -> SmmPackage.eINSTANCE;
            default -> throw new AssertionError("unknown package " + parts[0] + " in " + qualified);
        };
        EClassifier classifier = ePackage.getEClassifier(parts[1]);
        assertTrue(classifier instanceof EClass, "no class " + qualified + " in our metamodel");
        return (EClass) classifier;
    }

    private static String feature(String expression) {
        assertTrue(expression.startsWith("feature:"), "expected a feature expression: " + expression);
        return expression.substring("feature:".length());
    }

    /** Resolves "//@a[name='x']/@b/@c[name='y']" against the document, as EMF resolves such URI fragments. */
    private static Element resolve(String reference) {
        if (!reference.startsWith("//")) {
            return null;
        }
        Element current = odesign.getDocumentElement();
        for (String segment : reference.substring(2).split("/")) {
            Matcher matcher = Pattern.compile("@(\\w+)(?:\\[name='([^']*)'\\])?").matcher(segment);
            if (!matcher.matches()) {
                return null;
            }
            Element next = null;
            for (Node child = current.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && e.getNodeName().equals(matcher.group(1))
                        && (matcher.group(2) == null || matcher.group(2).equals(e.getAttribute("name")))) {
                    next = e;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }

    private static List<Element> elementsWith(String attribute) {
        return allElements().stream().filter(e -> e.hasAttribute(attribute)).toList();
    }

    private static List<Element> allElements() {
        List<Element> elements = new ArrayList<>();
        NodeList all = odesign.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }
}
