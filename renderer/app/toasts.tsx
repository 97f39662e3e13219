/** Short messages in the corner: errors stay until dismissed, the rest fade after a while. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type ToastKind = 'info' | 'success' | 'error';
/** A button in the toast ("Undo"); the toast closes when it is pressed. */
export interface ToastAction {
  label: string;
  run(): void;
}
interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  action?: ToastAction | undefined;
}
type Notify = (kind: ToastKind, message: string, action?: ToastAction) => void;

const ToastContext = createContext<Notify>(() => {});

export function useToast(): Notify {
  return useContext(ToastContext);
}

/** The message of anything thrown, for a toast. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback(
    (kind: ToastKind, message: string, action?: ToastAction) => {
      const id = Date.now() + Math.random();
      setToasts((all) => [...all.slice(-4), { id, kind, message, action }]);
      if (kind !== 'error') setTimeout(() => dismiss(id), action ? 10_000 : 5000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : undefined}>
            <span dir="auto">{toast.message}</span>
            {toast.action && (
              <button
                className="button small"
                onClick={() => {
                  dismiss(toast.id);
                  toast.action!.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button className="button ghost" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
