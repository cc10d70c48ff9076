/** The right answer of a question as one line of text, for the no-JS list and after an exam. Pure. */
import type { Question } from '../../schemas/quiz.ts';

/** Words the text needs in the page language. */
export interface AnswerWords {
  true: string;
  false: string;
}

export function answerText(q: Question, lang: 'zh' | 'en', words: AnswerWords): string {
  const list = lang === 'zh' ? '；' : '; ';
  switch (q.type) {
    case 'single': return q.options.find((o) => o.id === q.answer)?.text[lang] ?? '';
    case 'multiple': return q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text[lang]).join(list);
    case 'truefalse': return q.answer ? words.true : words.false;
    case 'fill': return q.blanks.map((b) => b.accept[lang][0]).join(list);
    case 'matching': return q.pairs.map((p) => `${p.left[lang]} → ${p.right[lang]}`).join(list);
    case 'ordering': return q.items.map((i) => i.text[lang]).join(' → ');
    case 'categorise':
      return q.groups
        .map((g) => `${g.label[lang]}${lang === 'zh' ? '：' : ': '}${q.items.filter((i) => i.group === g.id).map((i) => i.text[lang]).join(lang === 'zh' ? '、' : ', ')}`)
        .join(list);
  }
}
