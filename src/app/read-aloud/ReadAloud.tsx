import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { languageName } from '../form/form-text.ts';
import { canSpeak, loadVoices, speak, stopSpeaking } from './speak.ts';
import { planSpeech, type SpeechPart } from './speech-plan.ts';

/**
 * "Listen" reads the screen's question, hint and options aloud with the device's own voices; "Stop"
 * stops it. Where the device has no voice for a language it says so, and reads what it can. It is never
 * in the way of answering: leaving the screen stops the speech. Key it by screen, so each screen starts
 * silent.
 */
export function ReadAloud({ parts }: { parts: SpeechPart[] }) {
  const [speaking, setSpeaking] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  useEffect(() => stopSpeaking, []);
  if (!canSpeak()) return null;

  async function listen() {
    const plan = planSpeech(parts, await loadVoices());
    setMissing(plan.missing);
    if (plan.utterances.length === 0) return;
    setSpeaking(true);
    speak(plan, () => setSpeaking(false));
  }

  function stop() {
    stopSpeaking();
    setSpeaking(false);
  }

  return (
    <div class="read-aloud">
      <div class="read-aloud__buttons">
        <button type="button" class="button button--secondary read-aloud__button" onClick={listen}>
          <svg class="read-aloud__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M3 9v6h4l5 4V5L7 9H3z" />
            <path class="read-aloud__waves" d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" />
          </svg>
          {t('readAloud.listen')}
        </button>
        {speaking && (
          <button type="button" class="button button--secondary read-aloud__button" onClick={stop}>
            {t('readAloud.stop')}
          </button>
        )}
      </div>
      <div role="status">
        {missing.map((language) => (
          <p class="read-aloud__missing" key={language}>
            {t('readAloud.noVoice', { language: languageName(language) })}
          </p>
        ))}
      </div>
    </div>
  );
}
