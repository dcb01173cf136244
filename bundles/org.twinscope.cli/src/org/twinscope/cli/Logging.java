/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.twinscope.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j, whose default set-up writes informational chatter to standard output; a command line
 * keeps standard output for its results and shows only warnings, on standard error.
 */
final class Logging {

    private Logging() {
    }

    static void toStandardError() {
        Logger root = Logger.getRootLogger();
        root.removeAllAppenders();
        ConsoleAppender appender = new ConsoleAppender(new PatternLayout("twinscope: %p %c{1}: %m%n"),
                ConsoleAppender.SYSTEM_ERR);
        root.addAppender(appender);
        root.setLevel(Level.WARN);
    }
}
