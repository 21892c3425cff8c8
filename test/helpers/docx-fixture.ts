import { makeEntry, writeZip } from '../../docx/zip';

/** Hand-built .docx packages for tests: a body (the inside of w:body) and optional numbering/styles parts. */
export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function docx(body: string, parts: { numbering?: string; styles?: string; extra?: Record<string, string> } = {}): Buffer {
  const overrides = ['document.main', ...(parts.numbering ? ['numbering'] : []), ...(parts.styles ? ['styles'] : [])];
  const types =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    overrides
      .map(
        (o) =>
          `<Override PartName="/word/${o === 'document.main' ? 'document' : o}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${o}+xml"/>`,
      )
      .join('') +
    '</Types>';
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const entries = [
    makeEntry('[Content_Types].xml', types),
    makeEntry(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`,
    ),
    makeEntry(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
    makeEntry(
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        (parts.numbering ? rel('rIdN', 'numbering', 'numbering.xml') : '') +
        (parts.styles ? rel('rIdS', 'styles', 'styles.xml') : '') +
        '</Relationships>',
    ),
  ];
  if (parts.numbering) entries.push(makeEntry('word/numbering.xml', `<w:numbering ${W}>${parts.numbering}</w:numbering>`));
  if (parts.styles) entries.push(makeEntry('word/styles.xml', `<w:styles ${W}>${parts.styles}</w:styles>`));
  for (const [name, text] of Object.entries(parts.extra ?? {})) entries.push(makeEntry(name, text));
  return writeZip(entries);
}

/** A paragraph of runs, each given as its text (escaped here) and optional run properties. */
export function p(...runs: (string | [string, string])[]): string {
  return `<w:p>${runs
    .map((r) => {
      const [text, rPr] = typeof r === 'string' ? [r, ''] : r;
      return `<w:r>${rPr}<w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`;
    })
    .join('')}</w:p>`;
}
