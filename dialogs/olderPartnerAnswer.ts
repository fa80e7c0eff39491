import { isAdult } from '../src/domain/lifeStage';
import type { YoungPerson } from '../src/domain/draft';
import { tellsOfAdultWithChild } from '../src/language/olderPartner';
import type { Words } from './say';
import { SafeguardingText as S } from './safeguardingText';

/** An adult with a child under 16 (olderPartner.ts): it is not OK and not their fault, and CEOP is there to report it to. */
export function olderPartnerHelp(category: string, message: string, person: Pick<YoungPerson, 'age'> | undefined): Words[] {
  if (category !== 'sexual_abuse' || isAdult(person) || !tellsOfAdultWithChild(message, person?.age)) return [];
  return [{ key: S.olderPartnerNotOk }, { key: S.olderPartnerCeop }];
}
