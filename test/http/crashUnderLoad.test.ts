import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JOURNEY } from '../../bench/script';
import { journeyTurn } from '../support/appClients';
import { startAppProcess, type RunningApp } from '../support/appProcess';

/*
 * "An answer once given is stored before the bot replies", tested the hard way: people type the
 * benchmark's whole journey at once, the server is killed (SIGKILL) in the middle of it, started
 * again on the same data, and every conversation carries on. Each answer the server acknowledged
 * must be there; the one in flight when it died may or may not be, but never twice.
 */

const PEOPLE = 12;

describe('a server killed while many people type', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'outcomes-crash-'));
  let app: RunningApp | undefined;
  afterAll(async () => {
    await app?.stop();
  });

  it('keeps every acknowledged answer, once, and every journey carries on to the end', async () => {
    app = await startAppProcess({ dataDir, env: { MESSAGES_PER_MINUTE: '100000', MESSAGES_PER_MINUTE_PER_ADDRESS: '1000000' } });
    const people = Array.from({ length: PEOPLE }, () => ({ id: `crash-${randomUUID()}`, acknowledged: -1 }));
    let acknowledgedTurns = 0;
    const killAfter = 40 + Math.floor(Math.random() * 120);
    let killed: Promise<void> | undefined;
    const running = app;
    await Promise.all(
      people.map(async (person) => {
        for (const [index, step] of JOURNEY.entries()) {
          let got: string;
          try {
            got = await journeyTurn(running.url, person.id, step.say);
          } catch {
            return; // the server died under this turn: it may or may not have been stored
          }
          expect(got, `turn ${index} before the crash`).toBe(step.expect);
          person.acknowledged = index;
          acknowledgedTurns += 1;
          if (acknowledgedTurns === killAfter) killed = running.crash();
        }
      }),
    );
    await killed;
    expect(people.some((person) => person.acknowledged < JOURNEY.length - 1), 'the crash came in the middle of the journeys').toBe(true);

    app = await startAppProcess({ dataDir, port: running.port, env: { MESSAGES_PER_MINUTE: '100000', MESSAGES_PER_MINUTE_PER_ADDRESS: '1000000' } });
    const again = app;
    await Promise.all(
      people.map(async (person) => {
        if (person.acknowledged < 0) return;
        // "help" answers and leaves the open question open: it says which question that is.
        const open = await journeyTurn(again.url, person.id, 'help');
        const acknowledged = person.acknowledged;
        const inFlightStored = acknowledged + 1 < JOURNEY.length && open === JOURNEY[acknowledged + 1]!.expect && open !== JOURNEY[acknowledged]!.expect;
        if (!inFlightStored) expect(open, `open question after turn ${acknowledged}`).toBe(JOURNEY[acknowledged]!.expect);
        for (let index = acknowledged + (inFlightStored ? 2 : 1); index < JOURNEY.length; index++) {
          const step = JOURNEY[index]!;
          expect(await journeyTurn(again.url, person.id, step.say), `turn ${index} after the restart`).toBe(step.expect);
        }
      }),
    );
  }, 180_000);
});
