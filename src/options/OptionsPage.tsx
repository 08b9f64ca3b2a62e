import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { DEFAULT_SETTINGS, forgetPanels, readSettings, writeSettings, type KeyValueArea, type Settings, type SiteId } from '../content/storage';

const SITES: Array<{ id: SiteId; label: string }> = [
  { id: 'gmail', label: 'optionsGmail' },
  { id: 'outlook', label: 'optionsOutlook' },
];

export function Options({ area }: { area: KeyValueArea }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    readSettings(area).then(setSettings, () => setSettings(structuredClone(DEFAULT_SETTINGS)));
  }, [area]);

  if (!settings) return null;

  const toggle = async (id: SiteId, on: boolean) => {
    const next: Settings = { sites: { ...settings.sites, [id]: on } };
    setSettings(next);
    try {
      await writeSettings(area, next);
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
        <button type="button" onClick={() => void forget()}>
          {t('optionsForget')}
        </button>
      </p>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <p class="note">{t('optionsPrivacy')}</p>
    </main>
  );
}
