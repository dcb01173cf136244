/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the Twinscope language server as its own process, from the headless distribution, and talks to it over
 * stdio with LSP4J's client side, as an editor would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageServerProcessTest {

    private static final long TIMEOUT_SECONDS = 60;

    private static final String SYSTEM = """
            system Line {
            	organization Plant
            	organization Vendor
            	boundary Site kind site owner Plant {
            		asset Filler kind machine
            		twin LineTwin represents Filler purpose monitoring
            	}
            	sync Feed: Filler -> LineTwin telemetry every 1 s
            	sync Slow: Filler -> LineTwin telemetry
            }
            """;

    private static final String TARGETS = """
            package acme
            profile Targets for Line {
            	target AccessControl consistent on LineTwin, Filler
            	target ThreatModeling consistant
            }
            """;

    @TempDir
    static Path workspace;

    private ServerProcess serverProcess;
    private RecordingClient client;
    private LanguageServer server;
    private String systemUri;
    private String targetsUri;

    @BeforeAll
    void startServer() throws Exception {
        Path system = workspace.resolve("line.twin");
        Path targets = workspace.resolve("targets.smm");
        Files.writeString(system, SYSTEM);
        Files.writeString(targets, TARGETS);
        systemUri = system.toUri().toString();
        targetsUri = targets.toUri().toString();

        serverProcess = new ServerProcess(workspace);
        client = serverProcess.client;
        server = serverProcess.server;

        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        init.setRootUri(workspace.toUri().toString());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "project")));
        init.setCapabilities(new ClientCapabilities());
        InitializeResult result = server.initialize(init).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(result.getCapabilities().getCompletionProvider());
        assertTrue(result.getCapabilities().getHoverProvider().isLeft()
                || result.getCapabilities().getHoverProvider().isRight());
        server.initialized(new InitializedParams());
        open(systemUri, SYSTEM);
        open(targetsUri, TARGETS);
    }

    @AfterAll
    void stopServer() throws Exception {
        if (serverProcess != null) {
            serverProcess.stop(TIMEOUT_SECONDS);
        }
    }

    private void open(String uri, String text) {
        String language = uri.endsWith(".twin") ? "twin" : "smm";
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, language, 1, text)));
    }

    @Test
    void publishesPositionedDiagnosticsWithStableCodes() throws Exception {
        List<Diagnostic> system = client.diagnostics(systemUri, d -> !d.isEmpty(), TIMEOUT_SECONDS);
        Diagnostic missingFrequency = single(system, "twinscope.missing-frequency");
        assertEquals(8, missingFrequency.getRange().getStart().getLine());

        List<Diagnostic> targets = client.diagnostics(targetsUri, d -> !d.isEmpty(), TIMEOUT_SECONDS);
        Diagnostic level = single(targets, "twinscope.invalid-level");
        assertEquals(new Position(3, 23), level.getRange().getStart());
        assertTrue(message(level).contains("Did you mean 'consistent'"), message(level));
        assertEquals("[\"consistent\"]", String.valueOf(level.getData()), "the suggestion travels as issue data");
    }

    @Test
    void completesPracticesOnceAndLevelsInTheirOrder() throws Exception {
        List<String> practices = completion(targetsUri, new Position(2, 8));
        assertTrue(practices.contains("AccessControl"), practices.toString());
        assertFalse(practices.contains("twinscope.AccessControl"), "a practice is offered once: " + practices);
        List<String> levels = completion(targetsUri, new Position(2, 22));
        assertEquals(List.of("none", "minimum", "ad-hoc", "consistent", "formalized"), levels,
                "the levels by value, in the order the server sorts them");
    }

    @Test
    void completesTheElementsOfTheProfilesSystemByTheirSimpleNames() throws Exception {
        String other = workspace.resolve("other.twin").toUri().toString();
        open(other, "system Other {\n\torganization Elsewhere\n\tasset Remote kind machine\n}\n");
        client.diagnostics(other, d -> true, TIMEOUT_SECONDS);
        List<String> elements = completion(targetsUri, new Position(2, 36));
        assertTrue(elements.containsAll(List.of("Filler", "LineTwin", "Site", "Plant")), elements.toString());
        assertTrue(elements.stream().noneMatch(name -> name.contains("Remote") || name.contains("Elsewhere")),
                "another system's elements are not offered in a profile for Line: " + elements);
        assertTrue(elements.stream().noneMatch(name -> name.contains(".")), "simple names: " + elements);
    }

    @Test
    void hoverExplainsAPracticeAndTheRulesThatBringItIntoScope() throws Exception {
        Hover hover = server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(targetsUri), new Position(2, 12)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.contains("**Access Control**"), text);
        assertTrue(text.contains("Identity and Access Management"), text);
        assertTrue(text.contains("CrossOrganizationSynchronization"), text);
    }

    @Test
    void hoverShortensAHugeDescriptionAndSaysItsLength() throws Exception {
        String description = "A pasted specification. ".repeat(45_000); // about a megabyte
        String text = "system Specified {\n\tasset Documented \"" + description.strip() + "\" kind machine\n}\n";
        String uri = workspace.resolve("specified.twin").toUri().toString();
        open(uri, text);
        client.diagnostics(uri, d -> true, TIMEOUT_SECONDS);
        Hover hover = server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(1, 9)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String shown = hover.getContents().getRight().getValue();
        assertTrue(shown.contains("**Documented**") || shown.contains("Documented"), shown.substring(0, 200));
        assertTrue(shown.length() < 3_000, "a shortened description, not " + shown.length() + " characters");
        assertTrue(shown.contains(String.format(Locale.ROOT, "%,d characters in all", description.strip().length())),
                shown.substring(0, Math.min(shown.length(), 1_500)));
    }

    @Test
    void definitionOfASystemElementIsInTheTwinFile() throws Exception {
        Either<List<? extends Location>, List<? extends LocationLink>> result = server.getTextDocumentService()
                .definition(new DefinitionParams(new TextDocumentIdentifier(targetsUri), new Position(2, 36)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Location location = result.getLeft().get(0);
        assertEquals(systemUri, location.getUri());
        assertEquals(5, location.getRange().getStart().getLine());
    }

    @Test
    void referencesOfAnAssetSpanBothFiles() throws Exception {
        ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(systemUri), new Position(4, 10),
                new ReferenceContext(false));
        List<? extends Location> references = server.getTextDocumentService().references(params)
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, Long> perFile = references.stream()
                .collect(Collectors.groupingBy(Location::getUri, Collectors.counting()));
        assertEquals(3L, perFile.get(systemUri), references.toString());
        assertEquals(1L, perFile.get(targetsUri), references.toString());
    }

    @Test
    void documentSymbolsListTheSystemElements() throws Exception {
        List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(systemUri)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String names = symbols.toString();
        for (String name : List.of("Line", "Plant", "Site", "Filler", "LineTwin", "Feed")) {
            assertTrue(names.contains(name), names);
        }
        Map<String, SymbolKind> kinds = new java.util.HashMap<>();
        for (Either<SymbolInformation, DocumentSymbol> symbol : symbols) {
            if (symbol.isLeft()) {
                kinds.putIfAbsent(symbol.getLeft().getName(), symbol.getLeft().getKind());
            } else {
                collectKinds(symbol.getRight(), kinds);
            }
        }
        assertFalse(kinds.containsKey("Line.Filler"), "simple names, the container by nesting: " + kinds);
        List<SymbolKind> distinct = List.of(kinds.get("Line"), kinds.get("Plant"), kinds.get("Site"),
                kinds.get("Filler"), kinds.get("LineTwin"), kinds.get("Feed"));
        assertEquals(distinct.size(), distinct.stream().distinct().count(),
                "system, organization, boundary, asset, twin and synchronization each their own kind: " + kinds);
        assertEquals(SymbolKind.Object, kinds.get("Filler"));
    }

    /** Names and kinds of a symbol and the symbols nested in it. */
    private static void collectKinds(DocumentSymbol symbol, Map<String, SymbolKind> kinds) {
        kinds.putIfAbsent(symbol.getName(), symbol.getKind());
        if (symbol.getChildren() != null) {
            symbol.getChildren().forEach(child -> collectKinds(child, kinds));
        }
    }

    @Test
    void formattingReturnsLayoutEdits() throws Exception {
        String messy = "system Messy {organization   O\nasset A kind machine}\n";
        String uri = workspace.resolve("messy.twin").toUri().toString();
        open(uri, messy);
        List<? extends TextEdit> edits = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri),
                        new FormattingOptions(4, true)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertFalse(edits.isEmpty());
        assertEquals("system Messy {\n    organization O\n    asset A kind machine\n}\n", apply(messy, edits));
    }

    @Test
    void formattingAFileThatStartsWithPackageAddsNothingBeforeIt() throws Exception {
        String text = "package acme\n\nprofile  Tidy for Line {\n\ttarget AccessControl consistent\n}\n";
        String uri = workspace.resolve("tidy.smm").toUri().toString();
        open(uri, text);
        List<? extends TextEdit> edits = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri),
                        new FormattingOptions(4, false)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertTrue(edits.stream().noneMatch(edit -> edit.getRange().getStart().equals(new Position(0, 0))),
                "no edit at the start of the file: " + edits);
        assertEquals(text.replace("profile  Tidy", "profile Tidy"), apply(text, edits));
    }

    @Test
    void formattingHonorsTheClientsMaximumLineWidth() throws Exception {
        String text = "assessment Wrapped \"Q3 audit\" of Line against Targets date 2026-09-30 {\n}\n";
        String uri = workspace.resolve("wrapped.smm").toUri().toString();
        open(uri, text);
        assertEquals(text, apply(text, format(uri, new FormattingOptions(4, false))),
                "the header fits the default width");
        FormattingOptions narrow = new FormattingOptions(4, false);
        narrow.putNumber("line.width.max", 55);
        assertEquals("assessment Wrapped \"Q3 audit\" of Line against Targets\n\tdate 2026-09-30 {\n}\n",
                apply(text, format(uri, narrow)));
    }

    private List<? extends TextEdit> format(String uri, FormattingOptions options) throws Exception {
        return server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), options))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void renameOfAnAssetChangesBothFiles() throws Exception {
        WorkspaceEdit edit = server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(systemUri), new Position(4, 10), "RotaryFiller"))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String text = edit.toString();
        assertTrue(text.contains(systemUri) && text.contains(targetsUri), text);
        assertTrue(text.contains("RotaryFiller"), text);
    }

    @Test
    void codeActionFixesAMisspelledLevel() throws Exception {
        Diagnostic level = single(client.diagnostics(targetsUri, d -> !d.isEmpty(), TIMEOUT_SECONDS),
                "twinscope.invalid-level");
        List<CodeAction> actions = codeActions(targetsUri, level);
        assertEquals(List.of("Change to 'consistent'"), titles(actions));
        List<TextEdit> edits = actions.get(0).getEdit().getChanges().get(targetsUri);
        assertEquals("\ttarget ThreatModeling consistent", apply(TARGETS, edits).lines().toList().get(3));

        Diagnostic withoutHint = new Diagnostic(level.getRange(), "A message that names no suggestion",
                level.getSeverity(), level.getSource(), level.getCode().getLeft());
        withoutHint.setData(level.getData());
        assertEquals(List.of("Change to 'consistent'"), titles(codeActions(targetsUri, withoutHint)),
                "the fix reads the issue data, not the message");
    }

    @Test
    void codeActionFixesAMisspelledName() throws Exception {
        String text = "profile Misspelled for Line {\n\ttarget AccesControl consistent\n}\n";
        String uri = workspace.resolve("misspelled.smm").toUri().toString();
        open(uri, text);
        Diagnostic unresolved = single(client.diagnostics(uri, d -> !d.isEmpty(), TIMEOUT_SECONDS),
                "twinscope.unresolved-reference");
        List<CodeAction> actions = codeActions(uri, unresolved);
        assertEquals(List.of("Change to 'AccessControl'"), titles(actions));
        assertEquals("\ttarget AccessControl consistent",
                apply(text, actions.get(0).getEdit().getChanges().get(uri)).lines().toList().get(1));
    }

    @Test
    void codeActionReplacesTheFormerIdOfASubDomainAndCompletionOffersOnlyTheCurrentOne() throws Exception {
        String text = "profile Renamed for Line {\n\ttarget ThreatModelingAndRiskAttitude consistent\n}\n";
        String uri = workspace.resolve("renamed.smm").toUri().toString();
        open(uri, text);
        Diagnostic deprecated = single(client.diagnostics(uri, d -> !d.isEmpty(), TIMEOUT_SECONDS),
                "twinscope.deprecated-name");
        List<CodeAction> actions = codeActions(uri, deprecated);
        assertEquals(List.of("Change to 'ThreatModelingSubdomain'"), titles(actions));
        assertEquals("\ttarget ThreatModelingSubdomain consistent",
                apply(text, actions.get(0).getEdit().getChanges().get(uri)).lines().toList().get(1));
        List<String> proposals = completion(uri, new Position(1, 19));
        assertTrue(proposals.contains("ThreatModelingSubdomain"), proposals.toString());
        assertFalse(proposals.contains("ThreatModelingAndRiskAttitude"), proposals.toString());
    }

    @Test
    void codeActionsAddAFrequency() throws Exception {
        Diagnostic missing = single(client.diagnostics(systemUri, d -> !d.isEmpty(), TIMEOUT_SECONDS),
                "twinscope.missing-frequency");
        List<CodeAction> actions = codeActions(systemUri, missing);
        assertEquals(List.of("Synchronize every second", "Synchronize on change", "Synchronize on demand"),
                titles(actions));
        assertEquals("\tsync Slow: Filler -> LineTwin telemetry on-demand",
                apply(SYSTEM, actions.get(2).getEdit().getChanges().get(systemUri)).lines().toList().get(8));
    }

    @Test
    void codeActionDeclaresTheActorOfACommandToAnotherOrganization() throws Exception {
        String text = """
                system Fleet {
                \torganization Owner
                \torganization Vendor
                \tboundary Plant kind site owner Owner {
                \t\tasset Pump kind machine
                \t}
                \tboundary Cloud kind cloud owner Vendor {
                \t\ttwin PumpTwin represents Pump purpose control
                \t}
                \tsync Control: PumpTwin -> Pump commands on-demand
                }
                """;
        String uri = workspace.resolve("fleet.twin").toUri().toString();
        open(uri, text);
        Diagnostic uncovered = single(client.diagnostics(uri, d -> !d.isEmpty(), TIMEOUT_SECONDS),
                "twinscope.uncovered-cross-organization-actuation");
        List<CodeAction> actions = codeActions(uri, uncovered);
        assertEquals(List.of("Declare the actor that operates the asset"), titles(actions));
        assertTrue(apply(text, actions.get(0).getEdit().getChanges().get(uri))
                .endsWith("\tactor service PumpTwinControl of Vendor operates Pump\n}\n"));
    }

    @Test
    void codeActionsStateTheScopeOfARating() throws Exception {
        String text = """
                package acme
                assessment Audit of Line against Targets {
                	rate AccessControl ad-hoc on LineTwin
                }
                """;
        String uri = workspace.resolve("audit.smm").toUri().toString();
        open(uri, text);
        Diagnostic missing = single(client.diagnostics(uri, d -> !d.isEmpty(), TIMEOUT_SECONDS),
                "twinscope.missing-scope");
        List<CodeAction> actions = codeActions(uri, missing);
        assertEquals(List.of("Found at general scope", "Found at industry scope", "Found at system scope"),
                titles(actions));
        assertEquals("\trate AccessControl ad-hoc scope system on LineTwin",
                apply(text, actions.get(2).getEdit().getChanges().get(uri)).lines().toList().get(2));
    }

    @Test
    void hoverShowsCriteriaOfAPracticeAndWhatARatingLeavesOpen() throws Exception {
        String text = """
                package acme
                assessment Review of Line against Targets {
                	rate AccessControl ad-hoc scope system met A1 on LineTwin
                }
                """;
        String uri = workspace.resolve("review.smm").toUri().toString();
        open(uri, text);
        String practice = hover(uri, new Position(2, 9));
        assertTrue(practice.contains("Criteria:") && practice.contains("Consistent **C1**"), practice);
        String rating = hover(uri, new Position(2, 2));
        assertTrue(rating.contains("rated Ad hoc"), rating);
        assertTrue(rating.contains("Met:\n- Ad hoc **A1**"), rating);
        assertTrue(rating.contains("still open:\n- Consistent **C1**"), rating);
        assertTrue(rating.contains("Consistent **C2**") && !rating.contains("**A2**"),
                "only the levels above the rated one are open: " + rating);
        String criterion = hover(uri, new Position(2, 44));
        assertTrue(criterion.contains("**A1** (criterion of Access Control at Ad hoc)"), criterion);
    }

    private String hover(String uri, Position position) throws Exception {
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), position))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return hover.getContents().getRight().getValue();
    }

    private List<CodeAction> codeActions(String uri, Diagnostic diagnostic) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic)));
        List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(params)
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertTrue(actions.stream().allMatch(Either::isRight), actions.toString());
        return actions.stream().map(Either::getRight).toList();
    }

    private static List<String> titles(List<CodeAction> actions) {
        return actions.stream().map(CodeAction::getTitle).toList();
    }

    private List<String> completion(String uri, Position position) throws Exception {
        Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), position))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        // clients list the items by their sort text
        return items.stream().sorted(Comparator.comparing(CompletionItem::getSortText,
                Comparator.nullsLast(Comparator.naturalOrder()))).map(CompletionItem::getLabel).toList();
    }

    private static Diagnostic single(List<Diagnostic> diagnostics, String code) {
        List<Diagnostic> matching = diagnostics.stream()
                .filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).toList();
        assertEquals(1, matching.size(), diagnostics.toString());
        return matching.get(0);
    }

    private static String message(Diagnostic diagnostic) {
        return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
                : diagnostic.getMessage().getRight().getValue();
    }

    /** Applies non-overlapping edits to a text, last first so that earlier offsets stay valid. */
    private static String apply(String text, List<? extends TextEdit> edits) {
        List<? extends TextEdit> sorted = edits.stream()
                .sorted((a, b) -> offset(text, b.getRange().getStart()) - offset(text, a.getRange().getStart()))
                .toList();
        StringBuilder result = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()),
                    edit.getNewText());
        }
        return result.toString();
    }

    private static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }
}
