/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Check;
import org.twinscope.dsl.IssueCodes;
import org.twinscope.model.smm.SmmModel;
import org.twinscope.model.twin.TwinModel;
import org.twinscope.model.twin.TwinPackage;

/** Systems belong in .twin files and SMM content in .smm files, so that each kind is found where it is expected. */
public class FileKindChecks extends AbstractTwinscopeCheck {

    @Check
    public void systemsInTwinFiles(TwinModel model) {
        if ("smm".equals(extension(model.eResource().getURI()))) {
            warning("This .smm file describes a system; systems belong in .twin files. Rename the file to .twin.",
                    model.getSystems().get(0), TwinPackage.Literals.NAMED_ELEMENT__NAME, IssueCodes.WRONG_FILE_KIND);
        }
    }

    @Check
    public void smmContentInSmmFiles(SmmModel model) {
        boolean empty = model.eContents().isEmpty(); // no catalog, profile, assessment, plan, rule, threshold...
        if (empty && model.getName() == null) {
            boolean twinFile = "twin".equals(extension(model.eResource().getURI()));
            warning("This file declares nothing. " + (twinFile
                    ? "A .twin file describes a system: system Name { organization ... boundary ... }"
                    : "A .smm file holds profiles, assessments, plans, mappings, rules or thresholds: "
                            + "profile Name { target ... }"),
                    model, null, IssueCodes.EMPTY_FILE);
        } else if (!empty && "twin".equals(extension(model.eResource().getURI()))) {
            warning("This .twin file holds profiles, assessments, mappings or rules; they belong in .smm files, "
                    + "and a .twin file starts with 'system'. Rename the file to .smm.", model, null,
                    IssueCodes.WRONG_FILE_KIND);
        }
    }

    private static String extension(URI uri) {
        return uri == null ? null : uri.fileExtension();
    }
}
