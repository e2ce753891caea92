// A page for the browser tests of the builder's picture field and ready-made section picker, which the
// builder (src/app/officer/builder/) places on its screens: the two components alone, holding their values
// where the test can read them. Bundled by builder-extras-page.ts; never part of the app.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import '../../../src/i18n/i18n.ts';
import '../../../src/app/officer/officer-text.ts';
import { BlockPicker } from '../../../src/app/officer/builder/BlockPicker.tsx';
import { type FormImage, ImageField } from '../../../src/app/officer/builder/ImageField.tsx';
import { checkSession } from '../../../src/app/officer/officer-session.ts';

function Harness() {
  const [image, setImage] = useState<FormImage | undefined>(undefined);
  const [ids, setIds] = useState<string[]>(['colour']);
  return h(
    'main',
    { class: 'officer' },
    h('h1', null, 'Builder extras'),
    h(ImageField, { value: image, defaultLanguage: 'en', onChange: setImage }),
    h('pre', { 'data-testid': 'image-value' }, JSON.stringify(image ?? null)),
    h(BlockPicker, { existingIds: ids, onAdd: (questions) => setIds([...ids, ...questions.map((q) => q.id)]) }),
    h('p', { 'data-testid': 'question-ids' }, ids.join(' ')),
  );
}

// The session's CSRF token is remembered by checkSession, as the officer area does on load.
void checkSession().then(() => {
  const root = document.getElementById('app');
  if (root) render(h(Harness, null), root);
});
