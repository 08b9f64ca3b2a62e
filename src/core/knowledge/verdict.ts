import type { Actor, DsnAction, Verdict } from '../types';
import type { Cause } from './causes';

/** Where a recipient stands: still being retried, given up after retries, or refused outright. */
export type DeliveryStage = 'retrying' | 'gave-up' | 'refused';

/**
 * The stage follows the DSN Action first (RFC 3464: it, not the code's first digit, says whether
 * retries continue), then the code class.
 */
export function deliveryStage(action: DsnAction | null, codeClass: '2' | '4' | '5' | null, expired: boolean): DeliveryStage {
  if (action === 'delayed') return 'retrying';
  if (action === 'failed') return codeClass === '4' || expired ? 'gave-up' : 'refused';
  if (expired) return 'gave-up';
  if (codeClass === '4') return 'retrying';
  return 'refused';
}

/**
 * The one rule that turns facts into WAIT or ACT:
 * - still retrying and the cause clears by itself → wait, nobody acts;
 * - still retrying but the cause needs a fix (DNS, authentication, reputation, full mailbox) → act, its fixer;
 * - retries exhausted → act: the fixer if the cause needs one, else the sender (resend / reach them), or,
 *   where the whole retry window of a self-clearing cause means the other side is broken (a server
 *   refusing connections for days), the cause's actorAfterRetries;
 * - refused outright → act, the cause's actor.
 */
export function decideVerdict(cause: Cause, stage: DeliveryStage): { verdict: Verdict; actor: Actor } {
  if (cause.actor === 'nobody') return { verdict: 'wait', actor: 'nobody' };
  if (stage === 'retrying') {
    return cause.temporary === 'clears-by-itself'
      ? { verdict: 'wait', actor: 'nobody' }
      : { verdict: 'act', actor: cause.actor };
  }
  if (stage === 'gave-up') {
    return { verdict: 'act', actor: cause.temporary === 'needs-fix' ? cause.actor : (cause.actorAfterRetries ?? 'sender') };
  }
  return { verdict: 'act', actor: cause.actor };
}
