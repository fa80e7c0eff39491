import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, TurnContext } from 'botbuilder';
import { afterEach, expect, it } from 'vitest';
import { reportNewFlags } from '../../dialogs/safeguardingConcern';
import { JourneySession } from '../../dialogs/session';
import { addFlag, setYoungPerson } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import { createLogger } from '../../src/log';
import { Safeguarding } from '../../src/safeguarding/service';
import { createStores } from '../../src/storage';
import { DraftForgetting } from '../../src/retention/forgetDraft';
import { ResumeCodes } from '../../src/storage/resumeCodes';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

it('a flag added at any question, not only by the disclosure check, reaches the leads once', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-flags-'));
  const stores = await createStores({ dataDir });
  const { concerns } = stores;
  cleanups.push(async () => {
    await stores.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const now = () => new Date('2025-03-10T10:00:00Z');
  const session = await JourneySession.load(
    {
      storage: stores.state,
      drafts: stores.drafts,
      words: createWords(),
      now,
      resumeCodes: new ResumeCodes(stores.state, 'pepper'),
      forgetting: new DraftForgetting({ drafts: stores.drafts, state: stores.state }),
      safeguarding: new Safeguarding({ concerns, invitations: stores.invitations, notify: async () => {}, now, log: createLogger({ level: 'silent' }) }),
    },
    undefined,
  );
  // As a question such as "do you feel safe at home?" might flag the draft on "not always".
  await session.updateDraft('name', (d) => setYoungPerson(d, { name: 'Ash', age: 12 }));
  await session.updateDraft('safety answer', (d) => addFlag(d, { category: 'other', at: now(), step: 'aboutMe.support' }));
  const context = new TurnContext(new TestAdapter(), { type: 'message', text: 'not always', channelId: 'directline', conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' } });
  await reportNewFlags(context, session);
  await reportNewFlags(context, session);
  const listed = await concerns.list();
  expect(listed).toHaveLength(1);
  expect(await concerns.get(listed[0]!.id)).toMatchObject({ category: 'other', step: 'aboutMe.support', message: 'not always', person: { name: 'Ash', age: 12 } });
});
