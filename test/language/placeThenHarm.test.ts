import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * A place or a time, then what is done to them there: "on the bus home, i get touched". Asked where
 * they do not feel safe, people name the place first; what follows is a disclosure of its own kind.
 * Sport, games, accidents, senses and feelings at a place stay ordinary talk.
 */

describe('a place followed by what is done there is a disclosure', () => {
  for (const [said, categories] of [
    ['on the bus home, i get touched', ['sexual_abuse']],
    ['i get touched on the bus home', ['sexual_abuse']],
    ['at night i get touched', ['sexual_abuse']],
    ['the playground at lunch i get punched', ['harm_from_others', 'bullying']],
    ['at school he gets hit', ['harm_from_others', 'bullying']],
  ] as const) {
    it(`"${said}": ${categories.join(' or ')}, the full answer`, () => {
      const read = detectConcern(said);
      expect(read).toMatchObject({ concern: true, sure: true });
      expect(categories).toContain(read.category);
      expect(safeguardingInChat(said, { parent: false })).toMatchObject({ action: 'answer' });
    });
  }
});

describe('leave alone: a place with ordinary things happening there', () => {
  for (const said of [
    'on the bus i get touched by accident when its busy',
    'at break i got hit by the ball',
    'in pe i get kicked playing football',
    'at the hairdresser i get touched and i hate it',
    'at school i get touched on the shoulder to get my attention',
    'the bus is too loud and i get touched by bags',
    'at lunch i get hit in the game of tag',
    'in the playground i get tired',
    'on the bus home i get scared when its dark',
    'at school i get help with reading',
    'the toilets at school i get anxious',
    'at night i get nightmares',
  ]) {
    it(`"${said}": no full answer`, () => {
      expect(safeguardingInChat(said, { parent: false })).not.toMatchObject({ action: 'answer' });
    });
  }
});
