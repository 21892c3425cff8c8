import type { Rule } from '../rule';
import { addressee } from './addressee';
import { closing } from './closing';
import { dateFormat } from './date-format';
import { duplicateWord } from './duplicate-word';
import { headingNumbering } from './heading-numbering';
import { leadIn } from './lead-in';
import { length } from './length';
import { missingSection } from './missing-section';
import { misusedWord } from './misused-word';
import { outdatedPhrasing } from './outdated-phrasing';
import { placeholder } from './placeholder';
import { punctuation } from './punctuation';
import { requestInReport } from './request-in-report';
import { sectionOrder } from './section-order';
import { staleYear } from './stale-year';

/** Every rule, in the order their findings are listed for the same position. */
export const rules: readonly Rule[] = [
  missingSection, sectionOrder, addressee, leadIn, closing, requestInReport, dateFormat, length,
  headingNumbering, placeholder, outdatedPhrasing, staleYear, misusedWord, duplicateWord, punctuation,
];
