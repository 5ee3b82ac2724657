import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogError } from '../../shared/errors';
import { describeError } from '../../shared/i18n';
import type { Language, Settings } from '../../shared/model';
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
import { api } from '../kit/api';
import { Banner } from '../kit/Banner';
import { SplitPane } from '../kit/SplitPane';
import { i18n } from './i18n';
import { Notices } from './Notices';
import { PANELS, type Panel } from './panels';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useCatalogData } from './useCatalogData';
import { useCommands } from './useCommands';
import { useDialog } from './useDialog';
import { useEditingSession } from './useEditingSession';
import { MainViews, useMainView, ViewSwitch } from './views';

/** The shell: toolbar, list beside the detail pane, status bar, and whatever opens over them. */
export function App() {
  const { t } = useTranslation();
  const { data, update, reload } = useCatalogData();
  const [options, setOptions] = useState<BrowseOptions>(DEFAULT_BROWSE);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const form = useRef<DesignationFormHandle>(null);
  const dialog = useDialog();

  const designations = useMemo(() => (data.status === 'ready' ? data.designations : []), [data]);
  const lang = i18n.language as Language;
  // Name order depends on the language (Æ, Ø, Å); code and duration order do not.
  const sortLang: Language =
    options.sort === 'name' || options.sort === 'explanatoryName' ? lang : 'en';
  const sorted = useMemo(
    () => sortDesignations(designations, options.sort, sortLang),
    [designations, options.sort, sortLang],
  );
  const years = data.status === 'ready' ? data.settings.verifiedWithinYears : 5;
  const shown = useMemo(
    // "Last verified more than N years ago" counts from today; the app is not left open for years.
    () => filterDesignations(sorted, options, { years, now: new Date() }),
    [sorted, options, years],
  );

  // One message at a time: a new one replaces what an earlier action said.
  const fail = (e: unknown) => {
    setInfo(null);
    setMessage(e instanceof CatalogError ? describeError(t, e) : String(e));
  };
  const inform = (text: string) => {
    setMessage(null);
    setInfo(text);
  };
  const session = useEditingSession({
    designations,
    shown,
    update,
    ask: dialog.ask,
    fail,
    inform,
    lang,
    form,
  });
  // A deletion's own banner (with Undo) replaces whatever an earlier action said.
  const [undoShown, setUndoShown] = useState(session.undo);
  if (session.undo !== undoShown) {
    setUndoShown(session.undo);
    if (session.undo) setInfo(null);
  }
  const [view, setView] = useMainView(!!session.editing);

  const close = () => setPanel(null);
  const openPanel = (p: Panel) =>
    PANELS[p].guarded ? session.guard(() => setPanel(p)) : setPanel(p);

  /** Another catalog is open (the Open dialog, File > Open Recent): start afresh on it. */
  const catalogOpened = (path: string) => {
    close();
    session.reset();
    inform(t('exchange:opened', { path }));
    void reload();
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

  useCommands({
    session,
    search,
    openPanel,
    changeLanguage,
    showView: setView,
    saveCopy: () =>
      api
        .saveCopyAs({})
        .then(
          (r) => r.status === 'saved' && inform(t('exchange:copySaved', { path: r.path })),
          fail,
        ),
    openRecent: (index) => {
      const path = data.status === 'ready' ? data.settings.recentFiles[index] : undefined;
      if (path)
        session.guard(() =>
          api
            .openCatalog({ recent: path })
            .then((r) => r.status === 'opened' && catalogOpened(r.info.path), fail),
        );
    },
  });

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

  const { current, editing } = session;
  return (
    <div className={`app view-${view}`}>
      <Toolbar
        onNew={() => session.startNew()}
        onDelete={session.requestDelete}
        canDelete={!!current && !editing}
        onSettings={() => openPanel('settings')}
        onExport={() => openPanel('export')}
        onHistory={() => openPanel('history')}
        onImport={() => openPanel('import')}
        onBackups={() => openPanel('backups')}
        onLanguage={changeLanguage}
        views={<ViewSwitch view={view} onChange={setView} />}
      />
      <Notices notices={data.info.notices} />
      {message && <Banner text={message} error onDismiss={() => setMessage(null)} />}
      {info && <Banner text={info} onDismiss={() => setInfo(null)} />}
      {session.undo && (
        <Banner
          text={t('delete.done', { code: session.undo.designation.code })}
          action={{
            label: t('delete.undo'),
            onClick: () => session.undo && void session.restore(session.undo),
          }}
          onDismiss={session.dismissUndo}
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
              years={years}
              onToResults={() => {
                if (!shown.some((d) => d.code === current) && shown[0])
                  session.select(shown[0].code);
                list.current?.focus();
              }}
            />
            <CatalogList
              designations={shown}
              selected={current}
              onSelect={session.select}
              listRef={list}
              onActivate={(code) => {
                void api.getDesignation({ code }).then(session.startEdit, fail);
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
                onSaved={session.onSaved}
                onCancel={() => void session.cancelEdit()}
                onDirtyChange={session.setDirty}
              />
            ) : current ? (
              <DetailPane
                code={current}
                version={session.version}
                focusEdit={session.focusDetail}
                catalog={designations}
                onNavigate={session.select}
                onEdit={session.startEdit}
                onDuplicate={(d) => session.startNew(d)}
                onRestore={(d) => void session.restore(d)}
              />
            ) : (
              <p className="status-message">{t('nothingSelected')}</p>
            )}
          </main>
        }
      />
      <MainViews
        view={view}
        context={{ designations, open: (code) => (setView('catalog'), session.select(code)) }}
      />
      <StatusBar
        dirty={session.dirty}
        savedAt={session.savedAt}
        count={designations.length}
        path={data.info.path}
      />
      {dialog.element}
      {panel &&
        PANELS[panel].render({
          designations,
          shown,
          settings: data.settings,
          catalogPath: data.info.path,
          session,
          close,
          saveSettings,
          catalogOpened,
        })}
    </div>
  );
}
