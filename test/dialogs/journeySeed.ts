import { mkdtempSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Journey, Position } from '../../dialogs/journey';
import { newJourney } from '../../dialogs/journey';
import {
  addAspiration,
  addNeed,
  createDraft,
  setConsent,
  setYoungPerson,
  type Draft,
  type ThemeId,
  type WhoAnswers,
} from '../../src/domain/draft';
import { createStores } from '../../src/storage';
import type { Logger } from '../../src/log';
import { Transcript } from '../support/transcript';

export interface SeedHope {
  text: string;
  theme: ThemeId | null;
  needs: string[];
}

export interface Seed {
  today: string;
  who?: WhoAnswers;
  name?: string;
  age?: number;
  schoolYear?: number;
  hopes: SeedHope[];
  /** Further changes to the seeded draft (outcomes, a key worker code...). */
  change?: (draft: Draft) => Draft;
  /** The open question; the first question of the outcomes stage when absent. */
  at?: (draft: Draft) => Position;
  /** Further notes of the conversation (who helps them chat...). */
  journey?: Partial<Journey>;
}

/** A parent or carer chatting on the day the coaching sets were written (2 December 2026). */
export function parentSeed(child: { name: string; age: number; schoolYear: number }, hopes: SeedHope[], more: Partial<Seed> = {}): Seed {
  return { today: '2026-12-02', who: 'parent_carer', ...child, hopes, ...more };
}

export { saidIn } from '../support/typedWay';

/** Answers each question by its step (or "yes") until the chat reaches the given step. */
export async function walkTo(chat: Transcript, step: string, answers: Record<string, string>): Promise<void> {
  for (let turn = 0; turn < 8 && chat.step !== step; turn++) await chat.say(answers[chat.step ?? ''] ?? 'yes');
  if (chat.step !== step) throw new Error(`the chat stopped at ${chat.step ?? 'no step'}, not ${step}`);
}

/**
 * Starts a conversation already part-way through the journey: the draft and the open question are
 * stored as earlier stages would have stored them, then the person joins and the bot asks that question.
 */
export async function startWith(seed: Seed, options: { log?: Logger; safeguarding?: 'lead' } = {}): Promise<{ chat: Transcript; seeded: Draft }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'outcomes-seed-'));
  const stores = await createStores({ dataDir: dir });
  const draftId = randomUUID();
  const now = new Date(`${seed.today}T09:00:00Z`);
  let draft = setConsent(createDraft({ id: draftId, now, who: seed.who ?? 'self' }), true, now);
  draft = setYoungPerson(draft, {
    ...(seed.name ? { name: seed.name } : {}),
    ...(seed.age !== undefined ? { age: seed.age } : {}),
    ...(seed.schoolYear !== undefined ? { schoolYear: seed.schoolYear } : {}),
  });
  for (const hope of seed.hopes) {
    const added = addAspiration(draft, hope.text, hope.theme);
    draft = added.draft;
    for (const need of hope.needs) draft = addNeed(draft, need, [added.aspiration.id]).draft;
  }
  if (seed.change) draft = seed.change(draft);
  await stores.drafts.save(draftId, draft, 0, { author: 'young_person', summary: 'earlier stages' });
  const first = draft.aspirations[0];
  const position: Position = seed.at?.(draft) ?? { stage: 'outcomes', step: 'outcome.step', ...(first ? { topic: first.id } : {}) };
  const conversationId = `test-${randomUUID()}`;
  await stores.state.write({
    [`journey/${draftId}`]: { ...newJourney(draftId), consent: true, position, ...seed.journey },
    [`test/conversations/${conversationId}/`]: { conversationData: { draftId } },
  });
  const chat = await Transcript.start({ today: seed.today, conversationId, dataDir: dir, stores, ...options });
  return { chat, seeded: draft };
}
