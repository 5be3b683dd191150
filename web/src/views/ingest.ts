import { api, type IngestJob } from '../api.js';
import { append, clear, errorBox, h } from '../dom.js';
import { href } from '../router.js';

function progress(box: HTMLElement, job: IngestJob): void {
  clear(box);
  const stored = job.items.filter((i) => i.status === 'stored').length;
  append(box, [
    h('p', { class: 'job-state', 'data-state': job.state }, job.state === 'running' ? `Ingesting… ${job.done} of ${job.total}` : `Done: ${stored} stored, ${job.items.filter((i) => i.status === 'duplicate').length} already stored, ${job.items.filter((i) => i.status === 'failed').length} failed.`),
    h('progress', { max: Math.max(1, job.total), value: job.done }),
    h('ul', { class: 'job-items' }, job.items.map((i) => h('li', { class: i.status },
      h('strong', {}, i.status), ' ', i.label,
      i.status === 'stored' ? [` · ${i.claims} claims, ${i.actors} actors · `, h('a', { href: href('document', i.documentId) }, 'read it')] : '',
      i.status === 'duplicate' ? [' · ', h('a', { href: href('document', i.documentId) }, 'the stored copy')] : '',
      i.error ? ` · ${i.error.message}` : ''))),
    job.state === 'done' ? h('p', {}, h('a', { href: href('graph'), class: 'button' }, 'Open the graph')) : null,
  ]);
}

/** Polls a job until it is done, redrawing its progress. */
async function follow(box: HTMLElement, job: IngestJob): Promise<void> {
  progress(box, job);
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 300));
    job = await api.job(job.id);
    progress(box, job);
  }
  const m = await api.meta();
  const stats = document.getElementById('stats');
  if (stats) stats.textContent = `${m.stats.documents} documents · ${m.stats.actors} actors · ${m.stats.claims} claims`;
}

/** Paste an article or a URL, or drop files: each goes through the same pipeline as `nexus ingest`. */
export async function ingestView(root: HTMLElement): Promise<void> {
  const status = h('section', { class: 'job', 'aria-live': 'polite' });
  const run = async (start: () => Promise<IngestJob>) => {
    clear(status);
    try { await follow(status, await start()); } catch (e) { status.append(errorBox(e)); }
  };
  const text = h('textarea', { name: 'text', rows: 12, placeholder: 'Paste the article text (plain text, Markdown or HTML)', 'aria-label': 'Article text' });
  const title = h('input', { name: 'title', placeholder: 'Title (optional)', 'aria-label': 'Title' });
  const source = h('input', { name: 'url', type: 'url', placeholder: 'Where it was published (optional URL)', 'aria-label': 'Source URL of the pasted text' });
  const publisher = h('input', { name: 'publisher', placeholder: 'Publisher (optional: counts independent sources)', 'aria-label': 'Publisher' });
  const published = h('input', { name: 'published', type: 'date', 'aria-label': 'Publication date' });
  const pasteForm = h('form', { class: 'ingest-text' }, h('h2', {}, 'Paste an article'), text, title, publisher, source, h('label', {}, 'Published ', published), h('button', { type: 'submit' }, 'Ingest text'));
  pasteForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(() => api.ingestText({ text: text.value, ...(title.value ? { title: title.value } : {}), ...(publisher.value ? { publisher: publisher.value } : {}), ...(source.value ? { url: source.value } : {}), ...(published.value ? { published: published.value } : {}) }));
  });
  const url = h('input', { name: 'url', type: 'url', required: true, placeholder: 'https://… (an article or an RSS/Atom feed)', 'aria-label': 'URL to fetch' });
  const urlForm = h('form', { class: 'ingest-url' }, h('h2', {}, 'Fetch a URL'), url, h('button', { type: 'submit' }, 'Fetch and ingest'));
  urlForm.addEventListener('submit', (e) => { e.preventDefault(); void run(() => api.ingestText({ url: url.value })); });
  const picker = h('input', { type: 'file', multiple: true, accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown', 'aria-label': 'Files to ingest' });
  const drop = h('div', { class: 'dropzone', tabindex: 0 }, h('h2', {}, 'Drop files'), h('p', {}, 'Drop text, Markdown or HTML files here, or choose them: '), picker);
  const send = (files: File[]) => { if (files.length) void run(() => api.ingestFiles(files)); };
  picker.addEventListener('change', () => send([...(picker.files ?? [])]));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); send([...(e.dataTransfer?.files ?? [])]); });
  root.append(h('h1', {}, 'Ingest'), h('div', { class: 'ingest-grid' }, pasteForm, h('div', {}, urlForm, drop)), status);
}
