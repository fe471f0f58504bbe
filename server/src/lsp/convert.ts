import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  FoldingRange,
  FoldingRangeKind,
  SymbolKind,
  TextEdit,
} from 'vscode-languageserver/node';
import type { Analysis, Finding, FoldingRegion, OutlineKind, OutlineNode, Position, Range, Severity } from '../engine';
import { rangeToOriginal, toCanonical } from '../engine';

/** Engine → LSP: the only place that knows both vocabularies. */

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'referat';

export function toDiagnostic(uri: string, finding: Finding): Diagnostic {
  const d: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.related?.length) d.relatedInformation = finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  return d;
}

export function toCodeActions(uri: string, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  return (finding.fixes ?? []).map((fix, i) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: i === 0 && fix.safe === true,
    edit: { changes: { [uri]: fix.edits.map((e): TextEdit => ({ range: e.range, newText: e.newText })) } },
  }));
}

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  meeting: SymbolKind.Namespace,
  contents: SymbolKind.Package,
  item: SymbolKind.Module,
  section: SymbolKind.Property,
  subheading: SymbolKind.String,
  table: SymbolKind.Array,
};

export function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return {
    name: node.name || '—',
    detail: node.detail,
    kind: SYMBOL_KIND[node.kind],
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toDocumentSymbol),
  };
}

export function toFoldingRange(r: FoldingRegion): FoldingRange {
  return { startLine: r.startLine, endLine: r.endLine, kind: FoldingRangeKind.Region };
}

/**
 * The model's positions are those of the canonical text (engine/text/canonical.ts); they differ
 * from the editor's only on lines with zero-width characters, lone surrogates or decomposed
 * letters. Requests translate a position in, answers their ranges out.
 */
export const positionIn = (analysis: Analysis, p: Position): Position => toCanonical(analysis.canonical, p);
export const rangeOut = (analysis: Analysis, r: Range): Range => rangeToOriginal(analysis.canonical, r);

/** An outline node with its ranges (and its children's) in the editor's positions. */
export function outlineOut(analysis: Analysis, node: OutlineNode): OutlineNode {
  if (!analysis.canonical.columns) return node;
  return { ...node, range: rangeOut(analysis, node.range), selectionRange: rangeOut(analysis, node.selectionRange), children: node.children.map((c) => outlineOut(analysis, c)) };
}

/** An editor's range into the canonical text's positions (see positionIn). */
export const rangeIn = (analysis: Analysis, r: Range): Range => ({ start: positionIn(analysis, r.start), end: positionIn(analysis, r.end) });
