import * as vscode from 'vscode';
import { Locale, Messages, messagesFor, resolveLanguage } from '../../server/src/engine/i18n/messages';

/**
 * The language Referat speaks in VS Code: `referat.language` (Danish by default, also in an
 * English VS Code; `auto` follows VS Code's own language).
 */
export function referatLanguage(): Locale {
  return resolveLanguage(vscode.workspace.getConfiguration('referat').get('language', 'da'), vscode.env.language);
}

/** The client's own messages in that language (read at each use, so a changed setting applies at once). */
export function clientMessages(): Messages {
  return messagesFor(referatLanguage());
}
