import { useState } from 'react';

import { ReadApiError } from '../../api/read-api-client.js';
import { useSession } from '../../app/session-context.js';
import { saveFile } from './download.js';

type ApiExportButtonProps = { path: string; fileName: string; label: string };

/** Downloads one of the read API's CSV exports (with the CCI's key, which a plain link could not send). */
export function ApiExportButton({ path, fileName, label }: ApiExportButtonProps) {
  const { api } = useSession();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const download = async () => {
    setState({ busy: true, error: null });
    try {
      const { blob, fileName: suggested } = await api.download(path);
      saveFile(blob, suggested ?? fileName);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof ReadApiError ? error.message : 'Export impossible.' });
    }
  };
  return (
    <span className="export">
      <button type="button" className="secondary" onClick={() => void download()} disabled={state.busy}>
        {state.busy ? 'Export en cours…' : label}
      </button>
      {state.error && (
        <span role="alert" className="error-text">
          {state.error}
        </span>
      )}
    </span>
  );
}
