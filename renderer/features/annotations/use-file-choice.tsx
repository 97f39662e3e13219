/** Choosing a file to save to or open: the native dialog in the desktop app, the in-app picker in a browser. */
import { useState, type ReactNode } from 'react';
import { useClient } from '../../api/client-context.tsx';
import { FilePicker } from '../../app/FilePicker.tsx';

interface Request {
  mode: 'save' | 'file';
  title: string;
  defaultName?: string;
  extensions?: string[];
  resolve(path: string | null): void;
}

export function useFileChoice(): { choose(request: Omit<Request, 'resolve'>): Promise<string | null>; dialog: ReactNode } {
  const client = useClient();
  const [request, setRequest] = useState<Request | null>(null);
  const choose = async (options: Omit<Request, 'resolve'>): Promise<string | null> => {
    if (client.nativeDialogs) {
      const [path] = await client.pickPath(options.mode === 'save' ? 'save-file' : 'import-files', {
        title: options.title,
        ...(options.defaultName ? { defaultPath: options.defaultName } : {}),
      });
      return path ?? null;
    }
    return new Promise((resolve) => setRequest({ ...options, resolve }));
  };
  const close = (path: string | null): void => {
    request?.resolve(path);
    setRequest(null);
  };
  const dialog = request && (
    <FilePicker
      title={request.title}
      mode={request.mode}
      {...(request.extensions ? { extensions: request.extensions } : {})}
      {...(request.defaultName ? { defaultName: request.defaultName } : {})}
      onPick={([path]) => close(path ?? null)}
      onClose={() => close(null)}
    />
  );
  return { choose, dialog };
}
