import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, ReferatConfig, TableReuse, analyze } from '../engine';

/** A document's analysis may take this long (real minutes take 5–50 ms); then it is cut short. */
export const ANALYSIS_BUDGET_MS = 2000;

/**
 * One analysis per document version: diagnostics, symbols, folding and code actions for the
 * same version all share a single parse. Across versions, each document keeps its tables'
 * arithmetic (`TableReuse`): typing outside a table works out no table again.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; config: ReferatConfig; locale: string; analysis: Analysis }>();
  private readonly tables = new Map<string, TableReuse>();

  get(doc: TextDocument, config: ReferatConfig, locale: string): Analysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.config === config && hit.locale === locale) return hit.analysis;
    let tableReuse = this.tables.get(doc.uri);
    if (!tableReuse) this.tables.set(doc.uri, (tableReuse = new TableReuse()));
    // Every analysis has a budget: past it, the checks left are skipped and one finding says so.
    const deadline = performance.now() + ANALYSIS_BUDGET_MS;
    const analysis = analyze(doc.getText(), { config, locale, fileName: doc.uri, tableReuse, outOfTime: () => performance.now() > deadline });
    this.entries.set(doc.uri, { version: doc.version, config, locale, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.tables.delete(uri);
  }

  /** Settings changed: analyses are redone (the tables' arithmetic does not depend on settings). */
  clear(): void {
    this.entries.clear();
  }
}
