/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.twinscope.dsl.conversion.TwinscopeValueConverters;
import org.twinscope.dsl.linking.NoGeneration;
import org.twinscope.dsl.linking.TwinscopeResource;
import org.twinscope.dsl.naming.TwinscopeQualifiedNameProvider;
import org.twinscope.dsl.naming.TwinscopeResourceDescriptionManager;
import org.twinscope.dsl.naming.TwinscopeResourceDescriptionStrategy;
import org.twinscope.dsl.parser.GuardedTwinscopeParser;
import org.twinscope.dsl.parser.TwinscopeSyntaxErrorMessageProvider;
import org.twinscope.dsl.scoping.SystemNamespaceScopeProvider;
import org.twinscope.dsl.scoping.TwinscopeGlobalScopeProvider;
import org.twinscope.dsl.validation.TwinscopeLinkingDiagnosticMessageProvider;
import org.twinscope.dsl.validation.TwinscopeNamesAreUniqueValidationHelper;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** The Twinscope language's own services, in place of Xtext's defaults. */
public class TwinscopeRuntimeModule extends AbstractTwinscopeRuntimeModule {

    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return TwinscopeResource.class;
    }

    /**
     * Twinscope generates no files from its models: Xtext's default would validate every file a second time in each
     * build of the language server, only to decide whether to run a generator there is none of.
     */
    public Class<? extends IShouldGenerate> bindIShouldGenerate() {
        return NoGeneration.class;
    }

    @Override
    public Class<? extends IParser> bindIParser() {
        return GuardedTwinscopeParser.class;
    }

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return TwinscopeValueConverters.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return TwinscopeQualifiedNameProvider.class;
    }

    @Override
    public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
        return TwinscopeGlobalScopeProvider.class;
    }

    @Override
    public void configureIScopeProviderDelegate(Binder binder) {
        binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
                .to(SystemNamespaceScopeProvider.class);
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return TwinscopeSyntaxErrorMessageProvider.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return TwinscopeLinkingDiagnosticMessageProvider.class;
    }

    /**
     * EMF's generic constraints (required features, enumeration literals, containment) hold for every object the
     * parser builds from text: each required feature is mandatory in the grammar and references are checked by the
     * linker, so they could only repeat syntax and linking errors, at about a tenth of the time it takes to read a file.
     */
    public void configureUseEObjectValidator(Binder binder) {
        binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR))
                .toInstance(false);
    }

    public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
        return TwinscopeResourceDescriptionStrategy.class;
    }

    public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
        return TwinscopeResourceDescriptionManager.class;
    }

    public Class<? extends INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
        return TwinscopeNamesAreUniqueValidationHelper.class;
    }
}
