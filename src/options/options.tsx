import browser from 'webextension-polyfill';
import { render } from 'preact';
import { setMessageSource } from '../ui/i18n';
import { Options } from './OptionsPage';

setMessageSource((key, subs) => browser.i18n.getMessage(key, subs));
document.title = browser.i18n.getMessage('extName') || document.title;
const app = document.getElementById('app');
if (app) render(<Options area={browser.storage.local} />, app);
