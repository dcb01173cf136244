/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Several in-memory Twinscope files in one resource set, as in a project folder. */
class TestWorkspace {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    private XtextResourceSet resourceSet;

    TestWorkspace reset() {
        resourceSet = resourceSets.get();
        return this;
    }

    XtextResource add(String fileName, String text) {
        return add(URI.createURI("memory:/project/" + fileName), text);
    }

    XtextResource add(URI uri, String text) {
        if (resourceSet == null) {
            reset();
        }
        Resource resource = resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (XtextResource) resource;
    }

    EObject root(String fileName) {
        return resourceSet.getResource(URI.createURI("memory:/project/" + fileName), false).getContents().get(0);
    }

    XtextResourceSet resourceSet() {
        return resourceSet;
    }

    List<Issue> validate(XtextResource resource) {
        return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    static List<Issue> withCode(List<Issue> issues, String code) {
        return issues.stream().filter(i -> code.equals(i.getCode())).toList();
    }
}
