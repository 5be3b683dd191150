import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToText } from './html.js';
import { detectFormat } from './detect.js';

const PAGE = `<!doctype html><html><head><title>Raid in Gao | Sahel Monitor</title>
<meta property="og:site_name" content="Sahel Monitor"><meta property="article:published_time" content="2024-03-02T08:00:00Z">
<meta name="author" content="Awa Traore"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Raid in Gao</h1><p>JNIM fighters attacked an army post near Gao on Friday, the Malian army said in a statement. The group has been active in the region for years.</p>
<h2>Background</h2><p>The Islamic State Sahel Province also operates in the region &amp; nearby, according to analysts who follow the conflict and speak to residents every week.</p>
<p>Residents said at least 12 soldiers were killed in the attack, which lasted several hours before reinforcements arrived from the city.</p></article>
<footer>© 2024 Sahel Monitor. All rights reserved.</footer></body></html>`;

test('reader mode keeps the article and drops navigation and footer', () => {
  const r = htmlToText(PAGE, 'gao.html');
  assert.match(r.text, /JNIM fighters attacked an army post near Gao/);
  assert.match(r.text, /region & nearby/, 'entities are decoded');
  assert.doesNotMatch(r.text, /Home|All rights reserved/);
  assert.ok(r.text.startsWith('Raid in Gao\n\n'), 'the title heads the text');
  const heading = r.headings.map((h) => r.text.slice(h.start, h.end));
  assert.deepEqual(heading, ['Raid in Gao', 'Background']);
});

test('title, author, publisher and date come from the meta tags', () => {
  const { meta } = htmlToText(PAGE, 'gao.html');
  assert.deepEqual(meta, { title: 'Raid in Gao', author: 'Awa Traore', publisher: 'Sahel Monitor', published: '2024-03-02' });
});

test('a page with no readable text is refused', () => {
  assert.throws(() => htmlToText('<html><head><title>x</title></head><body><script>var a=1</script></body></html>', 'empty.html'), { name: 'NoReadableText' });
});

test('format comes from the extension, then from the content', () => {
  assert.equal(detectFormat('a.html', 'plain'), 'html');
  assert.equal(detectFormat('a.md', '# Title'), 'markdown');
  assert.equal(detectFormat('a', '<!DOCTYPE html><html><body>x</body></html>'), 'html');
  assert.equal(detectFormat('-', 'Just text about the ELN.'), 'text');
});
