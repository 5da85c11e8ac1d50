import type { CsvValue } from '@cci/french-csv';

/** Hands a file to the browser's download, as a link the user clicked would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; revoking it at once can cancel it in some browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/**
 * A table as French CSV (`@cci/french-csv`), downloaded. The writer and its CSV library are loaded on the
 * first download, not with the first view.
 */
export async function saveCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  fileName: string,
): Promise<void> {
  const { frenchCsv } = await import('@cci/french-csv');
  saveFile(new Blob([frenchCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}
