import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { renderJson } from '../../src/export/json';
import { draftPage } from '../../src/review/pages/draftPage';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * A disclosure typed at "What helps you with this now?" reaches the people who keep the young person
 * safe: a flag on the draft at that question, a concern in the safeguarding lead's queue, and the
 * banner on the key worker's page for the draft. The young person's own downloaded file leaves the
 * note out on purpose (they are told so), so it can be shown to anyone.
 */

describe('a disclosure typed at "what helps?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is flagged at that question, queued for the lead, shown to the key worker, and left out of the young person\'s file', async () => {
    chat = await typedTo(Step.needsHelps, { name: 'Chloe', age: '23' }, {
      [Step.hopesDream]: 'live in my own flat',
      [Step.hopesMore]: 'no',
      [Step.hopesTheme]: ['nothing for now', 'nothing for now', 'nothing for now', 'nothing for now', 'nothing for now', 'nothing for now'],
      [Step.needsBarrier]: 'money is hard for me',
    }, { safeguarding: 'lead' });
    await chat.say('my frend keeps borowing my money and dont give it back');
    await chat.say('yes. she my frend');
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'exploitation', step: Step.needsHelps })]);
    // The safeguarding lead's queue, shared plan or not.
    const concerns = await chat.concerns!.list();
    expect(concerns).toEqual([expect.objectContaining({ category: 'exploitation', step: Step.needsHelps })]);
    // The key worker's page for the draft.
    const page = String(draftPage({ signedIn: { name: 'Ann Key', csrfToken: 't' }, draft, problems: [], versions: [], now: new Date() }));
    expect(page).toMatch(/Safeguarding concern flagged/);
    expect(page).toMatch(/exploitation/);
    expect(page).toContain(Step.needsHelps);
    // The young person's own copy: no note, as the chat tells them.
    expect(JSON.parse(renderJson(draft)).flags).toEqual([]);
  });
});
