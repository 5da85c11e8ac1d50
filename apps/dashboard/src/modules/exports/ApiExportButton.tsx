import { useMutation } from '@tanstack/react-query';

import type { ExportedFile } from './api-exports.js';
import { saveFile } from './download.js';

type ApiExportButtonProps = {
  /** Asks the read API for the file (with the CCI's credentials, which a plain link could not send). */
  download: () => Promise<ExportedFile>;
  fileName: string;
  label: string;
};

/** Downloads one of the read API's CSV exports, and says in French why it could not. */
export function ApiExportButton({ download, fileName, label }: ApiExportButtonProps) {
  const exporting = useMutation({
    mutationFn: download,
    onSuccess: ({ blob, fileName: suggested }) => {
      saveFile(blob, suggested ?? fileName);
    },
  });
  return (
    <span className="export">
      <button
        type="button"
        className="secondary"
        onClick={() => {
          exporting.mutate();
        }}
        disabled={exporting.isPending}
      >
        {exporting.isPending ? 'Export en cours…' : label}
      </button>
      {exporting.error && (
        <span role="alert" className="error-text">
          {exporting.error.message}
        </span>
      )}
    </span>
  );
}
