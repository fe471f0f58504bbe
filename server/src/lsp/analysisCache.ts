import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, ReferatConfig, analyze } from '../engine';

/**
 * One analysis per document version: diagnostics, symbols, folding and code actions for the
 * same version all share a single parse.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; config: ReferatConfig; locale: string; analysis: Analysis }>();

  get(doc: TextDocument, config: ReferatConfig, locale: string): Analysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.config === config && hit.locale === locale) return hit.analysis;
    const analysis = analyze(doc.getText(), { config, locale, fileName: doc.uri });
    this.entries.set(doc.uri, { version: doc.version, config, locale, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
