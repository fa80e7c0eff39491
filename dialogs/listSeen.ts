import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { SPLIT } from './hopesKept';
import { Stage } from './ids';
import type { Position } from './journey';

/**
 * The hopes as the person last saw them listed, at the hopes and needs questions: those just read
 * back from one message (in that order), else every hope ("show my hopes" lists them all).
 */
export function listSeen(all: readonly SummaryItem[], position: Position | undefined): SummaryItem[] | undefined {
  if (position?.stage !== Stage.hopes && position?.stage !== Stage.needs) return undefined;
  const hopes = all.filter((item) => item.labelKey === SUMMARY_LABEL_KEYS.aspiration);
  const justKept = (position.data?.[SPLIT.ids] ?? '').split(',').flatMap((id) => hopes.filter((h) => h.id === id));
  return justKept.length > 1 ? justKept : hopes;
}

