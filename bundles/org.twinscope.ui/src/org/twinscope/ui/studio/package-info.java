/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The workbench window as Twinscope Studio starts it: maximized the first time, with a Help menu whose entries work.
 */
package org.twinscope.ui.studio;
