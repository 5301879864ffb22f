/**
 * Whether a question reads as English, the only language the linter's rules know. A question in
 * another language triggers none of them, and saying "open question" of it would praise what was
 * never read; the linter says instead that it reads English only.
 *
 * The test is deliberately plain, for a sentence or two: text mostly in a script other than Latin
 * is not English; Latin-script text is English unless it holds more of the everyday little words of
 * Spanish, French, German, Portuguese, Italian or Dutch than of English. A word English uses too
 * ("a", "me", "die", "was", "in", "is", "do"…) counts as English. Text with
 * none of the little words ("Thoughts?") is taken as English.
 */
// Stryker disable Regex: splitting at each single space leaves empty strings, and no word looked up is empty
const ENGLISH = new Set(
  `the an and or but of to in on at for with about from by you your yours yourself we our us i my it its
  this that these those what how when where who whom which why is are was were do does did done have has
  had can could will would should shall may might must be been being there here not no any some anything
  something everything nothing more most than then so if as tell describe walk through think feel like
  want need get got make made go going work working team week day time help helps know let's it's you're
  what's how's don't didn't isn't aren't wasn't weren't won't can't couldn't wouldn't shouldn't`.split(/\s+/),
);

const OTHER = new Set(
  `el la los las una y pero del con por para que qué cómo cuándo dónde quién cuál es está están estás eres
  tú te ti tus su mis nos muy más lo les se también hay puedes
  les une et ou mais du des dans avec pour quoi comment quand où qui quel quelle est sont tu toi ta tes
  vous votre vos nous notre je moi mes il elle ce cette ces ne
  der das dem ein eine einen und oder aber von zu mit für auf ist sind bist du dich dir dein deine sie ihr
  wir uns mein meine ich wie wann wo wer warum nicht kein keine auch noch was wäre
  os um uma ou mas dos das em com para como quando onde quem é são você voce seu sua meu minha não nao
  muito mais
  il gli un di della che quando dove chi è sono sei tuo tua mio mia più anche
  het een en maar te voor op zijn jij je jou jouw wij ons mijn ik hoe wanneer waar wie waarom niet geen
  ook nog`.split(/\s+/),
);
// Stryker restore Regex

const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const WORD = /\p{L}+(?:'\p{L}+)*/gu;

export function readsAsEnglish(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (latin * 2 < letters) return false;
  let english = 0;
  let other = 0;
  // Stryker disable next-line ArrayDeclaration: a text without words counts none; the word Stryker puts in is in neither list
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (ENGLISH.has(word)) english += 1;
    else if (OTHER.has(word)) other += 1;
  }
  return other <= english;
}
