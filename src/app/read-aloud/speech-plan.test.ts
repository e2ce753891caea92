import { expect, test } from 'vitest';
import { chooseVoice, planSpeech, type VoiceLike } from './speech-plan.ts';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name,
  lang,
  localService,
  default: isDefault,
});

const GOOGLE_US = voice('Google US English', 'en-US', false, true);
const LOCAL_US = voice('US (on device)', 'en-US');
const LOCAL_GB = voice('British (on device)', 'en-GB');
const NETWORK_GB = voice('Google UK English', 'en-GB', false);
const WELSH = voice('Gwyneth', 'cy-GB');
const ARABIC = voice('Maged', 'ar_SA');

test('a voice on the device comes before a network one, whatever the default', () => {
  expect(chooseVoice([GOOGLE_US, LOCAL_US], 'en')?.name).toBe('US (on device)');
});

test('British English before American among voices on the device', () => {
  expect(chooseVoice([LOCAL_US, LOCAL_GB], 'en')?.name).toBe('British (on device)');
  expect(chooseVoice([NETWORK_GB, LOCAL_US], 'en')?.name).toBe('US (on device)'); // Offline beats region.
});

test('a region asked for is matched; language tags are compared loosely (ar_SA, CY-gb)', () => {
  expect(chooseVoice([LOCAL_GB, LOCAL_US], 'en-US')?.name).toBe('US (on device)');
  expect(chooseVoice([ARABIC], 'ar')?.name).toBe('Maged');
  expect(chooseVoice([voice('Welsh', 'CY-gb')], 'cy')?.name).toBe('Welsh');
});

test('Easy Read is read with an English voice', () => {
  expect(chooseVoice([WELSH, LOCAL_GB], 'en-x-easy')?.name).toBe('British (on device)');
});

test('no voice for the language: null, never a voice of another language', () => {
  expect(chooseVoice([LOCAL_GB, ARABIC], 'cy')).toBeNull();
  expect(chooseVoice([], 'en')).toBeNull();
  expect(chooseVoice([voice('Panjabi', 'pa-IN')], 'pl')).toBeNull();
});

test('a plan reads what it can and names each language it cannot, once', () => {
  const plan = planSpeech(
    [
      { text: 'Pa wasanaethau?', lang: 'cy' },
      { text: 'Choose up to 3', lang: 'en' },
      { text: 'Tai', lang: 'cy' },
      { text: '  ', lang: 'ur' },
    ],
    [LOCAL_GB],
  );
  expect(plan.utterances.map((u) => [u.text, u.lang, u.voice.name])).toEqual([
    ['Choose up to 3', 'en', 'British (on device)'],
  ]);
  expect(plan.missing).toEqual(['cy']);
});
