import { describe, expect, it } from 'vitest';
import { readBotChat } from '../../src/language/botChat';

describe('short talk to the bot is never an answer', () => {
  it.each([
    ['do u like footbal', 'aboutTheBot'],
    ['are u a robot', 'aboutTheBot'],
    ['whats ur fav team', 'aboutTheBot'],
    ['u ok?', 'aboutTheBot'],
    ['have u got a dog', 'aboutTheBot'],
    ['wat', 'puzzled'],
    ['huh??', 'puzzled'],
    ['wat do i do', 'puzzled'],
    ['wait. u stored wat?', 'whatKept'],
    ['what did u save', 'whatKept'],
    ['you put that in?', 'whatKept'],
    ['wanna play ps5 now', 'elsewhere'],
    ['can i go now', 'elsewhere'],
    ['im bored', 'elsewhere'],
    ['i want a break', 'elsewhere'],
    ['gud', 'bare'],
    ['ok cool', 'bare'],
    ['yeh', 'bare'],
  ] as const)('"%s" is %s', (typed, kind) => {
    expect(readBotChat(typed)).toBe(kind);
  });

  it.each([
    'i like footbal with my dad',
    'playing ps5 with sam',
    'what helps is my mum',
    'money. counting change',
    'ear defenders',
    'go to a match. stay whole game',
    'get a saturday job',
    'sum1 show me the way first',
    'i want to play for a team',
    'good friends',
    // Stopping is the stop question's own: this outcome, or the chat?
    'can we stop now',
    'mum',
  ])('"%s" may be an answer', (typed) => {
    expect(readBotChat(typed)).toBeNull();
  });

  it('"gud" answers "how would you feel?"; chatter there is still chatter', () => {
    expect(readBotChat('gud', { feelingAsked: true })).toBeNull();
    expect(readBotChat('happy', { feelingAsked: true })).toBeNull();
    expect(readBotChat('wanna play ps5 now', { feelingAsked: true })).toBe('elsewhere');
    expect(readBotChat('lol', { feelingAsked: true })).toBe('bare');
  });
});
