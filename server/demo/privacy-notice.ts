import type { FormDefinition } from '../../src/core/form.ts';

/**
 * The council's privacy notice, shown where answers are collected (UK GDPR articles 13 and 21). Who
 * collects and the person's rights are the same for every consultation; each says why it asks and how long
 * it keeps the answers. The contact address is a placeholder (`.example`) for the council to replace.
 */
export function councilPrivacyNotice(consultation: { purpose: string; retention: string }): FormDefinition['privacy'] {
  return {
    controller: {
      en: 'Your local council collects your answers. We are responsible for keeping them safe. We do not ask for your name or contact details.',
    },
    purpose: {
      en: `${consultation.purpose} We can use your answers because asking residents about our services is part of our public task. This is our lawful basis. We never sell your answers or use them for marketing.`,
    },
    retention: { en: consultation.retention },
    rights: {
      en: "You can ask to see your answers. You can ask us to correct or delete them, or object to how we use them. We do not know who you are, so tell us when and where you answered. To do this, or to ask a question, contact our data protection officer. Email dataprotection@yourcouncil.example, or ask the member of staff helping you today. If you are unhappy with how we use your answers, you can complain to the Information Commissioner's Office (ICO). Visit ico.org.uk or call 0303 123 1113.",
    },
  };
}
