import { checkAfter, CheckResult, parseModel } from './check';
import { describeModel, ReportSummary } from './describe';
import type { CheckMemo } from './incremental';
import type { ReportModel } from './model';
import type { ReportStructure } from './structure/parse';
import type { CheckOptions } from './options';

/**
 * One version of a report, parsed once: an editor asks for its findings, structure, outline and
 * summary right after every change, and each used to parse the text again. Each view is computed on
 * first use and kept, so a session must be dropped when the text or the options change.
 */
export interface ReportSession {
  readonly text: string;
  readonly options: CheckOptions;
  readonly model: ReportModel;
  /** check()'s findings and reference date. */
  checked(): CheckResult;
  /** describeReport()'s type, parts and reference date. */
  summary(): ReportSummary;
  /** The heading tree, title, 落款 and 成文日期. */
  structure(): ReportStructure;
}

/**
 * What each session's check leaves for the next version's (its own memo once checked, else the one it was
 * opened after): kept beside the sessions, not in them, so the API stays the views. Only one memo is ever
 * held per session, never a chain of older versions.
 */
const memos = new WeakMap<ReportSession, () => CheckMemo | undefined>();

/**
 * `previous`: the session of the document's version before this one. Its check's findings in the paragraphs
 * an edit did not touch are kept where they can be (engine/incremental.ts decides, and falls back to a full check).
 */
export function openReport(text: string, options: CheckOptions = {}, previous?: ReportSession): ReportSession {
  const model = parseModel(text, options);
  let base = previous && memos.get(previous)?.();
  let memo: CheckMemo | undefined;
  let checked: CheckResult | undefined;
  let summary: ReportSummary | undefined;
  const session: ReportSession = {
    text,
    options,
    model,
    checked: () => {
      if (!checked) {
        ({ result: checked, memo } = checkAfter(model, options, base));
        base = undefined;
      }
      return checked;
    },
    summary: () => (summary ??= describeModel(model, options)),
    structure: () => model.structure(),
  };
  memos.set(session, () => memo ?? base);
  return session;
}
