import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import { recentIndexOf, type Command } from '../../shared/contract';
import type { DeletedDesignation, Designation, Language, Settings } from '../../shared/model';
import { summarize } from '../../shared/summary';
import {
  DEFAULT_BROWSE,
  filterDesignations,
  sortDesignations,
  type BrowseOptions,
} from '../catalog/browse';
import { CatalogList } from '../catalog/CatalogList';
import { ListControls } from '../catalog/ListControls';
import { DesignationForm, type DesignationFormHandle } from '../editor/DesignationForm';
import { DetailPane } from '../editor/DetailPane';
import { emptyDraft, toDraft, type Draft } from '../editor/draft';
import { BackupsDialog } from '../exchange/BackupsDialog';
import { ImportDialog } from '../exchange/ImportDialog';
import { OpenCatalogDialog } from '../exchange/OpenCatalogDialog';
import { HistoryList } from '../history/HistoryList';
import { ExportDialog } from '../reports/ExportDialog';
import { SettingsDialog } from '../settings/SettingsDialog';
import { api, events } from './api';
import { Banner } from './Banner';
import { ConfirmDialog, type DialogAction } from './ConfirmDialog';
import { i18n } from './i18n';
import { Notices } from './Notices';
import { SplitPane } from './SplitPane';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useCatalogData } from './useCatalogData';
import { useLatest } from './useLatest';
import { isTextField, useShortcuts } from './useShortcuts';

interface Editing {
  original: string | null;
  initial: Draft;
}
/** The dialog open over the window, at most one at a time. */
type Panel = 'settings' | 'export' | 'history' | 'import' | 'backups' | 'open';

interface Dialog {
  title: string;
  body: string;
  actions: DialogAction[];
}

export function App() {
  const { t } = useTranslation();
  const { data, update, reload } = useCatalogData();
  const [options, setOptions] = useState<BrowseOptions>(DEFAULT_BROWSE);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [version, setVersion] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const close = () => setPanel(null);
  const [undo, setUndo] = useState<DeletedDesignation | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const form = useRef<DesignationFormHandle>(null);
  const search = useRef<HTMLInputElement>(null);

  const designations = useMemo(() => (data.status === 'ready' ? data.designations : []), [data]);
  const lang = i18n.language as Language;
  // Name order depends on the language; code and duration order do not.
  const sortLang: Language = options.sort === 'name' ? lang : 'en';
  const sorted = useMemo(
    () => sortDesignations(designations, options.sort, sortLang),
    [designations, options.sort, sortLang],
  );
  const shown = useMemo(() => filterDesignations(sorted, options), [sorted, options]);
  // Until the user picks one, the first designation in the list is shown.
  const current = selected ?? shown[0]?.code ?? null;

  // Closing the window with unsaved input asks first (Electron turns this into a dialog).
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirty) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const fail = (e: unknown) =>
    setMessage(e instanceof CatalogError ? describeError(t, e) : String(e));

  /** Another catalog is open (the Open dialog, File > Open Recent): start afresh on it. */
  const catalogOpened = (path: string) => {
    close();
    setEditing(null);
    setSelected(null);
    setUndo(null);
    setInfo(t('exchange:opened', { path }));
    void reload();
  };

  /** Runs `proceed` now, or after the user decided what happens to unsaved input. */
  const guard = useCallback(
    (proceed: () => void) => {
      if (!dirty) return proceed();
      setDialog({
        title: t('unsaved.title'),
        body: t('unsaved.body'),
        actions: [
          {
            label: t('unsaved.save'),
            primary: true,
            onClick: () => {
              setDialog(null);
              void form.current?.save().then((ok) => ok && proceed());
            },
          },
          {
            label: t('unsaved.discard'),
            danger: true,
            onClick: () => {
              setDialog(null);
              setDirty(false);
              setEditing(null);
              proceed();
            },
          },
          { label: t('unsaved.keep'), onClick: () => setDialog(null) },
        ],
      });
    },
    [dirty, t],
  );

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

  const onSaved = (saved: Designation) => {
    update((all) => {
      const rest = all.filter((d) => d.code !== editing?.original && d.code !== saved.code);
      return [...rest, summarize(saved)];
    });
    setEditing(null);
    setDirty(false);
    setSelected(saved.code);
    setVersion((v) => v + 1);
    setSavedAt(new Date().toISOString());
    setUndo(null);
  };

  const requestDelete = () => {
    const code = editing ? null : current;
    if (!code) return;
    const target = designations.find((d) => d.code === code);
    setDialog({
      title: t('delete.title', { code }),
      body: t('delete.body', {
        code,
        name: target ? target.name[lang] || target.name.nb || target.name.en : '',
      }),
      actions: [
        {
          label: t('delete.confirm'),
          danger: true,
          primary: true,
          onClick: () => {
            setDialog(null);
            const position = shown.findIndex((d) => d.code === code);
            api.deleteDesignation({ code }).then((deleted) => {
              update((all) =>
                all
                  .filter((d) => d.code !== code)
                  .map((d) => ({ ...d, relations: d.relations.filter((r) => r.target !== code) })),
              );
              setUndo(deleted);
              setSavedAt(new Date().toISOString());
              const next = shown[position + 1] ?? shown[position - 1];
              setSelected(next && next.code !== code ? next.code : null);
            }, fail);
          },
        },
        { label: t('delete.cancel'), onClick: () => setDialog(null) },
      ],
    });
  };

  /** After undo, redo or restore: the list from the catalog as it now is. */
  const refresh = async (select?: string) => {
    const fresh = await api.listDesignations({});
    update(() => fresh);
    setVersion((v) => v + 1);
    setSavedAt(new Date().toISOString());
    if (select && fresh.some((d) => d.code === select)) setSelected(select);
  };

  const restore = (deleted: DeletedDesignation) =>
    api.restoreDesignation({ deleted }).then(async (restored) => {
      setUndo(null);
      await refresh(restored.code);
    }, fail);
  const undoDelete = () => undo && void restore(undo);

  /** Ctrl+Z / Shift+Ctrl+Z outside text fields: the catalog's own undo and redo. */
  const step = (direction: 'undo' | 'redo') => {
    if (editing) return;
    api[direction]({}).then(async (result) => {
      if (!result.action)
        return setInfo(t(direction === 'undo' ? 'history:nothingToUndo' : 'history:nothingToRedo'));
      setUndo(null);
      await refresh(result.codes[0]);
      const what = t(`history:what.${result.action}`, {
        codes: result.codes.slice(0, 5).join(', '),
      });
      setInfo(t(direction === 'undo' ? 'history:undoDone' : 'history:redoDone', { what }));
    }, fail);
  };

  const changeLanguage = (lng: Language) => {
    void i18n.changeLanguage(lng);
    api.updateSettings({ settings: { language: lng } }).then((s) => update((l) => l, s), fail);
  };
  const saveSettings = (patch: Partial<Settings>) => {
    close();
    if (patch.language) void i18n.changeLanguage(patch.language);
    api.updateSettings({ settings: patch }).then((s) => update((l) => l, s), fail);
  };

  useShortcuts({
    newDesignation: () => startNew(),
    save: () => void form.current?.save(),
    cancel: () => {
      if (!editing) return false;
      guard(() => setEditing(null));
      return true;
    },
    find: () => search.current?.focus(),
    deleteSelected: requestDelete,
    exportReport: () => setPanel('export'),
    undo: () => step('undo'),
    redo: () => step('redo'),
  });

  // The application menu (Electron) sends the same actions as the toolbar and the keys.
  const onCommand = useLatest((command: Command) => {
    const recent = recentIndexOf(command);
    if (command === 'new') startNew();
    else if (command === 'save') void form.current?.save();
    else if (command === 'delete') requestDelete();
    else if (command === 'find') search.current?.focus();
    else if (command === 'settings') setPanel('settings');
    else if (command === 'export') setPanel('export');
    else if (command === 'history') setPanel('history');
    else if (command === 'import') guard(() => setPanel('import'));
    else if (command === 'backups') guard(() => setPanel('backups'));
    else if (command === 'open') guard(() => setPanel('open'));
    else if (command === 'save-copy') {
      api
        .saveCopyAs({})
        .then(
          (r) => r.status === 'saved' && setInfo(t('exchange:copySaved', { path: r.path })),
          fail,
        );
    } else if (command === 'undo' || command === 'redo') {
      // In a text field the menu's Undo is the field's own.
      if (isTextField(document.activeElement)) document.execCommand(command);
      else step(command);
    } else if (recent !== undefined) {
      const path = data.status === 'ready' ? data.settings.recentFiles[recent] : undefined;
      if (path)
        guard(() =>
          api
            .openCatalog({ recent: path })
            .then((r) => r.status === 'opened' && catalogOpened(r.info.path), fail),
        );
    } else changeLanguage(command === 'language:nb' ? 'nb' : 'en');
  });
  useEffect(() => events.onCommand((command) => onCommand.current(command)), [onCommand]);

  if (data.status === 'loading') return <p className="status-message">{t('loading')}</p>;
  if (data.status === 'failed') {
    return (
      <p className="status-message" role="alert">
        {t('loadFailed', {
          message:
            data.error instanceof CatalogError ? describeError(t, data.error) : String(data.error),
        })}
      </p>
    );
  }

  return (
    <div className="app">
      <Toolbar
        onNew={() => startNew()}
        onDelete={requestDelete}
        canDelete={!!current && !editing}
        onSettings={() => setPanel('settings')}
        onExport={() => setPanel('export')}
        onHistory={() => setPanel('history')}
        onImport={() => guard(() => setPanel('import'))}
        onBackups={() => guard(() => setPanel('backups'))}
        onLanguage={changeLanguage}
      />
      <Notices notices={data.info.notices} />
      {message && <Banner text={message} error onDismiss={() => setMessage(null)} />}
      {info && <Banner text={info} onDismiss={() => setInfo(null)} />}
      {undo && (
        <Banner
          text={t('delete.done', { code: undo.designation.code })}
          action={{ label: t('delete.undo'), onClick: undoDelete }}
          onDismiss={() => setUndo(null)}
        />
      )}
      <SplitPane
        left={
          <nav className="list-pane" aria-label={t('catalog:listLabel')}>
            <ListControls
              ref={search}
              options={options}
              onChange={setOptions}
              shown={shown.length}
              total={designations.length}
            />
            <CatalogList
              designations={shown}
              selected={current}
              onSelect={select}
              onActivate={(code) => {
                void api.getDesignation({ code }).then(startEdit, fail);
              }}
            />
          </nav>
        }
        right={
          <main className="detail-pane">
            {editing ? (
              <DesignationForm
                key={editing.original ?? 'new'}
                ref={form}
                initial={editing.initial}
                originalCode={editing.original}
                catalog={designations}
                onSaved={onSaved}
                onCancel={() => guard(() => setEditing(null))}
                onDirtyChange={setDirty}
              />
            ) : current ? (
              <DetailPane
                code={current}
                version={version}
                catalog={designations}
                onNavigate={select}
                onEdit={startEdit}
                onDuplicate={(d) => startNew(d)}
                onRestore={(d) => void restore(d)}
              />
            ) : (
              <p className="status-message">{t('nothingSelected')}</p>
            )}
          </main>
        }
      />
      <StatusBar
        dirty={dirty}
        savedAt={savedAt}
        count={designations.length}
        path={data.info.path}
      />
      {dialog && (
        <ConfirmDialog
          title={dialog.title}
          actions={dialog.actions}
          onCancel={() => setDialog(null)}
        >
          <p>{dialog.body}</p>
        </ConfirmDialog>
      )}
      {panel === 'history' && (
        <ConfirmDialog
          title={t('history:title')}
          onCancel={() => close()}
          actions={[{ label: t('history:close'), primary: true, onClick: () => close() }]}
        >
          <div className="history-dialog">
            <HistoryList
              code={null}
              existing={new Set(designations.map((d) => d.code))}
              onRestore={(d) => void restore(d)}
              version={version}
            />
          </div>
        </ConfirmDialog>
      )}
      {panel === 'import' && (
        <ImportDialog onClose={() => close()} onImported={() => void refresh()} />
      )}
      {panel === 'open' && (
        <OpenCatalogDialog
          recentFiles={data.settings.recentFiles}
          currentPath={data.info.path}
          onClose={() => close()}
          onOpened={catalogOpened}
        />
      )}
      {panel === 'backups' && (
        <BackupsDialog onClose={() => close()} onRestored={() => void refresh()} />
      )}
      {panel === 'export' && (
        <ExportDialog
          shownCodes={shown.map((d) => d.code)}
          total={designations.length}
          onClose={() => close()}
        />
      )}
      {panel === 'settings' && (
        <SettingsDialog settings={data.settings} onSave={saveSettings} onClose={() => close()} />
      )}
    </div>
  );
}
