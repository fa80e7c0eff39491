import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { renderJson } from '../../src/export/json';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { TODAY } from './throughWelcome';

/*
 * After telling of being hit, a young person asks whether someone they name will see it: the answer
 * says truly who is told (the lead sees their words, a key worker sees only that a worry was told,
 * and what kind, if the plan is shared), in either register.
 */

const standard = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function toldOfHitting(safeguarding: 'lead' | 'noLead', mode: 'Standard words' | 'Easy read'): Promise<Transcript> {
  chat = await Transcript.start({ today: TODAY, safeguarding });
  await chat.say(mode);
  await chat.say("Yes, that's OK");
  await chat.say('Me, about myself');
  await chat.say('Jay');
  await chat.say('year 9');
  await chat.say('No code');
  const told = await chat.say('im good at drawing. my dad hits me when he drinks');
  expect(said(told)).toContain((mode === 'Easy read' ? easy : standard)('safeguarding:childline'));
  return chat;
}

describe('"will Sarah see that I said about the hitting?"', () => {
  it('with a lead: the lead sees the words, the key worker only that a worry was told', async () => {
    const chat = await toldOfHitting('lead', 'Standard words');
    const asked = await chat.say('Will Sarah see that I said about the hitting?');
    expect(said(asked)).toContain(standard('safeguarding:followUp.whoSeesLead'));
    expect(said(asked)).toMatch(/not your words/);
    // Their own download leaves the note out: the bot says so, and the copy bears it out.
    expect(said(asked)).toMatch(/copy of your plan that you download leaves the note out/);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(1);
    expect(JSON.parse(renderJson(draft!)).flags).toEqual([]);
  });

  it('in easy read, without a lead', async () => {
    const chat = await toldOfHitting('noLead', 'Easy read');
    const asked = await chat.say('will my teacher know what i told you?');
    expect(said(asked)).toContain(easy('safeguarding:followUp.whoSeesNoLead'));
    expect(said(asked)).toMatch(/They do not see your words/);
    expect(said(asked)).toMatch(/The copy you download does not show the note/);
  });
});
