import { createHash } from 'node:crypto';

/**
 * The catalog page's only style sheet and script, inline. The page's
 * Content-Security-Policy allows exactly these two (by their SHA-256) and nothing
 * else: no other file, host, inline style attribute or script can run or load.
 */
export const STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --ink: #1b1f23; --muted: #56626b;
  --accent: #1d5a85; --rule: #d5dbe0; --fill: #e8eef3; --focus: #b35c00; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15191c; --ink: #e6e8ea; --muted: #aab4bb; --accent: #8cc4ec;
    --rule: #38424a; --fill: #222b32; --focus: #ffb35c; } }
html[data-lang="nb"] .l-en, html[data-lang="en"] .l-nb { display: none; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: 1rem; top: -3rem; background: var(--bg); padding: .5rem; }
.skip:focus { top: 1rem; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { color: var(--accent); margin: 1rem 0 0; }
.meta, .muted { color: var(--muted); }
.tools { display: none; gap: 1rem 2rem; flex-wrap: wrap; align-items: end; margin: 1rem 0 .5rem; }
.js .tools { display: flex; }
.tools label { display: block; font-weight: 600; }
.tools input { font: inherit; padding: .4rem .6rem; width: min(28rem, 80vw); color: var(--ink);
  background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; }
.switch { border: 0; margin: 0; padding: 0; }
.switch legend { font-weight: 600; padding: 0; }
.switch button { font: inherit; padding: .35rem .8rem; border: 1px solid var(--accent);
  background: var(--bg); color: var(--accent); border-radius: 4px; cursor: pointer; }
.switch button[aria-pressed="true"] { background: var(--accent); color: var(--bg); }
article { border-top: 1px solid var(--rule); padding: 1rem 0; }
article h2 { color: var(--accent); margin: 0 0 .25rem; font-size: 1.35rem; }
article h2 a { text-decoration: none; }
article h3 { color: var(--muted); font-size: 1rem; margin: 1rem 0 .25rem; }
dl { display: grid; grid-template-columns: minmax(10rem, 14rem) 1fr; gap: .2rem 1rem; margin: .75rem 0; }
dt { color: var(--muted); }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .25rem .5rem .25rem 0; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { background: var(--fill); border-bottom: 2px solid var(--ink); padding-left: .25rem; }
.sources { font-size: .875rem; white-space: pre-line; }
.explanatory { color: var(--muted); margin: 0 0 .5rem; }
.caution { border-left: 4px solid var(--focus); padding: .25rem .75rem; margin: .5rem 0; }
[hidden] { display: none !important; }
@media print {
  .tools, .skip, #matches { display: none !important; }
  body { font-size: 10pt; background: #fff; color: #000; }
  header, main, footer { max-width: none; padding: 0; }
  article { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

export const SCRIPT = `
(() => {
  const root = document.documentElement;
  const articles = Array.from(document.querySelectorAll('main article'));
  const haystacks = articles.map((a) => a.textContent.toLocaleLowerCase());
  const input = document.getElementById('search');
  const status = document.getElementById('matches');
  const none = document.getElementById('none');
  const buttons = Array.from(document.querySelectorAll('[data-set-lang]'));
  const update = () => {
    const words = input.value.toLocaleLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    articles.forEach((article, i) => {
      const hit = words.every((w) => haystacks[i].includes(w));
      article.hidden = !hit;
      if (hit) shown += 1;
    });
    const lang = root.dataset.lang;
    const template = root.dataset[words.length ? lang + 'Some' : lang + 'All'];
    status.textContent = template.replace('{shown}', String(shown));
    none.hidden = shown > 0;
  };
  const setLang = (lang) => {
    root.lang = lang;
    root.dataset.lang = lang;
    document.title = root.dataset[lang + 'Title'];
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setLang === lang)));
    input.setAttribute('aria-describedby', 'matches');
    update();
  };
  input.addEventListener('input', update);
  buttons.forEach((b) => b.addEventListener('click', () => setLang(b.dataset.setLang)));
  document.body.classList.add('js');
  setLang(root.dataset.lang);
})();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Nothing but the inline style and script above: no network, no other file, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
