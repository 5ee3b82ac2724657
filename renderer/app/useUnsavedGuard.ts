import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AskDialog } from './useDialog';

interface Options {
  dirty: boolean;
  ask: AskDialog;
  /** Saves the open form; resolves whether it saved. */
  save: () => Promise<boolean>;
  /** Drops the form's input. */
  discard: () => void;
}

/**
 * Nothing typed is dropped silently: closing the window asks first (Electron
 * turns beforeunload into a dialog), and `guard(proceed)` runs `proceed` now or
 * after the user decided to save, discard or keep editing.
 */
export function useUnsavedGuard({ dirty, ask, save, discard }: Options) {
  const { t } = useTranslation();

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirty) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  return useCallback(
    (proceed: () => void) => {
      if (!dirty) return proceed();
      ask({
        title: t('unsaved.title'),
        body: t('unsaved.body'),
        actions: [
          {
            label: t('unsaved.save'),
            primary: true,
            onClick: () => void save().then((ok) => ok && proceed()),
          },
          {
            label: t('unsaved.discard'),
            danger: true,
            onClick: () => {
              discard();
              proceed();
            },
          },
          { label: t('unsaved.keep'), onClick: () => {} },
        ],
      });
    },
    [dirty, ask, save, discard, t],
  );
}
