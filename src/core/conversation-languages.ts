/**
 * Languages an assisted conversation is often held in, for staff to note (issue 8): the languages most spoken
 * by UK councils' residents after English, and British Sign Language. Each is shown by its own name with the
 * English name beside it ("Polski (Polish)"); the response keeps the tag.
 */
export const CONVERSATION_LANGUAGES: readonly { tag: string; own: string; english: string }[] = [
  { tag: 'en', own: 'English', english: 'English' },
  { tag: 'bfi', own: 'BSL', english: 'British Sign Language' },
  { tag: 'cy', own: 'Cymraeg', english: 'Welsh' },
  { tag: 'pl', own: 'Polski', english: 'Polish' },
  { tag: 'ro', own: 'Română', english: 'Romanian' },
  { tag: 'ur', own: 'اردو', english: 'Urdu' },
  { tag: 'pa', own: 'ਪੰਜਾਬੀ', english: 'Punjabi' },
  { tag: 'bn', own: 'বাংলা', english: 'Bengali' },
  { tag: 'gu', own: 'ગુજરાતી', english: 'Gujarati' },
  { tag: 'ar', own: 'العربية', english: 'Arabic' },
  { tag: 'so', own: 'Soomaali', english: 'Somali' },
  { tag: 'ti', own: 'ትግርኛ', english: 'Tigrinya' },
  { tag: 'fa', own: 'فارسی', english: 'Persian (Farsi)' },
  { tag: 'ps', own: 'پښتو', english: 'Pashto' },
  { tag: 'ku', own: 'Kurdî', english: 'Kurdish' },
  { tag: 'uk', own: 'Українська', english: 'Ukrainian' },
  { tag: 'ru', own: 'Русский', english: 'Russian' },
  { tag: 'lt', own: 'Lietuvių', english: 'Lithuanian' },
  { tag: 'pt', own: 'Português', english: 'Portuguese' },
  { tag: 'es', own: 'Español', english: 'Spanish' },
  { tag: 'tr', own: 'Türkçe', english: 'Turkish' },
  { tag: 'zh', own: '中文', english: 'Chinese' },
  { tag: 'ne', own: 'नेपाली', english: 'Nepali' },
  { tag: 'rom', own: 'Romani', english: 'Romany' },
];

/** "Polski (Polish)", "English"; the tag itself for one not listed. */
export function conversationLanguageName(tag: string): string {
  const known = CONVERSATION_LANGUAGES.find((l) => l.tag === tag);
  if (!known) return tag;
  return known.own === known.english ? known.own : `${known.own} (${known.english})`;
}
