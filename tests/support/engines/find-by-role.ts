import type { TargetJson } from './engine-driver.ts';

/**
 * Finds the first element, visible to a person, with this role and accessible name. Runs in the page (its
 * source is sent there, so it uses nothing from outside). It covers the roles and naming rules Chorus's
 * screens use (implicit roles of native elements, `aria-labelledby`, `aria-label`, `<label>`, text
 * content), not the whole of ARIA: enough to drive the app as a person would, in every engine alike.
 */
export function findByRole(target: TargetJson): Element | null {
  const implicit: Record<string, string> = {
    button: 'button, input[type="submit"], input[type="button"]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, h5, h6',
    checkbox: 'input[type="checkbox"]',
    radio: 'input[type="radio"]',
    // A password field has no role in ARIA; it is here so that a test can fill any text field by its label.
    textbox:
      'textarea, input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], input[type="search"], input[type="password"]',
    combobox: 'select:not([multiple]):not([size])',
    dialog: 'dialog',
    alertdialog: '',
    region: 'section[aria-label], section[aria-labelledby]',
    status: 'output',
    alert: '',
  };
  const selector = [implicit[target.role], `[role="${target.role}"]`].filter(Boolean).join(', ');
  const hidden = (el: Element): boolean =>
    el.closest('[hidden], [aria-hidden="true"]') !== null ||
    (el.getClientRects().length === 0 && getComputedStyle(el).position !== 'fixed');
  const text = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
    if (node instanceof HTMLElement && node.hidden) return '';
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return '';
    return [...node.childNodes].map(text).join('');
  };
  const accessibleName = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    const raw = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id))
          .map((ref) => (ref ? text(ref) : ''))
          .join(' ')
      : (el.getAttribute('aria-label') ??
        ('labels' in el && (el as HTMLInputElement).labels?.length
          ? [...((el as HTMLInputElement).labels ?? [])].map(text).join(' ')
          : text(el)));
    return raw.replace(/\s+/g, ' ').trim();
  };
  const level = (el: Element): number =>
    Number(el.getAttribute('aria-level') ?? (/^H([1-6])$/.exec(el.tagName)?.[1] || '2'));
  const wanted = target.name;
  const matches = (name: string): boolean =>
    wanted === undefined ||
    ('text' in wanted ? name === wanted.text : new RegExp(wanted.source, wanted.flags).test(name));
  for (const el of document.querySelectorAll(selector)) {
    const role = el.getAttribute('role');
    if (role && role !== target.role) continue;
    if (hidden(el)) continue;
    if (target.level !== undefined && level(el) !== target.level) continue;
    if (matches(accessibleName(el))) return el;
  }
  return null;
}
