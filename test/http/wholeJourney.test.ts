import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_CONTENT_TYPE, Step, type StepId } from '../../dialogs/ids';
import { draftSchema } from '../../src/domain/draft';
import { DEFAULT_ANSWERS, expectAGoodDraft } from '../dialogs/journeyDriver';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { DirectLineClient, stepOf } from '../support/appClients';

let running: RunningApp;

beforeAll(async () => {
  // A test types far faster than a person: the per-conversation limit is for people.
  running = await runApp({ LOG_LEVEL: 'error', MESSAGES_PER_MINUTE: '1000' }, { now: () => new Date('2025-03-10T10:00:00Z') });
});

afterAll(async () => {
  await running?.stop();
});

/** What this person types, by question; everything else takes the journey's usual answers. */
const ANSWERS: Partial<Record<StepId, string[]>> = {
  [Step.welcomeReadingMode]: ['Easy read'],
  [Step.welcomeName]: ['Riley'],
  [Step.welcomeAge]: ['Year 10'],
  [Step.hopesDream]: ['I want to work in a bike shop'],
  [Step.hopesTheme]: ['live with my mates', 'go to a climbing club', 'sleep better'],
  // Time words that are an outcome's span whatever today's date (a date a few months off would be a first step).
  [Step.outcomeStep]: ['I will fix a puncture on my own by the end of year 11', 'I will go to climbing club every week in a year', 'I will go to bed by ten on school nights in 9 months'],
  [Step.outcomeAnother]: ['yes', 'yes', 'no', 'no just finish'],
};

describe('a whole journey through the web chat channel', () => {
  it('goes from the first question to a finished draft, every question in easy read', async () => {
    const client = await DirectLineClient.start(running.url, { id: 'dl_riley' });
    const queues = new Map(Object.entries(ANSWERS).map(([step, list]) => [step, [...(list ?? [])]]));
    const seen: string[] = [];
    let finished: Partial<Activity>[] = [];
    for (let turn = 0; turn < 120; turn++) {
      const activities = await client.nextQuestion();
      const question = [...activities].reverse().find((a) => stepOf(a));
      const step = question ? stepOf(question) : undefined;
      expect(step, `no question after ${seen.slice(-4).join(' > ')}`).toBeDefined();
      seen.push(step!);
      const mode = (question!.channelData as { outcomes?: { mode?: string } }).outcomes?.mode;
      if (step !== Step.welcomeReadingMode) expect(mode).toBe('easy_read');
      if (step === Step.reviewDone) {
        finished = activities;
        break;
      }
      // "Which hope shall we work on next? Type the number." has no buttons, unlike "another outcome?": the first is picked.
      const whichHopeNext = step === Step.outcomeAnother && !(question!.suggestedActions?.actions?.length ?? 0);
      const reply = await client.say(whichHopeNext ? '1' : (queues.get(step!)?.shift() ?? DEFAULT_ANSWERS[step as StepId]));
      expect(reply.status).toBe(200);
    }
    expect(seen.at(-1)).toBe(Step.reviewDone);
    const draftActivity = finished.find((a) => a.attachments?.some((x) => x.contentType === DRAFT_CONTENT_TYPE));
    const draft = draftSchema.parse(draftActivity!.attachments!.find((x) => x.contentType === DRAFT_CONTENT_TYPE)!.content);
    expectAGoodDraft(draft);
    expect(draft.youngPerson).toMatchObject({ name: 'Riley', schoolYear: 10, readingMode: 'easy_read' });
    // The person's own copies are links they can open in the chat.
    const doneText = finished.map((a) => a.text ?? '').join(' ');
    const links = [...doneText.matchAll(/\((http[^)]+\/downloads\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(3);
    for (const link of links) expect((await fetch(link)).status).toBe(200);
    await client.say('show my draft');
    const shown = await client.nextQuestion();
    expect(shown.some((a) => /\/downloads\//.test(a.text ?? ''))).toBe(true);
    // Every step of the journey was asked at least once on the way.
    for (const step of [Step.aboutMeStrengths, Step.aboutMeSafe, Step.hopesDream, Step.needsBarrier, Step.outcomeDoesForMe, Step.outcomeMakesPossible, Step.outcomeProvides, Step.reviewSummary]) {
      expect(seen).toContain(step);
    }
  });
});
