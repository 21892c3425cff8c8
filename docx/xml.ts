/**
 * Just enough XML for WordprocessingML: a tag scanner that keeps offsets into the source, so a
 * reader can map text back to its place in document.xml and a writer can splice markup in without
 * re-serialising (and so changing) anything else.
 */
export interface Tag {
  name: string;
  kind: 'open' | 'close' | 'empty';
  start: number;
  end: number;
  attrs: string;
}

const TAG =
  /<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>/g;

export function* scanTags(xml: string): Generator<Tag> {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[2] === undefined) continue;
    yield { name: m[2], kind: m[1] ? 'close' : m[4] ? 'empty' : 'open', start: m.index, end: m.index + m[0].length, attrs: m[3] };
  }
}

export function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[2] ?? m[3]) : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? all;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : all;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/**
 * Offsets in the raw (escaped) content of an element for each character of its decoded text:
 * result[i] is where decoded character i starts; result[length] is the end.
 */
export function rawOffsets(raw: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < raw.length;) {
    let width = 1;
    if (raw[i] === '&') {
      const semi = raw.indexOf(';', i);
      if (semi > i && semi - i < 12) width = semi - i + 1;
    }
    const decoded = width > 1 ? decodeXml(raw.slice(i, i + width)) : raw[i];
    // A character reference above U+FFFF decodes to two UTF-16 units; both start at the reference.
    for (let k = 0; k < decoded.length; k++) offsets.push(i);
    i += width;
  }
  offsets.push(raw.length);
  return offsets;
}
