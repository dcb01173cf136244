/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.twinscope.dsl.library.BuiltInLibrary;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Reads Twinscope files and folders the way every front end needs them: all .twin and .smm files of the given
 * folders (recursively) and files, in one resource set with the built-in library, linked and validated. Problems with
 * the files themselves (missing, unreadable, not UTF-8) are reported like language problems, never thrown.
 */
public class ModelLoader {

    public static final List<String> EXTENSIONS = List.of("twin", "smm");

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    @Inject
    private BuiltInLibrary library;

    @Inject
    private ResourceSetIndex index;

    /** Reads, links and validates the files; a folder stands for the Twinscope files below it. */
    public LoadedModel load(Collection<Path> filesAndFolders) {
        return load(filesAndFolders, file -> true);
    }

    /**
     * Reads and links all the files, but validates only those the predicate selects (an editor's builder re-validates
     * the files a change can affect); problems with reading are reported for every file.
     */
    public LoadedModel load(Collection<Path> filesAndFolders, java.util.function.Predicate<Path> validate) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = collect(filesAndFolders, problems);
        XtextResourceSet resourceSet = resourceSets.get();
        List<Resource> libraryResources = library.resources(resourceSet);
        Map<Path, Resource> resources = new LinkedHashMap<>();
        for (Path file : files) {
            Resource resource = read(file, resourceSet, problems);
            if (resource != null) {
                resources.put(file, resource);
            }
        }
        // all files are read: their names in one table before linking and validation look names up
        index.attach(resourceSet);
        for (Map.Entry<Path, Resource> entry : resources.entrySet()) {
            if (!validate.test(entry.getKey())) {
                continue;
            }
            for (Issue issue : validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
                problems.add(toProblem(entry.getKey(), issue));
            }
        }
        problems.sort(Problem.ORDER);
        return new LoadedModel(resourceSet, resources, libraryResources, List.copyOf(problems));
    }

    private static List<Path> collect(Collection<Path> filesAndFolders, List<Problem> problems) {
        TreeSet<Path> files = new TreeSet<>();
        for (Path given : filesAndFolders) {
            Path path = given.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> found = walk.filter(Files::isRegularFile).filter(ModelLoader::isTwinscopeFile)
                            .filter(p -> !isBuildOutput(path, p)).toList();
                    files.addAll(found);
                    if (found.isEmpty()) {
                        problems.add(argumentProblem(given, "no .twin or .smm file in this folder (build output and "
                                + "hidden folders are not searched); give the folder that holds the model"));
                    }
                } catch (IOException e) {
                    problems.add(argumentProblem(given, "cannot read folder: " + e.getMessage()));
                }
            } else if (!Files.exists(path)) {
                problems.add(argumentProblem(given, "no such file or folder"));
            } else if (!isTwinscopeFile(path)) {
                problems.add(argumentProblem(given, "not a Twinscope file; give .twin or .smm files or folders"));
            } else {
                files.add(path);
            }
        }
        return new ArrayList<>(files);
    }

    /** Whether a path names a Twinscope file by its extension. */
    public static boolean isTwinscopeFile(Path path) {
        String name = path.getFileName().toString();
        return EXTENSIONS.stream().anyMatch(extension -> name.endsWith("." + extension));
    }

    /** Whether a file extension (without the dot; null for a file without one) is a Twinscope file's. */
    public static boolean isTwinscopeExtension(String extension) {
        return extension != null && EXTENSIONS.contains(extension); // List.of(...).contains(null) throws
    }

    /**
     * Whether a file or folder of this name is build output or hidden (.git, .settings): no model files are looked for
     * there, from the command line or in the IDE.
     */
    public static boolean isOutsideTheModel(String name) {
        return name.equals("target") || name.equals("bin") || name.startsWith(".");
    }

    private static boolean isBuildOutput(Path root, Path file) {
        for (Path segment : root.relativize(file)) {
            if (isOutsideTheModel(segment.toString())) {
                return true;
            }
        }
        return false;
    }

    private static Resource read(Path file, XtextResourceSet resourceSet, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, 0, 0, Problem.Severity.ERROR, "twinscope.unreadable-file",
                    "file disappeared while reading"));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, Problem.Severity.ERROR, "twinscope.unreadable-file",
                    "cannot read the file: " + e.getMessage()));
            return null;
        }
        SourceText source = SourceText.decode(bytes);
        if (!source.isValid()) {
            problems.add(new Problem(file, source.badLine(), source.badColumn(), Problem.Severity.ERROR,
                    "twinscope.invalid-encoding", "the file is not valid UTF-8 from here on; save it as UTF-8 "
                            + "(invalid bytes were read as \uFFFD)"));
        }
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
        try {
            // the decoded text goes to the parser as it is, not encoded to bytes and decoded once more
            resource.load(new LazyStringInputStream(source.text(), StandardCharsets.UTF_8.name()),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, Problem.Severity.ERROR, "twinscope.unreadable-file",
                    "cannot parse the file: " + e.getMessage()));
        }
        return resource;
    }

    private static Problem toProblem(Path file, Issue issue) {
        Problem.Severity severity = switch (issue.getSeverity()) {
            case ERROR -> Problem.Severity.ERROR;
            case WARNING -> Problem.Severity.WARNING;
            default -> Problem.Severity.INFO;
        };
        int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 0 : issue.getColumn();
        String code = issue.getCode();
        if (code != null && code.startsWith("org.eclipse.xtext.")) {
            code = "twinscope." + (issue.isSyntaxError() ? "syntax" : code.substring(code.lastIndexOf('.') + 1));
        }
        List<String> data = issue.getData() == null ? List.of()
                : Arrays.stream(issue.getData()).map(value -> value == null ? "" : value).toList();
        return new Problem(file, line, column, severity, code, issue.getMessage(), data);
    }

    private static Problem argumentProblem(Path given, String message) {
        return new Problem(given, 0, 0, Problem.Severity.ERROR, Problem.BAD_ARGUMENT, message);
    }
}
