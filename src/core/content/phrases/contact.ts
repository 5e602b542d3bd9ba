// Contact blocks under a press release or a post: a label ("Kontakt:", "Ansprechpartnerin",
// "Media contact"), then names with phone numbers and e-mail addresses (trafilatura-dev: institutes',
// associations' and charities' news pages of several engines).

const CONTACT_LABELS =
  'kontakt|ansprechpartner(?:in|innen)?|pressekontakt|medienkontakt|pressesprecher(?:in)?|contacts?|media contacts?|press contacts?|press enquiries|contacto|contatto|contato|kontakt dla medi[oó]w';
const CONTACT_TOPIC =
  '(?:zum thema|für (?:die )?(?:presse|medien)|für journalist(?:inn)?en|for (?:the )?(?:media|press)|for journalists)';

/** The label alone, as a line or a heading. */
export const CONTACT_LABEL_RE = new RegExp(`^(?:${CONTACT_LABELS})(?:\\s+${CONTACT_TOPIC})?\\s*:?$`, 'i');
/** A block that opens with the label and goes on with the contact itself ("Kontakt: Jan Koch, Tel. …"). */
export const CONTACT_OPENING_RE = new RegExp(
  `^(?:${CONTACT_LABELS})(?:\\s+${CONTACT_TOPIC})?\\s*:\\s*\\S`,
  'i',
);
/** What a contact entry holds: an e-mail address, or a phone, fax or mail label before the number. */
export const CONTACT_DATA_RE =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email[\s\u00a0]protected\]|\b(?:tel|telefon|phone|fax|mobil|mobile|e-?mail)\b\.?\s*:?\s*[+(\d\w]/i;
