/**
 * Rules for the characters of short text fields (titles, summaries, names, lessons): no invisible
 * characters that change how text looks or compares. Pure; the case schema's `text()` calls it.
 */

/**
 * Invisible characters: format characters (right-to-left overrides and isolates, zero-width space
 * and non-joiner, word joiner, soft hyphen, byte order mark, tag characters) and control characters
 * other than tab and line breaks. The zero-width joiner is only allowed inside an emoji such as 👩🏽‍⚕️.
 */
const invisible = /(?![\u200D])[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/u;
const invisibleAll = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/** The Dutch name of one invisible character, for a message. */
function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/\p{Bidi_Control}/u.test(char)) return `${hex}, een teken dat de leesrichting van de tekst verandert`;
  if (code === 0x200b || code === 0x2060 || code === 0xfeff) return `${hex}, een onzichtbare spatie`;
  if (code === 0x200c || code === 0x200d) return `${hex}, een onzichtbaar verbindingsteken`;
  if (code === 0x00ad) return `${hex}, een onzichtbaar afbreekstreepje`;
  return `${hex}, een onzichtbaar teken`;
}

/**
 * A Dutch message when a text contains an invisible character, or undefined when it has none.
 * `field` is the field as the contributor sees it ("title", "sources[1].title").
 */
export function invisibleCharacterProblem(value: string, field: string): string | undefined {
  const match = invisible.exec(value);
  if (!match) return undefined;
  const position = [...value.slice(0, match.index)].length + 1;
  return (
    `Het veld "${field}" bevat een onzichtbaar teken (${describeCharacter(match[0])}) op plaats ${position}. ` +
    'Zulke tekens laten tekst anders lijken dan hij is, bijvoorbeeld een woord achterstevoren. ' +
    'Haal het teken weg: typ de tekst opnieuw, of plak hem als platte tekst (Ctrl+Shift+V).'
  );
}

/**
 * The form of a title for comparing two titles: Unicode-normalised (NFKC, so "ﬁ" and "fi" or a
 * composed and a decomposed "é" are the same), invisible characters removed, spaces collapsed and
 * lower case. Two titles with the same key look the same to a reader.
 */
export function titleKey(title: string): string {
  return visibleText(title.normalize('NFKC')).replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nl');
}

/** The text without its invisible characters, to quote it in a message. */
export function visibleText(text: string): string {
  return text.replace(invisibleAll, '');
}
