// Runs in the page of test/support/github-render.ts (headless Chromium), after mermaid: puts a
// rendered report into <main id="report">, draws its mermaid blocks as GitHub does, and answers
// what the tests measure. Plain JavaScript, so the Node program's types need no DOM.
/* global document, CSS, mermaid */
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
let diagrams = 0;

globalThis.ktcReport = {
  /** Shows `html` (marked's output), draws every ```mermaid block; returns the mermaid errors. */
  async render(html, openDetails) {
    const report = document.getElementById('report');
    report.innerHTML = html;
    const errors = [];
    const blocks = [...report.querySelectorAll('pre > code.language-mermaid')];
    for (const [index, code] of blocks.entries()) {
      const source = code.textContent ?? '';
      try {
        await mermaid.parse(source);
        const { svg } = await mermaid.render(`mermaid-${diagrams++}`, source);
        const div = document.createElement('div');
        div.className = 'mermaid';
        div.innerHTML = svg;
        code.parentElement.replaceWith(div);
      } catch (error) {
        errors.push(`diagram ${index + 1}: ${String(error?.message ?? error)}`);
      }
    }
    for (const fold of report.querySelectorAll('details')) fold.open = openDetails;
    return errors;
  },

  /** Shows plain text as a dark terminal. */
  renderTerminal(text) {
    const report = document.getElementById('report');
    report.innerHTML = '<pre class="terminal"></pre>';
    report.firstElementChild.textContent = text;
  },

  /** Pixels before the first <details> (the whole report when there is none), and the bottom. */
  measure() {
    const report = document.getElementById('report');
    const box = report.getBoundingClientRect();
    const details = report.querySelector('details');
    return {
      firstScreenHeight: details ? details.getBoundingClientRect().top - box.top : box.height,
      bottom: box.bottom,
    };
  },

  /** What a reader could click or read, and any element a string should never have made. */
  contents() {
    const report = document.getElementById('report');
    return {
      text: report.innerText,
      links: [...report.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      smuggled: report.querySelectorAll('script, img, iframe, b, i, h1, hr').length,
      diagrams: report.querySelectorAll('svg[id^="mermaid-"]').length,
    };
  },

  /** The cells of the first table (the path table): state, lasted, and whether lasted is bold. */
  pathRows() {
    const table = document.querySelector('#report table');
    return [...table.querySelectorAll('tbody tr')].map((row) => ({
      state: row.children[1].textContent.trim(),
      lasted: row.children[3].textContent.trim(),
      bold: row.children[3].querySelector('strong') !== null,
    }));
  },

  /** Every xychart drawn: its title, the x-axis labels, each line's points (from the path). */
  xycharts() {
    const charts = document.querySelectorAll('#report svg[aria-roledescription="xychart"]');
    return [...charts].map((svg) => ({
      title: svg.querySelector('g.chart-title text')?.textContent ?? '',
      xLabels: [...svg.querySelectorAll('g.bottom-axis g.label text')].map((t) => t.textContent),
      strokes: [...svg.querySelectorAll('g.plot path')].map((path) => path.getAttribute('stroke')),
      lines: [...svg.querySelectorAll('g.plot path')].map((path) =>
        [...(path.getAttribute('d') ?? '').matchAll(/[ML]\s*(-?[\d.]+)[ ,]\s*(-?[\d.]+)/g)].map(
          (match) => ({ x: Number(match[1]), y: Number(match[2]) }),
        ),
      ),
      width: svg.getBoundingClientRect().width,
    }));
  },

  /** The first gantt's task whose label starts with `prefix`: its label, shape and width. */
  ganttTask(prefix) {
    const svg = document.querySelector('#report svg[id^="mermaid-"]');
    const label = [...svg.querySelectorAll('text')].find((text) =>
      (text.textContent ?? '').startsWith(prefix),
    );
    const shape = label
      ? svg.querySelector(`#${CSS.escape(label.id.replace(/-text$/, ''))}`)
      : null;
    return {
      label: label?.textContent?.trim(),
      classes: shape?.getAttribute('class') ?? '',
      width: shape?.getBoundingClientRect().width ?? 0,
      ticks: [...svg.querySelectorAll('.tick text')].map((tick) => tick.textContent),
    };
  },
};
