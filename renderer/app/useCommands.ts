import { useEffect, type RefObject } from 'react';
import { recentIndexOf, type Command } from '../../shared/contract';
import type { Language } from '../../shared/model';
import { events } from '../kit/api';
import { useLatest } from '../kit/useLatest';
import type { Panel } from './panels';
import type { MainView } from './views';
import type { EditingSession } from './useEditingSession';
import { isTextField, useShortcuts } from './useShortcuts';

interface Options {
  session: EditingSession;
  search: RefObject<HTMLInputElement | null>;
  openPanel: (panel: Panel) => void;
  saveCopy: () => void;
  openRecent: (index: number) => void;
  changeLanguage: (lng: Language) => void;
  /** View > Catalog / Study plan / Map. */
  showView: (view: MainView) => void;
}

/** The keyboard shortcuts and the application menu (Electron) run the same actions. */
export function useCommands({
  session,
  search,
  openPanel,
  saveCopy,
  openRecent,
  changeLanguage,
  showView,
}: Options): void {
  useShortcuts({
    newDesignation: () => session.startNew(),
    save: () => void session.save(),
    cancel: session.cancelEdit,
    find: () => search.current?.focus(),
    deleteSelected: session.requestDelete,
    exportReport: () => openPanel('export'),
    undo: () => session.step('undo'),
    redo: () => session.step('redo'),
  });

  const onCommand = useLatest((command: Command) => {
    // Behind an open dialog the page ignores keys, but Electron's menu does not: only
    // the language switch runs, and Undo/Redo edit the dialog's own text field.
    if (document.querySelector('dialog[open]') && !command.startsWith('language:')) {
      if ((command === 'undo' || command === 'redo') && isTextField(document.activeElement))
        document.execCommand(command);
      return;
    }
    const recent = recentIndexOf(command);
    if (command === 'new') session.startNew();
    else if (command === 'save') void session.save();
    else if (command === 'delete') session.requestDelete();
    else if (command === 'find') search.current?.focus();
    else if (
      command === 'settings' ||
      command === 'export' ||
      command === 'history' ||
      command === 'import' ||
      command === 'backups' ||
      command === 'open' ||
      command === 'about'
    )
      openPanel(command);
    else if (command === 'save-copy') saveCopy();
    else if (command === 'undo' || command === 'redo') {
      // In a text field the menu's Undo is the field's own.
      if (isTextField(document.activeElement)) document.execCommand(command);
      else session.step(command);
    } else if (recent !== undefined) openRecent(recent);
    else if (command.startsWith('view:')) showView(command.slice('view:'.length) as MainView);
    else changeLanguage(command === 'language:nb' ? 'nb' : 'en');
  });
  useEffect(() => events.onCommand((command) => onCommand.current(command)), [onCommand]);
}
