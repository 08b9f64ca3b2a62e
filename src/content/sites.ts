import type { SiteId } from './storage';
import type { SiteAdapter } from './types';
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';

/** The manifest's match patterns decide where we run; this maps each host to its adapter. */
export function siteFor(hostname: string): { site: SiteId; adapter: SiteAdapter } | null {
  if (hostname === 'mail.google.com') return { site: 'gmail', adapter: gmailAdapter };
  if (/^outlook\.(?:live\.com|office\.com|office365\.com|cloud\.microsoft)$/.test(hostname)) {
    return { site: 'outlook', adapter: outlookAdapter };
  }
  return null;
}
