import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samSwimAndToilet } from './reviewSeed';

/*
 * At the review, thanks or politeness before a request is no part of the plan: "Thank you. Now the
 * toilet goal please move it to before the swimming one" never keeps "Thank you" as a hope. Moving a
 * goal before another is understood: it moves, and the bot says so.
 */

const seed = () => samSwimAndToilet();

describe('thanks, then a request to move a goal, at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Thank you. Now the toilet goal please move it to before the swimming one', 'thanks! can you put the toilet one before the swimming one'])('"%s" keeps no thanks and no new hope', async (typed) => {
    ({ chat } = await startWith(seed()));
    const said = saidIn(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['learn to swim', 'use the toilet on her own']);
    expect(JSON.stringify(draft)).not.toMatch(/thank/i);
    expect(said).not.toMatch(/Add this hope/);
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['By July 2026, I will use the toilet at school on my own.', 'By July 2026, I will swim 5 metres with armbands.']);
    expect(said).toMatch(/now comes before "By July 2026, I will swim 5 metres with armbands"/);
  });
});
