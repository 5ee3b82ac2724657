import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
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
import { neighbourOf } from './selection';
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
  // Bumped when the detail pane should take focus (its Edit button): editing ended and focus had nowhere to go.
  const [focusDetail, setFocusDetail] = useState(0);
  // What had focus when editing began, to return to when it ends.
  const editingFrom = useRef<Element | null>(null);
  const exists = useMemo(() => new Set(o.designations.map((d) => d.code)), [o.designations]);
  // Until the user picks one, the first designation in the list is shown; never one that is gone.
  const current = selected !== null && exists.has(selected) ? selected : (o.shown[0]?.code ?? null);

  /** The list changed under the selection: keep it, take `prefer`, or move to a neighbour of what went. */
  const settle = (fresh: readonly DesignationSummary[], prefer?: string) => {
    const codes = new Set(fresh.map((d) => d.code));
    if (prefer !== undefined && codes.has(prefer)) setSelected(prefer);
    else if (current !== null && !codes.has(current))
      setSelected(
        neighbourOf(
          current,
          o.shown.map((d) => d.code),
          codes,
        ),
      );
  };

  /** Editing ended: once the form is gone, focus goes back where editing began (see below). */
  const endEditing = () => {
    setEditing(null);
    returnTo.current = { from: editingFrom.current };
    editingFrom.current = null;
  };
  // After the commit that removed the form: if focus went down with it, back where editing
  // began, or to the detail pane's Edit button when that place is gone too.
  const returnTo = useRef<{ from: Element | null } | null>(null);
  useEffect(() => {
    const pending = returnTo.current;
    if (editing || !pending) return;
    returnTo.current = null;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (!lost) return; // a dialog gave focus back, or the user has moved on
    const { from } = pending;
    if (from instanceof HTMLElement && from.isConnected && !from.matches(':disabled')) from.focus();
    else setFocusDetail((n) => n + 1);
  }, [editing]);

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
  const startNew = (template?: Designation) => {
    const from = document.activeElement;
    guard(() => {
      const initial = template ? { ...toDraft(template), code: '' } : emptyDraft();
      if (!editing) editingFrom.current = from;
      setEditing({ original: null, initial });
    });
  };
  const startEdit = (d: Designation) => {
    const from = document.activeElement;
    guard(() => {
      if (!editing) editingFrom.current = from;
      setEditing({ original: d.code, initial: toDraft(d) });
    });
  };
  const cancelEdit = () => {
    if (!editing) return false;
    guard(endEditing);
    return true;
  };

  const onSaved = (saved: Designation) => {
    o.update((all) => {
      const rest = all.filter((d) => d.code !== editing?.original && d.code !== saved.code);
      return [...rest, summarize(saved)];
    });
    endEditing();
    setDirty(false);
    setSelected(saved.code);
    touched();
    setUndo(null);
  };

  const requestDelete = () => {
    const code = editing ? null : current;
    if (!code) return;
    const target = o.designations.find((d) => d.code === code);
    // The links that go with it, said as what each owner loses ("AIS loses its ARM waiver").
    const links = o.designations.flatMap((d) =>
      d.relations
        .filter((r) => r.target === code)
        .map((r) => t(`delete.link.${r.kind}`, { owner: d.code, code })),
    );
    o.ask({
      title: t('delete.title', { code }),
      body: t('delete.body', {
        code,
        name: target?.officialName ?? '',
      }),
      details: links.length ? { title: t('delete.links'), items: links } : undefined,
      actions: [
        {
          label: t('delete.confirm'),
          danger: true,
          onClick: () => {
            api.deleteDesignation({ code }).then((deleted) => {
              const rest = o.designations.filter((d) => d.code !== code);
              o.update((all) =>
                all
                  .filter((d) => d.code !== code)
                  .map((d) => ({ ...d, relations: d.relations.filter((r) => r.target !== code) })),
              );
              setUndo(deleted);
              setSavedAt(new Date().toISOString());
              settle(rest);
            }, o.fail);
          },
        },
        // Focused first: Enter after Delete asks, it does not delete.
        { label: t('delete.cancel'), autoFocus: true, onClick: () => {} },
      ],
    });
  };

  /** After undo, redo, restore or an import: the list from the catalog as it now is. */
  const refresh = async (select?: string) => {
    const fresh = await api.listDesignations({});
    o.update(() => fresh);
    touched();
    settle(fresh, select);
  };

  const restore = (deleted: DeletedDesignation) =>
    api.restoreDesignation({ deleted }).then(async (restored) => {
      setUndo(null);
      await refresh(restored.code);
    }, o.fail);

  /**
   * Ctrl+Z / Shift+Ctrl+Z outside text fields: the catalog's own undo and redo;
   * while editing, the form's undo of its last choice (a select, a move).
   */
  const step = (direction: 'undo' | 'redo') => {
    if (editing) {
      if (direction === 'undo') form.current?.undo();
      return;
    }
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
    focusDetail,
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
