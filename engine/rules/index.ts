import type { Rule } from '../rule';
import { duplicateWord } from './duplicate-word';
import { headingNumbering } from './heading-numbering';
import { outdatedPhrasing } from './outdated-phrasing';
import { placeholder } from './placeholder';

/** Every rule, in the order their findings are listed for the same position. */
export const rules: readonly Rule[] = [headingNumbering, placeholder, outdatedPhrasing, duplicateWord];
