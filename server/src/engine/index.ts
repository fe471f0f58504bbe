/**
 * The Referat engine: pure functions from text (+ configuration) to a document model and
 * findings. No `vscode` or LSP import anywhere below this folder; the CLI, the language server
 * and the tests all call this.
 */
export { analyze, runChecks, ANALYSIS_CUT_OFF } from './analyze';
export type { Analysis, AnalyzeOptions } from './analyze';
export { parseMinutes } from './parse/parseMinutes';
export type { ParseOptions } from './parse/parseMinutes';
export { checks, checkByCode } from './checks/registry';
export type { Check, Finding, Fix, Severity, RelatedLocation } from './checks/check';
export { defaultConfig, resolveConfig, configProblems, configForProfile, itemFormNames } from './config/config';
export { profiles, profileByName } from './profiles/profiles';
export type { Profile } from './profiles/profiles';
export type { ReferatConfig, SeveritySetting, SectionDefinition, CaseTypeDefinition } from './config/config';
export { compileUserPattern, describeConfigProblem, MAX_PATTERN_LENGTH } from './config/patterns';
export { canonicalText, toOriginal, toCanonical, rangeToOriginal } from './text/canonical';
export type { CanonicalText } from './text/canonical';
export type { UserPattern, UserMatch, PatternOptions, ConfigProblem, ConfigProblemReason, CompiledPattern } from './config/patterns';
export { messagesFor, resolveLanguage, toLocale } from './i18n/messages';
export type { LanguageSetting, Locale, Messages } from './i18n/messages';
export { outline } from './features/outline';
export type { OutlineNode, OutlineKind } from './features/outline';
export { foldingRanges } from './features/folding';
export type { FoldingRegion } from './features/folding';
export * from './model/minutes';
export * from './text/range';
export { tableHoverAt, tableCodeLenses, tableReviewOf } from './features/tables';
export { markdownItTableVerdicts, previewVerdictsOf } from './features/previewVerdicts';
export type { PreviewVerdict, MarkdownItLike } from './features/previewVerdicts';
export { hoverAt } from './features/hover';
export { formatTables } from './features/formatting';
export { textSums } from './analysis/textSums';
export type { TextSum, SumPart, SumStatus } from './analysis/textSums';
export { tableMatchesOf, textTableMismatches } from './analysis/textTables';
export type { TableMatch, TableMismatch } from './analysis/textTables';
export type { TableLens, TableReviewTable, TableReviewEntry } from './tables/describe';
export { tablesArithmetic } from './analysis/tableArithmetic';
export { TableReuse } from './analysis/tableReuse';
export type { TableArithmetic, Computation, Status as TableStatus } from './tables/arithmetic';
export { parseAmount, formatAmount } from './tables/amount';
export type { Amount } from './tables/amount';
export { completions, snippetEscape } from './features/completion';
export type { Completion, CompletionKind } from './features/completion';
export { snippets, itemSkeleton, snippetFile } from './features/snippets';
export type { SnippetDefinition, SnippetId } from './features/snippets';
export { definitionAt, itemSymbols, matchesQuery } from './features/navigation';
export type { ItemSymbol } from './features/navigation';
export { looksLikeMinutes } from './features/detect';
export { applySuppressions } from './features/suppression';
export { membersOf } from './features/members';
export { insertSectionEdit } from './edits/insertSection';
export { renumberEdits } from './edits/renumber';
export { regenerateContentsEdit } from './edits/regenerateContents';
export { safeFixEdits } from './features/fixAll';
