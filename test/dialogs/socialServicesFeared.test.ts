import { afterEach, describe, expect, it } from 'vitest';
import { Transcript } from '../support/transcript';
import { TODAY } from './throughWelcome';

/*
 * Rhys (16, Year 11) after a note he did not want: "great so social services r gonna knock… cheers".
 * A kind, honest answer about the note (who sees it and when, why it is there); never a promise
 * about what others will do, and never "Thank you. You can come back at any time.".
 */

const said = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function flagged(safeguarding: 'lead' | 'noLead'): Promise<Transcript> {
  chat = await Transcript.start({ today: TODAY, safeguarding });
  for (const m of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Rhys', 'year 11', 'No code']) await chat.say(m);
  const told = await chat.say('im good at fixing bikes. my dad hits me when he drinks');
  expect(said(told)).toMatch(/0808 800 5000|0800 1111/);
  return chat;
}

describe('"great so social services r gonna knock… cheers" after the note', () => {
  it.each(['lead', 'noLead'] as const)('with %s: who sees the note and why, never a promise nor a goodbye', async (lead) => {
    const chat = await flagged(lead);
    const words = said(await chat.say('great so social services r gonna knock… cheers'));
    expect(words).not.toMatch(/You can come back at any time/);
    expect(words).toMatch(/I will not contact social services myself/);
    expect(words).toMatch(/key worker sees/i);
    expect(words).not.toMatch(/will not (?:come|knock|visit)|won't (?:come|knock|visit)|nobody will/i);
  });

  it('still heard beside it: "so social services r gonna knock. he will batter me"', async () => {
    const chat = await flagged('lead');
    const words = said(await chat.say('so social services r gonna knock. he will batter me'));
    expect(words).toMatch(/0808 800 5000|0800 1111|999|Are you OK|safe/i);
  });
});
