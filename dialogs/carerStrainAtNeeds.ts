import type { PlanPart } from '../src/language/analyseStatement';
import { carerSpeaksOfOwnStrain } from '../src/language/carerStrain';
import { speaksForThem } from './aboutWhom';
import type { Position } from './journey';
import { needOnce } from './keptOnce';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "I am tired, if I am honest", "I asked for a carers assessment": a parent or carer's own strain,
 * said at the needs questions. It is a need of the family, for social care (Section D), never help
 * the child has now nor the child's own tiredness. One kind sentence, and the question again.
 */

export const CarerStrainText = { heard: 'needs:carerStrain' } as const;

/** The EHC section for a need: a carer's own strain is social care; anything else as its words suggest. */
export function sectionOfNeed(text: string, parent: boolean, suggested: (text: string) => PlanPart): PlanPart {
  return parent && carerSpeaksOfOwnStrain(text) ? 'social_care' : suggested(text);
}

/** At "what already helps?": a carer's strain kept as a social care need for this hope, and the question asked again. */
export async function carerStrainAtHelps(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const hopeId = position.topic;
  const draft = await session.draft();
  if (!hopeId || !draft?.aspirations.some((a) => a.id === hopeId) || !speaksForThem(draft) || !carerSpeaksOfOwnStrain(text)) return undefined;
  await session.updateDraft('a carer said what the family needs', (d) => needOnce(d, text, [hopeId], 'social_care').draft);
  return { say: [{ key: CarerStrainText.heard }], goTo: position };
}
