import { setMessageSource, t } from './i18n';
import { chosenLanguage, messagesSource, type LocaleMessages } from './languages';

export interface BrowserI18n {
  getMessage(key: string, substitutions?: string[]): string;
}

/**
 * Makes the UI strings speak the language chosen on the options page, or the browser's own (through
 * browser.i18n, which falls back to English for languages the extension lacks). Returns the language now
 * spoken: the messages file's own `messagesLocale`, so the advice is always asked for in the UI's language.
 */
export async function applyUiLanguage(setting: string | null | undefined, i18n: BrowserI18n, load: (code: string) => Promise<unknown>): Promise<string> {
  const chosen = chosenLanguage(setting);
  if (chosen) {
    try {
      setMessageSource(messagesSource((await load(chosen)) as LocaleMessages));
      return chosen;
    } catch (err) {
      console.error('[Bounce Lens]', 'language', err);
    }
  }
  setMessageSource((key, subs) => i18n.getMessage(key, subs));
  return spokenLanguage();
}

/** The language of the messages in use ("de"), "en" when none is set. */
export function spokenLanguage(): string {
  const code = t('messagesLocale');
  return /^[a-z]{2}$/.test(code) ? code : 'en';
}
