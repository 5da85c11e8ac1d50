import { describe, expect, it } from '@jest/globals';

import { archiveLocation } from './archive-location.js';

describe('the archive location', () => {
  it('is a folder unless it is an s3:// address', () => {
    expect(archiveLocation('.local/archive')).toEqual({ kind: 'directory', path: '.local/archive' });
  });

  it('names a bucket and a prefix that ends with a slash', () => {
    expect(archiveLocation('s3://cci-archives/journal/prod')).toEqual({
      kind: 's3',
      bucket: 'cci-archives',
      prefix: 'journal/prod/',
    });
    expect(archiveLocation('s3://cci-archives')).toEqual({ kind: 's3', bucket: 'cci-archives', prefix: '' });
  });

  it('refuses an s3:// address without a valid bucket name, in French', () => {
    expect(() => archiveLocation('s3://Majuscules/x')).toThrow('ne désigne pas un compartiment S3');
    expect(() => archiveLocation('s3:///x')).toThrow('ne désigne pas un compartiment S3');
  });
});
