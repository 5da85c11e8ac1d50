/** A number read from a cell, or why it cannot be read (in French, to follow "la valeur « … » "). */
export type NumberReading = { value: number } | { problem: string };

const SHAPE = /^([-+]?)(\d[\d .]*)(?:,(\d+))?(?:[eE]([-+]?\d+))?$/;
const PLAIN = /^\d+$/;
const GROUPED_BY_SPACES = /^[1-9]\d{0,2}(?: \d{3})+$/;
const GROUPED_BY_DOTS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const DOT_DECIMAL = /^(\d+)\.(\d+)$/;
/** "1.234" alone: a thousand with a dot grouping, or one and a bit written the English way. */
const AMBIGUOUS_DOT = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * Reads a number as French spreadsheets write it: decimal comma ("12,5"), digits grouped by
 * thousands with a space, a no-break space (U+00A0), a narrow no-break space (U+202F, what Excel and
 * LibreOffice put in "1 234") or dots when a comma is the decimal mark ("1.234,5"), Excel's exponent
 * form ("1,5E+12"). A dot with no comma is a decimal point ("12.5", files exported with an English
 * locale), except "1.234", which could mean either and is refused rather than guessed.
 */
export function readFrenchNumber(text: string): NumberReading {
  const compact = text.trim().replace(/[\u00a0\u202f\u2009]/g, ' ');
  const notANumber = { problem: `n'est pas un nombre` };
  const shape = SHAPE.exec(compact);
  if (!shape) return notANumber;
  const [, sign = '', written = '', comma, exponent] = shape;
  let integer: string;
  let fraction = comma;
  if (PLAIN.test(written)) {
    integer = written;
  } else if (GROUPED_BY_SPACES.test(written)) {
    integer = written.replaceAll(' ', '');
  } else if (GROUPED_BY_DOTS.test(written) && (comma !== undefined || !AMBIGUOUS_DOT.test(written))) {
    integer = written.replaceAll('.', '');
  } else if (AMBIGUOUS_DOT.test(written)) {
    const [whole, decimals] = written.split('.');
    return {
      problem: `est ambiguë : écrivez ${whole ?? ''}${decimals ?? ''} pour un nombre entier ou ${whole ?? ''},${decimals ?? ''} pour un nombre décimal`,
    };
  } else {
    const dotDecimal = comma === undefined ? DOT_DECIMAL.exec(written) : null;
    if (!dotDecimal) return notANumber;
    integer = dotDecimal[1] ?? '';
    fraction = dotDecimal[2];
  }
  const value = Number(
    `${sign}${integer}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
  );
  return Number.isFinite(value) ? { value } : notANumber;
}
