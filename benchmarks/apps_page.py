"""The JavaScript that benchmarks/apps.py runs in the page, and its trivial notebook."""

TRIVIAL_SOURCE = ("import ipywidgets as widgets\n"
                  "button = widgets.Button(description='0')\n"
                  "button.add_class('bench-trivial')\n"
                  "def count(_):\n"
                  "    button.description = str(int(button.description) + 1)\n"
                  "button.on_click(count)\n"
                  "button")
# Resolves with performance.now() (ms since navigation start) once `ready()` holds.
TTI_JS = """selector => new Promise(resolve => {
  const ready = () => {
    const found = document.querySelectorAll(selector.css);
    return found.length === selector.count &&
      Array.from(found).every(e => e.offsetParent !== null && e.offsetHeight > 0);
  };
  const check = () => ready() ? resolve(performance.now()) : requestAnimationFrame(check);
  check();
})"""
CHANGE_JS = """index => new Promise((resolve, reject) => {
  const text = css => Array.from(document.querySelectorAll(css)).map(e => e.innerText).join('|');
  const src = css => (document.querySelector(css) || {}).src || '';
  const before = {cards: text('.kpi-dash-value'), trend: src('.kpi-dash-trend'),
                  pareto: src('.kpi-dash-pareto')};
  const result = {};
  let t0 = 0;
  const look = () => {
    const now = performance.now() - t0;
    if (result.cards === undefined && text('.kpi-dash-value') !== before.cards) result.cards = now;
    if (result.trend === undefined && src('.kpi-dash-trend') !== before.trend) result.trend = now;
    if (result.pareto === undefined && src('.kpi-dash-pareto') !== before.pareto)
      result.pareto = now;
    if (result.cards !== undefined && result.trend !== undefined && result.pareto !== undefined) {
      observer.disconnect();
      resolve(result);
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, {subtree: true, childList: true, attributes: true,
                                   characterData: true});
  setTimeout(() => { observer.disconnect(); reject(new Error('no redraw in 30 s')); }, 30000);
  const box = document.querySelectorAll('.kpi-dash-lines input[type=checkbox]')[index];
  t0 = performance.now();
  box.click();
})"""
CLICK_JS = """() => new Promise(resolve => {
  const button = document.querySelector('.bench-trivial');
  const before = button.innerText;
  const observer = new MutationObserver(() => {
    if (button.innerText !== before) { observer.disconnect(); resolve(performance.now() - t0); }
  });
  observer.observe(button, {subtree: true, childList: true, characterData: true});
  const t0 = performance.now();
  button.click();
})"""
NOT_BUSY_JS = "() => !(document.querySelector('.kpi-dash-busy') || {}).innerText"
