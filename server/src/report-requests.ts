import { ruleData } from '../../engine';
import type { ServerContext } from './analysis';
import { toSymbols } from './outline';
import { onNotification, onRequest } from './protocol';

/** The requests behind the 报告结构 view, the status bar, 选择报告类型 and 检查当前报告. */
export function registerReportRequests({ connection, documents, configs, analysis }: ServerContext): void {
  /** The type and why, the reference date and why, each standard part, the heading tree. */
  onRequest(connection, 'gongwen/structure', async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    const session = document && (await analysis.sessionOf(document));
    if (!document || !session) return { type: null, charCount: 0, parts: [], headings: [], restricted: false, referenceDate: null };
    const summary = session.summary();
    return {
      restricted: configs.packWithheld(document.uri),
      type: summary.type,
      charCount: summary.charCount,
      referenceDate: summary.referenceDate,
      parts: summary.parts.map(({ id, name, required, present, line }) => ({ id, name, required, present, line })),
      headings: toSymbols(document, session.structure()),
    };
  });

  /**
   * The report types the 选择报告类型 picker offers for a document: its workspace pack's types first (they also take
   * precedence in detection), then the built-in ones, from the engine's one list (data/report-types.json + pack).
   */
  onRequest(connection, 'gongwen/reportTypes', ({ textDocument }) => {
    const { pack } = configs.settingsFor(textDocument.uri).options;
    const own = new Set((pack?.reportTypes ?? []).map((t) => t.id));
    return ruleData(pack).types.map(({ id, name }) => ({ id, name, pack: own.has(id) }));
  });

  onNotification(connection, 'gongwen/setReportType', ({ uri, type }) => analysis.chooseType(uri, type));
  onRequest(connection, 'gongwen/checkDocument', ({ textDocument }) => analysis.force(textDocument.uri));
}
