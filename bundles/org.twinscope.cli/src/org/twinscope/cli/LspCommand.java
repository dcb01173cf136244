/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.twinscope.dsl.ide.server.TwinscopeLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The language server over stdio. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the Twinscope language server on standard input and output (for LSP editors).")
final class LspCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "OPTION", description = "Server options: -log, -trace, -noValidate.")
    private List<String> options = List.of();

    @Override
    public Integer call() {
        TwinscopeLanguageServer.main(options.toArray(String[]::new));
        return 0;
    }
}
