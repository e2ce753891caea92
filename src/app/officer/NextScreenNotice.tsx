import { useState } from 'preact/hooks';
import { nextScreenNotice } from './officer-session.ts';

/**
 * The success message the previous screen left ("Account created for …"), shown once above the heading.
 * role="alert" because it arrives with the new screen, where a status region would stay silent.
 */
export function NextScreenNotice() {
  const [message] = useState(() => {
    const once = nextScreenNotice.peek();
    nextScreenNotice.value = null;
    return once;
  });
  if (!message) return null;
  return (
    <div class="notice notice--success" role="alert">
      <p>{message}</p>
    </div>
  );
}
