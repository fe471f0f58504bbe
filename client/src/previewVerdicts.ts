import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MarkdownItLike, PreviewVerdict, markdownItTableVerdicts, previewVerdictsOf } from '../../server/src/engine/features/previewVerdicts';
import type { TableReviewTable } from '../../server/src/engine/tables/describe';

/**
 * The table verdicts in VS Code's Markdown preview (`markdown.markdownItPlugins`). markdown-it
 * renders synchronously, the verdicts come from the server (`referat/tableReview`, the engine
 * the editor uses, with the document's settings): so they are cached per document version. A
 * render that finds no verdicts for the version shown asks the server and, when the answer
 * differs from what the preview shows, refreshes the preview. A change of the findings
 * without an edit (settings, `.referat.json`) is noticed through the diagnostics.
 */
export class PreviewVerdicts {
  private readonly cache = new Map<string, { version: number; verdicts: PreviewVerdict[]; key: string }>();
  private readonly asking = new Map<string, number>();
  /** What each previewed document was last rendered with, to refresh only on a difference. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) if (this.shown.has(uri.toString())) void this.ask(uri.toString(), true);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.delete(d.uri.toString());
        this.shown.delete(d.uri.toString());
      }),
    );
  }

  /** The plugin VS Code's Markdown extension installs in its markdown-it. */
  extend<M extends MarkdownItLike>(md: M): M {
    return markdownItTableVerdicts(md, (env) => this.verdictsFor(env));
  }

  private verdictsFor(env: unknown): readonly PreviewVerdict[] | undefined {
    const uri = (env as { currentDocument?: vscode.Uri }).currentDocument;
    if (!uri) return undefined;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.languageId !== 'referat') return undefined;
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit?.version === doc.version) {
      this.shown.set(key, hit.key);
      return hit.verdicts;
    }
    // Not known for this version: shown without marks now, refreshed when the server answers.
    this.shown.set(key, '');
    void this.ask(key, false);
    return undefined;
  }

  private async ask(uri: string, always: boolean): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const client = this.client();
    if (!doc || !client) return;
    const version = doc.version;
    if (!always && this.asking.get(uri) === version) return;
    this.asking.set(uri, version);
    try {
      const tables = await client.sendRequest<TableReviewTable[]>('referat/tableReview', { uri });
      if (doc.version !== version) return; // edited meanwhile: the next render asks again
      const verdicts = previewVerdictsOf(tables);
      const key = JSON.stringify(verdicts);
      this.cache.set(uri, { version, verdicts, key });
      if (this.shown.has(uri) && this.shown.get(uri) !== key) await vscode.commands.executeCommand('markdown.preview.refresh');
    } catch (err) {
      client.outputChannel.appendLine(`Forhåndsvisning: ${String(err)}`);
    } finally {
      if (this.asking.get(uri) === version) this.asking.delete(uri);
    }
  }
}
