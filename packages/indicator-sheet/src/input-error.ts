/**
 * Input the command cannot work with (a file it cannot read as an indicator sheet, an unknown CCI,
 * a bad option), in French: the command prints the message and exits with code 2.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
