import type { SeedHope } from './journeySeed';
import { startWith } from './journeySeed';
import type { Transcript } from '../support/transcript';

/* Jess (16, Year 11, on 5 December 2026) and her two hopes, each test starting at the step question of one. */

export const COLLEGE_HOPE: SeedHope = { text: 'Go to college to do art', theme: 'learning_and_work', needs: ['New places make me anxious'] };
export const BUS_HOPE: SeedHope = { text: 'Get around town on my own', theme: 'independent_living', needs: ['Buses are loud and busy'] };

/** What Jess types, in turn, from the bus step to the question after "what would it do for you?". */
export const BUS_WAY = ['by the summer', 'i do it every week for a term', 'more grown up', 'i could go to town with friends', 'skip'] as const;

/** Jess at "what is one step towards this hope?", with the answers given typed in turn. */
export async function jessTyping(hope: SeedHope, typed: readonly string[] = []): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-05', name: 'Jess', age: 16, schoolYear: 11, hopes: [hope] });
  for (const words of typed) await chat.say(words);
  return chat;
}
