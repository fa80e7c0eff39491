/*
 * UK towns and cities typed in lower case ("go to college in leeds", "the bus to croydon") are
 * written with their capitals in read-backs and the draft. Only the place's own words change.
 * No maintained package lists UK places for finding them in free text, so this is a list of the
 * larger towns and cities and London's boroughs. Names that are also everyday words ("reading",
 * "bath", "wells", "deal", "sale", "rugby", "street") are left out: "help with reading" stays as typed.
 */

const PLACES = [
  // Nations
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Ireland', 'Britain',
  // Cities and larger towns of England
  'London', 'Birmingham', 'Manchester', 'Liverpool', 'Leeds', 'Sheffield', 'Bristol', 'Newcastle', 'Nottingham', 'Leicester',
  'Coventry', 'Bradford', 'Stoke-on-Trent', 'Stoke', 'Wolverhampton', 'Plymouth', 'Southampton', 'Portsmouth', 'Derby', 'Hull',
  'Brighton', 'Hove', 'Milton Keynes', 'Northampton', 'Norwich', 'Luton', 'Swindon', 'Southend', 'Bournemouth', 'Poole',
  'Middlesbrough', 'Sunderland', 'Gateshead', 'Durham', 'Darlington', 'Hartlepool', 'Stockton', 'Carlisle', 'Lancaster', 'Preston',
  'Blackpool', 'Blackburn', 'Burnley', 'Bolton', 'Wigan', 'Warrington', 'Stockport', 'Oldham', 'Rochdale', 'Salford',
  'Huddersfield', 'Halifax', 'Wakefield', 'Barnsley', 'Doncaster', 'Rotherham', 'York', 'Harrogate', 'Scarborough', 'Grimsby',
  'Lincoln', 'Chester', 'Crewe', 'Telford', 'Shrewsbury', 'Worcester', 'Hereford', 'Gloucester', 'Cheltenham', 'Oxford',
  'Cambridge', 'Peterborough', 'Ipswich', 'Colchester', 'Chelmsford', 'Basildon', 'Watford', 'St Albans', 'Stevenage', 'Bedford',
  'Reigate', 'Guildford', 'Woking', 'Crawley', 'Horsham', 'Worthing', 'Eastbourne', 'Hastings', 'Canterbury', 'Maidstone',
  'Dover', 'Folkestone', 'Margate', 'Ashford', 'Tunbridge Wells', 'Chatham', 'Gillingham', 'Slough', 'Basingstoke', 'Winchester',
  'Salisbury', 'Exeter', 'Torquay', 'Truro', 'Taunton', 'Yeovil', 'Weston-super-Mare', 'Kidderminster', 'Nuneaton',
  'Solihull', 'Walsall', 'Dudley', 'West Bromwich', 'Sutton Coldfield', 'Tamworth', 'Mansfield', 'Chesterfield', 'Loughborough', 'Kettering',
  'Corby', 'Wellingborough', 'High Wycombe', 'Aylesbury', 'Maidenhead', 'Windsor', 'Bracknell', 'Wokingham', 'Newbury', 'Cornwall',
  // London boroughs and larger areas
  'Croydon', 'Bromley', 'Lewisham', 'Greenwich', 'Southwark', 'Lambeth', 'Wandsworth', 'Hackney', 'Islington', 'Camden',
  'Westminster', 'Brixton', 'Peckham', 'Tottenham', 'Enfield', 'Barnet', 'Harrow', 'Hillingdon', 'Ealing', 'Hounslow',
  'Kingston', 'Richmond', 'Merton', 'Wimbledon', 'Streatham', 'Haringey', 'Newham', 'Stratford', 'Ilford', 'Romford',
  'Walthamstow', 'Bexley', 'Bexleyheath', 'Woolwich', 'Dagenham', 'Barking', 'Wembley', 'Brent', 'Hammersmith', 'Fulham',
  'Chelsea', 'Kensington', 'Tower Hamlets', 'Sutton',
  // Scotland, Wales and Northern Ireland
  'Edinburgh', 'Glasgow', 'Aberdeen', 'Dundee', 'Inverness', 'Stirling', 'Perth', 'Paisley', 'Livingston', 'Falkirk',
  'Cardiff', 'Swansea', 'Newport', 'Wrexham', 'Bangor', 'Aberystwyth', 'Llandudno', 'Merthyr Tydfil', 'Bridgend', 'Barry',
  'Belfast', 'Derry', 'Londonderry', 'Lisburn', 'Newry', 'Armagh',
] as const;

/** A name also used for something else: written with its capitals only right after "in", "to", "from" or "near". */
const AFTER_PLACE_WORD_ONLY: ReadonlySet<string> = new Set(['derby', 'barry', 'sutton', 'kingston', 'richmond', 'chelsea', 'stoke', 'perth', 'stratford', 'harrow', 'barking', 'ashford', 'newport', 'brent', 'hull', 'corby', 'poole', 'bedford', 'windsor', 'lincoln', 'preston', 'chester', 'durham', 'dudley']);
const PLACE_WORD = /\b(?:in|to|from|near|into|round|around|at|visit|visiting|of)\s+$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
const BY_LOWER = new Map(PLACES.map((p) => [p.toLowerCase().replace(/[\s-]+/g, ' '), p]));
/** Longer names first, so "milton keynes" is one place and "west bromwich" is never "west" and more. */
const PLACE = new RegExp(`(?<![\\p{L}'-])(${[...PLACES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}'-])`, 'giu');
/** "new york" is not York. */
const NOT_UK_BEFORE = /\bnew\s+$/i;

/** The text with UK towns and cities typed in lower case written with their capitals; every other word as typed. */
export function withPlaceCapitals(text: string): string {
  if (!/[a-z]/.test(text)) return text;
  return text.replace(PLACE, (found: string, _name: string, at: number) => {
    if (found !== found.toLowerCase()) return found;
    const key = found.replace(/[\s-]+/g, ' ');
    const proper = BY_LOWER.get(key);
    if (!proper) return found;
    const before = text.slice(Math.max(0, at - 20), at);
    if (NOT_UK_BEFORE.test(before)) return found;
    if (AFTER_PLACE_WORD_ONLY.has(key) && !PLACE_WORD.test(before)) return found;
    // Keep the spaces or hyphens as typed; only the letters take their capitals.
    let i = 0;
    const letters = proper.replace(/[\s-]+/g, '');
    return found.replace(/\p{L}/gu, () => letters[i++] ?? '');
  });
}
