import { planInsertion } from './insert-section';
import { parseModel } from './check';
import type { ReportModel } from './model';
import { countChars } from './char-count';
import { explainReferenceDate, ReferenceDate, referenceReason, resolveReferenceDate } from './reference-date';
import { detectType } from './report-types';
import { ruleData } from './rule-data';
import { findParts } from './sections';
import type { CheckOptions } from './options';
import type { Edit } from './types';

export interface PartSummary {
  id: string;
  name: string;
  required: boolean;
  present: boolean;
  /** Line of the heading or lead that carries the part (or of the title that names it). */
  line?: number;
  /** Edits that insert the part where it belongs (missing parts only). */
  insert?: Edit[];
}

export interface ReportSummary {
  /** 字数 (countChars). */
  charCount: number;
  type: { id: string; name: string; confidence: 'certain' | 'likely' | 'fallback'; reason: string };
  parts: PartSummary[];
  /** The date 提法 are judged against, why (reason), and both in one line for people (explanation). */
  referenceDate: ReferenceDate & { reason: string; explanation: string };
  model: ReportModel;
}

/** The report's type and the state of each standard part, for views and commands. */
export function describeReport(text: string, options: CheckOptions = {}): ReportSummary {
  return describeModel(parseModel(text, options), options);
}

/** describeReport on a model already parsed (openReport: one parse per document version). */
export function describeModel(model: ReportModel, options: CheckOptions = {}): ReportSummary {
  const detected = detectType(model, ruleData(options.pack).types, options.reportType);
  const statuses = findParts(model, detected.type);
  const reference = resolveReferenceDate(model.structure().date?.iso, options.referenceDate, options.dateMode);
  return {
    charCount: countChars(model.prose),
    type: { id: detected.type.id, name: detected.type.name, confidence: detected.confidence, reason: detected.reason },
    parts: statuses.map((status) => ({
      id: status.spec.id,
      name: status.spec.name,
      required: status.required,
      present: status.at !== undefined || !!status.inTitle,
      line: status.at !== undefined ? model.lines.positionAt(status.at).line : status.inTitle ? model.structure().title!.line : undefined,
      insert: status.at === undefined && !status.inTitle ? planInsertion(model, statuses, status).edits : undefined,
    })),
    referenceDate: { ...reference, reason: referenceReason(reference), explanation: explainReferenceDate(reference) },
    model,
  };
}
