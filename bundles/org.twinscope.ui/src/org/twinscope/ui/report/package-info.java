/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The HTML report in the IDE: the command that writes it (through the same API as the command line), which project
 * it writes, the notification when it is done, and the web browser editor it opens in.
 */
package org.twinscope.ui.report;
