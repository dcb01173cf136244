/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.builder;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** Marks a Twinscope project and installs its builder. */
public class TwinscopeNature implements IProjectNature {

    public static final String ID = "org.twinscope.ui.nature";

    private IProject project;

    /** Adds the nature (and with it the builder) to a project. */
    public static void addTo(IProject project) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (description.hasNature(ID)) {
            return;
        }
        String[] natures = description.getNatureIds();
        String[] extended = new String[natures.length + 1];
        System.arraycopy(natures, 0, extended, 0, natures.length);
        extended[natures.length] = ID;
        description.setNatureIds(extended);
        project.setDescription(description, null);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        for (ICommand command : description.getBuildSpec()) {
            if (command.getBuilderName().equals(TwinscopeBuilder.ID)) {
                return;
            }
        }
        ICommand[] commands = description.getBuildSpec();
        ICommand[] extended = new ICommand[commands.length + 1];
        System.arraycopy(commands, 0, extended, 0, commands.length);
        ICommand command = description.newCommand();
        command.setBuilderName(TwinscopeBuilder.ID);
        extended[commands.length] = command;
        description.setBuildSpec(extended);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(java.util.Arrays.stream(description.getBuildSpec())
                .filter(c -> !c.getBuilderName().equals(TwinscopeBuilder.ID)).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
