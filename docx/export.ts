import { escapeXml } from './xml';
import { makeEntry, writeZip } from './zip';

/**
 * A report (.md or .txt) as a Word document laid out to GB/T 9704-2012《党政机关公文格式》. Each
 * number below is quoted from the standard, sections as cited in docs/word.md.
 *
 * Units: Word measures in twips (1/20 pt; 1 mm = 56.69 twips) and font sizes in half-points.
 */
const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);
/** 5.2.1 A4: 210 mm × 297 mm. */
const PAGE = { width: twips(210), height: twips(297) };
/** 5.2.2 天头（上白边）37 mm, 订口（左白边）28 mm, 版心 156 mm × 225 mm; right and bottom follow. */
const MARGIN = { top: twips(37), left: twips(28), right: twips(210 - 28 - 156), bottom: twips(297 - 37 - 225) };
/** 5.2.3 一般每面排 22 行，每行排 28 个字: the line pitch is 225 mm / 22, the character pitch 156 mm / 28. */
const LINE_PITCH = Math.floor(twips(225) / 22);
const CHAR_PT = ((156 / 25.4) * 72) / 28;
const CHAR = Math.floor(CHAR_PT * 20);
/**
 * 3号 characters are 16 pt, slightly wider than the 15.79 pt pitch: the body is condensed by the
 * difference (in twentieths of a point, rounded away from zero so 28 characters always fit). A
 * character grid (docGrid linesAndChars) would say the same to Word, but LibreOffice and WPS lay it
 * out differently; character spacing reads the same everywhere.
 */
const CONDENSE = Math.floor((CHAR_PT - 16) * 20) - 1;
/** 7.5 页码用 4 号半角宋体阿拉伯数字，一字线上距版心下边缘 7 mm; the footer's distance from the page edge puts it there. */
const FOOTER = twips(297 - 37 - 225 - 7) - 14 * 20;
/** Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28 };

/** 5.2.3/7.2 fonts, each with the fallback Word and WPS use when the standard face is not installed (fontTable altName). */
const FONTS: Record<string, string> = {
  方正小标宋简体: '宋体',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  黑体: 'SimHei',
  宋体: 'SimSun',
};
const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
/** 7.3.3 结构层次序数：第一层为“一、”，第二层为“（一）”，第三层为“1.”，第四层为“（1）”；一般第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字. */
const HEADING_FONT = ['黑体', '楷体_GB2312', BODY_FONT, BODY_FONT];
/** 7.3.1 标题一般用 2 号小标宋体字; one line holds 156 mm / 22 pt characters. */
const TITLE_LINE_CHARS = Math.floor(((156 / 25.4) * 72) / 22);

type Block =
  | { kind: 'title'; lines: string[] }
  | { kind: 'addressee' | 'body' | 'blank'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'attachment'; text: string; first: boolean; hanging: number }
  | { kind: 'signature'; name?: string; date: string }
  | { kind: 'table'; rows: string[][] };

const LEVEL_PATTERNS: RegExp[] = [/^[一二三四五六七八九十百]+、/, /^（[一二三四五六七八九十百]+）/, /^\d+[．.](?!\d)/, /^[（(]\d+[）)]/];
const DATE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;

/** Markdown or plain text → the blocks of a 公文: title, 主送机关, body with headings, 附件说明, 落款. */
export function layoutBlocks(source: string): Block[] {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const blocks: Block[] = [];
  const content = lines
    .map((line, i) => ({ line: stripMarkdown(line), raw: line, i }))
    .filter((l) => l.line !== '' || l.raw.startsWith('|'));
  if (!content.length) return blocks;
  // 落款: the last line as 成文日期, with the short line before it as 署名.
  let end = content.length;
  let signature: Block | undefined;
  if (DATE.test(content[end - 1].line)) {
    const before = content[end - 2];
    const name =
      before && before.line.length <= 30 && !/[。；：，]/.test(before.line) && !LEVEL_PATTERNS.some((p) => p.test(before.line))
        ? before.line
        : undefined;
    signature = { kind: 'signature', date: content[end - 1].line, ...(name ? { name } : {}) };
    end -= name ? 2 : 1;
  }
  blocks.push({ kind: 'title', lines: splitTitle(content[0].line) }, { kind: 'blank', text: '' });
  let at = 1;
  if (at < end && /[：:]$/.test(content[at].line) && content[at].line.length <= 40 && !/[。；]/.test(content[at].line)) {
    blocks.push({ kind: 'addressee', text: content[at].line.replace(/:$/, '：') });
    at++;
  }
  let inAttachment = false;
  let hanging = 0;
  for (; at < end; at++) {
    const { line, raw } = content[at];
    if (raw.startsWith('|')) {
      const rows: string[][] = [];
      for (; at < end && content[at].raw.startsWith('|'); at++) {
        const cells = content[at].raw
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => stripMarkdown(c.trim()));
        if (!cells.every((c) => /^:?-{2,}:?$/.test(c))) rows.push(cells);
      }
      at--;
      blocks.push({ kind: 'table', rows });
      continue;
    }
    const attachment = /^附件[：:]/.exec(line);
    if (attachment) {
      inAttachment = true;
      // 8 附件说明: items after the first align with the first item's text, under its number.
      hanging = /^附件[：:]\s*\d+[．.]/.test(line) ? 3 : 0;
      blocks.push({ kind: 'blank', text: '' }, { kind: 'attachment', text: line.replace(/^附件:/, '附件：'), first: true, hanging });
      continue;
    }
    if (inAttachment && /^\d+[．.]/.test(line)) {
      blocks.push({ kind: 'attachment', text: line, first: false, hanging });
      continue;
    }
    inAttachment = false;
    const markdownLevel = /^(#{2,5})\s/.exec(raw)?.[1].length;
    const level = LEVEL_PATTERNS.findIndex((p) => p.test(line)) + 1 || (markdownLevel ? markdownLevel - 1 : 0);
    blocks.push(level ? { kind: 'heading', level, text: line } : { kind: 'body', text: line });
  }
  if (signature) blocks.push({ kind: 'blank', text: '' }, signature);
  return blocks;
}

function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .trim();
}

const BREAK_AFTER = new Set(['的', '于', '和', '与', '及', '、', '（', '度']);
const NO_BREAK = /[\dA-Za-z（《“]$|^[\dA-Za-z）》”、，。]/;

/**
 * 7.3.1 标题回行时，要做到词意完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形:
 * a title longer than a line is split into lines that grow downwards (a trapezoid), breaking where a
 * phrase ends (after 的/于/和…), never inside a number, a Latin word or a quotation.
 */
export function splitTitle(title: string, max = TITLE_LINE_CHARS): string[] {
  const chars = [...title];
  if (chars.length <= max) return [title];
  const count = Math.ceil(chars.length / max);
  const lines: string[] = [];
  let rest = chars;
  for (let n = count; n > 1; n--) {
    const ideal = rest.length / n;
    let best = -1;
    let bestScore = -Infinity;
    for (let k = Math.max(1, rest.length - (n - 1) * max); k <= Math.min(max, rest.length - 1); k++) {
      const head = rest.slice(0, k).join('');
      const tail = rest.slice(k).join('');
      if (NO_BREAK.test(head) && NO_BREAK.test(tail)) continue;
      // Shorter upper lines (trapezoid), close to even lengths, at the end of a phrase.
      const score = (BREAK_AFTER.has(rest[k - 1]) ? 3 : 0) - Math.abs(k - ideal) - (k > ideal + 0.5 ? 2 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    if (best < 0) best = Math.min(max, Math.floor(ideal));
    lines.push(rest.slice(0, best).join(''));
    rest = rest.slice(best);
  }
  lines.push(rest.join(''));
  return lines;
}

/** Width in characters: half-width characters (digits in dates) take half a place. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

function run(text: string, font = BODY_FONT, size = SIZE.body): string {
  const spacing = size === SIZE.body ? `<w:spacing w:val="${CONDENSE}"/>` : '';
  const rPr = `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>${spacing}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return text
    .split('\n')
    .map((part, i) => `${i ? `<w:r>${rPr}<w:br/></w:r>` : ''}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`)
    .join('');
}

/**
 * Every paragraph stays on the 28-character grid: no extra space between Chinese and Latin or digits
 * (autoSpace), no punctuation hanging into the margin (overflowPunct), in the element order the schema requires.
 */
function paragraph(runs: string, pPr = ''): string {
  const snap = pPr.match(/<w:snapToGrid[^>]*\/>/)?.[0] ?? '';
  const rest = pPr.replace(snap, '');
  return `<w:p><w:pPr>${snap}<w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>${rest}</w:pPr>${runs}</w:p>`;
}

const INDENT_2 = `<w:ind w:firstLineChars="200" w:firstLine="${2 * CHAR}"/>`;
const NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0"/>';

function blockXml(block: Block): string {
  switch (block.kind) {
    case 'title':
      // 7.3.1: 2号小标宋, centred; off the character grid so its larger characters are not spread out.
      return paragraph(run(block.lines.join('\n'), TITLE_FONT, SIZE.title), `<w:snapToGrid w:val="0"/><w:jc w:val="center"/>${NO_INDENT}`);
    case 'blank':
      return paragraph('', NO_INDENT);
    case 'addressee':
      // 7.3.2 主送机关：编排于标题下空一行位置，居左顶格，回行时仍顶格，最后一个机关名称后标全角冒号.
      return paragraph(run(block.text), `<w:jc w:val="left"/>${NO_INDENT}`);
    case 'body':
      // 7.3.3 正文：用 3 号仿宋体字，编排于主送机关名称下一行，每个自然段左空二字，回行顶格.
      return paragraph(run(block.text), INDENT_2);
    case 'heading': {
      const font = HEADING_FONT[Math.min(block.level, 4) - 1];
      // A heading run in with its paragraph (（一）加强组织领导。局党组…) takes the heading font up to its first 。 only.
      const stop = block.text.indexOf('。');
      const head = stop >= 0 && stop < block.text.length - 1 ? block.text.slice(0, stop + 1) : block.text;
      return paragraph(run(head, font) + (head.length < block.text.length ? run(block.text.slice(head.length)) : ''), INDENT_2);
    }
    case 'attachment':
      // 8 附件说明：在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；如有序号，使用阿拉伯数字.
      return paragraph(
        run(block.text),
        block.first
          ? INDENT_2
          : `<w:ind w:leftChars="${(2 + block.hanging) * 100}" w:left="${(2 + block.hanging) * CHAR}" w:firstLineChars="0" w:firstLine="0"/>`,
      );
    case 'signature': {
      // 7.3.5.2 不加盖印章的公文：在正文（或附件说明）下空一行右空二字编排发文机关署名，在发文机关署名下一行编排成文日期，
      // 首字比发文机关署名首字右移二字，如成文日期长于发文机关署名，应当使成文日期右空二字编排，并相应增加发文机关署名右空字数.
      const dateWidth = width(block.date);
      const nameWidth = block.name ? width(block.name) : 0;
      const dateRight = block.name && nameWidth - dateWidth >= 2 ? nameWidth - dateWidth : 2;
      const nameRight = block.name && nameWidth - dateWidth >= 2 ? 2 : dateWidth + 4 - nameWidth;
      const right = (chars: number) =>
        `<w:jc w:val="right"/><w:ind w:rightChars="${Math.round(chars * 100)}" w:right="${Math.round(chars * CHAR)}" w:firstLineChars="0" w:firstLine="0"/>`;
      return (block.name ? paragraph(run(block.name), right(nameRight)) : '') + paragraph(run(block.date), right(dateRight));
    }
    case 'table': {
      const columns = Math.max(...block.rows.map((r) => r.length));
      const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
      const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="${Math.floor(twips(156) / columns)}"/>`).join('');
      const rows = block.rows
        .map(
          (cells) =>
            `<w:tr>${Array.from(
              { length: columns },
              (_, c) =>
                `<w:tc><w:tcPr><w:tcW w:w="${Math.floor(twips(156) / columns)}" w:type="dxa"/></w:tcPr>${paragraph(run(cells[c] ?? ''), `<w:jc w:val="center"/>${NO_INDENT}`)}</w:tc>`,
            ).join('')}</w:tr>`,
        )
        .join('');
      return `<w:tbl><w:tblPr><w:tblW w:w="${twips(156)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
    }
  }
}

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 7.5 页码：数码左右各放一条一字线；单页码居右空一字，双页码居左空一字. */
function footer(side: 'right' | 'left'): string {
  const r = (inner: string) =>
    `<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="${SIZE.pageNumber}"/><w:szCs w:val="${SIZE.pageNumber}"/></w:rPr>${inner}</w:r>`;
  const indent = side === 'right' ? `w:right="${SIZE.pageNumber * 10}"` : `w:left="${SIZE.pageNumber * 10}"`;
  return (
    `${XML_HEAD}<w:ftr ${W_NS}><w:p><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="${side}"/><w:ind ${indent} w:firstLine="0"/></w:pPr>` +
    `${r('<w:t xml:space="preserve">— </w:t>')}${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText xml:space="preserve"> PAGE </w:instrText>')}` +
    `${r('<w:fldChar w:fldCharType="separate"/>')}${r('<w:t>1</w:t>')}${r('<w:fldChar w:fldCharType="end"/>')}${r('<w:t xml:space="preserve"> —</w:t>')}</w:p></w:ftr>`
  );
}

function styles(): string {
  return (
    `${XML_HEAD}<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${BODY_FONT}" w:hAnsi="${BODY_FONT}" w:eastAsia="${BODY_FONT}" w:cs="${BODY_FONT}"/>` +
    `<w:kern w:val="2"/><w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/><w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`
  );
}

function fontTable(): string {
  const fonts = Object.entries(FONTS)
    .map(
      ([name, alt]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${name === '黑体' ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return `${XML_HEAD}<w:fonts ${W_NS}>${fonts}</w:fonts>`;
}

/** The .docx bytes of a report laid out to GB/T 9704-2012. `title` becomes the document property as well. */
export function exportDocx(source: string): Buffer {
  const blocks = layoutBlocks(source);
  const title = blocks.find((b) => b.kind === 'title');
  const body = blocks.map(blockXml).join('');
  const sectPr =
    `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>` +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${MARGIN.top}" w:right="${MARGIN.right}" w:bottom="${MARGIN.bottom}" w:left="${MARGIN.left}" w:header="851" w:footer="${FOOTER}" w:gutter="0"/>` +
    `<w:docGrid w:type="lines" w:linePitch="${LINE_PITCH}"/></w:sectPr>`;
  const document = `${XML_HEAD}<w:document ${W_NS}><w:body>${body}${sectPr}</w:body></w:document>`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const wml = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const entries = [
    makeEntry(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="${wml}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${wml}.styles+xml"/>` +
        `<Override PartName="/word/settings.xml" ContentType="${wml}.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="${wml}.fontTable+xml"/>` +
        `<Override PartName="/word/footer1.xml" ContentType="${wml}.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="${wml}.footer+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    ),
    makeEntry(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `${rel('rId1', 'officeDocument', 'word/document.xml')}<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ),
    makeEntry(
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:title>${escapeXml(title && title.kind === 'title' ? title.lines.join('') : '')}</dc:title><dc:creator>Gongwen</dc:creator></cp:coreProperties>`,
    ),
    makeEntry('word/document.xml', document),
    makeEntry(
      'word/_rels/document.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        rel('rIdStyles', 'styles', 'styles.xml') +
        rel('rIdSettings', 'settings', 'settings.xml') +
        rel('rIdFonts', 'fontTable', 'fontTable.xml') +
        rel('rIdFooterOdd', 'footer', 'footer1.xml') +
        rel('rIdFooterEven', 'footer', 'footer2.xml') +
        '</Relationships>',
    ),
    makeEntry('word/styles.xml', styles()),
    makeEntry(
      'word/settings.xml',
      `${XML_HEAD}<w:settings ${W_NS}><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    ),
    makeEntry('word/fontTable.xml', fontTable()),
    makeEntry('word/footer1.xml', footer('right')),
    makeEntry('word/footer2.xml', footer('left')),
  ];
  return writeZip(entries);
}
