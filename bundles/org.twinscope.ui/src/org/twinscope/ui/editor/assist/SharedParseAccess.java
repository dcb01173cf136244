/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.editor.assist;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What the language's quick fixes need from a language server, answered from the editor's shared parse: Xtext's
 * resolutions find the element a problem is on through {@link #newLiveScopeResourceSet(URI)}. There is no server, no
 * client and no index here, so the rest is not offered.
 */
final class SharedParseAccess implements ILanguageServerAccess {

    private final XtextResource resource;
    private final Document document;

    /** The access to a parse of the document's text; valid while the caller holds the parse. */
    SharedParseAccess(XtextResource resource, Document document) {
        this.resource = resource;
        this.document = document;
    }

    @Override
    public ResourceSet newLiveScopeResourceSet(URI uri) {
        return resource.getResourceSet();
    }

    @Override
    public <T> T doSyncRead(String uri, Function<Context, T> function) {
        return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
    }

    @Override
    public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
        return CompletableFuture.completedFuture(doSyncRead(uri, function));
    }

    @Override
    public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
        throw new UnsupportedOperationException("the editor's quick fixes have no index");
    }

    @Override
    public void addBuildListener(IBuildListener listener) {
        throw new UnsupportedOperationException("the editor's quick fixes have no build");
    }

    @Override
    public LanguageClient getLanguageClient() {
        return null;
    }

    /** None: edits then come as a plain map from document to edits, which is all the editor reads. */
    @Override
    public InitializeParams getInitializeParams() {
        return null;
    }

    @Override
    public InitializeResult getInitializeResult() {
        return null;
    }
}
