/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.model.tests;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.twinscope.model.smm.AndCondition;
import org.twinscope.model.smm.ApplicabilityOverride;
import org.twinscope.model.smm.ApplicabilityRule;
import org.twinscope.model.smm.Assessment;
import org.twinscope.model.smm.Catalog;
import org.twinscope.model.smm.CatalogElement;
import org.twinscope.model.smm.Comprehensiveness;
import org.twinscope.model.smm.CriteriaSet;
import org.twinscope.model.smm.Criterion;
import org.twinscope.model.smm.ControlReference;
import org.twinscope.model.smm.Domain;
import org.twinscope.model.smm.Fact;
import org.twinscope.model.smm.FactCondition;
import org.twinscope.model.smm.Mapping;
import org.twinscope.model.smm.MappingSet;
import org.twinscope.model.smm.NotCondition;
import org.twinscope.model.smm.OrCondition;
import org.twinscope.model.smm.Practice;
import org.twinscope.model.smm.Profile;
import org.twinscope.model.smm.Rating;
import org.twinscope.model.smm.Plan;
import org.twinscope.model.smm.Action;
import org.twinscope.model.smm.ActionStatus;
import org.twinscope.model.smm.AcceptedGap;
import org.twinscope.model.smm.RuleSubject;
import org.twinscope.model.smm.Scope;
import org.twinscope.model.smm.SmmFactory;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.smm.SubDomain;
import org.twinscope.model.smm.Target;
import org.twinscope.model.smm.Threshold;
import org.twinscope.model.twin.AccessMode;
import org.twinscope.model.twin.Actor;
import org.twinscope.model.twin.ActorKind;
import org.twinscope.model.twin.Asset;
import org.twinscope.model.twin.AssetKind;
import org.twinscope.model.twin.Boundary;
import org.twinscope.model.twin.BoundaryKind;
import org.twinscope.model.twin.Criticality;
import org.twinscope.model.twin.DataClassification;
import org.twinscope.model.twin.DataFidelity;
import org.twinscope.model.twin.Duration;
import org.twinscope.model.twin.Entity;
import org.twinscope.model.twin.Frequency;
import org.twinscope.model.twin.FrequencyMode;
import org.twinscope.model.twin.Organization;
import org.twinscope.model.twin.OrganizationRole;
import org.twinscope.model.twin.SyncDirection;
import org.twinscope.model.twin.Synchronization;
import org.twinscope.model.twin.TimeUnit;
import org.twinscope.model.twin.Twin;
import org.twinscope.model.twin.TwinFactory;
import org.twinscope.model.twin.TwinFidelity;
import org.twinscope.model.twin.TwinModel;
import org.twinscope.model.twin.TwinPurpose;
import org.twinscope.model.twin.TwinSystem;

/** The bottling line of the language sketch, built with the EMF factories, one instance of every concrete class. */
record SampleModels(TwinModel twinModel, SmmModel smmModel) {

    private static final TwinFactory TWIN = TwinFactory.eINSTANCE;
    private static final SmmFactory SMM = SmmFactory.eINSTANCE;

    static SampleModels bottlingLine() {
        TwinModel twinModel = TWIN.createTwinModel();
        TwinSystem system = TWIN.createTwinSystem();
        system.setName("BottlingLine");
        system.setDescription("Data-driven bottling line");
        twinModel.getSystems().add(system);

        Organization brewer = organization(system, "Brewer", OrganizationRole.OPERATOR);
        Organization vendor = organization(system, "FillerVendor", OrganizationRole.VENDOR);
        Organization cloudCo = organization(system, "CloudCo", OrganizationRole.CLOUD_PROVIDER);

        Boundary plant = boundary("Plant", BoundaryKind.SITE, brewer);
        system.getBoundaries().add(plant);
        Boundary cell = boundary("Cell", BoundaryKind.OT_ZONE, null);
        Boundary plantIt = boundary("PlantIT", BoundaryKind.IT_ZONE, null);
        plant.getBoundaries().add(cell);
        plant.getBoundaries().add(plantIt);
        Boundary vendorCloud = boundary("VendorCloud", BoundaryKind.CLOUD, vendor);
        vendorCloud.setHostedBy(cloudCo);
        system.getBoundaries().add(vendorCloud);

        Asset filler = TWIN.createAsset();
        filler.setName("Filler");
        filler.setKind(AssetKind.MACHINE);
        filler.setCriticality(Criticality.HIGH);
        filler.setSafetyRelevant(true);
        filler.setOwner(brewer);
        cell.getAssets().add(filler);

        Twin lineTwin = twin("LineTwin", TwinFidelity.HIGH, TwinPurpose.MONITORING, TwinPurpose.CONTROL);
        lineTwin.getRepresentedAssets().add(filler);
        plantIt.getTwins().add(lineTwin);
        Twin fleetTwin = twin("FleetTwin", TwinFidelity.MEDIUM, TwinPurpose.PREDICTION);
        fleetTwin.getAggregatedTwins().add(lineTwin);
        vendorCloud.getTwins().add(fleetTwin);

        system.getSynchronizations().add(sync("FillerTelemetry", filler, lineTwin, SyncDirection.TELEMETRY,
                periodic(100, TimeUnit.MS), DataFidelity.RAW, "OPC UA"));
        Frequency onDemand = TWIN.createFrequency();
        onDemand.setMode(FrequencyMode.ON_DEMAND);
        system.getSynchronizations().add(sync("LineCommands", lineTwin, filler, SyncDirection.COMMANDS,
                onDemand, DataFidelity.UNSPECIFIED, "OPC UA"));
        system.getSynchronizations().add(sync("FleetFeed", lineTwin, fleetTwin, SyncDirection.TELEMETRY,
                periodic(1, TimeUnit.H), DataFidelity.AGGREGATED, "MQTT over TLS"));
        system.getSynchronizations().get(2).setClassification(DataClassification.CONFIDENTIAL);
        lineTwin.setClassification(DataClassification.CONFIDENTIAL);

        Actor engineer = TWIN.createActor();
        engineer.setName("VendorEngineer");
        engineer.setKind(ActorKind.PERSON);
        engineer.setOrganization(vendor);
        engineer.setAccessMode(AccessMode.OPERATE);
        engineer.getAccesses().add(fleetTwin);
        engineer.getAccesses().add(lineTwin);
        system.getActors().add(engineer);

        return new SampleModels(twinModel, smmModel(system, lineTwin, filler));
    }

    private static SmmModel smmModel(TwinSystem system, Twin lineTwin, Asset filler) {
        SmmModel smm = SMM.createSmmModel();
        smm.setName("bottling");

        Catalog catalog = SMM.createCatalog();
        catalog.setCompleteSystemFrom(Comprehensiveness.CONSISTENT);
        catalog.setName("Catalog");
        Domain enablement = SMM.createDomain();
        enablement.setName("Enablement");
        enablement.setTitle("Enablement");
        SubDomain iam = SMM.createSubDomain();
        iam.setName("IdentityAndAccessManagement");
        iam.setTitle("Identity and Access Management");
        enablement.getSubDomains().add(iam);
        Practice accessControl = practice(iam, "AccessControl", "Access Control");
        Criterion roles = criterion(Comprehensiveness.AD_HOC, "A1", "Roles exist on twin and asset, separately");
        accessControl.getCriteria().add(roles);
        Domain governance = SMM.createDomain();
        governance.setName("Governance");
        SubDomain threats = SMM.createSubDomain();
        threats.setName("ThreatModelingSubdomain");
        threats.getFormerNames().add("ThreatModelingAndRiskAttitude");
        governance.getSubDomains().add(threats);
        Practice threatModeling = practice(threats, "ThreatModeling", "Threat Modeling");
        catalog.getDomains().add(governance);
        catalog.getDomains().add(enablement);
        smm.getCatalogs().add(catalog);

        Profile starter = SMM.createProfile();
        starter.setName("Starter");
        starter.getTargets().add(target(iam, Comprehensiveness.AD_HOC, Scope.GENERAL, "baseline"));
        Profile targets = SMM.createProfile();
        targets.setName("BottlingTargets");
        targets.getExtends().add(starter);
        targets.setSystem(system);
        targets.getTargets().add(target(accessControl, Comprehensiveness.CONSISTENT, Scope.SYSTEM,
                "Vendor access to the line twin is role based"));
        Target threatTarget = target(threatModeling, Comprehensiveness.FORMALIZED, Scope.SYSTEM, null);
        threatTarget.getElements().add(lineTwin);
        threatTarget.getElements().add(filler);
        targets.getTargets().add(threatTarget);
        ApplicabilityOverride override = SMM.createApplicabilityOverride();
        override.setPractice(accessControl);
        override.getElements().add(filler);
        override.setJustification("The filler has no remote interface");
        targets.getOverrides().add(override);
        smm.getProfiles().add(starter);
        smm.getProfiles().add(targets);

        Assessment audit = SMM.createAssessment();
        audit.setName("Audit2026Q3");
        audit.setSystem(system);
        audit.setProfile(targets);
        audit.setAssessor("Internal audit");
        audit.setDate(Date.from(LocalDate.of(2026, 9, 30).atStartOfDay(ZoneOffset.UTC).toInstant()));
        Rating accessRating = SMM.createRating();
        accessRating.setPractice(accessControl);
        accessRating.setLevel(Comprehensiveness.AD_HOC);
        accessRating.setEvidence("shared vendor account");
        accessRating.getMetCriteria().add(roles);
        Rating threatRating = SMM.createRating();
        threatRating.setPractice(threatModeling);
        threatRating.setLevel(Comprehensiveness.CONSISTENT);
        threatRating.setScope(Scope.SYSTEM);
        threatRating.getElements().add(lineTwin);
        threatRating.setEvidence("STRIDE model of the twin only");
        threatRating.setNotes("asset side not covered");
        Rating notApplicable = SMM.createRating();
        notApplicable.setPractice(threatModeling);
        notApplicable.setNotApplicable(true);
        notApplicable.setJustification("covered by the plant-wide model");
        notApplicable.getElements().add(filler);
        audit.getRatings().add(accessRating);
        audit.getRatings().add(threatRating);
        audit.getRatings().add(notApplicable);
        smm.getAssessments().add(audit);
        accessRating.setEvidenceAt("audits/access-review-2026.pdf");

        Plan plan = SMM.createPlan();
        plan.setName("Remediation2027");
        plan.setSystem(system);
        Action action = SMM.createAction();
        action.setName("VendorAccounts");
        action.setDescription("Named vendor accounts on the line twin");
        action.setPractice(accessControl);
        action.setLevel(Comprehensiveness.CONSISTENT);
        action.getElements().add(lineTwin);
        action.setOwner("IT security");
        action.setDue(Date.from(LocalDate.of(2027, 3, 31).atStartOfDay(ZoneOffset.UTC).toInstant()));
        action.setStatus(ActionStatus.IN_PROGRESS);
        plan.getActions().add(action);
        AcceptedGap accepted = SMM.createAcceptedGap();
        accepted.setPractice(threatModeling);
        accepted.getElements().add(filler);
        accepted.setAcceptedBy("Plant manager");
        accepted.setUntil(Date.from(LocalDate.of(2027, 9, 30).atStartOfDay(ZoneOffset.UTC).toInstant()));
        accepted.setJustification("The filler is replaced in 2027");
        plan.getAcceptances().add(accepted);
        smm.getPlans().add(plan);

        MappingSet nist = SMM.createMappingSet();
        nist.setName("NistCsf");
        nist.setFramework("NIST CSF");
        nist.setFrameworkVersion("2.0");
        Mapping mapping = SMM.createMapping();
        mapping.setPractice(accessControl);
        mapping.setLevel(Comprehensiveness.CONSISTENT);
        ControlReference control = SMM.createControlReference();
        control.setId("PR.AA-05");
        control.setTitle("Access permissions are defined and managed");
        mapping.getControls().add(control);
        nist.getMappings().add(mapping);
        smm.getMappingSets().add(nist);

        ApplicabilityRule rule = SMM.createApplicabilityRule();
        rule.setName("CrossOrganizationActuation");
        rule.setSubject(RuleSubject.SYNCHRONIZATION);
        AndCondition and = SMM.createAndCondition();
        and.setLeft(fact(Fact.CROSSES_ORGANIZATIONS));
        OrCondition or = SMM.createOrCondition();
        or.setLeft(fact(Fact.ACTUATION));
        NotCondition not = SMM.createNotCondition();
        not.setOperand(fact(Fact.HIGH_FREQUENCY));
        or.setRight(not);
        and.setRight(or);
        rule.setCondition(and);
        rule.getPractices().add(accessControl);
        rule.setRationale("Commands from another organization need controlled access");
        smm.getRules().add(rule);

        CriteriaSet extraCriteria = SMM.createCriteriaSet();
        extraCriteria.setPractice(accessControl);
        extraCriteria.getCriteria().add(criterion(Comprehensiveness.CONSISTENT, "C9", "One role model for twin and asset"));
        smm.getCriteriaSets().add(extraCriteria);

        Threshold threshold = SMM.createThreshold();
        threshold.setFact(Fact.HIGH_FREQUENCY);
        threshold.setPeriod(periodic(2, TimeUnit.S).getPeriod());
        threshold.setIncludesOnChange(true);
        smm.getThresholds().add(threshold);
        return smm;
    }

    private static Organization organization(TwinSystem system, String name, OrganizationRole role) {
        Organization organization = TWIN.createOrganization();
        organization.setName(name);
        organization.setRole(role);
        system.getOrganizations().add(organization);
        return organization;
    }

    private static Boundary boundary(String name, BoundaryKind kind, Organization owner) {
        Boundary boundary = TWIN.createBoundary();
        boundary.setName(name);
        boundary.setKind(kind);
        boundary.setOwner(owner);
        return boundary;
    }

    private static Twin twin(String name, TwinFidelity fidelity, TwinPurpose... purposes) {
        Twin twin = TWIN.createTwin();
        twin.setName(name);
        twin.setFidelity(fidelity);
        for (TwinPurpose purpose : purposes) {
            twin.getPurposes().add(purpose);
        }
        return twin;
    }

    private static Frequency periodic(long amount, TimeUnit unit) {
        Duration period = TWIN.createDuration();
        period.setAmount(amount);
        period.setUnit(unit);
        Frequency frequency = TWIN.createFrequency();
        frequency.setMode(FrequencyMode.PERIODIC);
        frequency.setPeriod(period);
        return frequency;
    }

    private static Synchronization sync(String name, Entity source,
            Entity target, SyncDirection direction, Frequency frequency,
            DataFidelity fidelity, String channel) {
        Synchronization sync = TWIN.createSynchronization();
        sync.setName(name);
        sync.setSource(source);
        sync.setTarget(target);
        sync.setDirection(direction);
        sync.setFrequency(frequency);
        sync.setFidelity(fidelity);
        sync.setChannel(channel);
        return sync;
    }

    private static Criterion criterion(Comprehensiveness level, String name, String text) {
        Criterion criterion = SMM.createCriterion();
        criterion.setLevel(level);
        criterion.setName(name);
        criterion.setText(text);
        return criterion;
    }

    private static Practice practice(SubDomain subDomain, String name, String title) {
        Practice practice = SMM.createPractice();
        practice.setName(name);
        practice.setTitle(title);
        practice.setObjective("Objective of " + title);
        subDomain.getPractices().add(practice);
        return practice;
    }

    private static Target target(CatalogElement subject, Comprehensiveness level,
            Scope scope, String rationale) {
        Target target = SMM.createTarget();
        target.setSubject(subject);
        target.setLevel(level);
        target.setScope(scope);
        target.setRationale(rationale);
        return target;
    }

    private static FactCondition fact(Fact fact) {
        FactCondition condition = SMM.createFactCondition();
        condition.setFact(fact);
        return condition;
    }
}
