import { describe, expect, it } from '@jest/globals';

import { parseRestoreArguments } from './restore-arguments.js';

describe('the restore command line', () => {
  it('restores every archived topic under its own name from ARCHIVE_DIR unless told otherwise', () => {
    const parsed = parseRestoreArguments([], { ARCHIVE_DIR: '/sauvegardes/journal' });
    expect(parsed).toMatchObject({
      archive: { kind: 'directory', path: '/sauvegardes/journal' },
      topics: [],
      untilMs: null,
      json: false,
    });
    expect(parsed?.target('cci.events.v1')).toBe('cci.events.v1');
  });

  it('reads an S3 bucket and prefix as the archive', () => {
    expect(parseRestoreArguments(['--archive', 's3://cci-archives/journal'], {})?.archive).toEqual({
      kind: 's3',
      bucket: 'cci-archives',
      prefix: 'journal/',
    });
  });

  it('renames targets by prefix or one by one, and cuts at an instant with its time zone', () => {
    const parsed = parseRestoreArguments(
      [
        '--archive',
        'a',
        '--prefixe',
        'restaure.',
        '--topic-cible',
        'cci.events.dlq.v1=lettres',
        '--jusqua',
        '2026-12-05T15:30:00+01:00',
      ],
      {},
    );
    expect(parsed?.target('cci.events.v1')).toBe('restaure.cci.events.v1');
    expect(parsed?.target('cci.events.dlq.v1')).toBe('lettres');
    expect(parsed?.untilMs).toBe(Date.UTC(2026, 11, 5, 14, 30));
  });

  it('refuses bad input with a French message', () => {
    expect(() => parseRestoreArguments(['--jusqua', '5 décembre'], {})).toThrow(
      '--jusqua attend un instant ISO 8601 avec son fuseau',
    );
    expect(() => parseRestoreArguments(['--jusqua', '2026-12-05T14:30:00'], {})).toThrow(/avec son fuseau/);
    expect(() => parseRestoreArguments(['--topic-cible', 'sans-egal'], {})).toThrow(
      '--topic-cible attend <nom>=<cible>',
    );
    expect(() => parseRestoreArguments(['--inconnue'], {})).toThrow(/^Option invalide/);
    expect(() => parseRestoreArguments(['--prefixe', 'a/b'], {})).toThrow(
      /ne peut pas commencer un nom de topic/,
    );
  });

  it('asks for nothing more when help is wanted', () => {
    expect(parseRestoreArguments(['--aide'], {})).toBeNull();
  });
});
