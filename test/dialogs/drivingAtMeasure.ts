import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, walkTo, type SeedHope } from './journeySeed';

/** A 22-year-old learning to drive, at "How will we know...?" for passing her theory test in a year. */
const DRIVE: SeedHope = { text: 'learn to drive', theme: 'independent_living', needs: ['the theory test is all reading'] };

export async function atMeasure(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Aisha', age: 22, hopes: [DRIVE] });
  await walkTo(chat, Step.outcomeMeasure, { [Step.outcomeStep]: 'pass my theory test', [Step.outcomeWhen]: 'in a year' });
  return chat;
}

export const measureOf = async (chat: Transcript): Promise<string | undefined> => (await chat.draft())?.outcomes[0]?.measure;
