import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Leon, 20, wheelchair user: his mum's partner Craig collects his PIP and keeps it. After that worry was noted:
 * "if mum shows him that hes gonna go mad. can u take the craig stuff out". The fear is heard (the note goes to the
 * safeguarding lead, not home; how to get help) and every part of the plan naming Craig goes; the flag stays.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const WITH_CRAIG = (d: Draft): Draft => ({ ...d, aboutMe: { ...d.aboutMe, support: ['Craig lifts me into the car', 'my stepdad drives me to college', 'music helps me calm down'] } });

async function leonAfterTheNote(age = 20): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Leon',
    age,
    hopes: [
      { text: 'to have my own money', theme: 'independent_living', needs: ['i never have any money'] },
      { text: 'to go to the football with Craig', theme: 'friends_and_community', needs: ['kev has to push my chair'] },
    ],
    change: WITH_CRAIG,
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  }));
  await chat!.say('craig keeps my pip money');
  expect(chat!.step).toBe(Step.safeguardingCheck);
  await chat!.say('yes');
  await chat!.say('carry on');
  expect(chat!.step).toBe(Step.needsHelps);
  return chat!;
}

const planText = (d: Draft): string => JSON.stringify({ aboutMe: d.aboutMe, aspirations: d.aspirations, needs: d.needs, outcomes: d.outcomes });

describe('the fear of being seen, and a person taken out of the plan, after a note', () => {
  it.each([
    ['if mum shows him that hes gonna go mad. can u take the craig stuff out', /craig/i],
    ['he\'ll kill me if he sees this. please take everything about craig out', /craig/i],
    ['if he sees it he\'ll kick off. delete everything about craig', /craig/i],
  ])('%j: the fear heard, every part naming him gone, the flag kept', async (said, gone) => {
    const c = await leonAfterTheNote();
    const replies = saidIn(await c.say(said));
    expect(replies).toMatch(/not sent to your mum or anyone at home/);
    expect(replies).toMatch(/taken everything about Craig out of your plan/);
    expect(replies).toMatch(/101|adult social care/);
    expect(replies).not.toMatch(/0800 1111/);
    expect(replies).not.toMatch(/Thank you\. You can come back and change/);
    expect(c.step).toBe(Step.needsHelps);
    const draft = (await c.draft())!;
    expect(planText(draft)).not.toMatch(gone);
    expect(draft.aspirations.map((a) => a.text)).toEqual(['to have my own money']);
    expect(draft.aboutMe.support).toContain('music helps me calm down');
    expect(draft.flags).toHaveLength(1);
  });

  it.each([
    ['please delete everything about my stepdad', /stepdad/i, /your stepdad/],
    ['take out the bits about kev he cant see that', /kev/i, /Kev/],
  ])('%j takes out every part about them, the note stays', async (said, gone, named) => {
    const c = await leonAfterTheNote();
    const replies = saidIn(await c.say(said));
    expect(replies).toMatch(named);
    expect(replies).toMatch(/note for the safeguarding lead stays/);
    expect(planText((await c.draft())!)).not.toMatch(gone);
    expect((await c.draft())!.flags).toHaveLength(1);
    expect(c.step).toBe(Step.needsHelps);
  });

  it('"hes gonna go mad if she shows him this" alone is heard; nothing is kept as help', async () => {
    const c = await leonAfterTheNote(16);
    const replies = saidIn(await c.say('hes gonna go mad if she shows him this'));
    expect(replies).toMatch(/Childline on 0800 1111/);
    expect(c.step).toBe(Step.needsHelps);
    expect((await c.draft())!.needs[0]!.helps ?? []).toEqual([]);
    expect(planText((await c.draft())!)).toMatch(/Craig/);
  });

  it.each(['mum will kill me if i get another detention', 'if mum sees my room she\'ll go mad', 'take the maths stuff out'])('%j is no fear of being seen', async (said) => {
    const c = await leonAfterTheNote();
    expect(saidIn(await c.say(said))).not.toMatch(/not sent to your mum|taken everything about/);
  });
});
