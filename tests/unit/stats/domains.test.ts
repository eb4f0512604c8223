// Short articles from other beats (earnings, sport, disasters, war), written for these tests: every
// figure a careful reader would list is found with its noun, and nothing else is listed.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/shared/stats';

type Expect = [value: number, labelContains: string];

const ARTICLES: Array<[beat: string, text: string, expected: Expect[]]> = [
  [
    'earnings',
    `Chipmaker revenue jumps 94% to $35.1 billion
The company on Wednesday reported third-quarter revenue of $35.1 billion, up 17% from the previous quarter. Data center revenue was a record $30.8 billion. The company expects fourth-quarter revenue of about $37.5 billion. Shares fell 2.5% in extended trading. Gross margin was 74.6 percent, down 0.4 percentage points. The company, which has 29,600 employees, was founded in 1993.`,
    [
      [94, 'revenue'], [35.1e9, ''], [35.1e9, 'third-quarter revenue'], [17, 'third-quarter revenue'],
      [30.8e9, 'Data center revenue'], [37.5e9, 'fourth-quarter revenue'], [2.5, 'Shares'], [74.6, 'Gross margin'],
      [0.4, 'Gross margin'], [29600, 'employees'],
    ],
  ],
  [
    'sport',
    `Liverpool go eight points clear after 2-0 win over City
Liverpool moved eight points clear at the top of the league with a 2-0 victory over City at Anfield on Sunday. Gakpo opened the scoring in the 12th minute. City have now lost five games in a row for the first time under their manager. Salah has 13 goals and 10 assists in 13 league games this season. A crowd of 60,000 watched the match. Liverpool have won 11 of their 13 league matches.`,
    [
      [8, 'points'], [2, ''], [8, 'points'], [2, 'victory'], [5, 'games'], [13, 'goals'], [10, 'assists'],
      [13, 'league games'], [60000, 'crowd'], [11, 'league matches'],
    ],
  ],
  [
    'disaster',
    `Earthquake kills more than 1,300
A 7.8-magnitude earthquake struck the south of the country on Monday, killing more than 1,300 people. The quake hit at 4:17 a.m. at a depth of 17.9 km, according to the geological survey. At least 912 people were killed in the largest city, while 326 people died in the north. Rescuers searched the rubble of nearly 3,000 collapsed buildings. Temperatures dropped to minus 5 degrees Celsius overnight. Around 45 countries have offered help.`,
    [
      [1300, ''], [7.8, 'earthquake'], [1300, 'people'], [17.9, 'depth'], [912, 'people'], [326, 'people'],
      [3000, 'collapsed buildings'], [-5, 'Temperatures'], [45, 'countries'],
    ],
  ],
  [
    'war report',
    `Russia launched 120 missiles and 90 drones overnight, says Zelensky
Russia launched 120 missiles and 90 drones at Ukraine overnight, the president said on Sunday. The air force said it shot down 104 missiles and 42 drones. At least seven people were killed in the attack, which hit energy facilities in 12 regions. Around 1.5 million households were left without power. Since February 2022, Ukraine has received more than $175 billion in aid. About one in three power plants has been damaged.`,
    [
      [120, 'missiles'], [90, 'drones'], [120, 'missiles'], [90, 'drones'], [104, 'missiles'], [42, 'drones'],
      [7, 'people'], [12, 'regions'], [1.5e6, 'households'], [175e9, 'aid'], [33.33, 'power plants'],
    ],
  ],
];

describe.each(ARTICLES)('%s article', (_beat, text, expected) => {
  const { statistics } = extract(text);

  it('lists exactly the expected figures, in order, with their nouns', () => {
    expect(statistics.map((s) => s.value)).toEqual(expected.map(([value]) => value));
    statistics.forEach((s, i) => expect(s.label, s.text).toContain(expected[i]![1]));
  });
});
