/**
 * Every review in the app goes through here: it is stored, every view is
 * told at once (graph, panel, table, pages listen for "nexus:reviewed"),
 * and a toast offers to undo it: the store's own undo of each decision
 * (its journal, the one `nexus undo` uses), which puts back what was there.
 */
import { api, type ReviewItem } from './api.js';
import { errorBox, h } from './dom.js';

export type Decision = ReviewItem['decision'];

export const REVIEWED = 'nexus:reviewed';

/** Tells every listening view that decisions changed. */
export function announce(): void {
  window.dispatchEvent(new CustomEvent(REVIEWED));
}

/** Runs `refresh` after every review; returns the way to stop listening. */
export function onReviewed(refresh: () => void): () => void {
  window.addEventListener(REVIEWED, refresh);
  return () => window.removeEventListener(REVIEWED, refresh);
}

const WORD: Record<Decision, string> = { accepted: 'Accepted', rejected: 'Rejected', clear: 'Cleared the decision on' };

function toastBox(): HTMLElement {
  let box = document.getElementById('toasts');
  if (!box) {
    box = h('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(box);
  }
  return box;
}

function describe(items: ReviewItem[]): string {
  const claims = items.filter((i) => i.kind === 'claim').length;
  const edges = items.length - claims;
  return [claims ? `${claims} claim${claims === 1 ? '' : 's'}` : '', edges ? `${edges} edge${edges === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
}

/** Stores the decisions, and offers to undo them. */
export async function review(items: ReviewItem[]): Promise<void> {
  if (!items.length) return;
  const { decisions } = await api.reviewMany(items);
  announce();
  const box = toastBox();
  const toast = h('div', { class: 'toast' });
  const undo = h('button', { type: 'button', class: 'undo' }, 'Undo');
  undo.addEventListener('click', async () => {
    undo.disabled = true;
    try {
      await api.undo(decisions);
      announce();
      toast.replaceChildren(`Undone: ${describe(items)} back as before.`);
      setTimeout(() => toast.remove(), 4000);
    } catch (e) { toast.append(errorBox(e)); }
  });
  toast.append(`${WORD[items[0].decision]} ${describe(items)}. `, undo);
  box.replaceChildren(toast);
  setTimeout(() => { if (toast.isConnected && !undo.disabled) toast.remove(); }, 15_000);
}

/** One claim or one edge. */
export function reviewOne(kind: ReviewItem['kind'], id: string, decision: Decision): Promise<void> {
  return review([{ kind, id, decision }]);
}
