// Escaping for the selectors Folio builds itself (CSS.escape is not in every DOM the engine runs on).

/** An identifier (id or class name) as a CSS identifier: anything outside [A-Za-z0-9_-] escaped. */
export function cssIdent(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = ch.charCodeAt(0);
    const leadingDigit = /[0-9]/.test(ch) && (i === 0 || (i === 1 && value[0] === '-'));
    if (leadingDigit || code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else if (/[A-Za-z0-9_-]/.test(ch) || code >= 0x80) out += ch;
    else out += `\\${ch}`;
  }
  return value === '-' ? '\\-' : out;
}

/** A quoted attribute value. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}
