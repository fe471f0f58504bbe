import { strFromU8, strToU8, unzipSync, zipSync, Zippable } from 'fflate';

/**
 * A municipality's Word template (.docx or .dotx): its styles (Title, Heading 1 … and the
 * export's own Journalnummer when it defines it) and its default header and footer, with the
 * pictures they show (the logo). The export takes these and nothing else: the template's body
 * text is not copied (the export never invents content).
 */
export interface WordTemplate {
  readonly styles: string;
  readonly styleIds: ReadonlySet<string>;
  readonly header?: TemplatePart;
  readonly footer?: TemplatePart;
}

interface TemplatePart {
  readonly xml: string;
  /** The part's own relationships (pictures), targets renamed to where they are copied. */
  readonly rels?: string;
  readonly media: ReadonlyMap<string, Uint8Array>;
}

export class TemplateError extends Error {}

export async function readTemplate(bytes: Uint8Array): Promise<WordTemplate> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (err) {
    throw new TemplateError(`not a .docx/.dotx file (${(err as Error).message})`);
  }
  const stylesBytes = files['word/styles.xml'];
  const document = files['word/document.xml'];
  if (!stylesBytes || !document) throw new TemplateError('not a .docx/.dotx file (no word/styles.xml or word/document.xml)');
  const styles = strFromU8(stylesBytes);
  const styleIds = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]!));
  const docXml = strFromU8(document);
  const rels = files['word/_rels/document.xml.rels'] ? strFromU8(files['word/_rels/document.xml.rels']) : '';
  // The last section's properties decide the header and footer of a one-section document.
  const sectPr = docXml.slice(docXml.lastIndexOf('<w:sectPr'));
  const part = (kind: 'header' | 'footer'): TemplatePart | undefined => {
    const ref = new RegExp(`<w:${kind}Reference[^>]*w:type="default"[^>]*/>|<w:${kind}Reference[^>]*/>`).exec(sectPr)?.[0];
    const id = ref && /r:id="([^"]+)"/.exec(ref)?.[1];
    if (!id) return undefined;
    const target = new RegExp(`<Relationship[^>]*Id="${id}"[^>]*/>`).exec(rels)?.[0];
    const file = target && /Target="([^"]+)"/.exec(target)?.[1];
    if (!file) return undefined;
    const name = file.replace(/^\/?(word\/)?/, '');
    const xml = files[`word/${name}`];
    if (!xml) return undefined;
    const partRelsBytes = files[`word/_rels/${name}.rels`];
    const media = new Map<string, Uint8Array>();
    let partRels = partRelsBytes ? strFromU8(partRelsBytes) : undefined;
    if (partRels) {
      partRels = partRels.replace(/Target="([^"]+)"/g, (m, t: string) => {
        if (/^https?:/i.test(t) || m.includes('TargetMode="External"')) return m;
        const source = files[`word/${t.replace(/^\/?(word\/)?/, '')}`];
        if (!source) return m;
        const copied = `media/template-${kind}-${t.split('/').pop()!}`;
        media.set(`word/${copied}`, source);
        return `Target="${copied}"`;
      });
    }
    return { xml: strFromU8(xml), rels: partRels, media };
  };
  return { styles, styleIds, header: part('header'), footer: part('footer') };
}

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

/** Puts the template's header and footer into the exported document (in place of the default footer). */
export function applyTemplate(docx: Uint8Array, template: WordTemplate): Uint8Array {
  if (!template.header && !template.footer) return docx;
  const files = unzipSync(docx) as Zippable & Record<string, Uint8Array>;
  let document = strFromU8(files['word/document.xml']!);
  let rels = strFromU8(files['word/_rels/document.xml.rels']!);
  let types = strFromU8(files['[Content_Types].xml']!);
  const refs: string[] = [];
  for (const kind of ['header', 'footer'] as const) {
    const part = template[kind];
    if (!part) continue;
    const name = `template-${kind}.xml`;
    files[`word/${name}`] = strToU8(part.xml);
    if (part.rels) files[`word/_rels/${name}.rels`] = strToU8(part.rels);
    for (const [path, bytes] of part.media) {
      files[path] = bytes;
      const ext = path.split('.').pop()!.toLowerCase();
      if (CONTENT_TYPES[ext] && !new RegExp(`Extension="${ext}"`, 'i').test(types)) {
        types = types.replace('</Types>', `<Default Extension="${ext}" ContentType="${CONTENT_TYPES[ext]}"/></Types>`);
      }
    }
    types = types.replace('</Types>', `<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/></Types>`);
    const id = `rIdTemplate${kind}`;
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${name}"/></Relationships>`,
    );
    // The export's own reference of this kind goes; the template's takes its place.
    document = document.replace(new RegExp(`<w:${kind}Reference[^>]*/>`, 'g'), '');
    refs.push(`<w:${kind}Reference w:type="default" r:id="${id}"/>`);
  }
  document = document.replace(/<w:sectPr([^>]*)>/, (m) => `${m}${refs.join('')}`);
  files['word/document.xml'] = strToU8(document);
  files['word/_rels/document.xml.rels'] = strToU8(rels);
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files);
}
