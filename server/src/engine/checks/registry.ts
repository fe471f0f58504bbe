import type { Check } from './check';
import { date } from './date';
import { reference } from './reference';
import { textSum } from './textSum';
import { textTable } from './textTable';
import { contentsMissingItem } from './contentsMissingItem';
import { contentsOrphanEntry } from './contentsOrphanEntry';
import { contentsTitle } from './contentsTitle';
import { duplicateSection } from './duplicateSection';
import { emptySection } from './emptySection';
import { itemNumberDuplicate } from './itemNumberDuplicate';
import { itemNumberGap } from './itemNumberGap';
import { journalNumber } from './journalNumber';
import { journalNumberMissing } from './journalNumberMissing';
import { meetingDateMismatch } from './meetingDateMismatch';
import { meetingHeader } from './meetingHeader';
import { meetingWeekday } from './meetingWeekday';
import { missingEconomy } from './missingEconomy';
import { missingSection } from './missingSection';
import { noItems } from './noItems';
import { notText } from './notText';
import { placeholder } from './placeholder';
import { sectionOrder } from './sectionOrder';
import { tableRelation } from './tableRelation';
import { tableRounding } from './tableRounding';
import { tableSum } from './tableSum';

/**
 * Every check, once. Documentation (docs/checks.md), the settings schema in package.json and
 * the CLI's `--list-checks` are generated from this list and nothing else.
 */
export const checks: readonly Check[] = [
  notText,
  noItems,
  meetingHeader,
  meetingWeekday,
  meetingDateMismatch,
  contentsMissingItem,
  contentsOrphanEntry,
  contentsTitle,
  itemNumberDuplicate,
  itemNumberGap,
  journalNumber,
  journalNumberMissing,
  missingSection,
  missingEconomy,
  duplicateSection,
  sectionOrder,
  emptySection,
  placeholder,
  date,
  reference,
  textSum,
  textTable,
  tableSum,
  tableRelation,
  tableRounding,
];

export function checkByCode(code: string): Check | undefined {
  return checks.find((c) => c.code === code);
}
