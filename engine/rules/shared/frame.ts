import type { DetectedType } from '../../report-types';
import type { Severity } from '../../types';

/**
 * A finding about a part a report type expects (主送机关, 开头语, 结束语, a standard section) is only as
 * sure as the type detection: the rule's own severity for a certain type, info for a guessed one.
 */
export function asSureAsType({ confidence }: Pick<DetectedType, 'confidence'>): Severity | undefined {
  return confidence === 'certain' ? undefined : 'info';
}
