import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DeletedDesignation,
  Designation,
  DesignationSummary,
  Language,
} from '../../shared/model';
import { summarize } from '../../shared/summary';
import type { DesignationFormHandle } from '../editor/DesignationForm';
import { emptyDraft, toDraft, type Draft } from '../editor/draft';
import { api } from '../kit/api';
import type { AskDialog } from './useDialog';
import { useUnsavedGuard } from './useUnsavedGuard';

interface Editing {
  original: string | null;
  initial: Draft;
}

interface Options {
  designations: DesignationSummary[];
  /** The list as filtered and sorted: what "the next one" means after a delete. */
  shown: DesignationSummary[];
  update: (change: (list: DesignationSummary[]) => DesignationSummary[]) => void;
  ask: AskDialog;
  fail: (e: unknown) => void;
  inform: (text: string) => void;
  lang: Language;
  /** The open form, to save it from the unsaved-input question, the menu and Ctrl+S. */
  form: RefObject<DesignationFormHandle | null>;
}

/**
 * What the user is looking at and editing: the selection, the open form and
 * its unsaved input, and the catalog actions that change them (save, delete,
 * restore, undo, redo).
 */
export function useEditingSession(o: Options) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [version, setVersion] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [undo, setUndo] = useState<DeletedDesignation | null>(null);
  // Until the user picks one, the first designation in the list is shown.
  const current = selected ?? o.shown[0]?.code ?? null;

  const { form } = o;
  const save = useCallback(async () => (await form.current?.save()) ?? false, [form]);
  const discard = useCallback(() => {
    setDirty(false);
    setEditing(null);
  }, []);
  const guard = useUnsavedGuard({ dirty, ask: o.ask, save, discard });

  const touched = () => {
    setVersion((v) => v + 1);
    setSavedAt(new Date().toISOString());
  };

  const select = (code: string) =>
    guard(() => {
      setEditing(null);
      setSelected(code);
    });
  const startNew = (template?: Designation) =>
    guard(() => {
      const initial = template ? { ...toDraft(template), code: '' } : emptyDraft();
      setEditing({ original: null, initial });
    });
  const startEdit = (d: Designation) =>
    guard(() => setEditing({ original: d.code, initial: toDraft(d) }));
  const cancelEdit = () => {
    if (!editing) return false;
    guard(() => setEditing(null));
    return true;
  };

  const onSaved = (saved: Designation) => {
    o.update((all) => {
      const rest = all.filter((d) => d.code !== editing?.original && d.code !== saved.code);
      return [...rest, summarize(saved)];
    });
    setEditing(null);
    setDirty(false);
    setSelected(saved.code);
    touched();
    setUndo(null);
  };

  const requestDelete = () => {
    const code = editing ? null : current;
    if (!code) return;
    const target = o.designations.find((d) => d.code === code);
    o.ask({
      title: t('delete.title', { code }),
      body: t('delete.body', {
        code,
        name: target?.officialName ?? '',
      }),
      actions: [
        {
          label: t('delete.confirm'),
          danger: true,
          primary: true,
          onClick: () => {
            const position = o.shown.findIndex((d) => d.code === code);
            api.deleteDesignation({ code }).then((deleted) => {
              o.update((all) =>
                all
                  .filter((d) => d.code !== code)
                  .map((d) => ({ ...d, relations: d.relations.filter((r) => r.target !== code) })),
              );
              setUndo(deleted);
              setSavedAt(new Date().toISOString());
              const next = o.shown[position + 1] ?? o.shown[position - 1];
              setSelected(next && next.code !== code ? next.code : null);
            }, o.fail);
          },
        },
        { label: t('delete.cancel'), onClick: () => {} },
      ],
    });
  };

  /** After undo, redo, restore or an import: the list from the catalog as it now is. */
  const refresh = async (select?: string) => {
    const fresh = await api.listDesignations({});
    o.update(() => fresh);
    touched();
    if (select && fresh.some((d) => d.code === select)) setSelected(select);
  };

  const restore = (deleted: DeletedDesignation) =>
    api.restoreDesignation({ deleted }).then(async (restored) => {
      setUndo(null);
      await refresh(restored.code);
    }, o.fail);

  /** Ctrl+Z / Shift+Ctrl+Z outside text fields: the catalog's own undo and redo. */
  const step = (direction: 'undo' | 'redo') => {
    if (editing) return;
    api[direction]({}).then(async (result) => {
      if (!result.action)
        return o.inform(
          t(direction === 'undo' ? 'history:nothingToUndo' : 'history:nothingToRedo'),
        );
      setUndo(null);
      await refresh(result.codes[0]);
      const what = t(`history:what.${result.action}`, {
        codes: result.codes.slice(0, 5).join(', '),
      });
      o.inform(t(direction === 'undo' ? 'history:undoDone' : 'history:redoDone', { what }));
    }, o.fail);
  };

  /** Another catalog was opened: nothing of the old one stays selected or open. */
  const reset = () => {
    setEditing(null);
    setSelected(null);
    setUndo(null);
  };

  return {
    current,
    editing,
    dirty,
    setDirty,
    version,
    savedAt,
    undo,
    dismissUndo: () => setUndo(null),
    guard,
    save,
    select,
    startNew,
    startEdit,
    cancelEdit,
    onSaved,
    requestDelete,
    refresh,
    restore,
    step,
    reset,
  };
}

export type EditingSession = ReturnType<typeof useEditingSession>;
