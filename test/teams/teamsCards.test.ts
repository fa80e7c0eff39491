import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { newJourney } from '../../dialogs/journey';
import { createDraft } from '../../src/domain/draft';
import { addAboutMe, addAspiration, addNeed, setConsent, setYoungPerson } from '../../src/domain/operations';
import { CARD_ANSWER_VERB } from '../../bots/teams/teamsCards';
import { teamsUserKey } from '../../bots/teams/teamsUserDrafts';
import { TeamsHarness, lastStep, outcomesOf, person, personalChat, type TeamsPerson } from './teamsHarness';

let teams: TeamsHarness;
beforeAll(async () => {
  teams = await new TeamsHarness().start();
});
afterAll(async () => teams?.stop());

interface CardAction {
  type: string;
  title: string;
  verb?: string;
  data?: { step: string; answer: string };
}

/** Someone whose draft is ready to review, stored as the earlier stages would have stored it. */
async function readyToReview(who: TeamsPerson): Promise<string> {
  const draftId = crypto.randomUUID();
  const now = new Date('2025-03-10T09:00:00Z');
  let draft = setYoungPerson(setConsent(createDraft({ id: draftId, now, who: 'self' }), true, now), { name: 'Sam', age: 15, schoolYear: 10 });
  draft = addAboutMe(draft, 'strengths', 'I am good at drawing');
  const hope = addAspiration(draft, 'I want to design computer games', 'learning_and_work');
  draft = addNeed(hope.draft, 'Reading long instructions is hard', [hope.aspiration.id]).draft;
  await teams.app.stores.drafts.save(draftId, draft, 0, { author: 'young_person', summary: 'earlier stages' });
  await teams.app.stores.state.write({
    [`journey/${draftId}`]: { ...newJourney(draftId), consent: true, position: { stage: 'review', step: 'review.summary' } },
    [teamsUserKey({ tenantId: who.tenantId, aadObjectId: who.aadObjectId })]: { draftId },
  });
  return draftId;
}

/** The review card Teams shows, the id the connector gave its message, and its buttons. */
function reviewCardIn(chat: string): { cardId: string; actions: CardAction[]; message: Partial<Activity> } {
  const received = teams.connector.received.filter((r) => r.conversationId === chat && r.activity.attachments?.length);
  const index = teams.connector.received.indexOf(received.at(-1)!);
  const message = received.at(-1)!.activity;
  const content = message.attachments![0]!.content as { version: string; actions?: CardAction[] };
  // The stand-in numbers the messages it accepts in order, as `1000000000001`, `1000000000002`...
  return { cardId: `1${String(index + 1).padStart(12, '0')}`, actions: content.actions ?? [], message };
}

const press = (who: TeamsPerson, chat: string, cardId: string, action: CardAction) =>
  teams.post(teams.pressed(who, chat, cardId, { title: action.title, verb: action.verb, data: action.data }));

describe('cards in Teams', () => {
  it('puts the review choices on the card as buttons; a press answers the question once, however often it is pressed', async () => {
    const sam = person();
    const chat = personalChat();
    const draftId = await readyToReview(sam);
    await teams.post(teams.installed(sam, chat));
    expect(lastStep(teams.connector.messages(chat))).toBe(Step.reviewSummary);

    const { cardId, actions, message } = reviewCardIn(chat);
    expect(message.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect((message.attachments?.[0]?.content as { version: string }).version).toBe('1.5');
    expect(actions.map((a) => [a.type, a.title])).toEqual([
      ['Action.Execute', 'Looks good'],
      ['Action.Execute', 'Change something'],
      ['Action.Execute', 'About me'],
      ['Action.Execute', 'Hopes'],
      ['Action.Execute', 'What makes things hard'],
      ['Action.Execute', 'Outcomes'],
    ]);
    const looksGood = actions[0]!;
    expect(looksGood.verb).toBe(CARD_ANSWER_VERB);

    const versionBefore = (await teams.app.stores.drafts.get(draftId))?.version;
    const sentBefore = teams.connector.messages(chat).length;
    // A double click: both presses reach the bot at the same time.
    const [first, second] = await Promise.all([press(sam, chat, cardId, looksGood), press(sam, chat, cardId, looksGood)]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const bodies = [first.body, second.body] as { statusCode: number; type: string; value: string }[];
    expect(bodies.map((b) => b.statusCode)).toEqual([200, 200]);
    expect(bodies.map((b) => b.value).sort()).toEqual(['Looks good', 'You already answered this. Your answer is saved.']);

    const after = teams.connector.messages(chat).slice(sentBefore);
    expect(after.filter((m) => outcomesOf(m).step)).toHaveLength(1);
    // No key worker invitation on this draft, so the next question is the last one.
    expect(lastStep(after)).toBe(Step.reviewDone);
    // The one answer is stored once: reaching the end marks the draft ready for review.
    const stored = await teams.app.stores.drafts.get(draftId);
    expect(stored?.version).toBe(versionBefore! + 1);
    expect(stored?.draft.status).toBe('ready_for_review');

    // Pressed again later, from the chat history: still nothing changes.
    const again = await press(sam, chat, cardId, looksGood);
    expect((again.body as { value: string }).value).toBe('You already answered this. Your answer is saved.');
    expect(teams.connector.messages(chat).slice(sentBefore)).toHaveLength(after.length);
    expect((await teams.app.stores.drafts.get(draftId))?.version).toBe(versionBefore! + 1);
  });

  it('does not let a button of an older question answer the question that is open now', async () => {
    const sam = person();
    const chat = personalChat();
    await readyToReview(sam);
    await teams.post(teams.installed(sam, chat));
    const { actions } = reviewCardIn(chat);
    await teams.post(teams.message(sam, chat, 'Looks good'));
    expect(lastStep(teams.connector.messages(chat))).toBe(Step.reviewDone);
    const sent = teams.connector.messages(chat).length;

    // The review card was answered by typing; its button is still on screen.
    const stale = await press(sam, chat, 'another-card-id', actions[1]!);
    expect((stale.body as { value: string }).value).toMatch(/closed/);
    expect(teams.connector.messages(chat)).toHaveLength(sent);
  });

  it('refuses a card action that is not one of the bot\'s, without changing anything', async () => {
    const sam = person();
    const chat = personalChat();
    await teams.post(teams.installed(sam, chat));
    const sent = teams.connector.messages(chat).length;
    const response = await teams.post(teams.pressed(sam, chat, 'x', { verb: 'somethingElse', data: { answer: 'Easy read' } }));
    expect((response.body as { statusCode: number }).statusCode).toBe(400);
    expect(teams.connector.messages(chat)).toHaveLength(sent);
  });

  it('shows the draft as a card (never as JSON, which Teams refuses) and the download buttons when the review is done', async () => {
    const sam = person();
    const chat = personalChat();
    await readyToReview(sam);
    await teams.post(teams.installed(sam, chat));
    await teams.post(teams.message(sam, chat, 'Looks good'));
    const messages = teams.connector.messages(chat);
    const done = messages.at(-1);
    expect(outcomesOf(done).step).toBe(Step.reviewDone);
    const types = done?.attachments?.map((a) => a.contentType);
    expect(types?.every((t) => t === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    expect(JSON.stringify(done?.attachments?.[0]?.content)).toContain('I want to design computer games');
    const downloads = done?.attachments?.flatMap((a) => (a.content as { actions?: { type: string; url?: string }[] }).actions ?? []).filter((a) => a.type === 'Action.OpenUrl');
    expect(downloads?.map((a) => new URL(a.url!).pathname.split('.').pop())).toEqual(expect.arrayContaining(['docx', 'html', 'json']));
  });
});
