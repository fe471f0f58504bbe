/**
 * The commands, their ids and titles in both languages. The server executes the first four
 * (LSP `workspace/executeCommand`, so any editor can call them); `checkAsMinutes` is the VS Code
 * client's own. package.json's `contributes.commands` and the package.nls files are generated
 * from this list (`npm run gen`).
 */
export const COMMANDS = {
  renumberItems: 'referat.renumberItems',
  regenerateContents: 'referat.regenerateContents',
  insertSection: 'referat.insertSection',
  fixAll: 'referat.fixAll',
  checkAsMinutes: 'referat.checkAsMinutes',
  tableReview: 'referat.tableReview',
  preview: 'referat.preview',
  exportDocument: 'referat.export',
  openImported: 'referat.openImported',
  saveImportedAs: 'referat.saveImportedAs',
} as const;

export const SERVER_COMMANDS: readonly string[] = [COMMANDS.renumberItems, COMMANDS.regenerateContents, COMMANDS.insertSection, COMMANDS.fixAll];

export interface CommandContribution {
  readonly command: string;
  readonly title: { readonly da: string; readonly en: string };
  /** Shown in the command palette (`insertSection` needs arguments, so it is not). */
  readonly palette: boolean;
  /** A codicon, and a button in the editor's title bar. */
  readonly titleBarIcon?: string;
  /** When the command (and its title-bar button) is offered, if not for `referat` editors. */
  readonly when?: string;
  /** Offered in the explorer's context menu for files matching this. */
  readonly explorerWhen?: string;
}

export const COMMAND_CONTRIBUTIONS: readonly CommandContribution[] = [
  { command: COMMANDS.renumberItems, title: { da: 'Nummerér punkterne 1..N', en: 'Number the items 1..N' }, palette: true },
  { command: COMMANDS.regenerateContents, title: { da: 'Generér indholdsfortegnelsen', en: 'Regenerate the table of contents' }, palette: true },
  { command: COMMANDS.fixAll, title: { da: 'Ret alle sikre fund', en: 'Fix all safe findings' }, palette: true },
  { command: COMMANDS.insertSection, title: { da: 'Indsæt afsnit', en: 'Insert section' }, palette: false },
  { command: COMMANDS.checkAsMinutes, title: { da: 'Kontrollér som referat', en: 'Check as minutes' }, palette: true },
  { command: COMMANDS.tableReview, title: { da: 'Tabelkontrol', en: 'Table review' }, palette: true, titleBarIcon: '$(table)' },
  { command: COMMANDS.preview, title: { da: 'Vis forhåndsvisning', en: 'Show preview' }, palette: true, titleBarIcon: '$(open-preview)' },
  { command: COMMANDS.exportDocument, title: { da: 'Eksportér', en: 'Export' }, palette: true },
  // Word and PDF minutes (client/src/importView.ts).
  { command: COMMANDS.openImported, title: { da: 'Kontrollér Word/PDF', en: 'Check Word/PDF' }, palette: true, when: 'true', explorerWhen: 'resourceExtname == .pdf || resourceExtname == .docx' },
  { command: COMMANDS.saveImportedAs, title: { da: 'Gem som .referat.md', en: 'Save as .referat.md' }, palette: true, titleBarIcon: '$(save-as)', when: 'resourceScheme == referat-import' },
];
