/**
 * Gongwen's requests and notifications beyond LSP: their method names and payloads, defined once for the
 * client and the server (each side types its sendRequest/onRequest through this file, so a changed payload
 * breaks the build on both sides instead of a view at run time). Types only: no imports, nothing to bundle.
 */

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export interface DocumentParams {
  textDocument: { uri: string };
}

/** A heading as the server sends it (an LSP DocumentSymbol). */
export interface HeadingNode {
  name: string;
  range: LspRange;
  selectionRange: LspRange;
  children?: HeadingNode[];
}
export interface StructurePart {
  id: string;
  name: string;
  required: boolean;
  present: boolean;
  line?: number;
}
/** The date 提法 are judged against and why (engine/reference-date.ts). */
export interface ReferenceDateInfo {
  date: string;
  mode: 'draft' | 'archive';
  source: 'option' | 'document' | 'today';
  documentDate?: string;
  reason: string;
  explanation: string;
}
/** The 报告结构 view and the status bar: type and why, reference date, standard parts, heading tree. */
export interface Structure {
  /** Restricted Mode kept the workspace's rule pack from running. */
  restricted?: boolean;
  type: { id: string; name: string; confidence: string; reason: string } | null;
  charCount: number;
  referenceDate: ReferenceDateInfo | null;
  parts: StructurePart[];
  headings: HeadingNode[];
}

/** A choice in the 选择报告类型 picker; `pack`: defined by the workspace's rule pack. */
export interface ReportTypeChoice {
  id: string;
  name: string;
  pack: boolean;
}

/** The 审校结果 view: findings by category, then by part (一、…). */
export interface ReviewFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: LspRange;
  safe: boolean;
}
export interface ReviewPart {
  label: string;
  line: number;
  severity: Severity;
  findings: ReviewFinding[];
}
export interface ReviewCategoryNode {
  id: string;
  name: string;
  count: number;
  safe: number;
  severity: Severity;
  parts: ReviewPart[];
}
export interface Review {
  checked: boolean;
  categories: ReviewCategoryNode[];
  referenceDate: { date: string; reason: string } | null;
  dataVersion: string;
}

export interface WorkspaceCheck {
  files: number;
  checked: number;
  findings: number;
  cancelled: boolean;
}
export type ReviewExportFormat = 'html' | 'markdown' | 'sarif';
export interface ImportResult {
  uri?: string;
  notes: string[];
  error?: string;
}
export interface ExportResult {
  uri?: string;
  error?: string;
}

/** Requests: method → [params, result]. */
export interface Requests {
  'gongwen/structure': [DocumentParams, Structure];
  'gongwen/reportTypes': [DocumentParams, ReportTypeChoice[]];
  /** 检查当前报告: check the document from now on even if it does not look like a report; the number of findings. */
  'gongwen/checkDocument': [DocumentParams, number];
  'gongwen/review': [DocumentParams, Review];
  'gongwen/checkWorkspace': [Record<string, never>, WorkspaceCheck];
  /** The 审校报告 of one file (uri) or of the workspace; null when nothing was checked. */
  'gongwen/exportReview': [{ format: ReviewExportFormat; uri?: string }, string | null];
  'gongwen/importDocx': [{ uri: string }, ImportResult];
  'gongwen/exportDocx': [DocumentParams & { target: string }, ExportResult];
}

/** Notifications: method → params. */
export interface Notifications {
  /** The type chosen with 选择报告类型 (null: detect again). */
  'gongwen/setReportType': { uri: string; type: string | null };
  'gongwen/workspaceTrust': { trusted: boolean };
  /** Server → client while 检查工作区所有报告 runs. */
  'gongwen/workspaceProgress': { done: number; total: number; file?: string };
}
export type RequestMethod = keyof Requests;
export type NotificationMethod = keyof Notifications;
