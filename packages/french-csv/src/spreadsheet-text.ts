/** The encodings French spreadsheets export CSV in: "CSV UTF-8" (with a BOM) or the Windows code page. */
export type SpreadsheetEncoding = 'UTF-8' | 'Windows-1252';

/**
 * What Windows-1252 puts at bytes 0x80-0x9F (€, ’, œ, …), where ISO-8859-1 has control characters.
 * The five bytes Windows-1252 leaves undefined keep their C1 code point, as the WHATWG standard says.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node's TextDecoder('windows-1252') decodes as ISO-8859-1 since Node 20.18.3 and 22.13
 * (nodejs/node#60888): "l’entreprise" would come out with U+0092 instead of ’. Mapping what lands in
 * U+0080-U+009F afterwards gives the right text whether or not the running Node has the bug.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80));
}

/**
 * The text of a CSV file. Strict UTF-8 first (a BOM is dropped): a Windows-1252 file with an accent
 * is never valid UTF-8, while a plain ASCII file reads the same either way.
 */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; encoding: SpreadsheetEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}
