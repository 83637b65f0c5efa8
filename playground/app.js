// The playground page: run extractQuotes on the pasted article and show each
// quote highlighted in its speaker's colour, with the speakers listed beside.
import { extractQuotes } from './quote-attribution.js';

/** Distinct colours for the first speakers; later ones get hues spread by the golden angle. */
const palette = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00', '#bf3989', '#0a7e8c', '#9a6700', '#57606a', '#6639ba'];
const unknownSpeakerColor = '#8c959f';

const input = document.querySelector('#input');
const extractButton = document.querySelector('#extract');
const exampleButton = document.querySelector('#example');
const status = document.querySelector('#status');
const article = document.querySelector('#article');
const list = document.querySelector('#quotes');

/** One colour per speaker id, in order of first quote. */
function colourSpeakers(quotes) {
  const colours = new Map();
  for (const quote of quotes) {
    if (!quote.speaker || colours.has(quote.speaker.id)) continue;
    const index = colours.size;
    colours.set(quote.speaker.id, palette[index] ?? `hsl(${Math.round(index * 137.5) % 360} 60% 42%)`);
  }
  return (quote) => (quote.speaker ? colours.get(quote.speaker.id) : unknownSpeakerColor);
}

/** The article as text nodes with a <mark> per quote (quotes are in order and never overlap). */
function renderArticle(text, quotes, colourOf) {
  const nodes = [];
  let cursor = 0;
  quotes.forEach((quote, index) => {
    nodes.push(document.createTextNode(text.slice(cursor, quote.start)));
    const mark = document.createElement('mark');
    mark.className = 'quote';
    mark.id = `quote-${index}`;
    mark.dataset.speakerId = quote.speaker ? String(quote.speaker.id) : '';
    mark.style.setProperty('--speaker-color', colourOf(quote));
    mark.title = quote.speaker ? (quote.speaker.name ?? quote.speaker.mention.text) : 'unknown speaker';
    mark.textContent = text.slice(quote.start, quote.end);
    nodes.push(mark);
    cursor = quote.end;
  });
  nodes.push(document.createTextNode(text.slice(cursor)));
  article.replaceChildren(...nodes);
}

/** The list beside the article: speaker name, title and the quote. */
function renderList(quotes, colourOf) {
  const items = quotes.map((quote, index) => {
    const item = document.createElement('li');
    item.style.setProperty('--speaker-color', colourOf(quote));
    item.dataset.quote = String(index);
    const name = document.createElement('span');
    name.className = 'speaker-name';
    if (quote.speaker?.name) {
      name.textContent = quote.speaker.name;
    } else {
      name.classList.add('unnamed');
      name.textContent = quote.speaker ? quote.speaker.mention.text : 'unknown speaker';
    }
    item.append(name);
    if (quote.speaker?.title) {
      const title = document.createElement('span');
      title.className = 'speaker-title';
      title.textContent = `, ${quote.speaker.title}`;
      item.append(title);
    }
    const words = document.createElement('q');
    words.className = 'quote-text';
    words.textContent = quote.text;
    item.append(words);
    return item;
  });
  if (items.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = 'No quotes found.';
    items.push(empty);
  }
  list.replaceChildren(...items);
}

function showQuotes() {
  const text = input.value;
  const startedAt = performance.now();
  const quotes = extractQuotes(text);
  const milliseconds = Math.round(performance.now() - startedAt);
  const colourOf = colourSpeakers(quotes);
  renderArticle(text, quotes, colourOf);
  renderList(quotes, colourOf);
  const speakers = new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.id] : []))).size;
  status.textContent = `${quotes.length} quote${quotes.length === 1 ? '' : 's'}, ${speakers} speaker${speakers === 1 ? '' : 's'}, ${milliseconds} ms`;
  document.body.dataset.state = 'done';
}

/** Hint: hovering a list item lights up its quote in the article, and clicking scrolls to it. */
function markOf(event) {
  const item = event.target.closest('li[data-quote]');
  return item ? document.querySelector(`#quote-${item.dataset.quote}`) : null;
}
list.addEventListener('mouseover', (event) => markOf(event)?.classList.add('active'));
list.addEventListener('mouseout', (event) => markOf(event)?.classList.remove('active'));
list.addEventListener('click', (event) => markOf(event)?.scrollIntoView({ behavior: 'smooth', block: 'center' }));

extractButton.addEventListener('click', showQuotes);
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
