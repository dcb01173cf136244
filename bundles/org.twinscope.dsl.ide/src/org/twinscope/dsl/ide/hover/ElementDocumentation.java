/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.hover;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.TextRegion;
import org.twinscope.analysis.criteria.PracticeCriteria;
import org.twinscope.analysis.facts.Ownership;
import org.twinscope.analysis.matrix.BoundaryMatrix;
import org.twinscope.analysis.targets.EffectiveTarget;
import org.twinscope.analysis.targets.EffectiveTargets;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.dsl.library.BuiltInLibrary;
import org.twinscope.dsl.scoping.VisibleCriteria;
import org.twinscope.dsl.validation.Keywords;
import org.twinscope.model.smm.ApplicabilityRule;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.CriteriaSet;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.Domain;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.smm.SmmPackage;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.Organization;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.SystemElement;
import org.twinscope.model.twin.Twin;

import com.google.inject.Inject;
import org.twinscope.model.util.ElementNames;

/**
 * Markdown that explains an element where it is used: a practice's objective and the rules that bring it into scope,
 * a profile's lineage, an element's kind and owning organization; for a name that names nothing, why.
 */
public class ElementDocumentation {

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    @Inject
    private BuiltInLibrary library;

    @Inject
    private EObjectAtOffsetHelper offsetHelper;

    @Inject
    private VisibleCriteria visibleCriteria;

    /** Markdown for the element, or null when there is nothing specific to say. */
    public String describe(EObject element) {
        if (element instanceof Practice practice) {
            return practice(practice);
        }
        if (element instanceof CatalogElement catalogElement) {
            return catalogElement(catalogElement);
        }
        if (element instanceof Profile profile) {
            return profile(profile);
        }
        if (element instanceof Criterion criterion) {
            return criterion(criterion);
        }
        if (element instanceof Rating rating) {
            return rating(rating);
        }
        if (element instanceof ApplicabilityRule rule) {
            return "**Rule " + rule.getName() + "**\n\n" + ruleLine(rule);
        }
        if (element instanceof SystemElement systemElement) {
            return systemElement(systemElement);
        }
        return null;
    }

    /**
     * Markdown for a reference at the offset that names nothing: the name and what the language says about it (the
     * linking problem, "Unknown asset 'Ghost'. Did you mean ...?"), or null when there is no reference there.
     */
    public String describeUnresolved(XtextResource resource, int offset) {
        INode node = offsetHelper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
        if (node == null) {
            return null;
        }
        StringBuilder text = new StringBuilder("**").append(NodeModelUtils.getTokenText(node))
                .append("** (unresolved)\n\n");
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (error instanceof AbstractDiagnostic diagnostic
                    && IssueCodes.UNRESOLVED_REFERENCE.equals(diagnostic.getCode())
                    && diagnostic.getOffset() <= node.getOffset()
                    && node.getEndOffset() <= diagnostic.getOffset() + diagnostic.getLength()) {
                return text.append(diagnostic.getMessage()).toString();
            }
        }
        return text.append("Nothing of this name is declared where this reference looks: in this file, the other "
                + "files of the project or the built-in library.").toString();
    }

    private String practice(Practice practice) {
        StringBuilder text = new StringBuilder("**").append(ElementNames.title(practice)).append("** (SMM practice");
        SubDomain subDomain = practice.getSubDomain();
        if (subDomain != null) {
            text.append(", ");
            if (subDomain.getDomain() != null) {
                text.append(ElementNames.title(subDomain.getDomain())).append(" > ");
            }
            // "sub-domain Threat Modeling" where the practice has the same title
            text.append(ElementNames.distinctTitle(subDomain));
        }
        text.append(")\n\n");
        if (practice.getObjective() != null) {
            text.append(practice.getObjective()).append("\n\n");
        }
        List<Criterion> criteria = visibleCriteria.of(practice, practice.eResource());
        if (!criteria.isEmpty()) {
            text.append("Criteria:\n");
            criteria.forEach(c -> text.append(criterionLine(c)));
            text.append('\n');
        }
        List<ApplicabilityRule> rules = rulesFor(practice);
        if (rules.isEmpty()) {
            text.append("No applicability rule brings this practice into scope.");
        } else {
            text.append("Brought into scope by:\n");
            for (ApplicabilityRule rule : rules) {
                text.append("- ").append(ruleLine(rule)).append('\n');
            }
        }
        return text.toString();
    }

    private static String criterionLine(Criterion criterion) {
        return "- " + (criterion.getLevel() == null ? "" : criterion.getLevel().getLiteral() + " ") + "**"
                + criterion.getName() + "** " + criterion.getText() + "\n";
    }

    private static String criterion(Criterion criterion) {
        StringBuilder text = new StringBuilder("**").append(criterion.getName()).append("** (criterion");
        if (criterion.eContainer() instanceof Practice practice) {
            text.append(" of ").append(ElementNames.title(practice));
        } else if (criterion.eContainer() instanceof CriteriaSet set && set.getPractice() != null) {
            text.append(" of ").append(ElementNames.title(set.getPractice()));
        }
        if (criterion.getLevel() != null) {
            text.append(" at ").append(criterion.getLevel().getLiteral());
        }
        return text.append(")\n\n").append(criterion.getText()).toString();
    }

    /**
     * A rating: the level, the criteria named as met, and, against the target of the assessed profile, the criteria
     * still open on the way there (as the analysis counts them, for this rating alone).
     */
    private String rating(Rating rating) {
        Practice practice = rating.getPractice();
        if (practice == null || practice.eIsProxy()) {
            return null;
        }
        StringBuilder text = new StringBuilder("**").append(ElementNames.title(practice)).append("** rated ")
                .append(rating.isNotApplicable() ? "not applicable" : rating.getLevel().getLiteral()).append("\n\n");
        if (rating.isNotApplicable()) {
            return text.toString();
        }
        List<Criterion> met = rating.getMetCriteria().stream().filter(c -> !c.eIsProxy()).toList();
        if (!met.isEmpty()) {
            text.append("Met:\n");
            met.forEach(c -> text.append(criterionLine(c)));
            text.append('\n');
        }
        Assessment assessment = rating.getAssessment();
        Profile profile = assessment == null ? null : assessment.getProfile();
        if (profile == null || profile.eIsProxy()) {
            return text.toString();
        }
        EffectiveTargets targets = EffectiveTargets.of(profile);
        EffectiveTarget target = (rating.getElements().isEmpty() ? targets.forPractice(practice)
                : targets.forPractice(practice, rating.getElements().get(0))).orElse(null);
        if (target == null) {
            return text.append("Profile ").append(profile.getName()).append(" sets no target for this practice.")
                    .toString();
        }
        Set<String> metIds = new HashSet<>();
        met.forEach(c -> metIds.add(c.getName()));
        List<Criterion> open = PracticeCriteria.of(visibleCriteria.setsFor(practice, rating.eResource()))
                .open(practice, rating.getLevel(), target.level(), metIds);
        text.append("Target ").append(target.level().getLiteral()).append(" (").append(target.provenance())
                .append(')');
        if (open.isEmpty()) {
            text.append(rating.getLevel().getValue() >= target.level().getValue() ? ": reached."
                    : ": no criteria are open.");
        } else {
            text.append("; still open:\n");
            open.forEach(c -> text.append(criterionLine(c)));
        }
        return text.toString();
    }

    private String catalogElement(CatalogElement element) {
        StringBuilder text = new StringBuilder("**").append(ElementNames.title(element)).append("** (SMM ")
                .append(element instanceof Domain ? "domain" : "sub-domain").append(")\n\n");
        if (element.getDescription() != null) {
            text.append(ShortText.of(element.getDescription(), ShortText.HOVER_LIMIT))
                    .append("\n\n");
        }
        List<Practice> practices = new ArrayList<>();
        if (element instanceof SubDomain subDomain) {
            practices.addAll(subDomain.getPractices());
        } else if (element instanceof Domain domain) {
            domain.getSubDomains().forEach(s -> practices.addAll(s.getPractices()));
        }
        text.append("Practices: ");
        text.append(String.join(", ", practices.stream().map(ElementNames::title).toList()));
        return text.toString();
    }

    private static String profile(Profile profile) {
        StringBuilder text = new StringBuilder("**Profile ").append(profile.getName()).append("**\n\n");
        if (profile.getDescription() != null) {
            text.append(ShortText.of(profile.getDescription(), ShortText.HOVER_LIMIT))
                    .append("\n\n");
        }
        if (!profile.getExtends().isEmpty()) {
            text.append("Extends ").append(String.join(", ",
                    profile.getExtends().stream().map(Profile::getName).toList())).append(". ");
        }
        if (profile.getIndustry() != null) {
            text.append("Industry-scope targets from: ").append(profile.getIndustry()).append(". ");
        }
        text.append(profile.getTargets().size()).append(" targets of its own.");
        return text.toString();
    }

    private static String systemElement(SystemElement element) {
        String kind = ElementNames.kind(element);
        if (element instanceof Asset asset) {
            kind = Keywords.of(asset.getKind()) + " asset";
        } else if (element instanceof Boundary boundary) {
            kind = Keywords.of(boundary.getKind()) + " boundary";
        } else if (element instanceof Twin twin) {
            kind = "twin of " + String.join(", ", twin.getRepresentedAssets().stream().map(ElementNames::name)
                    .toList());
        }
        StringBuilder text = new StringBuilder("**").append(ElementNames.label(element)).append("** (").append(kind)
                .append(")\n\n");
        if (element.getDescription() != null) {
            text.append(ShortText.of(element.getDescription(), ShortText.HOVER_LIMIT))
                    .append("\n\n");
        }
        Integer securityLevel = element instanceof Boundary boundary ? BoundaryMatrix.securityLevel(boundary)
                : element instanceof Synchronization sync ? BoundaryMatrix.securityLevel(sync) : null;
        if (securityLevel != null) {
            text.append("IEC 62443 target security level SL ").append(securityLevel)
                    .append(element instanceof Boundary ? " (zone)" : " (conduit)")
                    .append(", a security level, not a maturity level.\n\n");
        }
        Organization owner = Ownership.owner(element);
        Organization host = Ownership.host(element);
        if (owner != null && !(element instanceof Organization)) {
            text.append("Owned by ").append(owner.getName());
            if (host != null && host != owner) {
                text.append(", hosted by ").append(host.getName());
            }
            text.append('.');
        }
        return text.toString();
    }

    private static String ruleLine(ApplicabilityRule rule) {
        StringBuilder line = new StringBuilder("rule **").append(rule.getName()).append("** for ")
                .append(Keywords.of(rule.getSubject()));
        if (rule.getCondition() != null) {
            ICompositeNode node = NodeModelUtils.getNode(rule.getCondition());
            if (node != null) {
                line.append(" when ").append(NodeModelUtils.getTokenText(node));
            }
        }
        if (rule.getRationale() != null) {
            line.append(": ").append(rule.getRationale());
        }
        return line.toString();
    }

    /** Rules of the project (from its index) and of the built-in library that name the practice. */
    private List<ApplicabilityRule> rulesFor(Practice practice) {
        List<ApplicabilityRule> rules = new ArrayList<>();
        Resource resource = practice.eResource();
        if (resource == null || resource.getResourceSet() == null) {
            return rules;
        }
        for (Resource libraryResource : library.resources(resource.getResourceSet())) {
            for (EObject root : libraryResource.getContents()) {
                if (root instanceof SmmModel model) {
                    model.getRules().stream().filter(r -> r.getPractices().contains(practice)).forEach(rules::add);
                }
            }
        }
        IResourceDescriptions index = indexProvider.getResourceDescriptions(resource.getResourceSet());
        for (IEObjectDescription description : index.getExportedObjectsByType(
                SmmPackage.Literals.APPLICABILITY_RULE)) {
            EObject resolved = EcoreUtil.resolve(description.getEObjectOrProxy(), resource.getResourceSet());
            if (resolved instanceof ApplicabilityRule rule && !rules.contains(rule)
                    && rule.getPractices().contains(practice)) {
                rules.add(rule);
            }
        }
        return rules;
    }
}
