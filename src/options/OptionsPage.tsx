import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { DEFAULT_SETTINGS, forgetPanels, readSettings, writeSettings, type KeyValueArea, type Settings, type SiteId } from '../content/storage';
import { clearHistory, isHistoryOff, setHistoryOff } from '../history/store';
import { BROWSER_LANGUAGE, UI_LANGUAGES } from '../ui/languages';

const SITES: Array<{ id: SiteId; label: string }> = [
  { id: 'gmail', label: 'optionsGmail' },
  { id: 'outlook', label: 'optionsOutlook' },
];

export interface OptionsProps {
  area: KeyValueArea;
  /** Makes the page speak a newly chosen language (see applyUiLanguage); the page redraws after it. */
  onLanguage?: (setting: string) => Promise<unknown>;
}

export function Options({ area, onLanguage }: OptionsProps) {
  const [, redraw] = useState(0);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [historyOff, setHistoryOffShown] = useState(false);

  useEffect(() => {
    readSettings(area).then(setSettings, () => setSettings(structuredClone(DEFAULT_SETTINGS)));
    isHistoryOff(area).then(setHistoryOffShown, () => setHistoryOffShown(false));
  }, [area]);

  if (!settings) return null;

  const toggle = async (id: SiteId, on: boolean) => {
    const next: Settings = { ...settings, sites: { ...settings.sites, [id]: on } };
    setSettings(next);
    try {
      await writeSettings(area, next);
      setStatus(t('optionsSaved'));
    } catch {
      setStatus(t('optionsError'));
    }
  };

  const chooseLanguage = async (language: string) => {
    const next: Settings = { ...settings, language };
    setSettings(next);
    try {
      await writeSettings(area, next);
      await onLanguage?.(language);
      redraw((n) => n + 1);
      setStatus(t('optionsSaved'));
    } catch {
      setStatus(t('optionsError'));
    }
  };

  const forget = async () => {
    try {
      const n = await forgetPanels(area);
      setStatus(t('optionsForgotten', n));
    } catch {
      setStatus(t('optionsError'));
    }
  };

  const switchHistory = async () => {
    const off = !historyOff;
    setHistoryOffShown(off);
    try {
      const deleted = await setHistoryOff(area, off);
      setStatus(off ? t('optionsHistoryCleared', deleted) : t('optionsSaved'));
    } catch {
      setStatus(t('optionsError'));
    }
  };

  const clear = async () => {
    try {
      setStatus(t('optionsHistoryCleared', await clearHistory(area)));
    } catch {
      setStatus(t('optionsError'));
    }
  };

  return (
    <main>
      <h1>{t('extName')}</h1>
      <fieldset>
        <legend>{t('optionsSites')}</legend>
        {SITES.map((s) => (
          <label>
            <input
              type="checkbox"
              checked={settings.sites[s.id]}
              onChange={(e) => void toggle(s.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            {t(s.label)}
          </label>
        ))}
      </fieldset>
      <p>
        <label>
          {t('optionsLanguage')}{' '}
          <select data-bounce-lens="language" value={settings.language} onChange={(e) => void chooseLanguage((e.currentTarget as HTMLSelectElement).value)}>
            <option value={BROWSER_LANGUAGE}>{t('optionsLanguageBrowser')}</option>
            {UI_LANGUAGES.map((l) => (
              <option value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <button type="button" onClick={() => void forget()}>
          {t('optionsForget')}
        </button>
      </p>
      <fieldset data-bounce-lens="history-settings">
        <legend>{t('optionsHistory')}</legend>
        <p>
          <button
            type="button"
            role="switch"
            class="switch"
            aria-checked={historyOff ? 'true' : 'false'}
            data-bounce-lens="history-off-switch"
            onClick={() => void switchHistory()}
          >
            <span class="knob" aria-hidden="true" />
            {t('optionsHistoryOff')}
          </button>
        </p>
        <p>
          <button type="button" data-bounce-lens="clear-history" onClick={() => void clear()}>
            {t('optionsHistoryClear')}
          </button>
        </p>
        <p class="note">{t('optionsHistoryWhat')}</p>
      </fieldset>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <p class="note">{t('optionsPrivacy')}</p>
    </main>
  );
}
