// The playground page: run extractQuotes on the pasted article and show each
// quote highlighted in its speaker's colour, with the quotes listed beside by speaker.
// Blob is a browser global that the shared ESLint config does not declare for this folder.
import { extractQuotes } from './quote-attribution.js';

/** Distinct colours for the first speakers; later ones get hues spread by the golden angle. */
const palette = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00', '#bf3989', '#0a7e8c', '#9a6700', '#57606a', '#6639ba'];
const unknownSpeakerColor = '#8c959f';
const csvColumns = ['start', 'end', 'kind', 'text', 'speaker', 'title', 'mention', 'cue', 'confidence', 'rule'];

const input = document.querySelector('#input');
const extractButton = document.querySelector('#extract');
const exampleButton = document.querySelector('#example');
const reportedBox = document.querySelector('#reported');
const status = document.querySelector('#status');
const article = document.querySelector('#article');
const list = document.querySelector('#quotes');
const filter = document.querySelector('#speaker-filter');
const filterOptions = document.querySelector('#speaker-options');
const exportJsonButton = document.querySelector('#export-json');
const exportCsvButton = document.querySelector('#export-csv');

/** The quotes of the last run, and the keys of the speakers the filter lets through. */
let quotes = [];
const shownSpeakers = new Set();

/** Quotes of one speaker share a key; quotes with no speaker share one too. */
function speakerKey(quote) {
  return quote.speaker ? String(quote.speaker.id) : 'none';
}

/** One colour per speaker id, in order of first quote. */
function colourSpeakers() {
  const colours = new Map();
  for (const quote of quotes) {
    if (!quote.speaker || colours.has(quote.speaker.id)) continue;
    const index = colours.size;
    colours.set(quote.speaker.id, palette[index] ?? `hsl(${Math.round(index * 137.5) % 360} 60% 42%)`);
  }
  return (quote) => (quote.speaker ? colours.get(quote.speaker.id) : unknownSpeakerColor);
}

/**
 * The speakers in order of first quote, each with its quotes' indices and how it is labelled:
 * the name, else the longest mention of an unnamed source (so "a police spokesman" rather than
 * a later "he"), and the title only when the label does not already say it.
 */
function groupBySpeaker() {
  const groups = new Map();
  quotes.forEach((quote, index) => {
    const key = speakerKey(quote);
    if (!groups.has(key)) groups.set(key, { key, speaker: quote.speaker, indices: [], mentions: [] });
    const group = groups.get(key);
    group.indices.push(index);
    if (quote.speaker) group.mentions.push(quote.speaker.mention.text);
  });
  return [...groups.values()].map(({ key, speaker, indices, mentions }) => {
    const label = speaker?.name ?? mentions.reduce((longest, mention) => (mention.length > longest.length ? mention : longest), '');
    const title = speaker?.title && !label.toLowerCase().includes(speaker.title.toLowerCase()) ? speaker.title : null;
    return { key, indices, label: label || 'unknown speaker', named: Boolean(speaker?.name), title, type: speaker?.type ?? null };
  });
}

/**
 * The article as text nodes with a <mark> per quote, cue and mention. Quotes overlap only where a
 * partial quote lies inside reported speech (the piece goes to the partial quote, the innermost),
 * but one cue or mention can serve several quotes (“…,” he said, “…”), so the text is
 * cut at every span boundary and each piece lists the quotes it is a cue or a mention for.
 */
function renderArticle(text, colourOf) {
  const spans = quotes.flatMap((quote, index) => [
    { role: 'quote', index, start: quote.start, end: quote.end },
    ...(quote.cue ? [{ role: 'cue', index, start: quote.cue.start, end: quote.cue.end }] : []),
    ...(quote.speaker ? [{ role: 'mention', index, start: quote.speaker.mention.start, end: quote.speaker.mention.end }] : []),
  ]);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let cut = 1; cut < cuts.length; cut++) {
    const [from, to] = [cuts[cut - 1], cuts[cut]];
    const piece = text.slice(from, to);
    const covering = spans.filter((span) => span.start <= from && span.end >= to);
    const quote = covering
      .filter((span) => span.role === 'quote')
      .reduce((inner, span) => (inner === undefined || span.end - span.start < inner.end - inner.start ? span : inner), undefined);
    if (quote) {
      nodes.push(quoteMark(quotes[quote.index], quote.index, piece, colourOf, from === quote.start));
    } else if (covering.length > 0) {
      nodes.push(cueOrMentionMark(covering, piece, colourOf));
    } else {
      nodes.push(document.createTextNode(piece));
    }
  }
  article.replaceChildren(...nodes);
}

/** `first`: the piece that starts the quote, which carries its id (reported speech is cut by a partial quote inside it). */
function quoteMark(quote, index, piece, colourOf, first) {
  const mark = document.createElement('mark');
  mark.className = quote.kind === 'indirect' ? 'quote indirect' : 'quote';
  if (first) mark.id = `quote-${index}`;
  mark.dataset.quote = String(index);
  mark.dataset.speakerId = quote.speaker ? String(quote.speaker.id) : '';
  mark.style.setProperty('--speaker-color', colourOf(quote));
  mark.tabIndex = 0;
  mark.setAttribute('aria-describedby', `speaker-${speakerKey(quote)} meta-${index}`);
  mark.textContent = piece;
  return mark;
}

function cueOrMentionMark(covering, piece, colourOf) {
  const mark = document.createElement('mark');
  for (const role of ['cue', 'mention']) {
    const indices = covering.filter((span) => span.role === role).map((span) => span.index);
    if (indices.length === 0) continue;
    mark.classList.add(role);
    mark.dataset[`${role}Of`] = indices.join(' ');
  }
  const mentioned = covering.find((span) => span.role === 'mention');
  if (mentioned) mark.style.setProperty('--speaker-color', colourOf(quotes[mentioned.index]));
  mark.textContent = piece;
  return mark;
}

/** The list beside the article: one group per speaker, each quote with its confidence and rule. */
function renderList(groups, colourOf) {
  if (groups.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'No quotes found.';
    list.replaceChildren(empty);
    return;
  }
  list.replaceChildren(
    ...groups.map((group) => {
      const container = document.createElement('div');
      container.className = 'speaker-group';
      container.dataset.speaker = group.key;
      const heading = document.createElement('h3');
      heading.id = `speaker-${group.key}`;
      heading.append(span(group.named ? 'speaker-name' : 'speaker-name unnamed', group.label));
      if (group.title) heading.append(', ', span('speaker-title', group.title));
      if (group.type) heading.append(' ', span('speaker-type', group.type));
      heading.append(' · ', span('speaker-count', `${group.indices.length} quote${group.indices.length === 1 ? '' : 's'}`));
      const items = document.createElement('ol');
      items.append(...group.indices.map((index) => listItem(quotes[index], index, colourOf)));
      container.append(heading, items);
      return container;
    }),
  );
}

function listItem(quote, index, colourOf) {
  const item = document.createElement('li');
  item.style.setProperty('--speaker-color', colourOf(quote));
  item.dataset.quote = String(index);
  item.tabIndex = 0;
  const words = document.createElement('q');
  words.className = 'quote-text';
  words.textContent = quote.text;
  const meta = span('quote-meta', '');
  meta.id = `meta-${index}`;
  meta.append('confidence ', span('confidence', quote.confidence.toFixed(2)), ' · rule ', span('rule', quote.rule));
  item.append(words, meta);
  return item;
}

function span(className, text) {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** One checkbox per speaker, all ticked after each run. */
function renderFilter(groups) {
  shownSpeakers.clear();
  filterOptions.replaceChildren(
    ...groups.map((group) => {
      shownSpeakers.add(group.key);
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = true;
      box.value = group.key;
      label.append(box, ` ${group.label} (${group.indices.length})`);
      return label;
    }),
  );
  filter.hidden = groups.length === 0;
}

/** Hide the groups and plain out the article quotes of the speakers left out by the filter. */
function applyFilter() {
  for (const group of list.querySelectorAll('.speaker-group')) group.hidden = !shownSpeakers.has(group.dataset.speaker);
  for (const mark of article.querySelectorAll('mark.quote')) {
    const shown = shownSpeakers.has(speakerKey(quotes[Number(mark.dataset.quote)]));
    mark.toggleAttribute('data-filtered', !shown);
    mark.tabIndex = shown ? 0 : -1;
  }
  const anyShown = shownQuotes().length > 0;
  exportJsonButton.disabled = !anyShown;
  exportCsvButton.disabled = !anyShown;
  highlight();
}

/** The quotes the filter lets through, in document order: what the exports write. */
function shownQuotes() {
  return quotes.filter((quote) => shownSpeakers.has(speakerKey(quote)));
}

filterOptions.addEventListener('change', (event) => {
  if (event.target.checked) shownSpeakers.add(event.target.value);
  else shownSpeakers.delete(event.target.value);
  applyFilter();
});

/** RFC 4180: a field with a comma, a quote mark or a line break is quoted, its quote marks doubled. */
function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(rows) {
  const lines = rows.map((quote) =>
    [
      quote.start,
      quote.end,
      quote.kind,
      quote.text,
      quote.speaker?.name,
      quote.speaker?.title,
      quote.speaker?.mention.text,
      quote.cue?.text,
      quote.confidence,
      quote.rule,
    ].map(csvField),
  );
  return [csvColumns, ...lines].map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

function download(fileName, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking in the same task can cancel the download in some browsers; FileSaver.js waits 40 s.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

exportJsonButton.addEventListener('click', () =>
  download('quotes.json', 'application/json', `${JSON.stringify(shownQuotes(), null, 2)}\n`),
);
exportCsvButton.addEventListener('click', () => download('quotes.csv', 'text/csv;charset=utf-8', toCsv(shownQuotes())));

/**
 * The quote under the pointer, else the one with keyboard focus, is lit up with its cue and
 * mention in the article and its entry in the list. Tracking both means moving the mouse away
 * does not hide what the keyboard user is on.
 */
let hovered = null;
let focused = null;

function quoteIndexOf(target) {
  const element = target.closest('[data-quote]:not([data-filtered])');
  return element ? element.dataset.quote : null;
}

function highlight() {
  for (const element of document.querySelectorAll('#article .active, #quotes .active')) element.classList.remove('active');
  const index = hovered ?? focused;
  if (index === null || !shownSpeakers.has(speakerKey(quotes[Number(index)]))) return;
  const selector = `[data-quote="${index}"], [data-cue-of~="${index}"], [data-mention-of~="${index}"]`;
  for (const element of document.querySelectorAll(selector)) element.classList.add('active');
}

for (const region of [article, list]) {
  region.addEventListener('mouseover', (event) => {
    hovered = quoteIndexOf(event.target);
    highlight();
  });
  region.addEventListener('mouseleave', () => {
    hovered = null;
    highlight();
  });
  region.addEventListener('focusin', (event) => {
    focused = quoteIndexOf(event.target);
    highlight();
  });
  region.addEventListener('focusout', () => {
    focused = null;
    highlight();
  });
}

/** Clicking or pressing Enter on a list entry scrolls its quote into view. */
function scrollToQuote(event) {
  const item = event.target.closest('li[data-quote]');
  if (item) document.querySelector(`#quote-${item.dataset.quote}`).scrollIntoView({ behavior: 'smooth', block: 'center' });
}
list.addEventListener('click', scrollToQuote);
list.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') scrollToQuote(event);
});

function showQuotes() {
  const text = input.value;
  const startedAt = performance.now();
  // Reported speech only when the box is ticked; off by default, as in the library.
  quotes = extractQuotes(text, reportedBox.checked ? { kinds: ['direct', 'partial', 'indirect'] } : undefined);
  const milliseconds = Math.round(performance.now() - startedAt);
  const colourOf = colourSpeakers();
  const groups = groupBySpeaker();
  hovered = null;
  focused = null;
  renderArticle(text, colourOf);
  renderList(groups, colourOf);
  renderFilter(groups);
  applyFilter();
  const speakers = new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.id] : []))).size;
  status.textContent = `${quotes.length} quote${quotes.length === 1 ? '' : 's'}, ${speakers} speaker${speakers === 1 ? '' : 's'}, ${milliseconds} ms`;
  document.body.dataset.state = 'done';
}

extractButton.addEventListener('click', showQuotes);
reportedBox.addEventListener('change', () => {
  if (document.body.dataset.state === 'done') showQuotes();
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) showQuotes();
});
exampleButton.addEventListener('click', async () => {
  document.body.dataset.state = 'loading';
  input.value = await (await fetch('./example.txt')).text();
  showQuotes();
});

extractButton.disabled = false;
exampleButton.disabled = false;
status.textContent = 'Ready. Paste an article and press “Find quotes” (Ctrl+Enter).';
document.body.dataset.state = 'ready';
