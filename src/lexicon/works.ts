import { words } from './words.js';

/**
 * Words that announce the title of a work rather than speech:
 * `She **wrote** "The Long Road Home"`, `his 2002 **book**, "Make Your Kid a Millionaire,"`.
 *
 * Source: the verbs are the lexical units of FrameNet's Text_creation,
 * Behind_the_scenes, Performers_and_roles and Create_physical_artwork frames
 * that take the work as their object, in the forms news copy uses; the nouns
 * are the kinds of work whose titles the Chicago Manual of Style sets in
 * italics or quotation marks (books, periodical pieces, plays, films, shows,
 * music, art, speeches).
 */

/** Verbs of creation, as written just before the work's title. */
export const CREATION_VERBS: ReadonlySet<string> = new Set(words(`
  write writes wrote written writing co-wrote co-written pen pens penned author authors authored co-authored
  publish publishes published compose composes composed record records recorded release releases released
  direct directs directed produce produces produced film films filmed stage stages staged
  paint paints painted sing sings sang sung perform performs performed narrate narrates narrated
  star stars starred host hosts hosted edit edits edited translate translates translated
`));

/** Kinds of work, in the singular, as written just before the title: `the book "…"`, `his 2002 book, "…"`. */
export const WORK_NOUNS: ReadonlySet<string> = new Set(words(`
  book novel novella memoir biography autobiography essay poem collection column op-ed article editorial
  play musical opera ballet film movie documentary show series sitcom episode programme program podcast
  song single album hymn anthem painting photograph sculpture exhibition speech lecture sermon
`));

/**
 * Nouns that mention a wording rather than report it: `the **word** "orchard"
 * appears 31 times`, `the **slogan** "Question More"`. A quote right after one
 * names the words; it is no one's speech because a sentence around it reports some.
 *
 * Source: the metalinguistic nouns of FrameNet's Simple_naming and
 * Linguistic_meaning frames that news copy sets before a quoted wording.
 */
export const WORDING_NOUNS: ReadonlySet<string> = new Set(words(`
  word words phrase phrases term terms expression slogan slogans motto catchphrase label nickname hashtag name
`));

/**
 * Things that carry written words, whose words are displayed rather than said: `the railings **read** "JUDAS"`, `a
 * barn door read "PETS WELCOME"`. A quote that such a thing "reads" is a sign, not speech; a letter or statement that
 * reads something is a document and speaks (see the document nouns of the description lexicon).
 *
 * Source: the carriers of signage and slogans that news copy says "read" something: signs, banners, placards,
 * clothing, and the surfaces words are written on (doors, walls, fences, railings, windows, boards, screens).
 */
export const DISPLAY_NOUNS: ReadonlySet<string> = new Set(words(`
  sign signs banner banners placard placards poster posters billboard billboards sticker stickers badge badges
  shirt shirts t-shirt t-shirts cap caps hat hats door doors wall walls fence fences railing railings gate gates
  window windows board boards screen screens sheet sheets
`));
