/**
 * The languages the panel speaks, by their own names (for the options page's choice). The same codes as the
 * knowledge base's texts (src/core/knowledge/texts/) and public/_locales/ — a test keeps the three in step.
 * Kept apart from the knowledge base: the content script carries this list, not the texts.
 */
export const UI_LANGUAGES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'it', name: 'Italiano' },
  { code: 'ja', name: '日本語' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'pt', name: 'Português' },
  { code: 'ru', name: 'Русский' },
];

/** The setting's value for "the browser's language" (the default). */
export const BROWSER_LANGUAGE = 'auto';

/** A chosen language the panel has, else null (then the browser's language is used). */
export function chosenLanguage(setting: string | null | undefined): string | null {
  return setting && UI_LANGUAGES.some((l) => l.code === setting) ? setting : null;
}

export interface LocaleMessages {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> };
}

/**
 * getMessage over a messages.json read as data, for a language the user chose over the browser's own
 * (browser.i18n only ever speaks the browser's UI language): `$NAME$` through its placeholder's `$1`…`$9`,
 * `$$` for a dollar sign, as the extension i18n API does.
 */
export function messagesSource(messages: LocaleMessages): (key: string, substitutions?: string[]) => string {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      return content === undefined ? whole : content;
    });
    return named.replace(/\$(\d|\$)/g, (_, n: string) => (n === '$' ? '$' : (substitutions[Number(n) - 1] ?? '')));
  };
}
