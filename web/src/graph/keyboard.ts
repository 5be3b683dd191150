/**
 * The drawing from the keyboard: arrow keys go from actor to actor (the
 * focus first, then the most documented), Enter opens the chosen one (its
 * edges in the panel, keyboard focus on the first), E expands its
 * neighbours, F focuses the graph on it, Escape lets go.
 */
import type { GraphController } from './controller.js';

export interface KeyActions {
  select(id: string): void;
  enter(id: string): void;
  expand(id: string): void;
  focus(id: string): void;
  clear(): void;
}

export function graphKeys(canvas: HTMLElement, ctl: GraphController, act: KeyActions): () => void {
  const order = () => [...ctl.drawnNow.nodes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1)).map((n) => n.id);
  const onKey = (e: KeyboardEvent) => {
    const ids = order();
    if (!ids.length) return;
    const at = ctl.current ? ids.indexOf(ctl.current) : -1;
    switch (e.key) {
      case 'ArrowRight': case 'ArrowDown': act.select(ids[(at + 1) % ids.length]); break;
      case 'ArrowLeft': case 'ArrowUp': act.select(ids[(at - 1 + ids.length) % ids.length]); break;
      case 'Enter': case ' ': act.enter(ctl.current ?? ids[0]); break;
      case 'e': case 'E': if (ctl.current && !ctl.current.startsWith('community:')) act.expand(ctl.current); break;
      case 'f': case 'F': if (ctl.current && !ctl.current.startsWith('community:')) act.focus(ctl.current); break;
      case 'Escape': act.clear(); break;
      default: return;
    }
    e.preventDefault();
  };
  canvas.addEventListener('keydown', onKey);
  return () => canvas.removeEventListener('keydown', onKey);
}
