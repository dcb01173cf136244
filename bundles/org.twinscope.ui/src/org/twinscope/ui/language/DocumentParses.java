/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.ui.language;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The last parse of each open document, shared by the editor's services (semantic highlighting, mark occurrences,
 * hover, go to definition, outline): a large model is parsed once per change, not once per service, and go to
 * definition on the UI thread can use a parse made in the background instead of parsing there. A parse is reused
 * while the document's text and the saved Twinscope files of its project are unchanged. Work on one document's parse
 * runs one at a time, since resolving references changes the resource.
 */
public final class DocumentParses {

    private static final Map<IDocument, Entry> ENTRIES = Collections.synchronizedMap(new WeakHashMap<>());

    /** A document's lock and its last parse. */
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        String text;
        long projectStamp;
        XtextResource resource;
    }

    private DocumentParses() {
    }

    /** Runs the work on the parse of the text (the document's, as the caller took it), parsing only if needed. */
    public static <T> T withParse(IDocument document, String text, Function<XtextResource, T> work) {
        Entry entry = ENTRIES.computeIfAbsent(document, d -> new Entry());
        entry.lock.lock();
        try {
            IFile file = ProjectFiles.fileOf(document);
            long stamp = projectStamp(file);
            if (entry.resource == null || !text.equals(entry.text) || stamp != entry.projectStamp) {
                entry.resource = ProjectFiles.parse(text, file);
                entry.text = text;
                entry.projectStamp = stamp;
            }
            return work.apply(entry.resource);
        } finally {
            entry.lock.unlock();
        }
    }

    /**
     * The same without parsing or waiting, for the UI thread: empty unless a parse of exactly this text is at hand
     * and no other service is working on it.
     */
    public static <T> Optional<T> withCurrentParse(IDocument document, String text, Function<XtextResource, T> work) {
        Entry entry = ENTRIES.get(document);
        if (entry == null || !entry.lock.tryLock()) {
            return Optional.empty();
        }
        try {
            if (entry.resource == null || !text.equals(entry.text)
                    || projectStamp(ProjectFiles.fileOf(document)) != entry.projectStamp) {
                return Optional.empty();
            }
            return Optional.ofNullable(work.apply(entry.resource));
        } finally {
            entry.lock.unlock();
        }
    }

    /** Changes when a saved Twinscope file of the file's project (other than the file) is added, removed or saved. */
    private static long projectStamp(IFile file) {
        return file == null || file.getProject() == null ? 0 : TwinscopeFileChanges.ofOtherFiles(file);
    }
}
