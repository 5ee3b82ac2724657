import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogAction {
  label: string;
  onClick: () => void;
  /** The default action: Enter in a field of the dialog runs it, and it has focus first. */
  primary?: boolean;
  danger?: boolean;
  /** Has focus when the dialog opens, instead of the primary action (Cancel, before a deletion). */
  autoFocus?: boolean;
}

interface Props {
  title: string;
  children: ReactNode;
  actions: DialogAction[];
  /** Esc, or the dialog closed without an action. */
  onCancel: () => void;
}

/**
 * A modal dialog on the native <dialog>: the rest of the page is inert while it
 * is open (focus is trapped), Esc cancels, focus returns where it was, and
 * Enter in one of its fields (or Ctrl+Enter anywhere) runs the primary action,
 * as in a desktop dialog; a focused button keeps its own Enter.
 */
export function ConfirmDialog({ title, children, actions, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    const previous = document.activeElement as HTMLElement | null;
    dialog.showModal();
    (
      dialog.querySelector<HTMLButtonElement>('.dialog-actions button[data-autofocus]') ??
      dialog.querySelector<HTMLButtonElement>('.dialog-actions button.primary')
    )?.focus();
    return () => {
      dialog.close();
      previous?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.altKey || e.shiftKey) return;
        const inField =
          e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
        if (!inField && !e.ctrlKey && !e.metaKey) return;
        const primary = ref.current?.querySelector<HTMLButtonElement>(
          '.dialog-actions button.primary:not(:disabled)',
        );
        if (!primary) return;
        e.preventDefault();
        primary.click();
      }}
    >
      <h2 id="dialog-title">{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        {actions.map((a) => (
          <button
            key={a.label}
            type="button"
            className={
              [a.primary && 'primary', a.danger && 'danger'].filter(Boolean).join(' ') || undefined
            }
            data-autofocus={a.autoFocus || undefined}
            onClick={a.onClick}
          >
            {a.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
