import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogAction {
  label: string;
  onClick: () => void;
  primary?: boolean;
  danger?: boolean;
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
 * is open (focus is trapped), Esc cancels, and focus returns where it was.
 */
export function ConfirmDialog({ title, children, actions, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    const previous = document.activeElement as HTMLElement | null;
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('button.primary')?.focus();
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
            onClick={a.onClick}
          >
            {a.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
