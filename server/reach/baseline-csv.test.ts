import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseBaselineCsv } from './baseline-csv.ts';

const SEX = 'question,category,share\nsex,female,51\nsex,male,49\n';

test('reads question, category and share in percent, as fractions', () => {
  expect(parseBaselineCsv(SEX)).toEqual({
    ok: true,
    rows: [
      { question: 'sex', category: 'female', share: 0.51 },
      { question: 'sex', category: 'male', share: 0.49 },
    ],
  });
});

test('a file of fractions (every share 1 or less, none with %) is read as fractions', () => {
  expect(parseBaselineCsv('question,category,share\nsex,female,0.51\nsex,male,0.49')).toEqual({
    ok: true,
    rows: [
      { question: 'sex', category: 'female', share: 0.51 },
      { question: 'sex', category: 'male', share: 0.49 },
    ],
  });
});

test('takes a byte order mark, CRLF, "%", quotes, names in any case, notes and blank lines', () => {
  const text =
    '\uFEFF# Figures: ONS Census 2021, TS021\r\nQuestion , Category,SHARE\r\n\r\n' +
    '"Ethnic group","Asian, Asian British or Asian Welsh",9.5%\r\n' +
    'ethnic-group,BLACK,4 %\r\nequality-ethnic-group,mixed,3\r\nethnic-group,White,81.5\r\n' +
    'ethnic-group,other ethnic group,2.0\r\n';
  const parsed = parseBaselineCsv(text);
  expect(parsed).toEqual({
    ok: true,
    rows: [
      { question: 'ethnic-group', category: 'asian', share: 0.095 },
      { question: 'ethnic-group', category: 'black', share: 0.04 },
      { question: 'ethnic-group', category: 'mixed', share: 0.03 },
      { question: 'ethnic-group', category: 'white', share: 0.815 },
      { question: 'ethnic-group', category: 'other-ethnic-group', share: 0.02 },
    ],
  });
});

test('takes category,share alone, because every category of the block belongs to one question', () => {
  const parsed = parseBaselineCsv('category,share\nFemale,50.5\nmale,49.5\nchristian,46\nno-religion,54\n');
  expect(parsed.ok && parsed.rows.map((r) => `${r.question}/${r.category}`)).toEqual([
    'sex/female',
    'sex/male',
    'religion/christian',
    'religion/no-religion',
  ]);
});

test('shares that add to 99 or 101 are fine (rounded figures); 97 is not', () => {
  expect(parseBaselineCsv('question,category,share\nsex,female,50.4\nsex,male,48.7').ok).toBe(true);
  expect(parseBaselineCsv('question,category,share\nsex,female,51\nsex,male,50').ok).toBe(true);
  expect(parseBaselineCsv('question,category,share\nsex,female,50\nsex,male,47')).toEqual({
    ok: false,
    problems: [
      {
        line: 2,
        message:
          'The shares for sex (lines 2, 3) add to 97%, not about 100%. Give them in percent (0 to 100) of the people who answered, all in one way in the file.',
      },
    ],
  });
});

test('every problem is listed with its line, and no rows come back', () => {
  const text = [
    'question,category,share', // 1
    'ethnicity,white,80', // 2
    'ethnic-group,gypsy,1', // 3
    'sex,female,fifty', // 4
    'sex,male,49,5', // 5
    '', // 6
    'age,16-24,"12,5"', // 7
    'age,16-24,10', // 8
    'age,16-24,10', // 9
    'religion,Not answered,6', // 10
    'sex,female,-2', // 11
  ].join('\n');
  expect(parseBaselineCsv(text)).toEqual({
    ok: false,
    problems: [
      { line: 2, message: 'Unknown question "ethnicity": use one of age, sex, ethnic-group, disability, religion.' },
      {
        line: 3,
        message:
          '"gypsy" is not a category of ethnic-group; its categories are asian, black, mixed, white, other-ethnic-group.',
      },
      {
        line: 4,
        message: 'The share "fifty" is not a number. Give a percentage (0 to 100) or a fraction (0 to 1).',
      },
      { line: 5, message: 'Expected 3 values (question, category, share), found 4.' },
      {
        line: 7,
        message:
          'The share "12,5" is not a number. Write decimals with a full stop (12.5), not a comma. Give a percentage (0 to 100) or a fraction (0 to 1).',
      },
      { line: 9, message: 'The share for age "16-24" is given again (first on line 8).' },
      {
        line: 10,
        message:
          '"Not answered" is not a population category: leave it out, and give the shares of the people who answered.',
      },
      { line: 11, message: 'The share "-2" is below 0; a share is 0 or more.' },
    ],
  });
});

test('category,share alone says which categories it knows when one is unknown', () => {
  expect(parseBaselineCsv('category,share\nunheard-of,100')).toMatchObject({
    ok: false,
    problems: [{ line: 2, message: expect.stringMatching(/^Unknown category "unheard-of"\. Categories are: age: /) }],
  });
});

test('the header must name the columns, and the file must have shares', () => {
  expect(parseBaselineCsv('')).toEqual({
    ok: false,
    problems: [{ line: null, message: 'The file has no rows. Its first row must be: question,category,share' }],
  });
  expect(parseBaselineCsv('sex,female,51\nsex,male,49')).toMatchObject({
    ok: false,
    problems: [{ line: 1, message: expect.stringMatching(/^Unknown column "sex"\./) }],
  });
  expect(parseBaselineCsv('question,share\nsex,51')).toMatchObject({
    ok: false,
    problems: [{ line: 1, message: expect.stringMatching(/^A column is missing\./) }],
  });
  expect(parseBaselineCsv('# only a note\nquestion,category,share\n')).toEqual({
    ok: false,
    problems: [{ line: null, message: 'The file has a header row but no shares under it.' }],
  });
  expect(parseBaselineCsv('question,category,share\nsex,"female,51')).toEqual({
    ok: false,
    problems: [{ line: 2, message: 'A quoted value is never closed (a " is missing).' }],
  });
});

test('percent and fractions mixed in one file are read as percent, so the fractions do not add up', () => {
  const parsed = parseBaselineCsv('question,category,share\nsex,female,0.5\nsex,male,0.5\nage,under-16,100');
  expect(parsed).toMatchObject({
    ok: false,
    problems: [{ line: 2, message: expect.stringMatching(/^The shares for sex \(lines 2, 3\) add to 1%/) }],
  });
});

test('a share over 100% is refused', () => {
  expect(parseBaselineCsv('question,category,share\nsex,female,120\nsex,male,0')).toMatchObject({
    ok: false,
    problems: [
      { line: 2, message: 'A share is at most 100%; this one is 120.' },
      { line: 2, message: expect.stringMatching(/^The shares for sex \(lines 2, 3\) add to 120%/) },
    ],
  });
});

test('the sample baseline that ships with the demo is valid and covers every measure', () => {
  const parsed = parseBaselineCsv(readFileSync(new URL('../demo/sample-baseline.csv', import.meta.url), 'utf8'));
  expect(parsed.ok).toBe(true);
  if (parsed.ok)
    expect([...new Set(parsed.rows.map((r) => r.question))]).toEqual([
      'age',
      'sex',
      'ethnic-group',
      'disability',
      'religion',
    ]);
});
