/**
 * "表达投资意向 / I'm interested": an e-mail to the project's contact, already addressed and
 * written, so an investor says which project they mean without typing its name. No server: the
 * reader's own mail program sends it (a mailto: link, RFC 6068).
 */

export interface EnquiryMail {
  to: string;
  subject: string;
  /** Lines of the message; joined with CRLF, as mail expects. */
  lines: string[];
}

/** Percent-encodes for a mailto: query, where spaces must be %20 (not +) and line breaks %0D%0A. */
const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

export function enquiryMailto(mail: EnquiryMail): string {
  const body = mail.lines.join('\r\n');
  // The address is not encoded (an @ must stay readable to mail programs); it is checked by the schema.
  return `mailto:${mail.to}?subject=${encode(mail.subject)}&body=${encode(body)}`;
}
