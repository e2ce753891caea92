import { baseLanguage } from '../../core/text.ts';

/** One piece of text to speak, in the language it is written in (a question may fall back to English). */
export interface SpeechPart {
  text: string;
  lang: string;
}

/** What the page needs from a `SpeechSynthesisVoice`, so the choice can be tested without a browser. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** The region a UK council's residents most likely expect for a language's voice: British English, Welsh. */
const PREFERRED_REGION: Record<string, string> = { en: 'gb', cy: 'gb', pa: 'in', ur: 'pk' };

/**
 * The voice to read `language` with, or null when the device has none. Voices on the device itself
 * (`localService`) come first, because they work without a connection; then the expected region
 * (en-GB over en-US); then the device's default.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], language: string): V | null {
  const wanted = tagParts(baseLanguage(language));
  let best: V | null = null;
  let bestScore = -1;
  for (const voice of voices) {
    const offered = tagParts(voice.lang);
    if (offered.language !== wanted.language) continue;
    const region = wanted.region ?? PREFERRED_REGION[wanted.language];
    const score =
      (voice.localService ? 4 : 0) + (region && offered.region === region ? 2 : 0) + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

export interface SpeechPlan<V extends VoiceLike> {
  /** What to speak, in order, each part with its voice. */
  utterances: (SpeechPart & { voice: V })[];
  /** Languages with no voice on this device, each once: their parts are left out and the screen says so. */
  missing: string[];
}

/** Pairs each part with a voice for its language; parts no voice can read are left out and named. */
export function planSpeech<V extends VoiceLike>(parts: readonly SpeechPart[], voices: readonly V[]): SpeechPlan<V> {
  const utterances: SpeechPlan<V>['utterances'] = [];
  const missing: string[] = [];
  for (const part of parts) {
    if (!part.text.trim()) continue;
    const voice = chooseVoice(voices, part.lang);
    if (voice) utterances.push({ ...part, voice });
    else if (!missing.includes(part.lang)) missing.push(part.lang);
  }
  return { utterances, missing };
}

function tagParts(tag: string): { language: string; region: string | undefined } {
  const [language = '', ...rest] = tag.toLowerCase().replace(/_/g, '-').split('-');
  return { language, region: rest.find((part) => /^[a-z]{2}$|^\d{3}$/.test(part)) };
}
