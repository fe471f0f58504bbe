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
} as const;

export const SERVER_COMMANDS: readonly string[] = [COMMANDS.renumberItems, COMMANDS.regenerateContents, COMMANDS.insertSection, COMMANDS.fixAll];

export interface CommandContribution {
  readonly command: string;
  readonly title: { readonly da: string; readonly en: string };
  /** Shown in the command palette (`insertSection` needs arguments, so it is not). */
  readonly palette: boolean;
  /** A codicon, and a button in the editor's title bar. */
  readonly titleBarIcon?: string;
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
];
