/**
 * A modal dialog on the native <dialog> element: focus is trapped, Esc closes it. Most
 * dialogs end with Cancel and one primary action: pass `confirm` for that footer, or
 * `footer` for anything else.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogConfirm {
  label: ReactNode;
  onConfirm(): void;
  disabled?: boolean;
}

export function Dialog({
  title,
  onClose,
  children,
  footer,
  confirm,
  width = 520,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  confirm?: DialogConfirm;
  width?: number;
}) {
  const actions =
    footer ??
    (confirm && (
      <>
        <button className="button" onClick={onClose}>
          Cancel
        </button>
        <button className="button primary" disabled={confirm.disabled} onClick={confirm.onConfirm}>
          {confirm.label}
        </button>
      </>
    ));
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      style={{ width }}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2>{title}</h2>
        <button className="button ghost" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {actions && <footer className="dialog-footer">{actions}</footer>}
    </dialog>
  );
}
