import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { objectionOfTurn } from '../../dialogs/flagObjection';

const turn = (): TurnContext => ({ turnState: new Map() }) as unknown as TurnContext;

describe('an objection to the note is read once per turn', () => {
  it('the disclosure check and the apology share one reading of the same message', () => {
    const context = turn();
    const first = objectionOfTurn(context, 'a domestic abuse helpline?? nobody is being abused');
    expect(first).toEqual({ wantsItInThePlan: false, denies: true, scared: false, takesBack: true });
    expect(objectionOfTurn(context, 'a domestic abuse helpline?? nobody is being abused')).toBe(first);
  });

  it('a message cut down in between is read afresh', () => {
    const context = turn();
    expect(objectionOfTurn(context, 'please dont put that down as a safeguarding thing')).toBeDefined();
    expect(objectionOfTurn(context, 'he likes lego')).toBeUndefined();
  });

  it('a new turn reads again', () => {
    const said = 'you did it again, nobody hurt him';
    expect(objectionOfTurn(turn(), said)).not.toBe(objectionOfTurn(turn(), said));
  });
});
