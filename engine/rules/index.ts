import type { Rule } from '../rule';
import { REVIEW_CATEGORIES, ReviewCategory } from '../review-categories';
import { abbreviation } from './abbreviation';
import { addressee } from './addressee';
import { announcedCount } from './announced-count';
import { closing } from './closing';
import { dateFormat } from './date-format';
import { dateForm } from './date-form';
import { dateValidity } from './date-validity';
import { documentDate } from './document-date';
import { duplicateWord } from './duplicate-word';
import { formulation } from './formulation';
import { growthCheck } from './growth-check';
import { headingNumbering } from './heading-numbering';
import { leadIn } from './lead-in';
import { length } from './length';
import { missingSection } from './missing-section';
import { misusedWord } from './misused-word';
import { numeralUsage } from './numeral-usage';
import { outdatedPhrasing } from './outdated-phrasing';
import { placeholder } from './placeholder';
import { punctuation } from './punctuation';
import { requestInReport } from './request-in-report';
import { sectionOrder } from './section-order';
import { staleYear } from './stale-year';
import { sumCheck } from './sum-check';
import { rateCheck } from './rate-check';
import { timeWord } from './time-word';
import { typo } from './typo';
import { unitName } from './unit-name';

/** Every rule, in the order their findings are listed for the same position. */
export const rules: readonly Rule[] = [
  missingSection,
  sectionOrder,
  addressee,
  leadIn,
  closing,
  requestInReport,
  dateFormat,
  documentDate,
  length,
  headingNumbering,
  placeholder,
  formulation,
  outdatedPhrasing,
  staleYear,
  dateValidity,
  timeWord,
  dateForm,
  numeralUsage,
  announcedCount,
  sumCheck,
  rateCheck,
  growthCheck,
  unitName,
  abbreviation,
  misusedWord,
  typo,
  duplicateWord,
  punctuation,
];

/** The rules grouped by review category, in the categories' order (empty categories left out). */
export function rulesByCategory(): { category: ReviewCategory; rules: Rule[] }[] {
  return REVIEW_CATEGORIES.map((category) => ({ category, rules: rules.filter((r) => r.category === category.id) })).filter(
    (group) => group.rules.length,
  );
}
