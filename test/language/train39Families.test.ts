import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

const young = { parent: false } as const;

describe('bullying done to their things or their name, with the usual words missing', () => {
  it.each(['i like art. kids rip my pictures', 'they post funny video of me', 'nasty messajes on my phone', 'someone made a group chat mocking me'])('%j: the answer, as bullying', (typed) => {
    expect(safeguardingInChat(typed, young)).toEqual({ action: 'answer', category: 'bullying' });
  });
  it.each(['we post funny videos of him on his birthday, he loves it', 'my little brother rips my pictures lol', 'i tore up my drawing because it was bad'])('near-miss %j: nothing', (typed) => {
    expect(safeguardingInChat(typed, young).action).toBe('none');
  });
});

describe('neglect told as ordinary life', () => {
  it.each(['i stay in house alone when mum go to her frend for days', 'my cloths is dirty all the time', 'im home alone cos dad goes away for the weekend'])('%j: the answer, as neglect', (typed) => {
    expect(safeguardingInChat(typed, young)).toEqual({ action: 'answer', category: 'neglect' });
  });
  it.each(['i stay home alone when mum goes to work, for a few hours', 'my clothes are muddy all the time from football', 'i want to stay alone for a weekend when im older'])('near-miss %j: nothing', (typed) => {
    expect(safeguardingInChat(typed, young).action).toBe('none');
  });
});
