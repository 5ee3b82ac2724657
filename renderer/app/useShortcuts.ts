import { useEffect } from 'react';
import { useLatest } from '../kit/useLatest';

export interface Shortcuts {
  newDesignation: () => void;
  save: () => void;
  /** Returns whether there was anything to cancel. */
  cancel: () => boolean;
  find: () => void;
  deleteSelected: () => void;
  exportReport: () => void;
  undo: () => void;
  redo: () => void;
}

/** Inputs whose keys type text, and so have an undo of their own. */
const TEXT_INPUTS = ['text', 'search', 'email', 'url', 'tel', 'password', 'number'];

/**
 * Where keys edit text, so Ctrl+Z belongs to the field. Not a select or a
 * checkbox: the browser's undo there would reach into the last text typed
 * elsewhere, so Ctrl+Z on them is the app's (the form's, or the catalog's).
 */
export const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && TEXT_INPUTS.includes(el.type)));

/** Any form control: Delete there is the control's key, never "delete this designation". */
const isFormControl = (el: EventTarget | null) =>
  el instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);

/** Ctrl/Cmd+N, S, E, F, Z (Shift+Z or Y to redo), Esc and Delete, for the whole window. */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useLatest(shortcuts);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return; // dialogs handle their own keys
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const run = (action: () => void) => {
        e.preventDefault();
        action();
      };
      if (mod && !e.shiftKey && key === 'n') run(latest.current.newDesignation);
      else if (mod && !e.shiftKey && key === 's') run(latest.current.save);
      else if (mod && !e.shiftKey && key === 'f') run(latest.current.find);
      else if (mod && !e.shiftKey && key === 'e') run(latest.current.exportReport);
      else if (e.key === 'Escape' && !e.defaultPrevented) {
        // Handled: stop Chromium's own Escape handling, or the dialog this may open would close at once.
        if (latest.current.cancel()) e.preventDefault();
      } else if (e.key === 'Delete' && !mod && !isFormControl(e.target) && !isTextField(e.target))
        run(latest.current.deleteSelected);
      // In a text field, Ctrl+Z belongs to the field.
      else if (mod && key === 'z' && !isTextField(e.target))
        run(e.shiftKey ? latest.current.redo : latest.current.undo);
      else if (mod && key === 'y' && !isTextField(e.target)) run(latest.current.redo);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
