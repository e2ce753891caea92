import type { SpeechPlan } from './speech-plan.ts';

/** False on browsers without the Web Speech API's synthesis: the Listen button is then not shown at all. */
export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/**
 * The device's voices. Chromium fills the list a moment after the page opens and says so with
 * `voiceschanged`; a device with no voices never does, so after a second the list is taken as it is.
 */
export function loadVoices(): Promise<SpeechSynthesisVoice[]> {
  const voices = speechSynthesis.getVoices();
  if (voices.length) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speechSynthesis.removeEventListener('voiceschanged', done);
      resolve(speechSynthesis.getVoices());
    };
    const timer = setTimeout(done, 1000);
    speechSynthesis.addEventListener('voiceschanged', done);
  });
}

/** Speaks the plan's parts in order, each with its own voice and `lang`; `onEnd` when the last one ends. */
export function speak(plan: SpeechPlan<SpeechSynthesisVoice>, onEnd: () => void): void {
  speechSynthesis.cancel();
  plan.utterances.forEach((part, index) => {
    const utterance = new SpeechSynthesisUtterance(part.text);
    utterance.lang = part.lang;
    utterance.voice = part.voice;
    if (index === plan.utterances.length - 1) {
      utterance.onend = onEnd;
      utterance.onerror = onEnd;
    }
    speechSynthesis.speak(utterance);
  });
}

export function stopSpeaking(): void {
  if (canSpeak()) speechSynthesis.cancel();
}
