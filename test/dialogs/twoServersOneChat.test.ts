import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { TODAY } from './throughWelcome';

/*
 * One chat carried on by two servers in turn (two instances behind a load balancer, each with its
 * own memory of the journeys it last wrote): each answer given on one is where the other carries on.
 */

describe('one chat answered on two servers in turn', () => {
  const chats: Transcript[] = [];
  afterEach(async () => {
    for (const chat of chats.splice(0)) await chat.close();
  });

  it('each server asks the question the other one moved to, and "back" goes back from there', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-two-servers-'));
    const conversationId = 'two-servers-one-chat';
    const first = await Transcript.start({ today: TODAY, dataDir, conversationId });
    chats.push(first);
    await first.say('normal words please');
    await first.say('yeah thats fine');
    expect(first.step).toBe(Step.welcomeWho);

    const second = await Transcript.start({ today: TODAY, dataDir, conversationId });
    chats.push(second);
    await second.say('its me');
    expect(second.step).toBe(Step.welcomeName);

    await first.say('Sam');
    expect(first.step).toBe(Step.welcomeAge);
    await second.say('back');
    expect(second.step).toBe(Step.welcomeName);
    await first.say('Jo');
    expect(first.step).toBe(Step.welcomeAge);
    expect((await second.draft())?.youngPerson.name).toBe('Jo');
  });
});
